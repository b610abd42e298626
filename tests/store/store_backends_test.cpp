// The event store's behaviour, written once and run against both back ends: a GeoPackage
// file, and a real PostgreSQL + PostGIS server that tests/support starts on loopback
// (skipped with a message when the server binaries are not installed).
#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "../support/postgis.hpp"
#include "store/store.hpp"
#include "store/store_filter.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::events;
namespace fs = std::filesystem;

namespace {

// ---- fixtures -------------------------------------------------------------------------

Event full_event(const std::string& id) {
  Event e;
  e.id = id;
  e.event_date = Date{2021, 9, 25};
  e.date_start = Date{2021, 9, 24};
  e.date_end = Date{2021, 9, 26};
  e.time_precision = 1;
  e.date_prec = 2;
  e.event_type = "Strategic developments";
  e.sub_event_type = "Troop deployment";
  e.actor1 = "Taliban";
  e.actor2 = "Tajik border guards";
  e.assoc_actors = {"Jamaat Ansorullah", "Лашкар-е Мансури",
                    "with \"quotes\" and 'apostrophes'"};
  e.inter1 = 2;
  e.inter2 = 1;
  e.interaction = 12;
  e.civilian_targeting = "Civilian targeting";
  e.location = {"geonames:1221328", "Khorugh · Хорог · خاروغ", "Gorno-Badakhshan", "Shughnon", "TJ", 37.48974,
                71.55304};
  e.geo_precision = 1;
  e.where_prec = 1;
  e.uncertainty_radius_m = 2500.5;
  e.border = {"AF-TJ", "TJ", 3.25, 739.125, "Badakhshan (AF) \u2013 Gorno-Badakhshan (TJ)"};
  e.source = {"Asia-Plus", "https://example.org/news?id=1&x='y'", Date{2021, 9, 27}};
  e.claimant = "Taliban spokesman Zabihullah Mujahid";
  e.source_reliability = "B";
  e.info_credibility = "3";
  e.fatalities_best = 2;
  e.fatalities_low = 0;
  e.fatalities_high = 5;
  e.notes = "It's \"quoted\";\nsecond line, Kŭlob, Қалъаи Хумб";
  e.tags = {"border", "troops", "تاجیکستان"};
  e.provenance = {"reports/2021-09-25.txt", 1200, 1350, 1240, 1247};
  e.flagged_no_location = false;
  e.analyst_reviewed = false;
  e.attributes = {{"zeta", "last letter"}, {"alpha", "Ünïcødé"}, {"ACLED event_id_cnty", "AFG12345"}};
  return e;
}

// Nothing optional set, no geometry: every nullable column must come back null.
Event bare_event(const std::string& id) {
  Event e;
  e.id = id;
  e.flagged_no_location = true;
  return e;
}

void check_same(const Event& a, const Event& b) {
  INFO("event " << a.id);
  CHECK(a.id == b.id);
  CHECK(a.event_date == b.event_date);
  CHECK(a.date_start == b.date_start);
  CHECK(a.date_end == b.date_end);
  CHECK(a.time_precision == b.time_precision);
  CHECK(a.date_prec == b.date_prec);
  CHECK(a.event_type == b.event_type);
  CHECK(a.sub_event_type == b.sub_event_type);
  CHECK(a.actor1 == b.actor1);
  CHECK(a.actor2 == b.actor2);
  CHECK(a.assoc_actors == b.assoc_actors);
  CHECK(a.location.place_id == b.location.place_id);
  CHECK(a.location.name == b.location.name);
  CHECK(a.location.admin1 == b.location.admin1);
  CHECK(a.location.admin2 == b.location.admin2);
  CHECK(a.location.country == b.location.country);
  REQUIRE(a.location.lat.has_value() == b.location.lat.has_value());
  REQUIRE(a.location.lon.has_value() == b.location.lon.has_value());
  if (a.location.lat) CHECK(*a.location.lat == doctest::Approx(*b.location.lat).epsilon(1e-12));
  if (a.location.lon) CHECK(*a.location.lon == doctest::Approx(*b.location.lon).epsilon(1e-12));
  CHECK(a.geo_precision == b.geo_precision);
  CHECK(a.where_prec == b.where_prec);
  CHECK(a.uncertainty_radius_m == b.uncertainty_radius_m);
  CHECK(a.border.pair == b.border.pair);
  CHECK(a.border.side == b.border.side);
  CHECK(a.border.distance_to_border_km == b.border.distance_to_border_km);
  CHECK(a.border.border_km == b.border.border_km);
  CHECK(a.border.border_section == b.border.border_section);
  CHECK(a.source.publication == b.source.publication);
  CHECK(a.source.url == b.source.url);
  CHECK(a.source.date == b.source.date);
  CHECK(a.claimant == b.claimant);
  CHECK(a.source_reliability == b.source_reliability);
  CHECK(a.info_credibility == b.info_credibility);
  CHECK(a.inter1 == b.inter1);
  CHECK(a.inter2 == b.inter2);
  CHECK(a.interaction == b.interaction);
  CHECK(a.civilian_targeting == b.civilian_targeting);
  CHECK(a.fatalities_best == b.fatalities_best);
  CHECK(a.fatalities_low == b.fatalities_low);
  CHECK(a.fatalities_high == b.fatalities_high);
  CHECK(a.notes == b.notes);
  CHECK(a.tags == b.tags);
  CHECK(a.provenance.document_id == b.provenance.document_id);
  CHECK(a.provenance.sentence_start == b.provenance.sentence_start);
  CHECK(a.provenance.sentence_end == b.provenance.sentence_end);
  CHECK(a.provenance.mention_start == b.provenance.mention_start);
  CHECK(a.provenance.mention_end == b.provenance.mention_end);
  CHECK(a.flagged_no_location == b.flagged_no_location);
  CHECK(a.analyst_reviewed == b.analyst_reviewed);
  CHECK(a.attributes == b.attributes);
}

bool is_utc_timestamp(const std::string& s) {
  return s.size() == 20 && s[4] == '-' && s[10] == 'T' && s[13] == ':' && s.back() == 'Z';
}

std::vector<std::string> ids(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.id);
  return out;
}

