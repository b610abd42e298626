#include "extract/fatalities.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "extract/counts.hpp"

namespace bordermap::events {
namespace {

using Toks = std::vector<Tok>;
using Words = std::initializer_list<std::string_view>;

template <typename Set>
bool in(std::string_view w, const Set& set) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}
bool in(std::string_view w, Words set) { return in<Words>(w, set); }
bool is(const Toks& t, std::size_t i, std::string_view w) { return i < t.size() && t[i].lower == w; }
bool is_in(const Toks& t, std::size_t i, Words set) { return i < t.size() && in(t[i].lower, set); }
bool word(const Toks& t, std::size_t i) { return i < t.size() && t[i].kind != TokKind::punct; }

// ---- the shape of a clause, without a parser ---------------------------------------------

// Between a subject and its verb: "were reportedly killed", "have been killed", "was found dead".
constexpr std::string_view kPassive[] = {
    "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"};
constexpr std::string_view kAuxiliary[] = {
    "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "have", "has", "had", "reportedly",
    "allegedly", "also", "all", "both", "later", "reported", "confirmed", "found", "subsequently", "apparently",
    "eventually", "believed", "to", "feared", "presumed", "not", "never"};

// Words that end a noun group read backwards from its verb: other verbs, speech, clause openers.
constexpr std::string_view kSubjectStops[] = {
    "said", "says", "say", "told", "tells", "according", "claimed", "claims", "stated", "added", "reports",
    "when", "after", "while", "whereas", "where", "which", "who", "whom", "whose", "that", "because", "since",
    "as", "if", "but", "though", "although", "then", "so", "before", "until", "once", "killing", "killed",
    "wounded", "wounding", "injured", "injuring", "arrested", "detained", "attacked", "ambushed", "stormed",
    "clashed", "fired", "hit", "struck", "exploded", "shelled", "bombed", "dead", "died", "left", "leaving",
    "there", "here", "however", "meanwhile", "reportedly"};

// Words that end a victim list read forwards from its verb.
constexpr std::string_view kObjectStops[] = {
    "in", "on", "at", "near", "during", "when", "after", "while", "as", "since", "before", "with", "by", "for",
    "who", "which", "that", "was", "were", "is", "are", "had", "has", "have", "inside", "outside", "across",
    "along", "amid", "overnight", "yesterday", "today", "last", "late", "early", "according", "said",
    "says", "but", "and", "or", "including", "among", "mostly", "mainly", "then"};

// A verb that starts a new clause after "and" or a comma ("killing two and wounding four").
bool verbish(const Tok& t) {
  if (t.kind != TokKind::word) return false;
  const std::string& w = t.lower;
  if (in(w, {"left", "leaving", "set", "took", "fled", "hit", "seized", "captured", "burned", "burnt", "destroyed",
             "injured", "wounded", "hurt", "arrested", "detained", "abducted", "kidnapped", "beat", "beaten", "shot"}))
    return true;
  return w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
}

// Plural nouns that do not end in -s, and collectives that take a plural verb.
constexpr std::string_view kPluralNouns[] = {
    "men", "women", "children", "people", "personnel", "police", "taliban", "gunmen", "policemen", "servicemen",
    "tribesmen", "militiamen", "staff", "youth", "folk", "crew", "family", "others", "kin", "relatives",
    "villagers", "passengers", "worshippers"};

// Singular nouns for people: in a list, "a convoy and two soldiers" holds two victims, not three.
constexpr std::string_view kPersonNouns[] = {
    "soldier", "policeman", "policewoman", "officer", "guard", "commander", "militant", "fighter", "member",
    "civilian", "man", "woman", "child", "boy", "girl", "farmer", "teacher", "student", "worker", "driver",
    "shepherd", "elder", "resident", "villager", "journalist", "official", "leader", "employee", "trader",
    "smuggler", "herder", "fisherman", "passenger", "doctor", "cleric", "imam", "judge", "prosecutor",
    "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin", "nephew", "uncle",
    "bodyguard", "colleague", "serviceman", "conscript", "recruit", "insurgent", "gunman", "attacker", "bomber",
    "suspect", "person", "individual", "local", "citizen", "national", "governor", "chief", "head", "mullah"};

bool plural_noun(std::string_view w) {
  if (in(w, kPluralNouns)) return true;
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

// ---- counting the victims of a noun group ---------------------------------------------------

struct Count {
  int best = 0, low = 0;
  std::optional<int> high = 0;
  bool vague = false;
};

// Saturating: a list of absurd figures must not overflow (counts.cpp caps each at 10^8).
int sum(int a, int b) { return static_cast<int>(std::min<long long>(1LL * a + b, 1000000000LL)); }

Count operator+(Count a, const Count& b) {
  a.best = sum(a.best, b.best);
  a.low = sum(a.low, b.low);
  a.high = a.high && b.high ? std::optional<int>(sum(*a.high, *b.high)) : std::nullopt;
  a.vague = a.vague || b.vague;
  return a;
}

Count exact(int n) { return Count{n, n, n, false}; }
Count unspecified_plural() { return Count{kUnspecifiedPlural, kUnspecifiedPlural, std::nullopt, true}; }

enum class PartKind { none, negated, numbered, one, definite_one, plural };

struct Part {
  PartKind kind = PartKind::none;
  Count count;
  bool person = false;  // a singular part that surely names a person (name, pronoun, "a soldier")
};

// One item of a victim list: "two soldiers", "a policeman", "Ahmad Shah", "his brother",
// "the district governor", "civilians", "no soldiers".
Part count_part(const Toks& t, std::size_t a, std::size_t b) {
  while (a < b && t[a].kind == TokKind::punct) ++a;
  if (a >= b) return {};
  if (is_in(t, a, {"no", "none", "nobody", "neither"})) return {PartKind::negated, {}};
  for (std::size_t k = a; k < std::min(b, a + 3); ++k) {
    if (auto q = read_quantity(t, k); q && q->end <= b) {
      if (q->vague) return {PartKind::plural, Count{q->best, q->low, q->high, true}};
      return {PartKind::numbered, Count{q->best, q->low, q->high, false}};
    }
    // Stop at the first word that cannot precede a number ("the two", "all five", "another 3").
    if (!is_in(t, k, {"the", "all", "another", "a", "its", "their", "his", "her", "these", "those", "only", "also"}))
      break;
  }
  // The head noun: the last word before a preposition or relative ("members of the police").
  std::size_t head = a;
  for (std::size_t k = a; k < b; ++k) {
    if (k > a && is_in(t, k, {"of", "from", "in", "at", "on", "with", "belonging", "who", "near"})) break;
    if (word(t, k)) head = k;
  }
  const std::string& first = t[a].lower;
  const bool head_plural = plural_noun(t[head].lower);
  const bool person = in(t[head].lower, kPersonNouns);
  if (in(first, {"he", "she", "him", "her"}) && a + 1 == b) return {PartKind::one, exact(1), true};
  if (in(first, {"a", "an", "one", "another", "each"})) return {PartKind::one, exact(1), person};
  // "they were killed" refers back to victims counted where they were named.
  if (in(first, {"they", "them", "those", "these"}) && a + 1 == b) return {};
  if (in(first, {"his", "her", "their", "its"}))
    return head_plural ? Part{PartKind::plural, unspecified_plural()} : Part{PartKind::one, exact(1), person};
  if (in(first, {"the", "this", "that"}))
    return head_plural ? Part{PartKind::plural, unspecified_plural()} : Part{PartKind::definite_one, exact(1)};
  if (head_plural) return {PartKind::plural, unspecified_plural()};
  // A person's name: capitalised words ("Mullah Abdul Rahim").
  bool name = true;
  for (std::size_t k = a; k <= head; ++k)
    if (t[k].kind != TokKind::word || !t[k].capitalized) name = false;
  if (name) return {PartKind::one, exact(1), true};
  return {};
}

// Items of a list: split at "and", "as well as" and commas, never inside a count
// ("between 3 and 5", "two hundred and fifty") or at "and/or".
std::vector<std::pair<std::size_t, std::size_t>> split_items(const Toks& t, std::size_t a, std::size_t b,
                                                             bool* has_and) {
  std::vector<std::pair<std::size_t, std::size_t>> items;
  std::size_t start = a;
  for (std::size_t k = a; k < b;) {
    if (auto q = read_quantity(t, k); q && !q->vague && q->end <= b) {
      k = q->end;
      continue;
    }
    std::size_t skip = 0;
    if (t[k].raw == ",") skip = 1;
    else if (is(t, k, "and") && !(k + 1 < b && t[k + 1].joiner == '/')) skip = 1, *has_and = true;
    else if (is(t, k, "as") && is(t, k + 1, "well") && is(t, k + 2, "as")) skip = 3, *has_and = true;
    if (skip) {
      if (k > start) items.emplace_back(start, k);
      start = k + skip;
      k += skip;
      continue;
    }
    ++k;
  }
  if (b > start) items.emplace_back(start, b);
  return items;
}

// The victims of a list [a, b). `forward` when it follows its verb ("killing Ahmad, a
// teacher": the first comma item is the victim, the rest describes him), else it precedes
// it ("Ahmad, a teacher, was killed": the last is). Commas separate victims only in a list
// joined by "and". An item that names a part of the whole ("including two children") is
// not added to it.
std::optional<Count> count_list(const Toks& t, std::size_t a, std::size_t b, bool forward, bool* negated) {
  for (std::size_t k = a; k < b; ++k)
    if (is_in(t, k, {"including", "among", "mostly", "mainly"})) {
      b = k;
      break;
    }
  bool has_and = false;
  auto items = split_items(t, a, b, &has_and);
  if (items.empty()) return std::nullopt;
  if (!has_and && items.size() > 1) items = {forward ? items.front() : items.back()};

  std::vector<Part> parts;
  for (auto [x, y] : items) parts.push_back(count_part(t, x, y));
  bool numbered = false;
  for (const auto& p : parts) {
    if (p.kind == PartKind::negated) *negated = true;
    numbered = numbered || p.kind == PartKind::numbered;
  }
  std::optional<Count> total;
  auto add = [&](const Count& c) { total = total ? *total + c : c; };
  for (const auto& p : parts) {
    switch (p.kind) {
      case PartKind::numbered: add(p.count); break;
      case PartKind::one:
        if (parts.size() == 1 || p.person) add(p.count);
        break;
      // "the post and two soldiers": a definite noun in a list is as likely a place as a person.
      case PartKind::definite_one:
        if (parts.size() == 1) add(p.count);
        break;
      // Unnumbered plurals beside numbered ones are mostly descriptions, not more victims.
      case PartKind::plural:
        if (!numbered) add(p.count);
        break;
      default: break;
    }
  }
  return total;
}

// The noun group that ends just before token e, read backwards.
std::optional<Count> count_before(const Toks& t, std::size_t e, bool* negated, Words extra_stops = {}) {
  // A subject longer than this is a clause, not a victim list; the bound also keeps a
  // pathological "sentence" (a 100 MB line) linear.
  constexpr std::size_t kMaxSubject = 40;
  std::size_t j = e;
  while (j > 0 && e - j < kMaxSubject) {
    const Tok& tok = t[j - 1];
    if (tok.kind == TokKind::punct && tok.raw != "," && tok.raw != "-") break;
    if (in(tok.lower, kSubjectStops) || in(tok.lower, extra_stops)) break;
    --j;
  }
  return count_list(t, j, e, false, negated);
}

// The victim list that starts at token s, read forwards.
std::optional<Count> count_after(const Toks& t, std::size_t s, bool* negated) {
  std::size_t k = s;
  while (k < t.size() && k < s + 16) {
    const Tok& tok = t[k];
    if (auto q = read_quantity(t, k); q && !q->vague) {  // "between 3 and 5" holds an "and"
      k = q->end;
      continue;
    }
    if (tok.kind == TokKind::punct && tok.raw != ",") break;
    if ((tok.raw == "," || tok.lower == "and" || tok.lower == "or") && k + 1 < t.size() &&
        (verbish(t[k + 1]) || is_in(t, k + 1, {"and", "while", "but", "as", "which", "who", "police", "officials"}))) {
      break;
    }
    if (tok.lower == "or" && tok.joiner != '/') break;  // "killed or wounded" lists are not deaths
    if (tok.lower != "and" && tok.lower != "or" && in(tok.lower, kObjectStops)) break;
    ++k;
  }
  if (k == s) return std::nullopt;
  return count_list(t, s, k, true, negated);
}

// ---- where a sentence speaks of deaths ---------------------------------------------------------

struct Chain {
  std::size_t start = 0;  // first token of the auxiliaries before the verb
  bool passive = false;
  bool negated = false;
  bool intent = false;    // "to kill", "threatened to kill": no death yet
};

Chain chain_before(const Toks& t, std::size_t i) {
  Chain c{i};
  while (c.start > 0 && in(t[c.start - 1].lower, kAuxiliary)) {
    const std::string& w = t[c.start - 1].lower;
    if (in(w, kPassive)) c.passive = true;
    if (w == "not" || w == "never") c.negated = true;
    --c.start;
  }
  return c;
}

struct Reading {
  Count count;
  std::size_t at = 0;    // the cue's first token
  bool total = false;    // a toll or a body count: another report of the same deaths
};

class Reader {
 public:
  explicit Reader(const Toks& t) : t_(t) {}

  std::optional<Fatalities> run() {
    for (std::size_t i = 0; i < t_.size(); ++i) cue(i);
    return combine();
  }

 private:
  void add(std::optional<Count> c, std::size_t at, bool total) {
    if (c) readings_.push_back({*c, at, total});
  }

  // "killed or wounded", "wounded and killed": casualties of which an unknown part died.
  bool joint_after(std::size_t end) const {
    return is_in(t_, end, {"and", "or"}) && is_in(t_, end + 1, {"wounded", "injured", "hurt"});
  }

  // A verb of killing at [c0, c1): the victims are its subject when passive ("two soldiers
  // were killed"), else its object ("killing two soldiers"), else — a headline without a
  // verb ("two soldiers killed in clash") — the noun group before it.
  void verb(std::size_t c0, std::size_t c1, bool passive_only = false) {
    bool joint = joint_after(c1);
    if (c0 >= 2 && is_in(t_, c0 - 1, {"and", "or"}) && is_in(t_, c0 - 2, {"wounded", "injured"})) {
      joint = true;
      c0 -= 2;
    } else if (c0 >= 2 && is(t_, c0 - 1, "and") &&
               is_in(t_, c0 - 2, {"shot", "stabbed", "attacked", "ambushed", "beaten", "abducted", "kidnapped",
                                  "tortured", "captured"})) {
      c0 -= 2;  // "was shot and killed": one verb group
    }
    const Chain ch = chain_before(t_, c0);
    if (ch.negated) {
      negated_ = true;
      return;
    }
    if (ch.start > 0 && ch.start < c0 && is(t_, ch.start, "to") && !is(t_, ch.start + 1, "have")) return;
    bool neg = false;
    std::optional<Count> c;
    if (ch.passive) {
      c = count_before(t_, ch.start, &neg);
    } else if (!passive_only) {
      std::size_t from = joint ? c1 + 2 : c1;
      c = count_after(t_, from, &neg);
      if (!c && !joint && ch.start == c0) c = count_before(t_, c0, &neg);
    }
    if (neg) negated_ = true;
    if (!c) return;
    // Only the total of killed and wounded is known: none of them is sure to have died.
    if (joint) c = Count{0, 0, c->high, c->vague};
    add(c, c0, false);
  }

  void cue(std::size_t i) {
    const std::string& w = t_[i].lower;
    bool neg = false;
    if (in(w, {"killed", "slain", "murdered", "massacred", "assassinated", "beheaded", "lynched", "slaughtered"})) {
      verb(i, i + 1);
    } else if (w == "executed") {
      verb(i, i + 1, /*passive_only=*/true);  // "executed an attack" kills nobody
    } else if (w == "kill" || w == "kills") {
      if (i > 0 && is_in(t_, i - 1, {"to", "will", "would", "could", "might", "may", "can", "not", "cannot"})) return;
      verb(i, i + 1);
    } else if (w == "killing" || w == "killings") {
      if (is(t_, i + 1, "of")) add(count_after(t_, i + 2, &neg), i, false);
      else if (i > 0 && is_in(t_, i - 1, {"the", "a", "this", "that", "targeted"})) return;
      else if (w == "killings") add(count_before(t_, i, &neg), i, false);
      else verb(i, i + 1);
    } else if ((w == "shot" && is(t_, i + 1, "dead")) || (w == "gunned" && is(t_, i + 1, "down"))) {
      verb(i, i + 2);
    } else if (in(w, {"died", "dies", "perished", "succumbed"})) {
      const Chain ch = chain_before(t_, i);
      if (ch.negated) {
        negated_ = true;
        return;
      }
      add(count_before(t_, ch.start, &neg), i, false);
    } else if (w == "dead") {
      if (i > 0 && is_in(t_, i - 1, {"shot", "the"})) return;
      const Chain ch = chain_before(t_, i);
      add(count_before(t_, ch.start, &neg, {"left", "leaving"}), i, true);
    } else if ((w == "lives" || w == "life") && i >= 2 && is_in(t_, i - 2, {"lost", "lose", "losing"}) &&
               is_in(t_, i - 1, {"their", "his", "her", "its"})) {
      const Chain ch = chain_before(t_, i - 2);
      add(count_before(t_, ch.start, &neg), i, false);
    } else if (w == "lives" && is(t_, i + 1, "of") && i >= 2 &&
               is_in(t_, i - 2, {"claimed", "took", "claiming", "taking"})) {
      add(count_after(t_, i + 2, &neg), i, false);
    } else if (w == "toll" && i > 0 && is_in(t_, i - 1, {"death", "casualty"})) {
      toll(i);
    } else if (w == "fatalities" || w == "fatality") {
      // "sustained 1 fatality and 5 militants were killed": one side's losses among others.
      add(count_right_before(i), i, false);
    } else if (w == "casualties" || w == "casualty") {
      // ACLED codes casualties without deaths as 0 (acledR's "Fatalities" vignette): some
      // may have died, none is known to have.
      if (i > 0 && is_in(t_, i - 1, {"no", "without", "zero"})) return;
      auto c = count_right_before(i);
      add(Count{0, 0, c && !c->vague ? c->high : std::nullopt, true}, i, false);
    } else if (w == "deaths" || w == "bodies" || (w == "death" && is(t_, i + 1, "of")) ||
               (w == "body" && is(t_, i + 1, "of"))) {
      if (is(t_, i + 1, "of")) add(count_after(t_, i + 2, &neg), i, true);
      else add(count_right_before(i), i, true);
    } else if (w == "death" && i >= 2 && is(t_, i - 1, "to") && !is_in(t_, i - 2, {"sentenced", "condemned"})) {
      to_death(i - 1);
    }
    if (neg) negated_ = true;
  }

  // "beaten to death": passive → the subject; "stabbed a man to death" → the words between.
  void to_death(std::size_t to) {
    std::size_t v = to;
    while (v > 0 && to - v < 6 && !verbish(t_[v - 1])) --v;
    if (v == 0 || !verbish(t_[v - 1])) return;
    bool neg = false;
    const Chain ch = chain_before(t_, v - 1);
    std::optional<Count> c = v == to ? (ch.passive ? count_before(t_, ch.start, &neg) : std::nullopt)
                                     : count_list(t_, v, to, true, &neg);
    if (neg) negated_ = true;
    add(c, v - 1, false);
  }

  // "the death toll rose to 7", "a death toll of at least 12". A toll "brought to" a new
  // figure adds earlier deaths, so it is not this event's.
  void toll(std::size_t i) {
    for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
      if (is_in(t_, k, {"bringing", "brings", "brought", "raising", "raises", "raised", "pushing", "overall", "total"}))
        return;
    for (std::size_t k = i + 1; k < t_.size() && k < i + 9; ++k) {
      if (t_[k].kind == TokKind::punct && t_[k].raw != ",") return;
      if (auto q = read_quantity(t_, k); q && !q->vague) {
        add(Count{q->best, q->low, q->high, false}, i, true);
        return;
      }
    }
  }

  // "two deaths", "at least 12 fatalities", "five more bodies".
  std::optional<Count> count_right_before(std::size_t i) const {
    for (std::size_t k = i >= 5 ? i - 5 : 0; k < i; ++k)
      if (auto q = read_quantity(t_, k); q && (q->end == i || (q->end + 1 == i && word(t_, q->end))))
        return Count{q->best, q->low, q->high, q->vague};
    return std::nullopt;
  }

  // "there were no casualties", "nobody was hurt", "without loss of life", "no one died".
  bool says_nobody_died() const {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      const std::string& w = t_[i].lower;
      if (w == "no" || w == "without" || w == "zero") {
        std::size_t k = i + 1;
        while (k < t_.size() && k < i + 4 &&
               is_in(t_, k, {"reported", "reports", "report", "immediate", "of", "civilian", "human", "known",
                             "confirmed", "further", "other", "any"}))
          ++k;
        if (is_in(t_, k, {"casualties", "casualty", "fatalities", "fatality", "deaths", "death", "loss", "injuries",
                          "victims", "lives", "dead"}))
          return true;
        if (w == "no" && is(t_, k, "one") && hurt_within(k + 1)) return true;
      }
      if ((w == "nobody" || w == "none" || w == "noone") && hurt_within(i + 1)) return true;
    }
    return false;
  }

  bool hurt_within(std::size_t from) const {
    for (std::size_t k = from; k < t_.size() && k < from + 4; ++k)
      if (is_in(t_, k, {"killed", "died", "hurt", "injured", "harmed", "wounded", "dead"})) return true;
    return false;
  }

  // Victims of separate clauses add up ("six soldiers were killed and three militants
  // died"); a toll, a body count, or a figure after a contrast ("while officials said two
  // died") reports the same deaths again, and the most conservative of those wins.
  std::optional<Fatalities> combine() const {
    if (readings_.empty()) {
      if (negated_ || says_nobody_died()) return Fatalities{0, 0, 0};
      return std::nullopt;
    }
    std::vector<Count> reports;
    std::optional<Count> running;
    std::size_t last = 0;
    for (const auto& r : readings_) {
      // A contrast with a new source ("while officials said ...") gives another figure for
      // the same deaths; without one ("while three militants died") it adds victims.
      bool contrast = false, attributed = false;
      for (std::size_t k = last; k < r.at; ++k) {
        if (is_in(t_, k, {"while", "whereas", "but", "however", "though", "although"})) contrast = true;
        if (contrast && is_in(t_, k, {"said", "say", "says", "claimed", "claims", "claim", "reported", "put",
                                      "according", "insisted", "denied", "told"}))
          attributed = true;
      }
      contrast = contrast && attributed;
      if (r.total) {
        reports.push_back(r.count);
      } else if (running && contrast) {
        reports.push_back(*running);
        running = r.count;
      } else {
        running = running ? *running + r.count : r.count;
      }
      last = r.at + 1;
    }
    if (running) reports.push_back(*running);
    Fatalities f{reports.front().best, reports.front().low, reports.front().high};
    for (const auto& c : reports) {
      f.best = std::min(f.best, c.best);
      f.low = std::min(f.low, c.low);
      if (!c.high || !f.high) f.high.reset();
      else f.high = std::max(*f.high, *c.high);
    }
    if (f.high && *f.high < f.best) f.high = f.best;
    return f;
  }

  const Toks& t_;
  std::vector<Reading> readings_;
  bool negated_ = false;
};

}  // namespace

std::optional<Fatalities> read_fatalities(const std::vector<Tok>& words) {
  // Asides in brackets ("two militants (suspected TTP) were killed", "3-4 security forces (at
  // least 1 policeman and 2 soldiers)") restate or qualify; the clause reads on without them.
  Toks plain;
  plain.reserve(words.size());
  int depth = 0;
  for (const auto& w : words) {
    if (w.raw == "(" || w.raw == "[") ++depth;
    else if ((w.raw == ")" || w.raw == "]") && depth > 0) --depth;
    else if (depth == 0) plain.push_back(w);
  }
  return Reader(plain).run();
}

std::optional<Fatalities> read_fatalities(std::string_view sentence) {
  return read_fatalities(tokenize_words(sentence));
}

std::optional<Fatalities> combine_reports(std::span<const std::optional<Fatalities>> readings) {
  std::optional<Fatalities> best;
  for (const auto& r : readings)
    if (r && (!best || r->best > best->best)) best = r;
  return best;
}

}  // namespace bordermap::events
