// CSV import: ACLED's own export (both date formats, unknown columns kept as attributes),
// bad rows reported by line with field and value while good rows come in, and a file
// missing required columns refused with one message naming them.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "formats/acled_columns.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"
#include "export_fixture_test.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

const events::Event* by_id(const std::vector<events::Event>& events, const std::string& id) {
  for (const auto& e : events)
    if (e.id == id) return &e;
  return nullptr;
}

std::string attribute(const events::Event& e, const std::string& key) {
  for (const auto& [k, v] : e.attributes)
    if (k == key) return v;
  return "<none>";
}

bool has_error(const std::vector<std::string>& errors, const std::string& text) {
  return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("ACLED CSV import maps ACLED's columns onto the model") {
  auto result = events::import_events(events_io_data("acled_afghanistan.csv"));
  CHECK(result.detected_format == "acled-csv");
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  CHECK(result.errors.empty());
  REQUIRE(result.events.size() == 6);

  const auto* a = by_id(result.events, "acled:AFG90001");
  REQUIRE(a);
  CHECK(a->event_date == events::Date{2021, 9, 25});  // "25 September 2021"
  CHECK(a->event_type == "Battles");
  CHECK(a->sub_event_type == "Armed clash");
  CHECK(a->actor1 == "Taliban");
  CHECK(a->actor2 == "Military Forces of Tajikistan (1994-)");
  CHECK(a->assoc_actors == std::vector<std::string>{"Border Guards of Tajikistan"});
  CHECK(a->location.country == "AF");
  CHECK(a->location.admin1 == "Badakhshan");
  CHECK(a->location.admin2 == "Kohistan");
  CHECK(a->location.name == "Maymay");
  CHECK(*a->location.lat == doctest::Approx(38.4086));
  CHECK(*a->location.lon == doctest::Approx(71.0384));
  CHECK(a->geo_precision == 1);
  CHECK(a->where_prec == 1);
  CHECK(a->time_precision == 1);
  CHECK(a->date_prec == 1);
  CHECK(a->fatalities_best == 0);
  CHECK(a->source.publication == "Bakhtar News Agency");
  CHECK(a->notes.find("exchange of fire") != std::string::npos);
  CHECK(a->inter1 == 2);
  CHECK(a->inter2 == 1);
  CHECK(a->interaction == 12);
  CHECK(a->civilian_targeting.empty());
  // ACLED's columns without a model field, and unknown columns, are attributes.
  CHECK(attribute(*a, "source_scale") == "National");
  CHECK(attribute(*a, "timestamp") == "1633046400");
  CHECK(attribute(*a, "iso3") == "AFG");
  CHECK(attribute(*a, "population_best") == "1200");
  // What the model already says is not repeated as an attribute.
  CHECK(attribute(*a, "disorder_type") == "<none>");
  CHECK(attribute(*a, "iso") == "<none>");
  CHECK(attribute(*a, "country") == "<none>");
  CHECK(attribute(*a, "region") == "<none>");  // South Asia, as the country gives
  CHECK(attribute(*a, "inter1") == "<none>");  // a field now

  const auto* b = by_id(result.events, "acled:AFG90002");
  REQUIRE(b);
  CHECK(b->event_date == events::Date{2021, 9, 24});  // ISO
  CHECK(b->time_precision == 2);
  CHECK(b->date_prec == 3);
  CHECK(b->notes == "Made-up test row, with \"quotes\", commas, and\na second line.");
  CHECK(b->source.publication == "Pajhwok Afghan News; Tolo News");

  const auto* t = by_id(result.events, "acled:TJK1001");
  REQUIRE(t);
  CHECK(t->event_date == events::Date{2021, 9, 23});  // "23 Sep 2021"
  CHECK(t->location.country == "TJ");
  CHECK(attribute(*t, "admin3") == "Qalaikhumb");
  CHECK(t->tags == std::vector<std::string>{"crowd size=no report"});
  CHECK(t->notes.find("Қалъаи Хумб") != std::string::npos);

  const auto* v = by_id(result.events, "acled:AFG90003");
  REQUIRE(v);
  CHECK(v->assoc_actors == std::vector<std::string>{"Farmers (Afghanistan)", "Women (Afghanistan)"});
  CHECK(v->civilian_targeting == "Civilian targeting");
  CHECK(v->fatalities_best == 1);
  CHECK(v->where_prec == 2);

  const auto* r = by_id(result.events, "acled:AFG90004");
  REQUIRE(r);
  CHECK_FALSE(r->fatalities_best.has_value());  // empty: unknown, not zero
  CHECK(attribute(*r, "disorder_type") == "<none>");  // Riots / Mob violence → Political violence, as derived
  CHECK(r->where_prec == 4);

  const auto* m = by_id(result.events, "acled:AFG90005");
  REQUIRE(m);
  CHECK(attribute(*m, "disorder_type") == "Political violence; Demonstrations");  // differs: kept
}

TEST_CASE("ACLED CSV round trip: import → export CSV → import gives the same events") {
  auto first = events::import_events(events_io_data("acled_afghanistan.csv"));
  REQUIRE(first.errors.empty());
  auto dir = fresh_dir("acled_round_trip");
  events::export_events(first.events, events::ExportFormat::csv, dir / "again.csv");
  auto second = events::import_events(dir / "again.csv");
  std::string second_errors;
  for (const auto& e : second.errors) second_errors += e + "\n";
  INFO(second_errors);
  CHECK(second.errors.empty());
  check_same_events(first.events, second.events);

  // ACLED's own columns come back as ACLED wrote them.
  std::string csv = read_text(dir / "again.csv");
  CHECK(csv.find(",Political violence; Demonstrations,Riots,Violent demonstration,") != std::string::npos);
  CHECK(csv.find(",Military Forces of Tajikistan (1994-),Border Guards of Tajikistan,1,12,,4,South Asia,Afghanistan,") !=
        std::string::npos);

  // Through GeoJSON as well.
  events::export_events(first.events, events::ExportFormat::geojson, dir / "again.geojson");
  auto third = events::import_events(dir / "again.geojson");
  CHECK(third.errors.empty());
  check_same_events(first.events, third.events);
}

TEST_CASE("bad CSV rows are reported by line, field and value; good rows still come in") {
  auto file = events_io_data("acled_bad_rows.csv");
  auto result = events::import_events(file);
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  std::vector<std::string> ids;
  for (const auto& e : result.events) ids.push_back(e.id);
  CHECK(ids == std::vector<std::string>{"acled:AFG91001", "acled:AFG91005", "acled:AFG91010"});
  CHECK(result.events[1].notes == "spans\ntwo lines, fine");

  const std::string f = file.string();
  CHECK(has_error(result.errors, f + ":3: field event_date: '2021-02-30' is not a date"));
  CHECK(has_error(result.errors, f + ":4: field latitude: 'abc' is not a number"));
  CHECK(has_error(result.errors, f + ":5: field latitude: '95' is outside -90..90"));
  CHECK(has_error(result.errors, f + ":8: field event_id_cnty: empty"));
  CHECK(has_error(result.errors, f + ":9: the row has 4 fields, the header has 31"));
  CHECK(has_error(result.errors, f + ":10: field event_date: '31 February 2021' is not a date"));
  CHECK(has_error(result.errors, f + ":11: field time_precision: 7 is outside 1–3"));
  CHECK(result.errors.size() == 7);
}

TEST_CASE("a CSV missing required columns is refused with one message naming them") {
  auto file = events_io_data("acled_missing_columns.csv");
  try {
    events::import_events(file);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    std::string msg = e.what();
    CHECK(msg.find(file.string()) != std::string::npos);
    CHECK(msg.find("missing required columns latitude, longitude") != std::string::npos);
  }
}

TEST_CASE("CSV edge cases: empty file, header only, byte-order mark, CRLF, invalid UTF-8") {
  auto dir = fresh_dir("csv_edges");
  std::ofstream(dir / "empty.csv") << "";
  CHECK_THROWS_AS(events::import_events(dir / "empty.csv"), InputError);
  CHECK_THROWS_AS(events::import_events(dir / "none.csv"), InputError);

  std::string header = "event_id_cnty,event_date,event_type,location,country,latitude,longitude\r\n";
  std::ofstream(dir / "header.csv", std::ios::binary) << header;
  auto only = events::import_events(dir / "header.csv");
  CHECK(only.events.empty());
  CHECK(only.errors.empty());

  std::ofstream(dir / "bom.csv", std::ios::binary)
      << "\xEF\xBB\xBF" << header << "X1,25 September 2021,Battles,Kh\xE9rog,Tajikistan,37.49,71.55\r\n"
      << "X2,2021-09-26,Battles,Khorog,Tajikistan,37.49,71.55\r\n";
  auto bom = events::import_events(dir / "bom.csv");
  REQUIRE(bom.events.size() == 2);
  CHECK(bom.events[0].id == "acled:X1");
  CHECK(bom.events[0].location.country == "TJ");                       // from the name: no iso column
  CHECK(bom.events[0].location.name == "Kh\xEF\xBF\xBDrog");            // Latin-1 byte → U+FFFD, reported
  CHECK(has_error(bom.errors, "bom.csv:2: field location: invalid UTF-8"));
  CHECK(bom.events[1].event_date == events::Date{2021, 9, 26});
}

TEST_CASE("ACLED date formats") {
  using events::Date;
  CHECK(events::acled::parse_date("25 September 2021") == Date{2021, 9, 25});
  CHECK(events::acled::parse_date("5 Sept 2021") == Date{2021, 9, 5});
  CHECK(events::acled::parse_date("25-Sep-2021") == Date{2021, 9, 25});
  CHECK(events::acled::parse_date("2021-09-25") == Date{2021, 9, 25});
  CHECK(events::acled::parse_date("2021-09-25T00:00:00Z") == Date{2021, 9, 25});
  CHECK(events::acled::parse_date("29 February 2020") == Date{2020, 2, 29});
  CHECK_FALSE(events::acled::parse_date("29 February 2021"));
  CHECK_FALSE(events::acled::parse_date("2021-02-30"));
  CHECK_FALSE(events::acled::parse_date("2021-09-25garbage"));
  CHECK_FALSE(events::acled::parse_date("25 Septembre 2021"));
  CHECK_FALSE(events::acled::parse_date("09/25/2021"));
  CHECK_FALSE(events::acled::parse_date(""));
}
