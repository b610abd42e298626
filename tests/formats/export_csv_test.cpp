// CSV export: ACLED's columns first with ACLED's names, bordermap's extras after, RFC 4180
// quoting; read back by OGR's CSV driver field by field and round-tripped by the import.
#include <doctest/doctest.h>

#include <fstream>

#include "formats/acled_columns.hpp"
#include "formats/csv_io.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"
#include "export_fixture_test.hpp"
#include "geo/gdal_handle.hpp"

using namespace bordermap;
using namespace bordermap::test;

TEST_CASE("CSV export: ACLED's columns in ACLED's order, then bordermap's extras and attributes") {
  auto dir = fresh_dir("csv_header");
  events::export_events(fixture_events(), events::ExportFormat::csv, dir / "events.csv");
  std::string text = read_text(dir / "events.csv");
  std::string expected_start;
  for (auto c : events::acled::kColumns) expected_start += std::string(expected_start.empty() ? "" : ",") + std::string(c);
  CHECK(text.rfind(expected_start + ",date_start,date_end,date_prec,place_id,country_code,where_prec", 0) == 0);
  std::string header = text.substr(0, text.find("\r\n"));
  for (const char* extra : {"claimant", "source_reliability", "info_credibility", "side", "distance_to_border_km",
                            "border_km", "border_section", "document_id", "sentence_start", "mention_end",
                            "analyst_reviewed", "population_best"})
    CHECK(header.find(std::string(",") + extra) != std::string::npos);
  // Attributes that are ACLED columns go into those columns, not into extra ones.
  CHECK(header.find(",inter1,") != std::string::npos);
  CHECK(header.find("attributes") == std::string::npos);
  CHECK(text.find("\"Reinforcements \"\"arrived\"\", reportedly, by road\"") != std::string::npos);
}

TEST_CASE("CSV export reads back with OGR's CSV driver field by field") {
  auto dir = fresh_dir("csv_ogr");
  auto events = fixture_events();
  auto path = dir / "events.csv";
  events::export_events(events, events::ExportFormat::csv, path);

  auto ds = geo::open_vector(path);
  OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
  REQUIRE(layer);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  CHECK(OGR_FD_GetFieldCount(defn) > static_cast<int>(events::acled::kColumns.size()));
  auto field = [&](OGRFeatureH f, const char* name) {
    int i = OGR_FD_GetFieldIndex(defn, name);
    REQUIRE(i >= 0);
    return std::string(OGR_F_GetFieldAsString(f, i));
  };
  OGR_L_ResetReading(layer);
  for (const auto& e : events) {
    geo::OgrFeature f(OGR_L_GetNextFeature(layer));
    REQUIRE(f);
    INFO(e.id);
    CHECK(field(f.get(), "event_id_cnty") == e.id);
    CHECK(field(f.get(), "location") == e.location.name);
    CHECK(field(f.get(), "notes") == e.notes);
    CHECK(field(f.get(), "claimant") == e.claimant);
    CHECK(field(f.get(), "actor2") == e.actor2);
    CHECK(field(f.get(), "country_code") == e.location.country);
    CHECK(field(f.get(), "event_date") ==
          (e.event_date ? std::to_string(e.event_date->year) + (e.event_date->month < 10 ? "-0" : "-") +
                              std::to_string(e.event_date->month) + (e.event_date->day < 10 ? "-0" : "-") +
                              std::to_string(e.event_date->day)
                        : ""));
    CHECK(field(f.get(), "latitude") == (e.location.lat ? field(f.get(), "latitude") : ""));
    if (e.location.lat) CHECK(std::stod(field(f.get(), "latitude")) == doctest::Approx(*e.location.lat));
  }
  geo::OgrFeature end(OGR_L_GetNextFeature(layer));
  CHECK_FALSE(end);
}

TEST_CASE("CSV export writes ACLED's country name and numeric ISO code, and its year") {
  auto dir = fresh_dir("csv_acled_values");
  auto events = fixture_events();
  events.resize(2);
  events::export_events(events, events::ExportFormat::csv, dir / "events.csv");
  std::ifstream in(dir / "events.csv", std::ios::binary);
  events::csv::Reader reader(in);
  events::csv::Record header, row1, row2;
  REQUIRE(reader.next(header));
  REQUIRE(reader.next(row1));
  REQUIRE(reader.next(row2));
  auto col = [&](const events::csv::Record& r, std::string_view name) {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
      if (header.fields[i] == name) return r.fields.at(i);
    FAIL("no column " << name);
    return std::string();
  };
  CHECK(col(row1, "iso") == "4");
  CHECK(col(row1, "country") == "Afghanistan");
  CHECK(col(row1, "year") == "2021");
  CHECK(col(row1, "event_date") == "2021-09-25");
  CHECK(col(row1, "date_start") == "2021-09-25T00:00:00Z");
  CHECK(col(row1, "disorder_type") == "Strategic developments");
  CHECK(col(row1, "tags") == "deployment; border");
  CHECK(col(row2, "iso") == "762");
  CHECK(col(row2, "country") == "Tajikistan");
  CHECK(col(row2, "location") == "Kŭlob");
  CHECK(col(row2, "notes") == "First line\nsecond line, with a comma");
  CHECK(row2.line == 3);
  CHECK(col(row2, "analyst_reviewed") == "true");
}

TEST_CASE("CSV export → import gives the same events") {
  auto dir = fresh_dir("csv_round_trip");
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::csv, dir / "events.csv");
  auto result = events::import_events(dir / "events.csv");
  CHECK(result.detected_format == "csv");
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  CHECK(result.errors.empty());
  check_same_events(events, result.events);
}
