#include "extract/date_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace bordermap::events::date_rules {
namespace {

using Toks = std::vector<Tok>;

const Tok* at(const Toks& t, std::size_t k) { return k < t.size() ? &t[k] : nullptr; }

bool word_is(const Toks& t, std::size_t k, std::string_view w) {
  auto* p = at(t, k);
  return p && p->kind != TokKind::punct && p->lower == w;
}

bool punct_is(const Toks& t, std::size_t k, std::string_view p) {
  auto* q = at(t, k);
  return q && q->kind == TokKind::punct && q->raw == p;
}

// Month names must be capitalised: "may" and "march" are also verbs.
std::optional<int> month_of(const Tok* t) {
  if (!t || t->kind != TokKind::word || !t->capitalized) return std::nullopt;
  static constexpr std::array<std::pair<std::string_view, int>, 24> names{{
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
      {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}}};
  for (auto& [name, m] : names)
    if (t->lower == name) return m;
  return std::nullopt;
}

std::optional<int> weekday_word(const Tok* t) {
  if (!t || t->kind != TokKind::word || !t->capitalized) return std::nullopt;
  static constexpr std::array<std::string_view, 7> names{"monday", "tuesday", "wednesday", "thursday",
                                                         "friday", "saturday", "sunday"};
  for (std::size_t i = 0; i < names.size(); ++i)
    if (t->lower == names[i]) return static_cast<int>(i);
  return std::nullopt;
}

std::size_t digit_count(const Tok* t) {
  if (!t || t->kind != TokKind::number) return 0;
  std::size_t n = 0;
  while (n < t->raw.size() && t->raw[n] >= '0' && t->raw[n] <= '9') ++n;
  return n;
}

bool all_digits(const Tok* t) { return t && digit_count(t) == t->raw.size() && !t->raw.empty(); }

long number_value(const Tok* t) { return std::strtol(t->raw.c_str(), nullptr, 10); }

// "25", "25th", "1st": a day of the month as written, 1–2 digits and an ordinal suffix.
std::optional<int> day_of(const Tok* t) {
  std::size_t d = digit_count(t);
  if (d == 0 || d > 2) return std::nullopt;
  std::string_view rest = std::string_view(t->lower).substr(d);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return std::nullopt;
  return static_cast<int>(number_value(t));
}

// "one" … "ten", "a", "two" or digits: how many days/weeks/years ago.
std::optional<int> count_of(const Tok* t) {
  if (!t) return std::nullopt;
  if (all_digits(t) && t->raw.size() <= 3) return static_cast<int>(number_value(t));
  static constexpr std::array<std::string_view, 11> words{"zero", "one", "two", "three", "four", "five",
                                                          "six", "seven", "eight", "nine", "ten"};
  if (t->lower == "a" || t->lower == "an") return 1;
  for (std::size_t i = 1; i < words.size(); ++i)
    if (t->lower == words[i]) return static_cast<int>(i);
  return std::nullopt;
}

// The full stop of an abbreviated month ("Sept. 25") belongs to the date; after a full name
// ("since May.") it ends the sentence.
std::size_t skip_period(const Toks& t, std::size_t k) {
  if (k == 0 || !punct_is(t, k, ".") || !t[k].glued) return k;
  const std::string& m = t[k - 1].lower;
  bool abbreviation = m.size() <= 4 && m != "may" && m != "june" && m != "july";
  return abbreviation ? k + 1 : k;
}

Hit resolved(std::size_t end_tok, Date start, Date end, bool relative = false) {
  Hit h;
  h.end_tok = end_tok;
  h.status = DateStatus::resolved;
  h.relative = relative;
  h.start = start;
  h.end = end;
  return h;
}

Hit status_hit(std::size_t end_tok, DateStatus status, std::string note, bool relative = false) {
  Hit h;
  h.end_tok = end_tok;
  h.status = status;
  h.relative = relative;
  h.note = std::move(note);
  return h;
}

Hit needs_doc(std::size_t end_tok) {
  return status_hit(end_tok, DateStatus::unresolved, "needs the document date", true);
}

Date month_start(int y, int m) { return Date{y, m, 1}; }
Date month_end(int y, int m) { return Date{y, m, days_in_month(y, m)}; }

// Reports tell of what has happened: a date without a year is its latest occurrence on or
// before the document date, allowing a few days after it for announced or datelined events
// ("January 2" in a report of 30 December is the coming one).
constexpr int kDaysAheadOfReport = 7;

int inferred_year(int month, int day, Date doc) {
  Date latest_allowed = add_days(doc, kDaysAheadOfReport);
  for (int y : {doc.year + 1, doc.year}) {
    Date c{y, month, std::min(day, days_in_month(y, month))};
    if (!(latest_allowed < c)) return y;
  }
  return doc.year - 1;
}

// A day of a month with an optional year that follows (at token k); handles "no such day".
std::optional<Hit> day_in_month(const Toks& t, std::size_t k, int month, int day_from, int day_to,
                                const std::optional<Date>& doc) {
  std::size_t after = k;
  if (punct_is(t, after, ",") && digit_count(at(t, after + 1)) >= 4 && all_digits(at(t, after + 1))) ++after;
  const Tok* y = at(t, after);
  if (y && all_digits(y) && y->raw.size() >= 5)
    return status_hit(after + 1, DateStatus::rejected, "year '" + y->raw + "' out of range");
  std::optional<int> year;
  std::size_t end_tok = k;
  if (y && all_digits(y) && y->raw.size() == 4) {
    year = static_cast<int>(number_value(y));
    end_tok = after + 1;
  }
  bool relative = !year;
  if (!year) {
    // "February 30" has no year in which it exists.
    if (!valid_date(2000, month, day_from) || !valid_date(2000, month, day_to))
      return status_hit(end_tok, DateStatus::rejected, "no such day", true);
    if (!doc) return needs_doc(end_tok);
    year = inferred_year(month, day_from, *doc);
  }
  if (!valid_date(*year, month, day_from) || !valid_date(*year, month, day_to) || day_to < day_from)
    return status_hit(end_tok, DateStatus::rejected, "no such day", relative);
  return resolved(end_tok, Date{*year, month, day_from}, Date{*year, month, day_to}, relative);
}

// ---- numeric dates: 2021-09-25, 25/09/2021, 25.09.2021 ----------------------------------
std::optional<Hit> numeric(const Toks& t, std::size_t i) {
  const Tok *a = at(t, i), *b = at(t, i + 1), *c = at(t, i + 2);
  if (!all_digits(a) || !all_digits(b) || !all_digits(c)) return std::nullopt;
  char j = b->joiner;
  if (!j || j != c->joiner || b->raw.size() > 2 || (j == '-' ? a->raw.size() < 4 : c->raw.size() < 4))
    return std::nullopt;
  if (const Tok* d = at(t, i + 3); d && d->joiner) return std::nullopt;  // a longer number: not a date
  std::size_t end = i + 3;
  if (j == '-') {
    if (c->raw.size() > 2) return std::nullopt;
    if (a->raw.size() > 4) return status_hit(end, DateStatus::rejected, "year '" + a->raw + "' out of range");
    int y = static_cast<int>(number_value(a)), m = static_cast<int>(number_value(b)),
        d = static_cast<int>(number_value(c));
    if (!valid_date(y, m, d)) return status_hit(end, DateStatus::rejected, "no such day");
    return resolved(end, Date{y, m, d}, Date{y, m, d});
  }
  if (a->raw.size() > 2) return std::nullopt;
  if (c->raw.size() > 4) return status_hit(end, DateStatus::rejected, "year '" + c->raw + "' out of range");
  int p = static_cast<int>(number_value(a)), q = static_cast<int>(number_value(b)),
      y = static_cast<int>(number_value(c));
  int d = p, m = q;
  std::string note;
  if (p <= 12 && q > 12) {
    d = q, m = p;
    note = "read month first: the second number cannot be a month";
  } else if (p <= 12 && q <= 12 && p != q) {
    note = "ambiguous; read day first";
  }
  if (!valid_date(y, m, d)) return status_hit(end, DateStatus::rejected, "no such day");
  Hit h = resolved(end, Date{y, m, d}, Date{y, m, d});
  h.note = note;
  return h;
}

// ---- 25 09 2021: day, month and year set apart by spaces ---------------------------------
// Some coders and wire feeds write dates this way. Three bare numbers are also how counts
// are listed, so only a real day-first date with a four-digit year, standing alone, counts.
std::optional<Hit> spaced_numeric(const Toks& t, std::size_t i) {
  const Tok *a = at(t, i), *b = at(t, i + 1), *c = at(t, i + 2);
  if (!all_digits(a) || !all_digits(b) || !all_digits(c)) return std::nullopt;
  if (b->joiner || c->joiner || a->raw.size() > 2 || b->raw.size() != 2 || c->raw.size() != 4) return std::nullopt;
  if (i > 0 && t[i - 1].kind == TokKind::number) return std::nullopt;
  if (const Tok* d = at(t, i + 3); d && d->kind == TokKind::number) return std::nullopt;
  int d = static_cast<int>(number_value(a)), m = static_cast<int>(number_value(b)),
      y = static_cast<int>(number_value(c));
  if (!valid_date(y, m, d)) return std::nullopt;
  return resolved(i + 3, Date{y, m, d}, Date{y, m, d});
}

// ---- 25 September [2021], 25-27 September, 25th of Sept. ---------------------------------
// The word or dash between the two ends of a range standing apart from them; "and" only
// after "between", where it cannot be a list of separate days.
bool range_joiner(const Toks& t, std::size_t k, bool after_between) {
  // "-", en dash, em dash
  if (punct_is(t, k, "-") || punct_is(t, k, "\xe2\x80\x93") || punct_is(t, k, "\xe2\x80\x94")) return true;
  if (word_is(t, k, "to") || word_is(t, k, "until") || word_is(t, k, "till") || word_is(t, k, "through")) return true;
  return after_between && word_is(t, k, "and");
}

// The second day of "12-14 May", "12 – 14 May", "12 to 14 May", "between 12 and 14 May":
// the token after it and the day, or nothing.
std::optional<std::pair<std::size_t, int>> range_end_day(const Toks& t, std::size_t k, bool after_between) {
  if (auto* n = at(t, k); n && n->joiner == '-' && day_of(n)) return std::pair{k + 1, *day_of(n)};
  if (!range_joiner(t, k, after_between)) return std::nullopt;
  auto d2 = day_of(at(t, k + 1));
  if (!d2 || at(t, k + 1)->joiner) return std::nullopt;
  return std::pair{k + 2, *d2};
}

std::optional<Hit> day_month(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  auto d1 = day_of(at(t, i));
  if (!d1) return std::nullopt;
  std::size_t k = i + 1;
  int d2 = *d1;
  if (auto r = range_end_day(t, k, word_is(t, i - 1, "between"))) std::tie(k, d2) = *r;
  if (word_is(t, k, "of")) ++k;
  auto m = month_of(at(t, k));
  if (!m) return std::nullopt;
  return day_in_month(t, skip_period(t, k + 1), *m, *d1, d2, doc);
}

// ---- "the 15th", once the sentence has named the month -----------------------------------
// Only where a date can end ("on the 15th.", "the 15th, when …"), so that "the 5th battalion"
// stays a battalion.
bool may_follow_bare_ordinal(const Tok* n) {
  if (!n || n->kind == TokKind::punct) return true;
  static constexpr std::array<std::string_view, 14> words{"and", "when", "at", "in", "on", "as", "after", "before",
                                                          "but", "with", "by", "until", "while", "or"};
  return std::find(words.begin(), words.end(), n->lower) != words.end();
}

std::optional<Hit> ordinal_in_month(const Toks& t, std::size_t i, const std::optional<Date>& month) {
  if (!month || !word_is(t, i, "the")) return std::nullopt;
  const Tok* n = at(t, i + 1);
  auto d = day_of(n);
  if (!d || all_digits(n) || !may_follow_bare_ordinal(at(t, i + 2))) return std::nullopt;
  // The month is borrowed: a day it lacks ("the 30th" after February) belongs elsewhere.
  if (!valid_date(month->year, month->month, *d)) return std::nullopt;
  Date day{month->year, month->month, *d};
  Hit h = resolved(i + 2, day, day);
  h.note = "the month named before in the sentence";
  return h;
}

// ---- September 25 [, 2021], Sept. 25-27, September 2021, "in September" -----------------
bool month_cue(const Toks& t, std::size_t i) {
  if (i == 0) return false;
  static constexpr std::array<std::string_view, 13> cues{"in", "since", "during", "until", "till", "by", "from",
                                                         "through", "throughout", "before", "after", "to", "last"};
  const Tok& p = t[i - 1];
  return p.kind == TokKind::word && std::find(cues.begin(), cues.end(), p.lower) != cues.end();
}

std::optional<Hit> whole_month(std::size_t end_tok, int month, std::optional<int> year, const std::optional<Date>& doc) {
  if (!year) {
    if (!doc) return needs_doc(end_tok);
    year = inferred_year(month, 1, *doc);
  }
  return resolved(end_tok, month_start(*year, month), month_end(*year, month), true);
}

std::optional<Hit> month_first(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  auto m = month_of(at(t, i));
  if (!m) return std::nullopt;
  std::size_t k = skip_period(t, i + 1);
  if (auto d1 = day_of(at(t, k)); d1 && !at(t, k)->joiner) {
    int d2 = *d1;
    std::size_t after = k + 1;
    if (auto* n = at(t, after); n && n->joiner == '-' && day_of(n)) {
      d2 = *day_of(n);
      ++after;
    }
    return day_in_month(t, after, *m, *d1, d2, doc);
  }
  std::size_t yk = punct_is(t, k, ",") ? k + 1 : k;
  if (const Tok* y = at(t, yk); y && all_digits(y) && y->raw.size() >= 4) {
    if (y->raw.size() > 4) return status_hit(yk + 1, DateStatus::rejected, "year '" + y->raw + "' out of range");
    auto h = whole_month(yk + 1, *m, static_cast<int>(number_value(y)), doc);
    h->relative = false;
    return h;
  }
  if (!month_cue(t, i)) return std::nullopt;
  return whole_month(k, *m, std::nullopt, doc);
}

// ---- early/mid/late September, the end of September, early 2021 -------------------------
std::optional<Hit> part_of(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  std::size_t k = i;
  int part = -1;  // 0 early, 1 middle, 2 late
  if (word_is(t, k, "the")) ++k;
  const Tok* w = at(t, k);
  if (!w || w->kind != TokKind::word) return std::nullopt;
  if (w->lower == "early" || w->lower == "beginning" || w->lower == "start") part = 0;
  else if (w->lower == "mid" || w->lower == "middle") part = 1;
  else if (w->lower == "late" || w->lower == "end") part = 2;
  else return std::nullopt;
  bool needs_of = w->lower == "beginning" || w->lower == "start" || w->lower == "middle" || w->lower == "end";
  if (needs_of && k == i) return std::nullopt;  // "the end of September"; a bare "end of" is too often not a time
  ++k;
  if (needs_of) {
    if (!word_is(t, k, "of")) return std::nullopt;
    ++k;
  }
  if (auto m = month_of(at(t, k))) {
    std::size_t after = skip_period(t, k + 1);
    std::optional<int> year;
    std::size_t yk = punct_is(t, after, ",") ? after + 1 : after;
    if (const Tok* y = at(t, yk); y && all_digits(y) && y->raw.size() >= 4) {
      if (y->raw.size() > 4) return status_hit(yk + 1, DateStatus::rejected, "year '" + y->raw + "' out of range");
      year = static_cast<int>(number_value(y));
      after = yk + 1;
    }
    bool relative = !year;
    if (!year) {
      if (!doc) return needs_doc(after);
      year = inferred_year(*m, part * 10 + 1, *doc);
    }
    int last = days_in_month(*year, *m);
    int from = part == 0 ? 1 : part == 1 ? 11 : 21;
    int to = part == 0 ? 10 : part == 1 ? 20 : last;
    return resolved(after, Date{*year, *m, from}, Date{*year, *m, to}, relative);
  }
  if (const Tok* y = at(t, k); y && all_digits(y) && y->raw.size() == 4) {
    int year = static_cast<int>(number_value(y));
    int from = part * 4 + 1, to = part * 4 + 4;  // thirds of the year
    return resolved(k + 1, month_start(year, from), month_end(year, to));
  }
  return std::nullopt;
}

// ---- the 1990s, the mid-1990s: always history --------------------------------------------
std::optional<Hit> decade(const Toks& t, std::size_t i) {
  std::size_t k = i;
  if (word_is(t, k, "the")) ++k;
  int part = -1;
  if (word_is(t, k, "early")) part = 0;
  else if (word_is(t, k, "mid")) part = 1;
  else if (word_is(t, k, "late")) part = 2;
  if (part >= 0) ++k;
  const Tok* d = at(t, k);
  if (!d || d->kind != TokKind::number || d->lower.size() != 5 || d->lower[4] != 's' || d->lower[3] != '0' ||
      digit_count(d) != 4)
    return std::nullopt;
  int y = static_cast<int>(number_value(d));
  int from = part < 0 ? y : part == 0 ? y : part == 1 ? y + 4 : y + 7;
  int to = part < 0 ? y + 9 : part == 0 ? y + 3 : part == 1 ? y + 6 : y + 9;
  Hit h = status_hit(k + 1, DateStatus::historical, "a decade: background, not an event date");
  h.start = Date{from, 1, 1};
  h.end = Date{to, 12, 31};
  return h;
}

// ---- in 2021, since 1992, the 1992-1997 war ----------------------------------------------
std::optional<Hit> bare_year(const Toks& t, std::size_t i) {
  const Tok* y = at(t, i);
  if (!all_digits(y) || y->raw.size() != 4 || y->joiner) return std::nullopt;
  bool cue = i > 0 && (month_cue(t, i) || word_is(t, i - 1, "the"));
  if (!cue) return std::nullopt;
  int from = static_cast<int>(number_value(y));
  int to = from;
  std::size_t end = i + 1;
  if (const Tok* z = at(t, i + 1); z && z->joiner == '-' && all_digits(z) && (z->raw.size() == 2 || z->raw.size() == 4)) {
    to = z->raw.size() == 4 ? static_cast<int>(number_value(z)) : from / 100 * 100 + static_cast<int>(number_value(z));
    end = i + 2;
  } else if (word_is(t, i - 1, "the")) {
    return std::nullopt;  // "the 2021 budget": a year as a label, not a time
  }
  if (from < 1000 || to < from) return std::nullopt;
  return resolved(end, Date{from, 1, 1}, Date{to, 12, 31});
}

// ---- fixed phrases relative to the document date ------------------------------------------
using Rel = std::function<std::pair<Date, Date>(Date)>;

Date monday_of(Date d) { return add_days(d, -weekday_of(d)); }
Date max_date(Date a, Date b) { return a < b ? b : a; }

std::pair<Date, Date> recent_weekend(Date d) {
  Date sat = add_days(d, -((weekday_of(d) - 5 + 7) % 7));
  Date sun = add_days(sat, 1);
  return {sat, sun < d ? sun : d};
}

struct Phrase {
  std::vector<std::string_view> words;
  Rel span;
  bool past_24_hours = false;  // a report's window: the span is the day before the report
};

const std::vector<Phrase>& relative_phrases() {
  static const std::vector<Phrase> phrases = [] {
    auto same = [](int off) { return Rel([off](Date d) { Date x = add_days(d, off); return std::pair{x, x}; }); };
    auto back = [](int from, int to) { return Rel([from, to](Date d) { return std::pair{add_days(d, -from), add_days(d, -to)}; }); };
    Rel this_week = [](Date d) { return std::pair{monday_of(d), d}; };
    Rel earlier_week = [](Date d) { return std::pair{monday_of(d), max_date(monday_of(d), add_days(d, -1))}; };
    Rel last_week = [](Date d) { Date m = add_days(monday_of(d), -7); return std::pair{m, add_days(m, 6)}; };
    Rel next_week = [](Date d) { Date m = add_days(monday_of(d), 7); return std::pair{m, add_days(m, 6)}; };
    Rel weekend = [](Date d) { return recent_weekend(d); };
    Rel last_weekend = [](Date d) {
      auto w = recent_weekend(d);
      if (weekday_of(d) >= 5) return std::pair{add_days(w.first, -7), add_days(w.first, -6)};
      return w;
    };
    Rel this_month = [](Date d) { return std::pair{month_start(d.year, d.month), d}; };
    Rel earlier_month = [](Date d) {
      Date s = month_start(d.year, d.month);
      return std::pair{s, max_date(s, add_days(d, -1))};
    };
    Rel last_month = [](Date d) {
      int y = d.month == 1 ? d.year - 1 : d.year, m = d.month == 1 ? 12 : d.month - 1;
      return std::pair{month_start(y, m), month_end(y, m)};
    };
    Rel next_month = [](Date d) {
      int y = d.month == 12 ? d.year + 1 : d.year, m = d.month == 12 ? 1 : d.month + 1;
      return std::pair{month_start(y, m), month_end(y, m)};
    };
    Rel this_year = [](Date d) { return std::pair{Date{d.year, 1, 1}, d}; };
    Rel earlier_year = [](Date d) { Date s{d.year, 1, 1}; return std::pair{s, max_date(s, add_days(d, -1))}; };
    Rel last_year = [](Date d) { return std::pair{Date{d.year - 1, 1, 1}, Date{d.year - 1, 12, 31}}; };
    Rel next_year = [](Date d) { return std::pair{Date{d.year + 1, 1, 1}, Date{d.year + 1, 12, 31}}; };
    return std::vector<Phrase>{
        {{"the", "day", "before", "yesterday"}, same(-2)},
        {{"yesterday"}, same(-1)},
        {{"last", "night"}, same(-1)},
        {{"overnight"}, same(-1)},
        // ACLED codes a report's "past 24 hours" to the day before the report.
        {{"the", "past", "24", "hours"}, same(-1), true},
        {{"the", "last", "24", "hours"}, same(-1), true},
        {{"past", "24", "hours"}, same(-1), true},
        {{"last", "24", "hours"}, same(-1), true},
        {{"earlier", "today"}, same(0)},
        {{"earlier", "in", "the", "day"}, same(0)},
        {{"today"}, same(0)},
        {{"tonight"}, same(0)},
        {{"this", "morning"}, same(0)},
        {{"this", "afternoon"}, same(0)},
        {{"this", "evening"}, same(0)},
        {{"tomorrow"}, same(1)},
        {{"earlier", "this", "week"}, earlier_week},
        {{"earlier", "in", "the", "week"}, earlier_week},
        {{"this", "week"}, this_week},
        {{"the", "previous", "week"}, last_week},
        {{"last", "week"}, last_week},
        {{"next", "week"}, next_week},
        {{"the", "past", "week"}, back(6, 0)},
        {{"the", "last", "week"}, back(6, 0)},
        {{"past", "week"}, back(6, 0)},
        {{"last", "weekend"}, last_weekend},
        {{"this", "weekend"}, weekend},
        {{"the", "weekend"}, weekend},
        {{"earlier", "this", "month"}, earlier_month},
        {{"earlier", "in", "the", "month"}, earlier_month},
        {{"this", "month"}, this_month},
        {{"last", "month"}, last_month},
        {{"the", "previous", "month"}, last_month},
        {{"next", "month"}, next_month},
        {{"the", "past", "month"}, back(29, 0)},
        {{"the", "last", "month"}, back(29, 0)},
        {{"past", "month"}, back(29, 0)},
        {{"earlier", "this", "year"}, earlier_year},
        {{"earlier", "in", "the", "year"}, earlier_year},
        {{"this", "year"}, this_year},
        {{"last", "year"}, last_year},
        {{"next", "year"}, next_year},
        {{"the", "past", "year"}, back(364, 0)},
        {{"recent", "days"}, back(5, 0)},
        {{"the", "past", "few", "days"}, back(5, 0)},
        {{"the", "last", "few", "days"}, back(5, 0)},
        {{"past", "few", "days"}, back(5, 0)},
        {{"last", "few", "days"}, back(5, 0)},
        {{"the", "past", "couple", "of", "days"}, back(5, 0)},
        {{"the", "past", "days"}, back(5, 0)},
        {{"a", "few", "days", "ago"}, back(6, 2)},
        {{"recent", "weeks"}, back(27, 0)},
        {{"the", "past", "few", "weeks"}, back(27, 0)},
        {{"the", "last", "few", "weeks"}, back(27, 0)},
        {{"past", "few", "weeks"}, back(27, 0)},
        {{"the", "past", "weeks"}, back(27, 0)},
        {{"recent", "months"}, back(89, 0)},
        {{"the", "past", "few", "months"}, back(89, 0)},
        {{"the", "last", "few", "months"}, back(89, 0)},
        {{"the", "past", "months"}, back(89, 0)},
        {{"recently"}, back(29, 0)},
    };
  }();
  return phrases;
}

// The words a relative phrase can start with: most tokens start none, and are turned away
// with one lookup instead of a pass over every phrase.
const std::unordered_set<std::string_view>& relative_first_words() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> w;
    for (const auto& p : relative_phrases()) w.insert(p.words.front());
    return w;
  }();
  return words;
}

