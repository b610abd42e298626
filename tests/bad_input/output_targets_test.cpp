// Named bad-input suite, part 5: outputs that are not regular files, and outputs that are
// inputs. Renaming a finished export over a FIFO or a device would replace it with a
// regular file, and over the store would destroy the store: each is refused (exit 2)
// before anything is written, and the target is left as it was.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "bad_input/bad_input_support.hpp"
#include "store/store.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;
using namespace bordermap::test::bad_input;
namespace fs = std::filesystem;

namespace {

std::string store_with_one_event(const TempDir& dir) {
  const auto path = (dir / "store.gpkg").string();
  events::Event e;
  e.id = "e1";
  e.event_type = "Battles";
  e.event_date = events::Date{2021, 9, 1};
  e.location.lat = 37.1;
  e.location.lon = 70.5;
  events::EventStore::open(path, true).upsert({e});
  return path;
}

std::string make_fifo(const TempDir& dir, const std::string& name) {
  const auto p = (dir / name).string();
  REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
  return p;
}

}  // namespace

TEST_CASE("output targets: export to a FIFO is refused and the FIFO stays a FIFO") {
  TempDir dir("out_fifo");
  const auto store = store_with_one_event(dir);
  const auto fifo = make_fifo(dir, "pipe.geojson");
  auto r = run_cli("export --store " + q(store) + " --format geojson " + q(fifo));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, fifo));
  CHECK(contains(r.err, "FIFO"));
  CHECK(fs::is_fifo(fifo));
}

TEST_CASE("output targets: export through a link to a character device is refused and the link kept") {
  TempDir dir("out_chardev");
  const auto store = store_with_one_event(dir);
  // A device reached through a link in a private folder: the real /dev/null is only read.
  const auto link = (dir / "null.csv").string();
  fs::create_symlink("/dev/null", link);
  auto r = run_cli("export --store " + q(store) + " --format csv " + q(link));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "character device"));
  CHECK(fs::is_symlink(link));
  CHECK(fs::read_symlink(link) == "/dev/null");
}

TEST_CASE("output targets: export onto the store itself is refused and the store still opens") {
  TempDir dir("out_self");
  const auto store = store_with_one_event(dir);
  for (const std::string& target : {store, (dir / "." / "store.gpkg").string()}) {
    auto r = run_cli("export --store " + q(store) + " --format csv " + q(target));
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "also an input"));
  }
  CHECK(events::EventStore::open(store, false).size() == 1);
}

TEST_CASE("output targets: render to a FIFO or onto its own event file is refused before drawing") {
  TempDir dir("render_targets");
  const auto fifo = make_fifo(dir, "image.png");
  auto r = run_cli("render --size 64x64 " + q(fifo));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "FIFO"));
  CHECK(fs::is_fifo(fifo));

  const auto events_file = write(dir, "events.geojson", feature_collection(R"({"type":"Point","coordinates":[70.5,37.1]})"));
  const auto before = fs::file_size(events_file);
  r = run_cli("render --size 64x64 --format png " + q(events_file) + " --events " + q(events_file));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "also an input"));
  CHECK(fs::file_size(events_file) == before);
}

TEST_CASE("output targets: every atomic writer refuses to replace a FIFO") {
  TempDir dir("atomic_fifo");
  const auto fifo = make_fifo(dir, "out.txt");
  CHECK_THROWS_AS(write_file_atomically(fifo, "data"), InputError);
  CHECK(fs::is_fifo(fifo));
}