Event located(const std::string& id, std::optional<Date> date, const std::string& type, double lon, double lat,
              const std::string& side, double distance_km) {
  Event e;
  e.id = id;
  e.event_date = date;
  e.event_type = type;
  e.location.lon = lon;
  e.location.lat = lat;
  e.border.side = side;
  e.border.distance_to_border_km = distance_km;
  return e;
}

std::vector<Event> synthetic(std::size_t n, const std::string& prefix) {
  std::vector<Event> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Event e = full_event(prefix + std::to_string(i));
    e.event_date = Date{2021, 1 + static_cast<int>(i % 12), 1 + static_cast<int>(i % 28)};
    e.location.lon = 67.5 + static_cast<double>(i % 700) / 100.0;
    e.location.lat = 36.5 + static_cast<double>(i % 200) / 100.0;
    e.border.distance_to_border_km = static_cast<double>(i % 100);
    out.push_back(std::move(e));
  }
  return out;
}

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// ---- scenarios, each on a fresh, empty store ------------------------------------------

void round_trip(const std::string& target) {
  const std::vector<Event> in = {full_event("ev-full"), bare_event("ev-bare"), full_event("ev-o'neil:1")};
  {
    auto store = EventStore::open(target, true);
    auto r = store.upsert(in);
    CHECK(r.added == 3);
    CHECK(r.updated == 0);
    CHECK(r.flagged == 1);
  }
  auto store = EventStore::open(target, false);  // read back through a new connection
  CHECK(store.size() == 3);
  for (const auto& e : in) {
    auto back = store.get(e.id);
    REQUIRE(back);
    check_same(e, *back);
    CHECK(is_utc_timestamp(back->created));
    CHECK(back->modified == back->created);
  }
  auto bare = *store.get("ev-bare");
  CHECK_FALSE(bare.event_date);
  CHECK_FALSE(bare.location.lat);
  CHECK_FALSE(bare.uncertainty_radius_m);
  CHECK_FALSE(bare.fatalities_best);
  CHECK_FALSE(bare.inter1);  // null, not 0 (no actor)
  CHECK_FALSE(bare.interaction);
  CHECK_FALSE(bare.border.distance_to_border_km);
  CHECK_FALSE(store.get("ev-missing"));
}

void idempotent_reingest(const std::string& target) {
  auto store = EventStore::open(target, true);
  auto batch = synthetic(50, "ev-");
  auto first = store.upsert(batch);
  CHECK(first.added == 50);
  const std::string created = store.get("ev-7")->created;
  batch[7].notes = "machine re-read the sentence";
  auto second = store.upsert(batch);
  CHECK(second.added == 0);
  CHECK(second.updated == 50);
  CHECK(second.kept_reviewed == 0);
  CHECK(store.size() == 50);
  auto e7 = *store.get("ev-7");
  CHECK(e7.notes == "machine re-read the sentence");
  CHECK(e7.created == created);  // kept across updates

  // The same id twice in one batch is one event, the later version.
  std::vector<Event> dup = {bare_event("ev-dup"), full_event("ev-dup")};
  auto r = store.upsert(dup);
  CHECK(r.added == 1);
  CHECK(store.size() == 51);
  CHECK(store.get("ev-dup")->event_type == "Strategic developments");
}