std::optional<Hit> relative_phrase(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  const Tok* first = at(t, i);
  if (!first || first->kind == TokKind::punct || !relative_first_words().count(first->lower)) return std::nullopt;
  for (const auto& p : relative_phrases()) {
    bool ok = true;
    for (std::size_t w = 0; w < p.words.size() && ok; ++w) ok = word_is(t, i + w, p.words[w]);
    if (!ok) continue;
    std::size_t end = i + p.words.size();
    if (!doc) return needs_doc(end);
    auto [from, to] = p.span(*doc);
    Hit h = resolved(end, from, to, true);
    h.report_date = p.past_24_hours;
    h.days_before_report = p.past_24_hours ? 1 : 0;
    return h;
  }
  return std::nullopt;
}

// ---- (last|this|next) Tuesday ------------------------------------------------------------
std::optional<Hit> weekday(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  int which = 0;  // -1 last, 0 latest on or before, +1 next
  std::size_t k = i;
  if (word_is(t, k, "last")) which = -1, ++k;
  else if (word_is(t, k, "next")) which = 1, ++k;
  else if (word_is(t, k, "this")) ++k;
  auto wd = weekday_word(at(t, k));
  if (!wd) return std::nullopt;
  std::size_t end = k + 1;
  if (!doc) return needs_doc(end);
  int back = (weekday_of(*doc) - *wd + 7) % 7;
  Date d = add_days(*doc, -back);
  if (which < 0) d = add_days(d, -7);
  if (which > 0) {
    int forward = (*wd - weekday_of(*doc) + 7) % 7;
    d = add_days(*doc, forward == 0 ? 7 : forward);
  }
  return resolved(end, d, d, true);
}

