#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "run_cli.hpp"
#include "support/temp_dir.hpp"

using bordermap::test::run_cli;
using bordermap::test::runtime_data_built;
using bordermap::test::temp_file;

TEST_CASE("ingest stores events once, re-ingest refreshes them, events lists them") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("ingest_cli");
  auto store = (tmp / "ev.gpkg").string();
  std::string report = std::string(BORDERMAP_SOURCE_DIR) + "/events/sample-report.txt";
  auto first = run_cli("ingest --store '" + store + "' --date 2021-09-27 --source test '" + report + "'");
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.find(" 0 updated") != std::string::npos);
  auto again = run_cli("ingest --store '" + store + "' --date 2021-09-27 '" + report + "'");
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find(": 0 added") != std::string::npos);

  auto listed = run_cli("events --store '" + store + "' --format json");
  REQUIRE(listed.exit_code == 0);
  auto j = nlohmann::json::parse(listed.out);
  REQUIRE(j["events"].size() >= 10);
  bool moy_may = false;
  for (auto& e : j["events"])
    if (e["place_id"] == "geonames:1133657") {
      moy_may = true;
      CHECK(e["side"] == "AF");
      CHECK(e["claimant"] == "Tajik media");
    }
  CHECK(moy_may);
  auto tj = nlohmann::json::parse(run_cli("events --store '" + store + "' --side TJ --format json").out);
  for (auto& e : tj["events"]) CHECK(e["side"] == "TJ");
  CHECK(tj["events"].size() < j["events"].size());
}

TEST_CASE("ingest and events: bad input gives a message and a non-zero exit") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("ingest_cli_bad");
  auto store = (tmp / "ev.gpkg").string();
  auto empty = run_cli("ingest --store '" + store + "' " + temp_file("empty-report.txt", "\n"));
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("empty") != std::string::npos);
  auto bad_date = run_cli("ingest --store '" + store + "' --date 2021-02-30 " + temp_file("r.txt", "Clashes in Khorog."));
  CHECK(bad_date.exit_code == 2);
  CHECK(bad_date.err.find("2021-02-30") != std::string::npos);
  auto no_store = run_cli("events --store '" + (tmp / "missing.gpkg").string() + "'");
  CHECK(no_store.exit_code != 0);
  CHECK(no_store.err.find("missing.gpkg") != std::string::npos);
  auto bad_bbox = run_cli("events --store '" + store + "' --bbox 70,40,75,35");
  CHECK(bad_bbox.exit_code == 2);
}

TEST_CASE("ingest JSONL: good lines are stored, bad lines are named by line and field") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("ingest_cli_jsonl");
  auto store = (tmp / "ev.gpkg").string();
  auto file = temp_file("docs.jsonl",
                        "{\"id\":\"ok\",\"text\":\"On 25 September 2021 Taliban fighters shelled Moy May, Tajik media reported.\","
                        "\"date\":\"2021-09-27\",\"source\":\"Asia-Plus\"}\n"
                        "\n"
                        "{\"id\":\"bad-date\",\"text\":\"Clashes in Khorog.\",\"date\":\"2021-02-30\"}\n"
                        "{\"id\":\"bad-source\",\"text\":\"Clashes in Khorog.\",\"source\":7}\n");
  auto r = run_cli("ingest --input-format jsonl --store '" + store + "' " + file);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("ok: ") != std::string::npos);
  CHECK(r.err.find("docs.jsonl:3: field 'date'") != std::string::npos);
  CHECK(r.err.find("docs.jsonl:4: field 'source'") != std::string::npos);
  auto listed = nlohmann::json::parse(run_cli("events --store '" + store + "' --format json").out);
  REQUIRE_FALSE(listed["events"].empty());
  for (auto& e : listed["events"]) CHECK(e["source"] == "Asia-Plus");
}
