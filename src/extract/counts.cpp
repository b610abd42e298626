#include "extract/counts.hpp"

#include <array>
#include <string_view>

namespace bordermap::events {
namespace {

constexpr int kMaxCount = 100000000;  // beyond any death toll; keeps the arithmetic in int

struct Named {
  std::string_view word;
  int value;
};

constexpr std::array<Named, 20> kUnits = {{{"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},
                                          {"four", 4},      {"five", 5},       {"six", 6},       {"seven", 7},
                                          {"eight", 8},     {"nine", 9},       {"ten", 10},      {"eleven", 11},
                                          {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
                                          {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}}};
constexpr std::array<Named, 8> kTens = {{{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                                         {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}}};

// Vague quantities, by ACLED's rules for fatalities:
// - ACLED's "Fatalities" FAQ (Uses and limitations of ACLED data, acleddata.com, 27 Feb 2023,
//   updated 7 May 2024): "tens" is coded 10, "dozens" 12, "hundreds" 100 — the smallest
//   number the word means. "scores" (20) and "thousands" (1000) follow the same rule.
// - The "Fatalities" vignette of ACLED's R package acledR (vignettes/fatalities.Rmd): deaths
//   reported without a number are estimated at 3 for an attack of limited scope and at 10
//   only for a significant attack in a war zone. One sentence cannot tell a significant
//   attack, so the conservative 3 stands for "several", "a few", "some", "many",
//   "multiple", "numerous", "a number of" and a bare plural ("soldiers were killed").
constexpr std::array<Named, 11> kVague = {{{"tens", 10},
                                          {"dozens", 12},
                                          {"scores", 20},
                                          {"hundreds", 100},
                                          {"thousands", 1000},
                                          {"several", kUnspecifiedPlural},
                                          {"few", kUnspecifiedPlural},  // "a few"
                                          {"some", kUnspecifiedPlural},
                                          {"many", kUnspecifiedPlural},
                                          {"multiple", kUnspecifiedPlural},
                                          {"numerous", kUnspecifiedPlural}}};

template <std::size_t N>
std::optional<int> lookup(const std::array<Named, N>& table, std::string_view w) {
  for (const auto& n : table)
    if (n.word == w) return n.value;
  return std::nullopt;
}

bool is(const std::vector<Tok>& t, std::size_t i, std::string_view w) { return i < t.size() && t[i].lower == w; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

struct Number {
  int value = 0;
  std::size_t end = 0;
};

int capped(long long v) { return v > kMaxCount ? kMaxCount : static_cast<int>(v); }

// "1200", "1,200", "1.200" is not taken (a date or a decimal, never a count of people).
std::optional<Number> digits_at(const std::vector<Tok>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != TokKind::number || !all_digits(t[i].raw) || t[i].raw.size() > 9 ||
      t[i].joiner == '.' || t[i].joiner == '/')
    return std::nullopt;
  long long v = std::stoll(t[i].raw);
  std::size_t k = i + 1;
  // Thousands groups: "1,200" is three tokens, the comma glued on both sides.
  while (k + 1 < t.size() && t[k].raw == "," && t[k].glued && t[k + 1].glued && t[k + 1].raw.size() == 3 &&
         all_digits(t[k + 1].raw) && v < kMaxCount) {
    v = v * 1000 + std::stoll(t[k + 1].raw);
    k += 2;
  }
  if (k < t.size() && t[k].joiner == '.') return std::nullopt;  // "2.5", "15.05.2019"
  return Number{capped(v), k};
}

// "two", "twenty-five", "a hundred", "two hundred and fifty", "a dozen", "two dozen".
std::optional<Number> words_at(const std::vector<Tok>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != TokKind::word) return std::nullopt;
  long long v = 0;
  std::size_t k = i;
  const bool article = t[i].lower == "a" || t[i].lower == "an";
  if (auto tens = lookup(kTens, t[i].lower)) {
    v = *tens;
    k = i + 1;
    if (k < t.size() && t[k].joiner == '-')
      if (auto unit = lookup(kUnits, t[k].lower); unit && *unit > 0 && *unit < 10) v += *unit, ++k;
  } else if (auto unit = lookup(kUnits, t[i].lower)) {
    v = *unit;
    k = i + 1;
  } else if (article) {
    v = 1;
    k = i + 1;
  } else {
    return std::nullopt;
  }
  bool multiplied = false;
  if (is(t, k, "hundred")) {
    v *= 100, ++k, multiplied = true;
    std::size_t after = is(t, k, "and") ? k + 1 : k;
    if (auto rest = words_at(t, after); rest && rest->value < 100 && !is(t, after, "a") && !is(t, after, "an"))
      v += rest->value, k = rest->end;
  }
  if (is(t, k, "thousand")) v *= 1000, ++k, multiplied = true;
  if (is(t, k, "dozen")) v *= 12, ++k, multiplied = true;
  if (article && !multiplied) return std::nullopt;  // "a" alone is a determiner; the caller decides
  return Number{capped(v), k};
}

std::optional<Number> number_at(const std::vector<Tok>& t, std::size_t i) {
  if (auto d = digits_at(t, i)) {
    if (is(t, d->end, "dozen")) return Number{capped(static_cast<long long>(d->value) * 12), d->end + 1};
    return d;
  }
  if (is(t, i, "half") && is(t, i + 1, "a") && is(t, i + 2, "dozen")) return Number{6, i + 3};
  return words_at(t, i);
}

enum class Hedge { none, at_least, up_to, between };

}  // namespace

std::optional<Quantity> read_quantity(const std::vector<Tok>& t, std::size_t i) {
  Hedge hedge = Hedge::none;
  std::size_t j = i;
  auto take = [&](std::initializer_list<std::string_view> words, Hedge h) {
    std::size_t k = j;
    for (auto w : words)
      if (!is(t, k++, w)) return false;
    if (!number_at(t, k)) return false;  // "over the past week", "some soldiers"
    j = k;
    hedge = h;
    return true;
  };
  (void)(take({"at", "least"}, Hedge::at_least) || take({"more", "than"}, Hedge::at_least) ||
      take({"over"}, Hedge::at_least) || take({"no", "fewer", "than"}, Hedge::at_least) ||
      take({"no", "less", "than"}, Hedge::at_least) || take({"upwards", "of"}, Hedge::at_least) ||
      take({"up", "to"}, Hedge::up_to) || take({"as", "many", "as"}, Hedge::up_to) ||
      take({"between"}, Hedge::between) || take({"nearly"}, Hedge::none) || take({"almost"}, Hedge::none) ||
      take({"about"}, Hedge::none) || take({"around"}, Hedge::none) || take({"approximately"}, Hedge::none) ||
      take({"roughly"}, Hedge::none) || take({"some"}, Hedge::none) || take({"an", "estimated"}, Hedge::none) ||
      take({"estimated"}, Hedge::none) || take({"a", "total", "of"}, Hedge::none));

  if (auto n = number_at(t, j)) {
    Quantity q{n->value, n->value, n->value, false, n->end};
    // A range: "1-4", "3 to 5", "two or three", "between 3 and 5".
    std::optional<Number> upper;
    const std::size_t k = n->end;
    if (k < t.size() && t[k].joiner == '-') upper = number_at(t, k);
    else if (hedge == Hedge::between && is(t, k, "and")) upper = number_at(t, k + 1);
    else if (is(t, k, "to") || is(t, k, "or")) upper = number_at(t, k + 1);
    if (upper && upper->value > n->value) {
      q.high = upper->value;  // best stays the low end: ACLED codes the conservative figure
      q.end = upper->end;
    }
    if (hedge == Hedge::at_least) q.high.reset();
    if (hedge == Hedge::up_to) q.low = 1;  // "up to 6": the report's figure, but it may be fewer
    return q;
  }

  // Vague quantities: "several", "a few", "a couple of", "dozens of", "a number of".
  std::size_t k = i;
  std::optional<int> v;
  if (is(t, k, "a") && is(t, k + 1, "few")) v = kUnspecifiedPlural, k += 2;
  else if (is(t, k, "a") && is(t, k + 1, "couple")) v = 2, k += 2;
  else if (is(t, k, "a") && is(t, k + 1, "number") && is(t, k + 2, "of")) v = kUnspecifiedPlural, k += 3;
  else if (k < t.size() && t[k].lower != "few" && (v = lookup(kVague, t[k].lower))) ++k;
  if (!v) return std::nullopt;
  if (is(t, k, "of")) ++k;
  return Quantity{*v, *v, std::nullopt, true, k};
}

}  // namespace bordermap::events
