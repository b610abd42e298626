// CSV cells a spreadsheet would evaluate (= + - @, tab, CR at the start) are written with
// an apostrophe in front, so opening an export cannot run a formula from a report; plain
// numbers are left alone, and the import removes the apostrophe again.
#include <doctest/doctest.h>

#include <string>

#include "export_fixture_test.hpp"
#include "formats/csv_io.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

std::string field(std::string_view value) {
  std::string out;
  events::csv::append_field(out, value);
  return out;
}

}  // namespace

TEST_CASE("CSV formula escape: formula starts get an apostrophe, numbers and text do not") {
  CHECK(field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(field("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
  CHECK(field("-2+3") == "'-2+3");
  CHECK(field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(field("\tx") == "'\tx");
  CHECK(field("'=already") == "''=already");
  CHECK(field("-12.5") == "-12.5");
  CHECK(field("+3") == "+3");
  CHECK(field("-") == "'-");
  CHECK(field("Khorugh") == "Khorugh");
  CHECK(field("'quoted") == "'quoted");
}

TEST_CASE("CSV formula escape: an export with formula-like text reads back unchanged") {
  auto dir = fresh_dir("csv_formula");
  auto evs = fixture_events();
  REQUIRE(!evs.empty());
  evs[0].notes = "=1+1";
  evs[0].actor1 = "@attacker";
  evs[0].claimant = "'=literal apostrophe";
  evs[0].location.name = "-Khorugh";
  const auto path = dir / "events.csv";
  events::export_events(evs, events::ExportFormat::csv, path);
  const std::string text = read_text(path);
  CHECK(text.find(",=1+1") == std::string::npos);
  CHECK(text.find("'=1+1") != std::string::npos);
  CHECK(text.find(",@attacker") == std::string::npos);

  auto back = events::import_events(path);
  REQUIRE(back.events.size() == evs.size());
  CHECK(back.events[0].notes == "=1+1");
  CHECK(back.events[0].actor1 == "@attacker");
  CHECK(back.events[0].claimant == "'=literal apostrophe");
  CHECK(back.events[0].location.name == "-Khorugh");
}
