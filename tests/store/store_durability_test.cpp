// What happens to a GeoPackage store when things go wrong: a write killed half-way, a
// truncated or damaged file, a path that is not a store. The previous content must
// survive; bad files must give a DataError naming them, never a crash.
#include <doctest/doctest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::events;
namespace fs = std::filesystem;

namespace {

fs::path fresh(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("bordermap_store_dur_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<Event> numbered(std::size_t n, const std::string& prefix) {
  std::vector<Event> out;
  for (std::size_t i = 0; i < n; ++i) {
    Event e;
    e.id = prefix + std::to_string(i);
    e.event_date = Date{2021, 9, 1 + static_cast<int>(i % 30)};
    e.event_type = "Strategic developments";
    e.notes = std::string(200, 'x');  // some bulk, so the file spans many pages
    e.location.lon = 70 + static_cast<double>(i % 100) / 100;
    e.location.lat = 37 + static_cast<double>(i % 50) / 100;
    out.push_back(std::move(e));
  }
  return out;
}

template <typename Fn>
std::string data_error_of(Fn&& fn) {
  try {
    fn();
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("event store: a missing store is an InputError unless asked to create it") {
  auto dir = fresh("missing");
  const auto path = (dir / "none.gpkg").string();
  CHECK_THROWS_AS(EventStore::open(path, false), InputError);
  CHECK_FALSE(fs::exists(path));
  CHECK_THROWS_AS(EventStore::open((dir / "no-folder" / "x.gpkg").string(), true), InputError);
  CHECK(EventStore::open(path, true).size() == 0);
  fs::remove_all(dir);
}

TEST_CASE("event store: files that are not stores give a DataError naming them") {
  auto dir = fresh("notstore");
  const auto text = dir / "notes.gpkg";
  std::ofstream(text) << "not a database at all\n";
  auto msg = data_error_of([&] { EventStore::open(text.string(), true); });
  CHECK(msg.find(text.string()) != std::string::npos);

  const auto empty = dir / "empty.gpkg";
  std::ofstream{empty};
  msg = data_error_of([&] { EventStore::open(empty.string(), true); });
  CHECK(msg.find(empty.string()) != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("event store: a truncated GeoPackage gives a DataError naming the file") {
  auto dir = fresh("truncated");
  const auto path = dir / "events.gpkg";
  EventStore::open(path.string(), true).upsert(numbered(3000, "ev-"));
  const auto full = fs::file_size(path);
  REQUIRE(full > 100000);
  for (double keep : {0.9, 0.5, 0.1}) {
    fs::copy_file(path, dir / "cut.gpkg", fs::copy_options::overwrite_existing);
    fs::resize_file(dir / "cut.gpkg", static_cast<std::uintmax_t>(static_cast<double>(full) * keep));
    INFO("kept " << keep);
    auto msg = data_error_of([&] {
      auto store = EventStore::open((dir / "cut.gpkg").string(), false);
      store.query({});
    });
    CHECK(msg.find((dir / "cut.gpkg").string()) != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("event store: a damaged GeoPackage never crashes") {
  auto dir = fresh("damaged");
  const auto path = dir / "events.gpkg";
  EventStore::open(path.string(), true).upsert(numbered(2000, "ev-"));
  const auto size = fs::file_size(path);
  // Scribble over a run of pages in the middle: whatever SQLite makes of it, the store
  // either reads or throws one of ours.
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2));
    std::string junk(16384, '\xA5');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  bool threw_ours = false;
  try {
    auto store = EventStore::open(path.string(), false);
    store.query({});
    store.size();
  } catch (const Error& e) {
    threw_ours = true;
    CHECK(std::string(e.what()).find(path.string()) != std::string::npos);
  }
  MESSAGE("damaged store: " << std::string(threw_ours ? "refused with a message" : "still read"));
  fs::remove_all(dir);
}

TEST_CASE("event store: a write killed mid-transaction leaves the previous store intact") {
  auto dir = fresh("sigkill");
  const auto path = (dir / "events.gpkg").string();
  const auto before = numbered(100, "old-");
  EventStore::open(path, true).upsert(before);  // closed again before forking

  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The child begins a big upsert and, 2,000 rows into its transaction, tells the parent
    // and waits to be killed. _exit on every path: no doctest or static teardown here.
    ::close(ready[0]);
    try {
      auto store = EventStore::open(path, false);
      store.upsert(numbered(20000, "new-"), [&](std::size_t done, std::size_t) {
        if (done == 2000) {
          char c = 'x';
          if (::write(ready[1], &c, 1) != 1) _exit(3);
          for (;;) ::pause();
        }
      }, 500);
    } catch (...) {
      _exit(2);
    }
    _exit(1);  // finished: must not happen
  }
  ::close(ready[1]);
  pollfd p{ready[0], POLLIN, 0};
  const int polled = ::poll(&p, 1, 60000);
  char c = 0;
  const bool signalled = polled == 1 && ::read(ready[0], &c, 1) == 1;
  ::close(ready[0]);
  const bool journal_seen = fs::exists(path + "-journal");
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(signalled);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  CHECK(journal_seen);  // the transaction had written to disk: a real interruption

  {
    auto store = EventStore::open(path, false);
    CHECK(store.size() == before.size());
    auto all = store.query({});
    CHECK(all.size() == before.size());
    for (const auto& e : all) CHECK(e.id.rfind("old-", 0) == 0);
    CHECK(store.get("old-42"));
    CHECK_FALSE(store.get("new-1"));
    // And the store still takes writes.
    auto r = store.upsert(numbered(10, "after-"));
    CHECK(r.added == 10);
    CHECK(store.size() == before.size() + 10);
  }  // closed before its folder goes
  fs::remove_all(dir);
}
