// The golden date table (tests/data/events/dates.tsv) and the calendar rules behind it.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "util/tsv.hpp"
#include "extract/dates.hpp"

namespace fs = std::filesystem;
using namespace bordermap::events;

namespace {

// The expression the extractor would act on: a rejected one (it warns), else the
// narrowest resolved one, else history, else one waiting for a document date.
const DateExpression* pick(const std::vector<DateExpression>& found) {
  for (auto& e : found)
    if (e.status == DateStatus::rejected) return &e;
  if (auto* e = event_date_of(found)) return e;
  for (auto& e : found)
    if (e.status == DateStatus::historical) return &e;
  for (auto& e : found)
    if (e.status == DateStatus::unresolved) return &e;
  return nullptr;
}

// What an expression says of itself beyond its span, as the table's flags column writes it.
std::string flags_of(const DateExpression& e) {
  std::string out;
  if (e.report_date) out += "report_date";
  if (e.days_before_report) out += (out.empty() ? "" : ",") + std::string("days_before_report=") +
                                   std::to_string(e.days_before_report);
  return out.empty() ? "-" : out;
}

}  // namespace

TEST_CASE("golden date table: expression × document date → span and precision") {
  bordermap::util::TsvReader tsv(fs::path(BORDERMAP_TEST_DATA_DIR) / "events" / "dates.tsv");
  std::vector<std::string_view> f;
  REQUIRE(tsv.next(f));  // header
  int rows = 0;
  while (tsv.next(f)) {
    REQUIRE_MESSAGE(f.size() >= 8, tsv.where());
    ++rows;
    std::string expr(f[0]), doc_s(f[1]), status(f[2]);
    INFO(tsv.where(), ": '", expr, "' on ", doc_s);
    std::optional<Date> doc;
    if (doc_s != "-") {
      doc = parse_date(doc_s);
      REQUIRE(doc);
    }
    auto found = find_dates(expr, doc);
    const DateExpression* e = pick(found);
    if (status == "none") {
      CHECK_MESSAGE(found.empty(), "found '", found.empty() ? "" : found.front().text, "'");
      continue;
    }
    REQUIRE_MESSAGE(e, "no date expression found");
    CHECK(status_name(e->status) == status);
    if (status != "resolved" || e->status != DateStatus::resolved) continue;
    REQUIRE(e->span);
    CHECK(format_date(e->span->start) == f[3]);
    CHECK(format_date(e->span->end) == f[4]);
    CHECK(format_date(e->span->event_date) == f[5]);
    CHECK(std::to_string(e->span->time_precision) == f[6]);
    CHECK(std::to_string(e->span->date_prec) == f[7]);
    if (f.size() >= 10 && !f[9].empty()) CHECK(flags_of(*e) == f[9]);
  }
  CHECK(rows >= 40);
  MESSAGE(rows, " date rows");
}

TEST_CASE("precision follows the length of the span") {
  Date d{2021, 9, 27};
  auto p = [&](int days) {
    auto s = make_span(d, add_days(d, days - 1));
    return std::pair{s.time_precision, s.date_prec};
  };
  CHECK(p(1) == std::pair{1, 1});
  CHECK(p(2) == std::pair{2, 2});
  CHECK(p(6) == std::pair{2, 2});
  CHECK(p(7) == std::pair{2, 3});
  CHECK(p(8) == std::pair{3, 4});
  CHECK(p(31) == std::pair{3, 4});
  CHECK(p(32) == std::pair{3, 5});
  auto inherited = inherited_span(d);
  CHECK(format_date(inherited.start) == "2021-09-22");
  CHECK(format_date(inherited.event_date) == "2021-09-27");
  CHECK(inherited.time_precision == 2);
  CHECK(inherited.date_prec == 2);
}

TEST_CASE("offsets, several expressions, and the one an event takes") {
  std::string s = "Earlier, on 25 September 2021, the force was seen in mid-September positions.";
  auto found = find_dates(s, Date{2021, 9, 27}, 100);
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "Earlier");
  CHECK(found[1].text == "25 September 2021");
  CHECK(found[1].start == 100 + s.find("25 September"));
  CHECK(found[1].end == found[1].start + std::string("25 September 2021").size());
  CHECK(found[2].text == "mid-September");
  auto* best = event_date_of(found);
  REQUIRE(best);
  CHECK(best->text == "25 September 2021");  // the narrowest wins
}

TEST_CASE("a report date's 24-hour window is part of the expression") {
  std::string s = "As reported on 15 May 2019, over the past 24 hours, two posts were shelled.";
  auto found = find_dates(s, Date{2019, 5, 16});
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "15 May 2019, over the past 24 hours");
  CHECK(found[0].report_date);
  CHECK(found[0].days_before_report == 1);
  REQUIRE(found[0].span);
  CHECK(format_date(found[0].span->event_date) == "2019-05-14");
}

TEST_CASE("calendar helpers") {
  CHECK(valid_date(2024, 2, 29));
  CHECK_FALSE(valid_date(2023, 2, 29));
  CHECK_FALSE(valid_date(2021, 4, 31));
  CHECK_FALSE(valid_date(10000, 1, 1));
  CHECK(weekday_of(Date{2021, 9, 27}) == 0);  // a Monday
  CHECK(weekday_of(Date{2021, 9, 26}) == 6);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_between(Date{2020, 12, 31}, Date{2021, 3, 1}) == 60);
  CHECK(format_date(add_days(Date{2024, 2, 28}, 1)) == "2024-02-29");
  CHECK_FALSE(parse_date("2021-02-30"));
  CHECK(parse_date("2021-02-28"));
}

TEST_CASE("the following day counts from the day an earlier sentence named") {
  Date doc{2021, 10, 1};
  auto with_anchor = find_dates("Police released them the following day.", doc, 0, Date{2021, 9, 28});
  REQUIRE(with_anchor.size() == 1);
  REQUIRE(with_anchor[0].span);
  CHECK(format_date(with_anchor[0].span->event_date) == "2021-09-29");
  CHECK(with_anchor[0].span->time_precision == 1);
  auto next = find_dates("They returned the next day, and the day after.", doc, 0, Date{2021, 9, 28});
  REQUIRE(next.size() == 2);
  CHECK(format_date(next[0].span->event_date) == "2021-09-29");
  // Without a day named before, nothing can be counted from.
  CHECK(find_dates("Police released them the following day.", doc).empty());
}
