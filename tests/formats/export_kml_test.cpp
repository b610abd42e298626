// KML export: parsed back by GDAL's LIBKML driver (placemarks, TimeSpan, ExtendedData) and
// checked as KML 2.2 for Google Earth (namespace, one Style per type, styleUrl).
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "formats/export.hpp"
#include "export_fixture_test.hpp"
#include "geo/gdal_handle.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

struct Placemark {
  std::string name, description, begin, end, id, claimant;
  bool has_point = false;
  double lon = 0, lat = 0;
};

// Every placemark of every folder (LIBKML reads each Folder as a layer), keyed by event id.
std::map<std::string, Placemark> read_kml(const std::filesystem::path& path) {
  geo::ensure_gdal_registered();
  const char* drivers[] = {"LIBKML", nullptr};
  geo::GdalDataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, drivers, nullptr, nullptr));
  REQUIRE(ds);
  std::map<std::string, Placemark> out;
  for (int l = 0; l < GDALDatasetGetLayerCount(ds.get()); ++l) {
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), l);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    auto text = [&](OGRFeatureH f, const char* name) {
      int i = OGR_FD_GetFieldIndex(defn, name);
      return std::string(i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "");
    };
    OGR_L_ResetReading(layer);
    while (geo::OgrFeature f{OGR_L_GetNextFeature(layer)}) {
      Placemark p{text(f.get(), "name"), text(f.get(), "description"), text(f.get(), "begin"),
                  text(f.get(), "end"),  text(f.get(), "id"),          text(f.get(), "claimant")};
      if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get()); g && !OGR_G_IsEmpty(g)) {
        p.has_point = true;
        p.lon = OGR_G_GetX(g, 0);
        p.lat = OGR_G_GetY(g, 0);
      }
      out[p.id] = p;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("KML export parses back with LIBKML: placemarks, TimeSpan, names, descriptions, points") {
  auto dir = fresh_dir("kml_parse");
  auto events = fixture_events();
  auto path = dir / "events.kml";
  events::export_events(events, events::ExportFormat::kml, path);
  auto placemarks = read_kml(path);
  REQUIRE(placemarks.size() == events.size());

  for (const auto& e : events) {
    INFO(e.id);
    REQUIRE(placemarks.count(e.id));
    const auto& p = placemarks[e.id];
    CHECK(p.claimant == e.claimant);
    CHECK(p.has_point == e.location.lat.has_value());
    if (p.has_point) {
      CHECK(p.lon == doctest::Approx(*e.location.lon).epsilon(1e-9));
      CHECK(p.lat == doctest::Approx(*e.location.lat).epsilon(1e-9));
    }
    if (e.event_date) {
      CHECK(p.name.find(std::to_string(e.event_date->year)) != std::string::npos);
      CHECK_FALSE(p.begin.empty());
      CHECK_FALSE(p.end.empty());
    } else {
      CHECK(p.begin.empty());
    }
    if (!e.event_type.empty()) CHECK(p.description.find(e.event_type) != std::string::npos);
    if (!e.claimant.empty()) CHECK(p.description.find(e.claimant) != std::string::npos);
    if (!e.source.publication.empty()) CHECK(p.description.find(e.source.publication) != std::string::npos);
    if (!e.actor1.empty()) CHECK(p.description.find(e.actor1) != std::string::npos);
  }
  // A week-long event spans its whole week; a one-day event its whole day.
  CHECK(placemarks["ev-00000000000000e5"].begin.rfind("2021/09/20", 0) == 0);
  CHECK(placemarks["ev-00000000000000e5"].end.rfind("2021/09/26 23:59:59", 0) == 0);
  CHECK(placemarks["ev-00000000000000a1"].begin.rfind("2021/09/25 00:00:00", 0) == 0);
  CHECK(placemarks["ev-00000000000000j0"].description.find("<b>not markup</b>") == std::string::npos);
}

TEST_CASE("KML export is KML 2.2 with a TimeSpan per dated placemark and one Style per event type") {
  auto dir = fresh_dir("kml_text");
  auto events = fixture_events();
  auto path = dir / "events.kml";
  events::export_events(events, events::ExportFormat::kml, path);
  std::string kml = read_text(path);
  CHECK(kml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(kml.find("<kml xmlns=\"http://www.opengis.net/kml/2.2\">") != std::string::npos);
  CHECK(kml.find("<TimeSpan><begin>2021-09-25T00:00:00Z</begin><end>2021-09-25T23:59:59Z</end></TimeSpan>") !=
        std::string::npos);

  std::set<std::string> types;
  for (const auto& e : events) types.insert(e.event_type);
  std::size_t styles = 0, colours_at = 0;
  std::set<std::string> colours;
  for (std::size_t at = kml.find("<Style id=\""); at != std::string::npos; at = kml.find("<Style id=\"", at + 1)) {
    ++styles;
    colours_at = kml.find("<color>", at);
    colours.insert(kml.substr(colours_at + 7, 8));
  }
  CHECK(styles == types.size());
  CHECK(colours.size() == types.size());  // distinct colours
  CHECK(kml.find("<styleUrl>#type-battles</styleUrl>") != std::string::npos);

  // The id with a colon is not an XML id, so it is not written as one.
  CHECK(kml.find("id=\"acled:AFG0001\"") == std::string::npos);
  CHECK(kml.find("<Placemark id=\"ev-00000000000000a1\">") != std::string::npos);
}

TEST_CASE("KML also opens with GDAL's plain KML driver (what older tools use)") {
  auto dir = fresh_dir("kml_plain");
  auto events = fixture_events();
  auto path = dir / "events.kml";
  events::export_events(events, events::ExportFormat::kml, path);
  const char* drivers[] = {"KML", nullptr};
  geo::ensure_gdal_registered();
  geo::GdalDataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, drivers, nullptr, nullptr));
  REQUIRE(ds);
  GIntBig total = 0;
  for (int l = 0; l < GDALDatasetGetLayerCount(ds.get()); ++l)
    total += OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds.get(), l), TRUE);
  // The plain driver skips placemarks without geometry (LIBKML, above, keeps them).
  GIntBig located = 0;
  for (const auto& e : events) located += e.location.lat.has_value();
  CHECK(total == located);
}