void analyst_edit_survives(const std::string& target) {
  auto store = EventStore::open(target, true);
  std::vector<Event> batch = {full_event("ev-a"), full_event("ev-b")};
  store.upsert(batch);
  const std::string created = store.get("ev-a")->created;

  Event edit = *store.get("ev-a");
  edit.location.lat = 37.5;
  edit.location.lon = 71.5;
  edit.notes = "analyst: moved to the bridge";
  store.save_edit(edit);
  auto after_edit = *store.get("ev-a");
  CHECK(after_edit.analyst_reviewed);
  CHECK(after_edit.created == created);
  CHECK(is_utc_timestamp(after_edit.modified));

  auto r = store.upsert(batch);  // re-ingest of the same document
  CHECK(r.kept_reviewed == 1);
  CHECK(r.updated == 1);
  CHECK(r.added == 0);
  auto kept = *store.get("ev-a");
  CHECK(kept.notes == "analyst: moved to the bridge");
  CHECK(*kept.location.lat == doctest::Approx(37.5));
  CHECK(kept.analyst_reviewed);

  // An edit of an event the store does not hold yet adds it, reviewed.
  store.save_edit(bare_event("ev-new"));
  CHECK(store.get("ev-new")->analyst_reviewed);

  CHECK(store.remove("ev-b"));
  CHECK_FALSE(store.remove("ev-b"));
  CHECK_FALSE(store.get("ev-b"));
  CHECK(store.size() == 2);
}

void queries(const std::string& target) {
  auto store = EventStore::open(target, true);
  std::vector<Event> evs = {
      located("e1", Date{2021, 9, 20}, "Battles", 70.58, 37.12, "AF", 2.0),
      located("e2", Date{2021, 9, 25}, "Strategic developments", 71.55, 37.49, "TJ", 3.1),
      located("e3", Date{2021, 10, 2}, "Protests", 69.3, 38.5, "TJ", 40),
      located("e4", std::nullopt, "Battles", 71.04, 38.41, "AF", 0.5),
      bare_event("e5"),
      located("e6", Date{2021, 9, 22}, "Other", 179.5, 10, "", 5000),
  };
  evs[0].actor1 = "Taliban";
  evs[0].claimant = "the Bakhtar News Agency";
  evs[1].actor2 = "Tajik border guards";
  evs[1].assoc_actors = {"CSTO"};
  evs[1].claimant = "Tajik media reports";
  evs[2].assoc_actors = {"Taliban", "Jamaat Ansorullah"};
  evs[2].claimant = "Asia-Plus";
  evs[4].event_date = Date{2021, 9, 25};
  evs[4].event_type = "battles";
  evs[4].actor1 = "TALIBAN";
  evs[4].claimant = "Лашкар 100% _wild_";
  store.upsert(evs);

  auto q = [&](EventFilter f) { return ids(store.query(f)); };
  using V = std::vector<std::string>;
  CHECK(q({}) == V{"e1", "e6", "e2", "e5", "e3", "e4"});  // by date, undated last, id ties

  EventFilter f;
  f.from = Date{2021, 9, 21};
  f.to = Date{2021, 9, 30};
  CHECK(q(f) == V{"e6", "e2", "e5"});
  f = {};
  f.from = Date{2021, 10, 1};
  CHECK(q(f) == V{"e3"});
  f = {};
  f.event_type = "BATTLES";
  CHECK(q(f) == V{"e1", "e5", "e4"});
  f = {};
  f.actor = "taliban";
  CHECK(q(f) == V{"e1", "e5", "e3"});
  f = {};
  f.actor = "CSTO";
  CHECK(q(f) == V{"e2"});
  f = {};
  f.actor = "Tali";  // actors match whole names, not parts
  CHECK(q(f).empty());
  f = {};
  f.claimant = "TAJIK";
  CHECK(q(f) == V{"e2"});
  f = {};
  f.claimant = "100% _wild";  // LIKE wildcards are matched literally (in C++)
  CHECK(q(f) == V{"e5"});
  f = {};
  f.claimant = "лашкар";  // non-ASCII: exact case only (ASCII folding)
  CHECK(q(f).empty());
  f.claimant = "Лашкар";
  CHECK(q(f) == V{"e5"});
  f = {};
  f.side = "tj";
  CHECK(q(f) == V{"e2", "e3"});
  f = {};
  f.within_km = 3.1;
  CHECK(q(f) == V{"e1", "e2", "e4"});
  f = {};
  f.bbox = BBox{70, 37, 72, 39};
  CHECK(q(f) == V{"e1", "e2", "e4"});
  f = {};
  f.bbox = BBox{170, -20, -170, 20};  // across the antimeridian
  CHECK(q(f) == V{"e6"});
  f = {};
  f.event_type = "Battles";
  f.side = "AF";
  f.within_km = 1;
  CHECK(q(f) == V{"e4"});
  f = {};
  f.event_type = "it's";  // a quote in a value is data, not SQL
  CHECK(q(f).empty());
}