// ---- N days ago, two weeks earlier, days later, weeks earlier, decades ago ----------------
// "ago" counts back from the document date; "earlier" and "prior" from the last day the
// sentence named ("On 12 May …; two days earlier …"), else from the document date; "later"
// forward from that day.
enum class Direction { before_doc, before_anchor, after_anchor };

std::optional<Direction> direction_at(const Toks& t, std::size_t k) {
  if (word_is(t, k, "ago")) return Direction::before_doc;
  if (word_is(t, k, "earlier")) return Direction::before_anchor;
  if (word_is(t, k, "prior") && !word_is(t, k + 1, "to")) return Direction::before_anchor;
  if (word_is(t, k, "later")) return Direction::after_anchor;
  return std::nullopt;
}

// "a few", "several", "some", or nothing at all ("weeks earlier"): a count nobody gave.
std::size_t skip_vague_count(const Toks& t, std::size_t k) {
  if (word_is(t, k, "a") && (word_is(t, k + 1, "few") || word_is(t, k + 1, "couple"))) {
    k += 2;
    return word_is(t, k, "of") ? k + 1 : k;
  }
  if (word_is(t, k, "few") || word_is(t, k, "several") || word_is(t, k, "many") || word_is(t, k, "some")) return k + 1;
  return k;
}

