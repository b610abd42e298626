// Several writers on one store, as real processes: ingests racing to create the same
// store, ingests sharing it, an analyst saving edits while a re-ingest runs, and a store
// that stays locked. Each checks counts afterwards; none asserts a timing.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/run_cli.hpp"
#include "geo/gdal_handle.hpp"
#include "store/document_hash.hpp"
#include "store/store.hpp"
#include "support/postgis.hpp"
#include "support/temp_dir.hpp"
#include "writers_support.hpp"

using namespace bordermap;
using namespace bordermap::events;
using namespace bordermap::test;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// `writers` ingests at once, each of its own `docs` documents, into `target`; all must
// succeed and every document and event must be in the store afterwards.
void racing_ingests(const std::string& target, const fs::path& dir, int writers, int docs, const std::string& tag) {
  std::vector<Spawned> running;
  for (int w = 0; w < writers; ++w) {
    const auto input = dir / (tag + std::to_string(w) + ".jsonl");
    write_file(input, jsonl_documents(tag + std::to_string(w), docs));
    running.push_back(spawn_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'",
                                dir / (tag + std::to_string(w))));
  }
  long added = 0;
  for (const auto& s : running) {
    const int code = wait_cli(s);
    INFO("stderr: " << read_output(s.err));
    CHECK(code == 0);
    added += added_of(read_output(s.out));
  }
  CHECK(table_rows(target, "documents") == static_cast<long>(writers) * docs);
  CHECK(table_rows(target, "events") == added);
  CHECK(added >= static_cast<long>(writers) * docs);  // each document gives at least one event
}

// The same file ingested by two processes at once: no duplicate key, no doubled events.
void same_document_at_once(const std::string& target, const fs::path& dir) {
  const auto input = dir / "same.jsonl";
  write_file(input, jsonl_documents("same", 20));
  auto a = spawn_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'", dir / "same-a");
  auto b = spawn_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'", dir / "same-b");
  CHECK(wait_cli(a) == 0);
  CHECK(wait_cli(b) == 0);
  INFO(read_output(a.err) << read_output(b.err));
  const long once = added_of(read_output(a.out)) + added_of(read_output(b.out));
  CHECK(table_rows(target, "documents") == 20);
  CHECK(table_rows(target, "events") == once);  // one of the two added them, the other refreshed
}

// An analyst saves edits (a child process) while two re-ingests of the same document run:
// every edit that was saved must survive, reviewed, whatever the interleaving.
void edits_survive_concurrent_reingest(const std::string& target, const fs::path& dir) {
  const auto input = dir / "doc.jsonl";
  write_file(input, jsonl_documents("rev", 30));
  REQUIRE(run_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'").exit_code == 0);
  std::vector<std::string> ids;
  for (const auto& e : EventStore::open(target, false).query({})) ids.push_back(e.id);
  REQUIRE(ids.size() >= 30);

  const pid_t analyst = ::fork();
  REQUIRE(analyst >= 0);
  if (analyst == 0) {
    try {
      auto store = EventStore::open(target, false);
      for (const auto& id : ids) {
        Event e = *store.get(id);
        e.notes = "analyst checked " + id;
        store.save_edit(e);
      }
    } catch (...) {
      _exit(2);
    }
    _exit(0);
  }
  std::vector<Spawned> ingests;
  for (int i = 0; i < 2; ++i)
    ingests.push_back(spawn_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'",
                                dir / ("re" + std::to_string(i))));
  for (const auto& s : ingests) {
    CHECK(wait_cli(s) == 0);
    INFO(read_output(s.err));
  }
  int status = 0;
  ::waitpid(analyst, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  // And once more after the analyst is done: every event is now kept.
  auto last = run_cli("ingest --input-format jsonl --store '" + target + "' '" + input.string() + "'");
  CHECK(last.exit_code == 0);
  CHECK(last.out.find(", 0 updated, " + std::to_string(ids.size()) + " kept") != std::string::npos);

  auto store = EventStore::open(target, false);
  for (const auto& id : ids) {
    auto e = store.get(id);
    REQUIRE(e);
    CHECK(e->analyst_reviewed);
    CHECK(e->notes == "analyst checked " + id);
  }
}

DocumentWrite doc_write(const std::string& id, const std::string& text, int events) {
  DocumentWrite d;
  d.id = id;
  d.content_hash = document_hash(text);
  for (int i = 0; i < events; ++i) {
    Event e;
    e.id = id + "-ev" + std::to_string(i);
    e.event_type = "Battles";
    e.provenance.document_id = id;
    d.events.push_back(std::move(e));
  }
  return d;
}

}  // namespace

