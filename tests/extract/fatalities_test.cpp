// The fatality reader against its golden table (tests/data/events/fatalities.tsv: one
// sentence, the best/low/high deaths ACLED would code from it), the counts behind it, and
// the rule for several reports of one event.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "extract/counts.hpp"
#include "extract/fatalities.hpp"
#include "util/tsv.hpp"

namespace fs = std::filesystem;
using namespace bordermap::events;

namespace {

std::string shown(const std::optional<Fatalities>& f) {
  if (!f) return "nothing";
  return std::to_string(f->best) + "/" + std::to_string(f->low) + "/" + (f->high ? std::to_string(*f->high) : "-");
}

std::optional<int> cell(std::string_view s) {
  if (s == "-") return std::nullopt;
  return std::stoi(std::string(s));
}

}  // namespace

TEST_CASE("golden fatality table: sentence → best / low / high deaths") {
  bordermap::util::TsvReader tsv(fs::path(BORDERMAP_TEST_DATA_DIR) / "events" / "fatalities.tsv");
  std::vector<std::string_view> f;
  REQUIRE(tsv.next(f));  // header
  int rows = 0;
  while (tsv.next(f)) {
    REQUIRE_MESSAGE(f.size() == 4, tsv.where());
    ++rows;
    std::optional<Fatalities> want;
    if (auto best = cell(f[1])) want = Fatalities{*best, *cell(f[2]), cell(f[3])};
    const auto got = read_fatalities(f[0]);
    CHECK_MESSAGE(got == want, tsv.where(), ": '", f[0], "' read ", shown(got), ", expected ", shown(want));
  }
  CHECK(rows >= 60);
}

TEST_CASE("the same sentence reads the same from text and from the shared tokens") {
  const std::string s = "Six soldiers and three militants were killed near Khorugh.";
  CHECK(read_fatalities(s) == read_fatalities(tokenize_words(s, 1000)));
}

TEST_CASE("counts: digits, words, ranges, hedges and ACLED's vague quantities") {
  struct Case {
    const char* text;
    int best, low;
    std::optional<int> high;
    bool vague;
  };
  const Case cases[] = {
      {"12 soldiers", 12, 12, 12, false},          {"1,500 people", 1500, 1500, 1500, false},
      {"twenty-one", 21, 21, 21, false},           {"two hundred and fifty", 250, 250, 250, false},
      {"a dozen", 12, 12, 12, false},              {"two dozen", 24, 24, 24, false},
      {"3-5", 3, 3, 5, false},                     {"between 4 and 7", 4, 4, 7, false},
      {"two or three", 2, 2, 3, false},            {"at least 9", 9, 9, std::nullopt, false},
      {"more than 30", 30, 30, std::nullopt, false}, {"up to 8", 8, 1, 8, false},
      {"nearly 40", 40, 40, 40, false},            {"tens of", 10, 10, std::nullopt, true},
      {"dozens of", 12, 12, std::nullopt, true},   {"hundreds of", 100, 100, std::nullopt, true},
      {"several", 3, 3, std::nullopt, true},       {"a few", 3, 3, std::nullopt, true},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto q = read_quantity(tokenize_words(c.text), 0);
    REQUIRE(q);
    CHECK(q->best == c.best);
    CHECK(q->low == c.low);
    CHECK(q->high == c.high);
    CHECK(q->vague == c.vague);
  }
  for (const char* none : {"a policeman", "over the past week", "15.05.2019", "the post", "2.5 km"}) {
    INFO(none);
    CHECK_FALSE(read_quantity(tokenize_words(none), 0));
  }
}

TEST_CASE("reports of one event: the largest single report, never the sum") {
  const std::optional<Fatalities> none;
  const std::optional<Fatalities> two = Fatalities{2, 2, 2}, three = Fatalities{3, 3, 5}, zero = Fatalities{0, 0, 0};
  CHECK_FALSE(combine_reports(std::vector<std::optional<Fatalities>>{}));
  CHECK_FALSE(combine_reports(std::vector{none, none}));
  CHECK(combine_reports(std::vector{none, two}) == two);
  CHECK(combine_reports(std::vector{two, three, two}) == three);
  CHECK(combine_reports(std::vector{zero, two}) == two);
  CHECK(combine_reports(std::vector{zero, none}) == zero);  // "no casualties" is still a report

  // The same two deaths told twice in one report.
  std::vector<std::optional<Fatalities>> sentences = {
      read_fatalities("Taliban fighters attacked a border post on Monday, killing two soldiers."),
      read_fatalities("The two soldiers were killed when the post came under fire."),
      read_fatalities("The Tajik side closed the crossing on Tuesday."),
  };
  CHECK(combine_reports(sentences) == Fatalities{2, 2, 2});
}