std::string singular(std::string u) {
  if (!u.empty() && u.back() == 's') u.pop_back();
  return u;
}

// Days back from the base for a vague count of a unit: "days" two to six, "weeks" one to
// four weeks, "months" one to six months.
std::pair<int, int> vague_days_back(std::string_view unit) {
  if (unit == "day") return {6, 2};
  if (unit == "week") return {28, 7};
  return {180, 30};
}

// Days back from the base for an exact count: the day itself, or the week or month around it.
std::pair<int, int> exact_days_back(std::string_view unit, int n) {
  if (unit == "day") return {n, n};
  int centre = unit == "week" ? 7 * n : unit == "month" ? 30 * n : 365;
  int half = unit == "week" ? 3 : 15;
  return {centre + half, centre - half};
}

std::optional<Hit> ago(const Toks& t, std::size_t i, const Context& ctx) {
  if ((word_is(t, i, "decades") || word_is(t, i, "centuries")) && word_is(t, i + 1, "ago"))
    return status_hit(i + 2, DateStatus::historical, "long ago: background, not an event date");
  std::size_t k = i;
  // 0 when the text gives no count ("a few days", "weeks earlier")
  int count = 0;
  bool a_few = word_is(t, k, "a") && (word_is(t, k + 1, "few") || word_is(t, k + 1, "couple"));
  if (auto n = count_of(at(t, k)); n && !a_few) count = *n, ++k;
  else k = skip_vague_count(t, k);
  const Tok* unit_tok = at(t, k);
  if (!unit_tok || unit_tok->kind == TokKind::punct) return std::nullopt;
  auto dir = direction_at(t, k + 1);
  if (!dir) return std::nullopt;
  bool plural = !unit_tok->lower.empty() && unit_tok->lower.back() == 's';
  if (count == 0 && !plural) return std::nullopt;  // "the day earlier" is no count
  std::string u = singular(unit_tok->lower);
  std::size_t end = k + 2;
  if (u == "decade" || u == "century" || (u == "year" && count != 1))
    return status_hit(end, DateStatus::historical, "years ago: background, not an event date", true);
  if (u != "day" && u != "week" && u != "month" && u != "year") return std::nullopt;
  bool from_anchor = *dir != Direction::before_doc && ctx.anchor;
  std::optional<Date> base = from_anchor ? ctx.anchor : ctx.doc;
  if (!base) return needs_doc(end);
  auto [most, least] = count > 0 ? exact_days_back(u, count) : vague_days_back(u);
  Hit h = *dir == Direction::after_anchor
              ? resolved(end, add_days(*base, least), add_days(*base, most), !from_anchor)
              : resolved(end, add_days(*base, -most), add_days(*base, -least), !from_anchor);
  if (from_anchor) h.note = "counted from the day named before";
  return h;
}

