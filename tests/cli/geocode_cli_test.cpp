#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "run_cli.hpp"

using bordermap::test::run_cli;
using bordermap::test::runtime_data_built;
using bordermap::test::temp_file;
using nlohmann::json;

namespace {
const char* kReport =
    "Militants gathered in Moy May, a village in Afghanistan's Badakhshan province, while "
    "Tajik border guards watched from Khorugh.";
}

TEST_CASE("geocode --format json follows the contract: byte offsets, place fields, alternatives") {
  if (!runtime_data_built()) return;
  auto file = temp_file("report.txt", kReport);
  auto r = run_cli("geocode --format json " + file);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  REQUIRE(j.contains("mentions"));
  std::string text = kReport;
  bool saw_moy_may = false;
  for (auto& m : j["mentions"]) {
    size_t start = m["start"], end = m["end"];
    CHECK(text.substr(start, end - start) == m["text"].get<std::string>());
    CHECK(m.contains("confidence"));
    CHECK(m["alternatives"].is_array());
    if (m["text"] == "Moy May") {
      saw_moy_may = true;
      auto& p = m["place"];
      CHECK(p["id"] == "geonames:1133657");
      CHECK(p["kind"] == "populated_place");
      CHECK(p["country"] == "AF");
      CHECK(p["admin1"] == "Badakhshan");
      CHECK(p["lat"].get<double>() == doctest::Approx(38.40856));
      CHECK(p["lon"].get<double>() == doctest::Approx(71.03839));
    }
    CHECK(m["text"] != "Tajik");  // a demonym is not a mention
  }
  CHECK(saw_moy_may);
}

TEST_CASE("geocode reads standard input and offsets count UTF-8 bytes") {
  if (!runtime_data_built()) return;
  std::string text = "Ré-sumé: talks in Kŭlob and Dushanbe.";
  auto r = run_cli("geocode --format json -", text);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  bool found = false;
  for (auto& m : j["mentions"])
    if (m["text"] == "Kŭlob") {
      found = true;
      CHECK(m["start"].get<size_t>() == text.find("Kŭlob"));
      CHECK(m["end"].get<size_t>() == text.find("Kŭlob") + std::string("Kŭlob").size());
      CHECK(m["place"]["country"] == "TJ");
    }
  CHECK(found);
}

TEST_CASE("geocode --input-format jsonl keeps order with threads and isolates bad lines") {
  if (!runtime_data_built()) return;
  std::ostringstream in;
  for (int i = 0; i < 40; ++i) {
    if (i == 7) {
      in << "{not json\n";
      continue;
    }
    if (i == 9) {
      in << json{{"id", "d9"}, {"text", "Fayzabad"}, {"date", "2021-02-30"}}.dump() << "\n";
      continue;
    }
    std::string id = "d";
    id += std::to_string(i);
    in << json{{"id", id}, {"text", i % 2 ? "Khorog and Kulob" : "Fayzabad, Badakhshan"}}.dump() << "\n";
  }
  auto r = run_cli("geocode --input-format jsonl --threads 2 -", in.str());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("stdin:8") != std::string::npos);
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    auto j = json::parse(line);
    if (n == 7) {
      CHECK(j.contains("error"));
      CHECK(j["line"] == 8);
    } else if (n == 9) {
      CHECK(j["id"] == "d9");
      CHECK(j["error"].get<std::string>().find("date") != std::string::npos);
    } else {
      std::string id = "d";
      id += std::to_string(n);
      CHECK(j["id"] == id);
      REQUIRE(j["mentions"].size() >= 2);
      if (n % 2 == 0) CHECK(j["mentions"][0]["place"]["id"] == "geonames:1142170");
    }
    ++n;
  }
  CHECK(n == 40);
}

TEST_CASE("geocode --format geojson is an RFC 7946 FeatureCollection with 6-decimal coordinates") {
  if (!runtime_data_built()) return;
  auto file = temp_file("gj.txt", kReport);
  auto r = run_cli("geocode --format geojson " + file);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  CHECK(j["type"] == "FeatureCollection");
  CHECK_FALSE(j.contains("crs"));
  REQUIRE(j["bbox"].size() == 4);
  CHECK(j["bbox"][0].get<double>() <= j["bbox"][2].get<double>());
  REQUIRE(j["features"].size() >= 3);
  for (auto& f : j["features"]) {
    CHECK(f["geometry"]["type"] == "Point");
    double lon = f["geometry"]["coordinates"][0], lat = f["geometry"]["coordinates"][1];
    CHECK(lon == doctest::Approx(std::round(lon * 1e6) / 1e6).epsilon(1e-12));
    CHECK(lat >= -90);
    CHECK(lat <= 90);
  }
}

TEST_CASE("geocode: bad input gives a clear message and a non-zero exit, never a crash") {
  if (!runtime_data_built()) return;
  auto missing = run_cli("geocode /nonexistent/report.txt");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("/nonexistent/report.txt") != std::string::npos);

  auto empty = run_cli("geocode " + temp_file("empty.txt", "  \n"));
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("empty") != std::string::npos);

  auto bad_pair = run_cli("geocode --pair AF-KG " + temp_file("p.txt", "Kabul"));
  CHECK(bad_pair.exit_code == 2);
  CHECK(bad_pair.err.find("AF-TJ") != std::string::npos);  // lists the pairs that exist

  auto bad_date = run_cli("geocode --date 2021-02-30 " + temp_file("d.txt", "Kabul"));
  CHECK(bad_date.exit_code == 2);
  CHECK(bad_date.err.find("2021-02-30") != std::string::npos);

  auto invalid = run_cli("geocode --format json " + temp_file("bad.txt", std::string("Khorog\xff\xfe and Kulob")));
  CHECK(invalid.exit_code == 0);
  CHECK(invalid.err.find("byte 6") != std::string::npos);
  auto j = json::parse(invalid.out);
  CHECK(j["mentions"].size() == 2);
  CHECK(j["mentions"][1]["start"] == 13);
}

TEST_CASE("place ranks candidates for a name and its spelling variants") {
  if (!runtime_data_built()) return;
  auto r = run_cli("place Fayzabad --json --limit 5");
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  REQUIRE(j["candidates"].size() >= 2);
  CHECK(j["candidates"][0]["id"] == "geonames:1142170");  // the AF provincial capital by the border
  CHECK(j["candidates"][0].contains("population"));
  auto variant = json::parse(run_cli("place Khorog --json --limit 3").out);
  REQUIRE(!variant["candidates"].empty());
  CHECK(variant["candidates"][0]["id"] == "geonames:1221328");
  auto none = run_cli("place Qqqxyzzy");
  CHECK(none.exit_code == 1);
}