TEST_CASE("several writers (GPKG): ingests racing to create one store all land, none replaces another's") {
  if (!runtime_data_built()) return;
  TempDir dir("writers_gpkg");
  for (int round = 0; round < 3; ++round) {  // each round races on creating a new store
    INFO("round " << round);
    racing_ingests((dir / ("events" + std::to_string(round) + ".gpkg")).string(), dir.path(), 4, 25,
                   "r" + std::to_string(round) + "w");
  }
  // No temporary store is left beside them.
  for (const auto& entry : fs::directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".creating.") == std::string::npos);
}

TEST_CASE("several writers (GPKG): the same document ingested twice at once") {
  if (!runtime_data_built()) return;
  TempDir dir("writers_same");
  same_document_at_once((dir / "events.gpkg").string(), dir.path());
}

TEST_CASE("several writers (GPKG): an analyst's edits survive re-ingests running at the same time") {
  if (!runtime_data_built()) return;
  TempDir dir("writers_review");
  edits_survive_concurrent_reingest((dir / "events.gpkg").string(), dir.path());
}

TEST_CASE("several writers (GPKG): a store that stays locked gives exit 4 and its own message") {
  if (!runtime_data_built()) return;
  TempDir dir("writers_busy");
  const auto store = (dir / "events.gpkg").string();
  const auto input = dir / "docs.jsonl";
  write_file(input, jsonl_documents("busy", 5));
  REQUIRE(run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'").exit_code == 0);
  {
    // Another writer holding the lock (as a long import in another program would).
    geo::ensure_gdal_registered();
    const char* const drivers[] = {"GPKG", nullptr};
    geo::GdalDataset holder(GDALOpenEx(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    REQUIRE(holder);
    REQUIRE(GDALDatasetStartTransaction(holder.get(), FALSE) == OGRERR_NONE);
    GDALDatasetExecuteSQL(holder.get(), "UPDATE gpkg_contents SET table_name = table_name WHERE 0", nullptr, nullptr);
    write_file(input, jsonl_documents("later", 5));
    ::setenv("BORDERMAP_STORE_WAIT", "1", 1);
    auto r = run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'");
    ::unsetenv("BORDERMAP_STORE_WAIT");
    CHECK(r.exit_code == 4);
    CHECK(r.err.find("stayed busy") != std::string::npos);
    CHECK(r.err.find(store) != std::string::npos);
    GDALDatasetRollbackTransaction(holder.get());
  }
  CHECK(table_rows(store, "documents") == 5);  // nothing of the refused run landed
  auto again = run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'");
  CHECK(again.exit_code == 0);
  CHECK(table_rows(store, "documents") == 10);
}

TEST_CASE("several writers (GPKG): a reader that keeps the store past a writer's commit: exit 4, then the store still works") {
  if (!runtime_data_built()) return;
  TempDir dir("writers_reader");
  const auto store = (dir / "events.gpkg").string();
  const auto input = dir / "docs.jsonl";
  write_file(input, jsonl_documents("first", 5));
  REQUIRE(run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'").exit_code == 0);
  write_file(input, jsonl_documents("second", 5));
  {
    // A reader inside a transaction holds SQLite's SHARED lock: a writer can take its
    // lock and write, but its COMMIT cannot finish until the reader is done.
    geo::ensure_gdal_registered();
    const char* const drivers[] = {"GPKG", nullptr};
    geo::GdalDataset reader(GDALOpenEx(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    REQUIRE(reader);
    REQUIRE(GDALDatasetStartTransaction(reader.get(), FALSE) == OGRERR_NONE);
    geo::OgrFeature first(OGR_L_GetNextFeature(GDALDatasetGetLayerByName(reader.get(), "events")));
    REQUIRE(first);
    ::setenv("BORDERMAP_STORE_WAIT", "1", 1);
    auto r = run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'");
    ::unsetenv("BORDERMAP_STORE_WAIT");
    CHECK(r.exit_code == 4);
    CHECK(r.err.find("stayed busy") != std::string::npos);
    GDALDatasetRollbackTransaction(reader.get());
  }
  CHECK(table_rows(store, "documents") == 5);
  // The refused commit left nothing behind: the next run writes normally.
  auto again = run_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'");
  INFO(again.err);
  CHECK(again.exit_code == 0);
  CHECK(table_rows(store, "documents") == 10);
  CHECK(EventStore::open(store, false).size() == static_cast<std::size_t>(table_rows(store, "events")));
}

TEST_CASE("ingest: the same text under another file name is the same document") {
  if (!runtime_data_built()) return;
  TempDir dir("same_text");
  const auto store = (dir / "events.gpkg").string();
  const std::string text = "On 25 September 2021 Taliban fighters shelled Moy May, Tajik media reported.\n";
  write_file(dir / "a.txt", text);
  write_file(dir / "b.txt", text);
  write_file(dir / "c.txt", "On 25 September 2021 Taliban fighters shelled Moy May, Tajik media reported.\r\n\r\n");
  auto first = run_cli("ingest --date 2021-09-27 --store '" + store + "' '" + (dir / "a.txt").string() + "'");
  REQUIRE(first.exit_code == 0);
  const long events = table_rows(store, "events");
  REQUIRE(events > 0);
  auto second = run_cli("ingest --date 2021-09-27 --store '" + store + "' '" + (dir / "b.txt").string() + "' '" +
                        (dir / "c.txt").string() + "'");
  CHECK(second.exit_code == 0);
  CHECK(second.out.find("same text as " + (dir / "a.txt").string()) != std::string::npos);
  CHECK(second.out.find(": 0 added") != std::string::npos);
  CHECK(table_rows(store, "events") == events);
  CHECK(table_rows(store, "documents") == 1);
}

TEST_CASE("event store: a batch of documents lands whole, a failing document is named and the rest land") {
  TempDir dir("batch_docs");
  const auto path = (dir / "events.gpkg").string();
  auto store = EventStore::open(path, true);
  std::vector<DocumentWrite> batch = {doc_write("d1", "first text", 3), doc_write("d2", "second text", 2),
                                      doc_write("d3", "third text", 4), doc_write("d1-again", "first text", 3)};
  batch[1].events[1].id.clear();  // d2 cannot be written
  auto reports = store.write_documents(batch);
  REQUIRE(reports.size() == 4);
  CHECK(reports[0].error.empty());
  CHECK(reports[0].counts.added == 3);
  CHECK_FALSE(reports[1].error.empty());
  CHECK(reports[2].counts.added == 4);
  CHECK(reports[3].same_as == "d1");  // same text, other id: nothing added
  CHECK(store.size() == 7);
  CHECK_FALSE(store.get("d2-ev0"));
  CHECK(table_rows(path, "documents") == 2);
  auto known = store.documents_by_hash({document_hash("third text"), document_hash("unknown")});
  CHECK(known.size() == 1);
  CHECK(known[document_hash("third text")] == "d3");
  CHECK(document_hash("third text\r\n") == document_hash("third text"));
  CHECK(document_hash("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("event store: readers change nothing in the store") {
  TempDir dir("readers");
  const auto path = (dir / "events.gpkg").string();
  EventStore::open(path, true).upsert({doc_write("r", "x", 2).events});
  {
    geo::ensure_gdal_registered();
    geo::GdalDataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    REQUIRE(ds);
    GDALDatasetExecuteSQL(ds.get(), "DROP INDEX events_event_date_idx", nullptr, nullptr);
  }
  auto index_count = [&] {
    geo::GdalDataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    OGRLayerH r = GDALDatasetExecuteSQL(
        ds.get(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_event_date_idx'", nullptr,
        nullptr);
    geo::OgrFeature f(OGR_L_GetNextFeature(r));
    const int n = OGR_F_GetFieldAsInteger(f.get(), 0);
    f.reset();
    GDALDatasetReleaseResultSet(ds.get(), r);
    return n;
  };
  REQUIRE(index_count() == 0);
  CHECK(EventStore::open(path, false).query({}).size() == 2);
  CHECK(index_count() == 0);  // a reader did not put it back
  EventStore::open(path, true);
  CHECK(index_count() == 1);  // a writer does
}

TEST_CASE("several writers (PostGIS): creation race, shared ingests, same document, analyst edits, read-only role") {
  std::string why;
  auto* pg = PostgisServer::shared(why);
  if (!pg) {
    MESSAGE("skipped: PostGIS writer tests need a local PostgreSQL + PostGIS: " << why);
    return;
  }
  if (!runtime_data_built()) return;
  TempDir dir("writers_pg");
  SUBCASE("racing creators and writers") { racing_ingests(pg->create_database("race"), dir.path(), 5, 15, "pgw"); }
  SUBCASE("same document at once") { same_document_at_once(pg->create_database("samedoc"), dir.path()); }
  SUBCASE("analyst edits") { edits_survive_concurrent_reingest(pg->create_database("review"), dir.path()); }
  SUBCASE("an edit by a program outside bordermap, committed while a re-ingest waits, is kept") {
    const auto conn = pg->create_database("external");
    const auto input = dir / "ext.jsonl";
    write_file(input, jsonl_documents("ext", 10));
    REQUIRE(run_cli("ingest --input-format jsonl --store '" + conn + "' '" + input.string() + "'").exit_code == 0);
    geo::ensure_gdal_registered();
    geo::GdalDataset editor(GDALOpenEx(conn.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    REQUIRE(editor);
    // An analyst in QGIS or psql: reviews every event in a transaction still open.
    REQUIRE(GDALDatasetStartTransaction(editor.get(), FALSE) == OGRERR_NONE);
    GDALDatasetExecuteSQL(editor.get(), "UPDATE events SET analyst_reviewed = 1, notes = 'external edit'", nullptr,
                          nullptr);
    auto reingest = spawn_cli("ingest --input-format jsonl --store '" + conn + "' '" + input.string() + "'",
                              dir / "ext-re");
    // Commit only once the re-ingest is waiting on the rows the edit holds.
    geo::GdalDataset monitor(GDALOpenEx(conn.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    for (bool waiting = false; !waiting;) {
      OGRLayerH r = GDALDatasetExecuteSQL(monitor.get(),
                                          "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                          "AND datname = current_database()",
                                          nullptr, nullptr);
      geo::OgrFeature f(OGR_L_GetNextFeature(r));
      waiting = f && OGR_F_GetFieldAsInteger(f.get(), 0) > 0;
      f.reset();
      GDALDatasetReleaseResultSet(monitor.get(), r);
      if (::waitpid(reingest.pid, nullptr, WNOHANG) == reingest.pid) FAIL("the re-ingest finished without waiting");
    }
    REQUIRE(GDALDatasetCommitTransaction(editor.get()) == OGRERR_NONE);
    CHECK(wait_cli(reingest) == 0);
    INFO(read_output(reingest.err));
    CHECK(read_output(reingest.out).find(", 0 updated,") != std::string::npos);
    for (const auto& e : EventStore::open(conn, false).query({})) {
      CHECK(e.analyst_reviewed);
      CHECK(e.notes == "external edit");
    }
  }
  SUBCASE("a read-only role lists and exports") {
    const auto conn = pg->create_database("readonly");
    const auto input = dir / "ro.jsonl";
    write_file(input, jsonl_documents("ro", 3));
    REQUIRE(run_cli("ingest --input-format jsonl --store '" + conn + "' '" + input.string() + "'").exit_code == 0);
    {
      geo::ensure_gdal_registered();
      geo::GdalDataset ds(GDALOpenEx(conn.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
      REQUIRE(ds);
      for (const char* sql : {"CREATE ROLE bm_reader LOGIN PASSWORD 'reader-pw'",
                              "GRANT SELECT ON ALL TABLES IN SCHEMA public TO bm_reader"})
        GDALDatasetExecuteSQL(ds.get(), sql, nullptr, nullptr);
    }
    auto user_at = conn.find("user=");
    const std::string reader = conn.substr(0, user_at) + "user=bm_reader password=reader-pw";
    auto listed = run_cli("events --format json --store '" + reader + "'");
    INFO(listed.err);
    CHECK(listed.exit_code == 0);
    CHECK(listed.out.find("ro-") != std::string::npos);
    auto exported = run_cli("export --store '" + reader + "' --format geojson '" + (dir / "ro.geojson").string() + "'");
    INFO(exported.err);
    CHECK(exported.exit_code == 0);
  }
}