// ---- history without a date: the civil war, the Soviet era, in the past -----------------
std::optional<Hit> historical_phrase(const Toks& t, std::size_t i) {
  static const std::vector<std::vector<std::string_view>> phrases{
      {"during", "the", "civil", "war"}, {"after", "the", "civil", "war"}, {"since", "the", "civil", "war"},
      {"in", "the", "civil", "war"},     {"soviet", "era"},                {"soviet", "times"},
      {"soviet", "period"},              {"soviet", "rule"},               {"a", "decade", "ago"},
      {"a", "century", "ago"}};
  for (const auto& p : phrases) {
    bool ok = true;
    for (std::size_t w = 0; w < p.size() && ok; ++w) ok = word_is(t, i + w, p[w]);
    if (ok) return status_hit(i + p.size(), DateStatus::historical, "a past period: background, not an event date");
  }
  // "in the past", but not "in the past few days" or "in the past 24 hours" (relative phrases).
  if (word_is(t, i, "in") && word_is(t, i + 1, "the") && word_is(t, i + 2, "past")) {
    static constexpr std::array<std::string_view, 9> units{"few", "couple", "day", "days", "week",
                                                           "weeks", "month", "months", "year"};
    const Tok* n = at(t, i + 3);
    if (n && n->kind == TokKind::number) return std::nullopt;
    if (n && n->kind != TokKind::punct && std::find(units.begin(), units.end(), n->lower) != units.end())
      return std::nullopt;
    return status_hit(i + 3, DateStatus::historical, "a past period: background, not an event date");
  }
  return std::nullopt;
}

