#pragma once
// How many: the count a phrase of a sentence states, read from the shared tokens — digits
// ("12", "1,200"), number words ("two", "twenty-five", "a dozen", "two hundred"), ranges
// ("1-4", "3 to 5", "between 3 and 5", "two or three"), hedges ("at least 4", "up to 6") and
// vague quantities ("several", "dozens"). The fatality reader counts victims with it.
#include <cstddef>
#include <optional>
#include <vector>

#include "extract/words.hpp"

namespace bordermap::events {

struct Quantity {
  int best = 0;            // what ACLED would code: the conservative end of a range
  int low = 0;
  std::optional<int> high;  // empty: no upper bound given ("at least 4", "dozens")
  bool vague = false;      // a word standing for a number ("several"), not a number
  std::size_t end = 0;     // one past the last token read
};

// The quantity starting at token `i` (a hedge word, a number, or a vague quantity word),
// or nothing when no count starts there.
std::optional<Quantity> read_quantity(const std::vector<Tok>& toks, std::size_t i);

// The number ACLED codes for deaths reported without a count ("several", "soldiers were
// killed") in an attack of limited scope; see counts.cpp for the source.
inline constexpr int kUnspecifiedPlural = 3;

}  // namespace bordermap::events
