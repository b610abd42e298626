#pragma once
// Deaths a sentence reports, coded as ACLED codes fatalities: the deaths of every side summed
// ("six soldiers and three militants were killed" = 9), the most conservative figure when a
// range or two figures are given, vague words by ACLED's fixed numbers (extract/counts.cpp),
// 0 when the sentence says nobody died, and nothing when it says nothing about deaths.
// Wounded, injured and arrested people are never counted.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/words.hpp"

namespace bordermap::events {

struct Fatalities {
  int best = 0;             // the figure ACLED's `fatalities` column would hold
  int low = 0;
  std::optional<int> high;  // empty: the text gives no upper bound ("at least 4", "dozens")
  bool operator==(const Fatalities&) const = default;
};

// One sentence, as text or as the shared tokenizer's words.
std::optional<Fatalities> read_fatalities(std::string_view sentence);
std::optional<Fatalities> read_fatalities(const std::vector<Tok>& words);

// Several sentences (or documents) telling the same event: they report the same deaths, so
// the largest single report wins rather than the sum ("two killed" then "the two soldiers
// killed on Monday" is 2, not 4). Sentences that say nothing are skipped; nothing when none
// says anything.
std::optional<Fatalities> combine_reports(std::span<const std::optional<Fatalities>> readings);

}  // namespace bordermap::events