// ---- "Earlier, …": some time in the month before the report -------------------------------
std::optional<Hit> earlier(const Toks& t, std::size_t i, const std::optional<Date>& doc) {
  if (!word_is(t, i, "earlier")) return std::nullopt;
  if (word_is(t, i + 1, "than")) return std::nullopt;
  if (i > 0) {
    // "the earlier report": an adjective, not a time
    static constexpr std::array<std::string_view, 7> det{"the", "an", "a", "its", "their", "his", "her"};
    const Tok& p = t[i - 1];
    if (p.kind == TokKind::word && std::find(det.begin(), det.end(), p.lower) != det.end()) return std::nullopt;
  }
  if (!doc) return needs_doc(i + 1);
  return resolved(i + 1, add_days(*doc, -30), add_days(*doc, -1), true);
}

}  // namespace

namespace {

// "the following day", "the next day", "the day after": the day after the last day named,
// in this sentence or an earlier one of its paragraph. Without one it says nothing datable.
std::optional<Hit> following_day(const Toks& t, std::size_t i, const Context& ctx) {
  if (!word_is(t, i, "the")) return std::nullopt;
  std::size_t end = 0;
  if ((word_is(t, i + 1, "following") || word_is(t, i + 1, "next")) && word_is(t, i + 2, "day")) end = i + 3;
  else if (word_is(t, i + 1, "day") && word_is(t, i + 2, "after") && (!at(t, i + 3) || at(t, i + 3)->kind == TokKind::punct))
    end = i + 3;
  if (!end || !ctx.anchor) return std::nullopt;
  Date d = add_days(*ctx.anchor, 1);
  Hit h = resolved(end, d, d, false);
  h.note = "the day after the day named before";
  return h;
}

std::optional<Hit> one_expression(const Toks& toks, std::size_t i, const Context& ctx) {
  const std::optional<Date>& doc = ctx.doc;
  if (auto h = numeric(toks, i)) return h;
  if (auto h = spaced_numeric(toks, i)) return h;
  if (auto h = decade(toks, i)) return h;
  if (auto h = historical_phrase(toks, i)) return h;
  if (auto h = part_of(toks, i, doc)) return h;
  if (auto h = day_month(toks, i, doc)) return h;
  if (auto h = month_first(toks, i, doc)) return h;
  if (auto h = relative_phrase(toks, i, doc)) return h;
  if (auto h = weekday(toks, i, doc)) return h;
  if (auto h = ago(toks, i, ctx)) return h;
  if (auto h = following_day(toks, i, ctx)) return h;
  if (auto h = ordinal_in_month(toks, i, ctx.month)) return h;
  if (auto h = bare_year(toks, i)) return h;
  if (auto h = earlier(toks, i, doc)) return h;
  return std::nullopt;
}

// "30 May to 2 June", "between 30 May and 2 June", "from Monday to Wednesday": two resolved
// dates that make one range, the second not before the first and within a season of it.
std::optional<Hit> joined_with_next(const Toks& t, std::size_t i, const Hit& first, const Context& ctx) {
  if (first.status != DateStatus::resolved || !first.start || !first.end) return std::nullopt;
  if (!range_joiner(t, first.end_tok, word_is(t, i - 1, "between"))) return std::nullopt;
  auto second = one_expression(t, first.end_tok + 1, ctx);
  if (!second || second->status != DateStatus::resolved || !second->start || !second->end) return std::nullopt;
  if (*second->start < *first.start || days_between(*first.start, *second->end) > 92) return std::nullopt;
  Hit joined = first;
  joined.end_tok = second->end_tok;
  joined.end = second->end;
  joined.relative = first.relative || second->relative;
  return joined;
}

}  // namespace

