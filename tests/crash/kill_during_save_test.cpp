// Crash safety: the process is killed with SIGKILL while it saves analyst edits and while
// it exports. The store must still open with every edit that had been acknowledged before
// the kill, and the previous export file must be intact (old or complete new, never half).
// The mid-upsert case lives in tests/events/store_durability_test.cpp; these add the rest.
//
// No timing is asserted: the parent kills at a point the child reports through a pipe,
// and the checks hold wherever in the write the kill landed.
#include <doctest/doctest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "formats/export.hpp"
#include "store/store.hpp"
#include "support/temp_dir.hpp"

using namespace bordermap;
using namespace bordermap::events;
namespace fs = std::filesystem;

namespace {

std::vector<Event> numbered(std::size_t n, const std::string& prefix) {
  std::vector<Event> out;
  for (std::size_t i = 0; i < n; ++i) {
    Event e;
    e.id = prefix + std::to_string(i);
    e.event_date = Date{2021, 9, 1 + static_cast<int>(i % 28)};
    e.event_type = "Battles";
    e.notes = std::string(300, 'n');
    e.location.lon = 69 + static_cast<double>(i % 300) / 100;
    e.location.lat = 36.5 + static_cast<double>(i % 200) / 100;
    out.push_back(std::move(e));
  }
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Reads one native-endian integer from the pipe, or returns false at EOF / timeout.
bool read_counter(int fd, long& value, int timeout_ms) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, timeout_ms) != 1) return false;
  return ::read(fd, &value, sizeof value) == static_cast<ssize_t>(sizeof value);
}

void kill_and_reap(pid_t child) {
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
}

}  // namespace

TEST_CASE("crash safety: SIGKILL during analyst edits loses no acknowledged edit") {
  bordermap::test::TempDir dir("kill_edit");
  const auto path = (dir / "events.gpkg").string();
  EventStore::open(path, true).upsert(numbered(2000, "ev-"));  // closed before forking

  // Several rounds, each killed after a different number of acknowledged edits, so the
  // kill lands at different points of the save.
  for (long kill_after : {1L, 7L, 40L}) {
    int pipefd[2];
    REQUIRE(::pipe(pipefd) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // Edits the same events over and over; after each save_edit returns, reports the
      // edit's number. _exit on every path: no doctest or static teardown in the child.
      ::close(pipefd[0]);
      try {
        auto store = EventStore::open(path, false);
        auto base = numbered(50, "ev-");
        for (long n = 1;; ++n) {
          Event e = base[static_cast<std::size_t>(n % 50)];
          e.notes = "edit " + std::to_string(n);
          store.save_edit(e);
          if (::write(pipefd[1], &n, sizeof n) != static_cast<ssize_t>(sizeof n)) _exit(3);
        }
      } catch (...) {
        _exit(2);
      }
    }
    ::close(pipefd[1]);
    long acked = 0, n = 0;
    while (acked < kill_after && read_counter(pipefd[0], n, 60000)) acked = n;
    REQUIRE(acked >= kill_after);
    kill_and_reap(child);
    // Drain what the child acknowledged between our last read and the kill.
    while (read_counter(pipefd[0], n, 0)) acked = n;
    ::close(pipefd[0]);

    auto store = EventStore::open(path, false);
    CHECK(store.size() == 2000);
    // Every acknowledged edit is there: the last acknowledged one of each id, or a later
    // one that was committed but not yet reported when the kill came.
    for (long k = std::max(1L, acked - 49); k <= acked; ++k) {
      auto id = "ev-" + std::to_string(k % 50);
      auto e = store.get(id);
      REQUIRE(e);
      CHECK(e->analyst_reviewed);
      const long stored = std::stol(e->notes.substr(e->notes.rfind(' ') + 1));
      CHECK_MESSAGE(stored >= k, id << " holds edit " << stored << " but edit " << k << " was acknowledged");
      CHECK(stored <= acked + 1);
    }
    CHECK(store.query({}).size() == 2000);
  }
}

TEST_CASE("crash safety: SIGKILL during an export leaves the previous file intact") {
  bordermap::test::TempDir dir("kill_export");
  const auto big = numbered(60000, "big-");
  for (auto format : {ExportFormat::geojson, ExportFormat::csv, ExportFormat::gpkg}) {
    const auto out = dir / (format == ExportFormat::geojson ? "layer.geojson"
                            : format == ExportFormat::csv   ? "layer.csv"
                                                            : "layer.gpkg");
    export_events(numbered(3, "old-"), format, out);
    const auto before = slurp(out);
    REQUIRE(!before.empty());

    int pipefd[2];
    REQUIRE(::pipe(pipefd) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::close(pipefd[0]);
      long started = 1;
      if (::write(pipefd[1], &started, sizeof started) != static_cast<ssize_t>(sizeof started)) _exit(3);
      try {
        export_events(big, format, out);
      } catch (...) {
        _exit(2);
      }
      long done = 2;
      if (::write(pipefd[1], &done, sizeof done) != static_cast<ssize_t>(sizeof done)) _exit(3);
      for (;;) ::pause();
    }
    ::close(pipefd[1]);
    long msg = 0;
    REQUIRE(read_counter(pipefd[0], msg, 60000));
    REQUIRE(msg == 1);
    // Let the child get into the write: wait until its temporary file appears (or it is done).
    bool finished = false;
    for (int i = 0; i < 6000 && !finished; ++i) {
      // AtomicReplace writes ".<name>.tmp.<pid>" beside the target.
      bool temp_seen = false;
      std::error_code ec;
      for (const auto& entry : fs::directory_iterator(dir.path(), ec))
        if (entry.path().filename().string().rfind("." + out.filename().string() + ".tmp.", 0) == 0 &&
            fs::file_size(entry.path(), ec) > 0 && !ec)
          temp_seen = true;
      if (temp_seen) break;
      long m = 0;
      finished = read_counter(pipefd[0], m, 10) && m == 2;
    }
    kill_and_reap(child);
    long m = 0;
    if (read_counter(pipefd[0], m, 0) && m == 2) finished = true;
    ::close(pipefd[0]);

    const auto after = slurp(out);
    if (!finished) {
      CHECK_MESSAGE(after == before, "export killed half-way changed " << out.string());
    } else {
      CHECK(after.size() > before.size());  // the new file, complete
    }
    if (format == ExportFormat::geojson) {
      CHECK(nlohmann::json::accept(after));
    }
    if (format == ExportFormat::gpkg) {
      // Still a readable layer: open it as a store-independent GeoPackage via the importer's
      // header check (SQLite magic) — the bytes equal a file that was readable before.
      CHECK(after.rfind("SQLite format 3", 0) == 0);
    }
    MESSAGE(out.filename().string() << ": killed " << std::string(finished ? "after" : "during") << " the export");
  }
}
