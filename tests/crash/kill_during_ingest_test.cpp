// Crash safety of batched ingest: SIGKILL while documents are being written in batches.
// A batch is one transaction, so the store must hold whole batches only: every document
// row with all of its events, no events of a document that has no row, and a document
// count that is a multiple of the batch size. No timing is asserted: the kill points are
// chosen from what the writer has visibly done (its output, its rollback journal).
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/run_cli.hpp"
#include "geo/gdal_handle.hpp"
#include "store/document_hash.hpp"
#include "store/store.hpp"
#include "../store/writers_support.hpp"
#include "support/temp_dir.hpp"

using namespace bordermap;
using namespace bordermap::events;
namespace fs = std::filesystem;

namespace {

long sql_count(const std::string& path, const std::string& sql) {
  geo::ensure_gdal_registered();
  geo::QuietGdalErrors quiet;
  geo::GdalDataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
  if (!ds) return -1;
  OGRLayerH r = GDALDatasetExecuteSQL(ds.get(), sql.c_str(), nullptr, nullptr);
  if (!r) return -1;
  geo::OgrFeature f(OGR_L_GetNextFeature(r));
  const long n = f ? static_cast<long>(OGR_F_GetFieldAsInteger64(f.get(), 0)) : -1;
  f.reset();
  GDALDatasetReleaseResultSet(ds.get(), r);
  return n;
}

// Whole documents only: every row's events are there and no event lacks its row.
void check_whole_documents(const std::string& path) {
  CHECK(EventStore::open(path, false).size() ==
        static_cast<std::size_t>(sql_count(path, "SELECT coalesce(sum(event_count), 0) FROM documents")));
  CHECK(sql_count(path, "SELECT count(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)") == 0);
}

std::size_t lines_in(const fs::path& p) {
  std::ifstream in(p);
  std::size_t n = 0;
  for (std::string l; std::getline(in, l);) ++n;
  return n;
}

}  // namespace

TEST_CASE("crash safety: SIGKILL during a batched ingest leaves whole batches only") {
  if (!test::runtime_data_built()) return;
  test::TempDir dir("kill_ingest");
  const auto input = dir / "docs.jsonl";
  std::ofstream(input) << test::jsonl_documents("k", 1500);  // three batches of 500
  // Kill before anything was printed, after the first batch's report, after the second's.
  for (std::size_t after_lines : {0u, 1u, 501u}) {
    INFO("killed after " << after_lines << " lines of output");
    const auto store = (dir / ("events" + std::to_string(after_lines) + ".gpkg")).string();
    auto s = test::spawn_cli("ingest --input-format jsonl --store '" + store + "' '" + input.string() + "'",
                             dir / ("run" + std::to_string(after_lines)));
    bool exited = false;
    while (lines_in(s.out) < after_lines && !exited) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      exited = ::waitpid(s.pid, nullptr, WNOHANG) == s.pid;
    }
    if (!exited) {
      ::kill(s.pid, SIGKILL);
      ::waitpid(s.pid, nullptr, 0);
    }
    if (!fs::exists(store)) continue;  // killed before the store was created: nothing to check
    EventStore::open(store, false);     // the first open rolls back what the kill left half-done
    const long docs = sql_count(store, "SELECT count(*) FROM documents");
    CHECK(docs % 500 == 0);
    CHECK(static_cast<std::size_t>(docs) >= (after_lines > 0 ? (after_lines - 1) / 500 * 500 + 500 : 0));
    check_whole_documents(store);
  }
}

TEST_CASE("crash safety: SIGKILL inside a batch's transaction leaves the store as before the batch") {
  test::TempDir dir("kill_batch");
  const auto path = (dir / "events.gpkg").string();
  auto docs_from = [](int from, int n) {
    std::vector<DocumentWrite> out;
    for (int i = from; i < from + n; ++i) {
      DocumentWrite d;
      d.id = "doc-" + std::to_string(i);
      d.content_hash = document_hash(d.id);
      for (int k = 0; k < 20; ++k) {
        Event e;
        e.id = d.id + "-" + std::to_string(k);
        e.event_type = "Battles";
        e.notes = std::string(300, 'n');
        e.provenance.document_id = d.id;
        e.location.lon = 69 + k / 10.0;
        e.location.lat = 37;
        d.events.push_back(std::move(e));
      }
      out.push_back(std::move(d));
    }
    return out;
  };
  EventStore::open(path, true).write_documents(docs_from(0, 50));  // closed before forking
  const auto journal = fs::path(path + "-journal");

  for (int round = 0; round < 3; ++round) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      try {
        auto store = EventStore::open(path, false);
        store.write_documents(docs_from(1000, 3000));  // 60,000 events in one transaction
      } catch (...) {
        _exit(2);
      }
      _exit(0);
    }
    // A rollback journal exists only while a transaction writes: kill then.
    bool exited = false;
    while (!fs::exists(journal) && !exited) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      exited = ::waitpid(child, nullptr, WNOHANG) == child;
    }
    REQUIRE_FALSE(exited);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 * round));  // further into the write each round
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);

    auto store = EventStore::open(path, false);  // rolls the journal back
    CHECK(store.size() == 50 * 20);
    CHECK(sql_count(path, "SELECT count(*) FROM documents") == 50);
    check_whole_documents(path);
  }
}
