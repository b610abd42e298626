// The ACLED CSV export fills every ACLED column the model can: fatalities, the inter codes,
// interaction, civilian_targeting, iso, region and timestamp; read back by OGR's CSV driver
// cell by cell and by bordermap's import into the same fields.
#include <doctest/doctest.h>

#include <map>

#include "export_fixture_test.hpp"
#include "formats/acled_columns.hpp"
#include "formats/acled_regions.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"
#include "geo/gdal_handle.hpp"

using namespace bordermap;
using namespace bordermap::events;
using namespace bordermap::test;

namespace {

Event coded(const std::string& id) {
  Event e;
  e.id = id;
  e.event_date = Date{2021, 9, 25};
  e.time_precision = 1;
  e.event_type = "Violence against civilians";
  e.sub_event_type = "Attack";
  e.actor1 = "Taliban";
  e.actor2 = "Civilians (Tajikistan)";
  e.inter1 = 1;
  e.inter2 = 7;
  e.interaction = 17;
  e.civilian_targeting = "Civilian targeting";
  e.location = {"geonames:1221328", "Khorugh", "Gorno-Badakhshan", "Shughnon", "TJ", 37.48974, 71.55304};
  e.geo_precision = 1;
  e.source.publication = "Asia-Plus";
  e.fatalities_best = 3;
  e.fatalities_low = 3;
  e.fatalities_high = 5;
  e.created = "2021-09-25T08:00:00Z";
  e.modified = "2021-09-25T10:00:00Z";
  return e;
}

// Cells of each row by column name, as OGR's CSV driver reads the file.
std::vector<std::map<std::string, std::string>> read_rows(const std::filesystem::path& path) {
  auto ds = geo::open_vector(path);
  OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
  REQUIRE(layer);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  std::vector<std::map<std::string, std::string>> rows;
  OGR_L_ResetReading(layer);
  while (geo::OgrFeature f{OGR_L_GetNextFeature(layer)}) {
    auto& row = rows.emplace_back();
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
      row[OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))] = OGR_F_GetFieldAsString(f.get(), i);
  }
  return rows;
}

}  // namespace

TEST_CASE("ACLED CSV export: the columns the model can fill are filled") {
  Event battle = coded("ev-battle");
  battle.event_type = "Battles";
  battle.sub_event_type = "Armed clash";
  battle.actor2 = "Military Forces of Tajikistan (1994-)";
  battle.inter2 = 1;
  battle.interaction = 11;
  battle.civilian_targeting = "";
  battle.location = {"", "Maymay", "Badakhshan", "Kohistan", "AF", 38.4086, 71.0384};
  battle.fatalities_best = 0;
  battle.modified = "";  // never edited: the creation time stands

  Event sole = coded("ev-protest");  // one actor: its code, then 0
  sole.event_type = "Protests";
  sole.actor2 = "";
  sole.inter1 = 6;
  sole.inter2.reset();
  sole.interaction = 60;
  sole.civilian_targeting = "";
  sole.fatalities_best.reset();

  auto dir = fresh_dir("acled_filled");
  export_events({coded("ev-vac"), battle, sole}, ExportFormat::csv, dir / "events.csv");
  const auto rows = read_rows(dir / "events.csv");
  REQUIRE(rows.size() == 3);

  const auto& vac = rows[0];
  CHECK(vac.at("fatalities") == "3");
  CHECK(vac.at("inter1") == "1");
  CHECK(vac.at("inter2") == "7");
  CHECK(vac.at("interaction") == "17");
  CHECK(vac.at("civilian_targeting") == "Civilian targeting");
  CHECK(vac.at("iso") == "762");
  CHECK(vac.at("country") == "Tajikistan");
  CHECK(vac.at("region") == "Caucasus and Central Asia");
  CHECK(vac.at("timestamp") == "1632564000");  // 2021-09-25T10:00:00Z, the modified time
  CHECK(vac.at("disorder_type") == "Political violence");

  const auto& b = rows[1];
  CHECK(b.at("fatalities") == "0");
  CHECK(b.at("interaction") == "11");
  CHECK(b.at("civilian_targeting").empty());
  CHECK(b.at("iso") == "4");
  CHECK(b.at("region") == "South Asia");
  CHECK(b.at("timestamp") == "1632556800");  // the created time, 08:00:00Z

  const auto& p = rows[2];
  CHECK(p.at("inter1") == "6");
  CHECK(p.at("inter2").empty());
  CHECK(p.at("interaction") == "60");
  CHECK(p.at("fatalities").empty());  // unknown, not zero

  // Read back by bordermap: the codes land in their fields, nothing is left as an attribute.
  auto back = import_events(dir / "events.csv");
  CHECK(back.errors.empty());
  REQUIRE(back.events.size() == 3);
  const Event& v = back.events[0];
  CHECK(v.inter1 == 1);
  CHECK(v.inter2 == 7);
  CHECK(v.interaction == 17);
  CHECK(v.civilian_targeting == "Civilian targeting");
  CHECK(v.fatalities_best == 3);
  CHECK(v.fatalities_low == 3);
  CHECK(v.fatalities_high == 5);
  CHECK(v.location.country == "TJ");
  CHECK(v.attributes.empty());
  CHECK(back.events[1].interaction == 11);
  CHECK(back.events[2].inter1 == 6);
}

TEST_CASE("ACLED's 2024 text actor types are kept as they came, in their own columns") {
  // ACLED's newer exports write "State forces" where older ones wrote 1: neither refused
  // nor taken for a code, and written back where they came from.
  Event e = coded("acled:AFG2");
  e.inter1.reset();
  e.inter2.reset();
  e.interaction.reset();
  e.attributes = {{"inter1", "State forces"}, {"inter2", "Civilians"}, {"interaction", "State forces-Civilians"}};
  auto dir = fresh_dir("acled_text_inter");
  export_events({e}, ExportFormat::csv, dir / "events.csv");
  const auto text = read_text(dir / "events.csv");
  CHECK(text.find("attributes.inter") == std::string::npos);
  const auto rows = read_rows(dir / "events.csv");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].at("inter1") == "State forces");
  CHECK(rows[0].at("interaction") == "State forces-Civilians");

  auto back = import_events(dir / "events.csv");
  CHECK(back.errors.empty());
  REQUIRE(back.events.size() == 1);
  CHECK_FALSE(back.events[0].inter1);
  CHECK(back.events[0].attributes == e.attributes);
}

TEST_CASE("ACLED region of the countries around the border") {
  CHECK(acled::region_of("TJ") == "Caucasus and Central Asia");
  CHECK(acled::region_of("UZ") == "Caucasus and Central Asia");
  CHECK(acled::region_of("AF") == "South Asia");
  CHECK(acled::region_of("PK") == "South Asia");
  CHECK(acled::region_of("IR") == "Middle East");
  CHECK(acled::region_of("CN") == "East Asia");
  CHECK(acled::region_of("MM") == "Southeast Asia");
  CHECK(acled::region_of("RU") == "Europe");
  CHECK(acled::region_of("").empty());
  CHECK(acled::region_of("ZZ").empty());
  CHECK(acled::region_of("T").empty());
}