void bulk_timing(const std::string& target, const std::string& label) {
  auto store = EventStore::open(target, true);
  auto batch = synthetic(10000, "bulk-");
  auto t0 = std::chrono::steady_clock::now();
  auto r = store.upsert(batch);
  const double insert_ms = ms_since(t0);
  CHECK(r.added == 10000);
  t0 = std::chrono::steady_clock::now();
  r = store.upsert(batch);
  const double reupsert_ms = ms_since(t0);
  CHECK(r.updated == 10000);
  t0 = std::chrono::steady_clock::now();
  auto all = store.query({});
  const double query_all_ms = ms_since(t0);
  CHECK(all.size() == 10000);
  EventFilter f;
  f.bbox = BBox{70, 37, 71, 38};
  f.from = Date{2021, 3, 1};
  f.to = Date{2021, 5, 31};
  f.within_km = 50;
  t0 = std::chrono::steady_clock::now();
  auto some = store.query(f);
  const double query_ms = ms_since(t0);
  CHECK(!some.empty());
  for (const auto& e : some) CHECK(filter_matches(e, f));
  MESSAGE(label << ": upsert 10k new " << insert_ms << " ms, 10k again " << reupsert_ms << " ms, query all "
                << query_all_ms << " ms, filtered query (" << some.size() << ") " << query_ms << " ms");
}

// ---- GeoPackage -----------------------------------------------------------------------

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("bordermap_store_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

TEST_CASE("event store (GPKG): round trip of every field") {
  TempDir d("roundtrip");
  round_trip((d.path / "events.gpkg").string());
}

TEST_CASE("event store (GPKG): re-ingest is idempotent") {
  TempDir d("idempotent");
  idempotent_reingest((d.path / "events.gpkg").string());
}

TEST_CASE("event store (GPKG): an analyst's edit survives re-ingest") {
  TempDir d("analyst");
  analyst_edit_survives((d.path / "events.gpkg").string());
}

TEST_CASE("event store (GPKG): queries by time, type, actor, claimant, side, distance, bbox") {
  TempDir d("query");
  queries((d.path / "events.gpkg").string());
}

TEST_CASE("event store (GPKG): 10k events") {
  TempDir d("bulk");
  bulk_timing((d.path / "events.gpkg").string(), "GPKG");
}

// ---- PostGIS: the same scenarios through OGR's PostgreSQL driver ---------------------

TEST_CASE("event store (PostGIS): the same scenarios on a throwaway server") {
  std::string why;
  auto* pg = test::PostgisServer::shared(why);
  if (!pg) {
    MESSAGE("skipped: PostGIS store tests need a local PostgreSQL + PostGIS: " << why);
    return;
  }
  static bool told = false;  // once, not once per subcase
  if (!std::exchange(told, true)) MESSAGE("PostgreSQL + PostGIS started in " << pg->startup_seconds() << " s");
  SUBCASE("round trip") { round_trip(pg->create_database("roundtrip")); }
  SUBCASE("idempotent") { idempotent_reingest(pg->create_database("idempotent")); }
  SUBCASE("analyst edit") { analyst_edit_survives(pg->create_database("analyst")); }
  SUBCASE("queries") { queries(pg->create_database("queries")); }
  SUBCASE("10k events") { bulk_timing(pg->create_database("bulk"), "PostGIS"); }
  SUBCASE("a wrong password is a clear error without the password") {
    std::string conn = pg->create_database("wrongpw");
    conn = conn.substr(0, conn.find("password=")) + "password=not-the-one";
    try {
      EventStore::open(conn, true);
      FAIL("opened with a wrong password");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find("not-the-one") == std::string::npos);
      CHECK(std::string(e.what()).find("dbname=wrongpw") != std::string::npos);
    }
  }
}