std::optional<Hit> match(const Toks& toks, std::size_t i, const Context& ctx) {
  auto h = one_expression(toks, i, ctx);
  if (!h) return h;
  if (auto joined = joined_with_next(toks, i, *h, ctx)) return joined;
  return h;
}

bool report_cue_before(const Toks& toks, std::size_t i) {
  if (i >= 1 && word_is(toks, i - 1, "reported")) return true;
  return i >= 2 && word_is(toks, i - 1, "on") && word_is(toks, i - 2, "reported");
}

namespace {

// "over the past 24 hours", "in the last 24 hours", "over 24 hours", "during the previous
// 24 hours" from token k: one past "hours", or nothing.
std::optional<std::size_t> past_24_hours(const Toks& t, std::size_t k) {
  if (!(word_is(t, k, "over") || word_is(t, k, "in") || word_is(t, k, "during") || word_is(t, k, "within")))
    return std::nullopt;
  ++k;
  if (word_is(t, k, "the")) ++k;
  if (word_is(t, k, "past") || word_is(t, k, "last") || word_is(t, k, "previous")) ++k;
  if (word_is(t, k, "twenty") && word_is(t, k + 1, "four")) ++k;
  else if (!word_is(t, k, "24")) return std::nullopt;
  if (!word_is(t, k + 1, "hours")) return std::nullopt;
  return k + 2;
}

// "overnight", "as happening overnight", "as occurring overnight" from token k.
std::optional<std::size_t> overnight(const Toks& t, std::size_t k) {
  if (word_is(t, k, "as") && (word_is(t, k + 1, "happening") || word_is(t, k + 1, "occurring"))) k += 2;
  if (!word_is(t, k, "overnight")) return std::nullopt;
  return k + 1;
}

}  // namespace

std::optional<std::size_t> report_window_after(const Toks& toks, std::size_t k) {
  if (punct_is(toks, k, ",")) ++k;
  if (auto end = past_24_hours(toks, k)) return end;
  return overnight(toks, k);
}

}  // namespace bordermap::events::date_rules
