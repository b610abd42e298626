// Attributes in the store: the order they came in, a repeated name keeping its first
// place and its last value, also for the 100,000 columns of a very wide CSV (stored and
// read back in linear time; before, each name was looked up linearly, which took minutes).
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "bad_input/bad_input_support.hpp"
#include "store/store.hpp"

using namespace bordermap;
using namespace bordermap::events;
using namespace bordermap::test;

TEST_CASE("store attributes: order kept, a repeated name keeps its first place and last value") {
  TempDir dir("attrs_order");
  Event e;
  e.id = "a";
  e.event_type = "Battles";
  e.attributes = {{"zeta", "1"}, {"alpha", "{\"nested\":[1,2]}"}, {"zeta", "3"}, {"mid", "x,y}"}};
  auto store = EventStore::open((dir / "s.gpkg").string(), true);
  store.upsert({e});
  auto back = store.get("a");
  REQUIRE(back);
  using A = std::vector<std::pair<std::string, std::string>>;
  CHECK(back->attributes == A{{"zeta", "3"}, {"alpha", "{\"nested\":[1,2]}"}, {"mid", "x,y}"}});
}

TEST_CASE("store attributes: a CSV row of 100,000 extra columns is stored and read back whole, in order") {
  TempDir dir("attrs_wide");
  constexpr int kColumns = 100000;
  std::string header = "event_id_cnty,event_date,event_type,location,country,latitude,longitude";
  std::string row = "W1,2021-09-01,Battles,Khorugh,Tajikistan,37.4,71.5";
  for (int i = 0; i < kColumns; ++i) {
    header += ",c" + std::to_string(kColumns - i);  // not in sorted order
    row += ",v" + std::to_string(i);
  }
  const auto csv = bad_input::write(dir, "wide.csv", header + "\n" + row + "\n");
  const auto store_path = (dir / "s.gpkg").string();
  auto r = run_cli("import " + bad_input::q(csv) + " --store " + bad_input::q(store_path));
  REQUIRE(r.exit_code == 0);
  auto back = EventStore::open(store_path, false).get("acled:W1");
  REQUIRE(back);
  REQUIRE(back->attributes.size() >= kColumns);
  std::size_t first = back->attributes.size() - kColumns;  // ACLED's own columns come first
  CHECK(back->attributes[first].first == "c" + std::to_string(kColumns));
  CHECK(back->attributes[first].second == "v0");
  CHECK(back->attributes.back().first == "c1");
  CHECK(back->attributes.back().second == "v" + std::to_string(kColumns - 1));
}
