// Export of N synthetic events (default 1M) to GeoJSON: bordermap beside ogr2ogr on the same
// GeoPackage, in one run.
//   export_bench [--events N] [--dir DIR] [--keep] [--writers] [--json OUT]
// 1. synthesises N events along the Afghanistan–Tajikistan border (5% without a place);
// 2. writes them as a GeoPackage store through bordermap's GPKG exporter;
// 3. times bordermap: read that GPKG (the store's own column mapping) + write RFC 7946
//    GeoJSON, and, on the same file, `ogr2ogr -f GeoJSON -lco RFC7946=YES
//    -lco COORDINATE_PRECISION=6` (skipped when ogr2ogr is absent);
// 4. reports both times, their ratio and the file sizes. With --writers it also times the
//    two GeoJSON writers bordermap did not choose (one nlohmann object per feature, and
//    GDAL's GeoJSON driver fed from memory), which is how the hand-written one was chosen.
// Not part of the test suite.
#include <sys/resource.h>
#include <unistd.h>

#include <cpl_string.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/lcg.hpp"
#include "events/event_id.hpp"
#include "formats/export.hpp"
#include "formats/export_properties.hpp"
#include "events/event_text.hpp"
#include "formats/import.hpp"
#include "geo/gdal_handle.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;
using namespace bordermap;

namespace {

const char* kUsage =
    "export_bench [--events N] [--dir DIR] [--keep] [--writers] [--json OUT]\n"
    "  N synthetic events (default 1000000) → GPKG → GeoJSON by bordermap and by ogr2ogr\n"
    "  --writers  also time the GeoJSON writers not chosen (nlohmann per feature, GDAL driver)\n";

using bench::Lcg;

std::vector<events::Event> synthesise(std::size_t n) {
  struct Place { const char* id; const char* name; const char* admin1; const char* country; double lat, lon; };
  static const Place places[] = {
      {"geonames:1142170", "Fayzabad", "Badakhshan", "AF", 37.11664, 70.58002},
      {"geonames:1133657", "Māymay", "Badakhshan", "AF", 38.40856, 71.03839},
      {"geonames:1131591", "Nūsay", "Badakhshan", "AF", 38.4435, 70.80413},
      {"geonames:1221559", "Qalaikhumb", "Gorno-Badakhshan", "TJ", 38.45373, 70.78902},
      {"geonames:1221328", "Khorugh", "Gorno-Badakhshan", "TJ", 37.48974, 71.55304},
      {"geonames:1221614", "Ishqoshim", "Gorno-Badakhshan", "TJ", 36.72484, 71.61331},
      {"geonames:1123004", "Taloqan", "Takhar", "AF", 36.73605, 69.53451},
      {"geonames:1135689", "Kunduz", "Kunduz", "AF", 36.72896, 68.857},
      {"geonames:1221194", "Kŭlob", "Khatlon", "TJ", 37.91459, 69.78454},
  };
  static const char* types[][2] = {{"Battles", "Armed clash"},
                                   {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
                                   {"Strategic developments", "Troop deployment"},
                                   {"Protests", "Peaceful protest"},
                                   {"militant presence", ""},
                                   {"alert or mobilisation", ""},
                                   {"threat or statement", ""},
                                   {"crossing of the border", ""}};
  static const char* actors[] = {"Taliban", "Jamaat Ansorullah", "Tajik border guards", "Russian 201st military base",
                                 "National Resistance Front", "ISIS-K", "CSTO", "Tajik security forces"};
  static const char* sources[] = {"Bakhtar News Agency", "Asia-Plus", "Tolo News", "Pajhwok Afghan News", "Radio Ozodi"};
  Lcg rng;
  std::vector<events::Event> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    events::Event& e = out[i];
    const Place& p = places[rng.pick(std::size(places))];
    e.id = events::event_id("synthetic/doc-" + std::to_string(i / 20), (i % 20) * 200, (i % 20) * 200 + 180, p.id);
    events::Date d{2021, 1 + static_cast<int>(rng.pick(12)), 1 + static_cast<int>(rng.pick(28))};
    e.event_date = d;
    if (rng.pick(4) == 0) {
      e.date_start = d;
      e.date_end = events::Date{d.year, d.month, std::min(28, d.day + 3)};
    }
    e.time_precision = 1 + static_cast<int>(rng.pick(3));
    e.date_prec = 1 + static_cast<int>(rng.pick(5));
    const auto* t = types[rng.pick(std::size(types))];
    e.event_type = t[0];
    e.sub_event_type = t[1];
    e.actor1 = actors[rng.pick(std::size(actors))];
    if (rng.pick(2)) e.actor2 = actors[rng.pick(std::size(actors))];
    if (rng.pick(5) == 0) e.assoc_actors = {actors[rng.pick(std::size(actors))]};
    if (rng.pick(20) != 0) {
      e.location = {p.id, p.name, p.admin1, "", p.country, p.lat + (rng.unit() - 0.5) * 0.2, p.lon + (rng.unit() - 0.5) * 0.2};
      e.geo_precision = 1 + static_cast<int>(rng.pick(3));
      e.where_prec = 1 + static_cast<int>(rng.pick(4));
      e.border = {"AF-TJ", p.country, rng.unit() * 80, rng.unit() * 1240, "Badakhshan (AF) – Gorno-Badakhshan (TJ)"};
      e.uncertainty_radius_m = std::round(rng.unit() * 20000);
    } else {
      e.flagged_no_location = true;
    }
    const char* src = sources[rng.pick(std::size(sources))];
    e.source = {src, "https://example.org/news/" + std::to_string(i), d};
    e.claimant = rng.pick(2) ? std::string(src) : std::string("a spokesman of ") + e.actor1;
    e.source_reliability = std::string(1, static_cast<char>('A' + rng.pick(6)));
    e.info_credibility = std::string(1, static_cast<char>('1' + rng.pick(6)));
    if (rng.pick(3) == 0) {
      e.fatalities_best = static_cast<int>(rng.pick(10));
      e.fatalities_low = *e.fatalities_best;
      e.fatalities_high = *e.fatalities_best + static_cast<int>(rng.pick(5));
    }
    e.notes = "Synthetic event " + std::to_string(i) + ": " + e.actor1 + " reported near " + p.name +
              ", according to \"" + src + "\"; details unconfirmed.";
    e.tags = {"synthetic", e.event_type};
    e.provenance = {"synthetic/doc-" + std::to_string(i / 20), (i % 20) * 200, (i % 20) * 200 + 180, 10, 18};
    e.created = e.modified = "2021-10-01T00:00:00Z";
  }
  return out;
}

// The alternative kept for comparison: one nlohmann object per feature, dumped and dropped.
void write_geojson_nlohmann(const std::vector<events::Event>& events, const fs::path& path) {
  using json = nlohmann::ordered_json;
  std::ofstream out(path, std::ios::binary);
  out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    json f = {{"type", "Feature"}, {"id", e.id}};
    if (e.location.lat && e.location.lon)
      f["geometry"] = {{"type", "Point"},
                       {"coordinates", {std::round(*e.location.lon * 1e6) / 1e6, std::round(*e.location.lat * 1e6) / 1e6}}};
    else
      f["geometry"] = nullptr;
    json props = json::object();
    for (const auto& p : events::props::properties()) {
      struct V {
        int decimals;
        json operator()(std::monostate) const { return nullptr; }
        json operator()(std::string_view s) const { return std::string(s); }
        json operator()(std::int64_t i) const { return i; }
        json operator()(double d) const { return std::round(d * std::pow(10, decimals)) / std::pow(10, decimals); }
        json operator()(bool b) const { return b; }
        json operator()(const events::Date& d) const { return events::text::iso_datetime(d); }
        json operator()(const std::vector<std::string>* l) const { return *l; }
        json operator()(const events::props::Attributes* a) const {
          json o = json::object();
          for (const auto& [k, v] : *a) o[k] = v;
          return o;
        }
      };
      props[p.name()] = std::visit(V{p.decimals}, p.get(e));
    }
    f["properties"] = std::move(props);
    out << f.dump(-1, ' ', false, json::error_handler_t::replace) << (i + 1 < events.size() ? ",\n" : "\n");
  }
  out << "]}\n";
}

// The other alternative: GDAL's GeoJSON driver with the RFC 7946 options, fed from memory.
void write_geojson_gdal(const std::vector<events::Event>& events, const fs::path& path) {
  geo::ensure_gdal_registered();
  GDALDriverH drv = GDALGetDriverByName("GeoJSON");
  geo::GdalDataset ds(GDALCreate(drv, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  char** lco = nullptr;
  lco = CSLSetNameValue(lco, "RFC7946", "YES");
  lco = CSLSetNameValue(lco, "COORDINATE_PRECISION", "6");
  lco = CSLSetNameValue(lco, "WRITE_BBOX", "YES");
  lco = CSLSetNameValue(lco, "ID_FIELD", "id");
  auto srs = geo::wgs84_lonlat();
  OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), "events", srs.get(), wkbPoint, lco);
  CSLDestroy(lco);
  auto properties = events::props::properties();
  for (const auto& p : properties) {
    OGRFieldType t = p.kind == events::props::Kind::integer ? OFTInteger64
                     : p.kind == events::props::Kind::real   ? OFTReal
                     : p.kind == events::props::Kind::list   ? OFTStringList
                                                             : OFTString;
    OGRFieldDefnH fd = OGR_Fld_Create(p.name(), t);
    if (p.kind == events::props::Kind::boolean) {
      OGR_Fld_SetType(fd, OFTInteger);
      OGR_Fld_SetSubType(fd, OFSTBoolean);
    }
    OGR_L_CreateField(layer, fd, TRUE);
    OGR_Fld_Destroy(fd);
  }
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  for (const auto& e : events) {
    geo::OgrFeature f(OGR_F_Create(defn));
    for (std::size_t k = 0; k < properties.size(); ++k) {
      int i = static_cast<int>(k);
      auto v = properties[k].get(e);
      if (std::holds_alternative<std::monostate>(v)) OGR_F_SetFieldNull(f.get(), i);
      else if (auto* s = std::get_if<std::string_view>(&v)) OGR_F_SetFieldString(f.get(), i, std::string(*s).c_str());
      else if (auto* n = std::get_if<std::int64_t>(&v)) OGR_F_SetFieldInteger64(f.get(), i, *n);
      else if (auto* d = std::get_if<double>(&v)) OGR_F_SetFieldDouble(f.get(), i, *d);
      else if (auto* b = std::get_if<bool>(&v)) OGR_F_SetFieldInteger(f.get(), i, *b);
      else if (auto* dt = std::get_if<events::Date>(&v)) OGR_F_SetFieldString(f.get(), i, events::text::iso_datetime(*dt).c_str());
      else if (auto* l = std::get_if<const std::vector<std::string>*>(&v)) {
        char** list = nullptr;
        for (const auto& s2 : **l) list = CSLAddString(list, s2.c_str());
        OGR_F_SetFieldStringList(f.get(), i, list);
        CSLDestroy(list);
      } else {
        OGR_F_SetFieldString(f.get(), i, "{}");
      }
    }
    if (e.location.lat && e.location.lon) {
      geo::OgrGeometry g(OGR_G_CreateGeometry(wkbPoint));
      OGR_G_SetPoint_2D(g.get(), 0, *e.location.lon, *e.location.lat);
      OGR_F_SetGeometryDirectly(f.get(), g.release());
    }
    if (OGR_L_CreateFeature(layer, f.get()) != OGRERR_NONE) throw GeoError("GDAL GeoJSON writer: " + geo::gdal_last_error());
  }
}

double mb(const fs::path& p) { return fs::exists(p) ? static_cast<double>(fs::file_size(p)) / 1e6 : 0; }
double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  bench::Args args(argc, argv, {"--events", "--dir", "--json"}, {"--keep", "--writers"}, kUsage);
  const std::size_t n = static_cast<std::size_t>(args.get_double("--events", 1e6));
  fs::path dir = args.has("--dir") ? fs::path(args.get("--dir"))
                                   : fs::temp_directory_path() / ("bordermap_export_bench_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path store = dir / "store.gpkg", ours = dir / "bordermap.geojson", theirs = dir / "ogr2ogr.geojson";
  nlohmann::json report = {{"events", n}};

  try {
    bench::Stopwatch sw;
    auto synthetic = synthesise(n);
    std::printf("synthesised %zu events in %.2f s\n", n, sw.seconds());
    sw.restart();
    events::export_events(synthetic, events::ExportFormat::gpkg, store);
    double gpkg_s = sw.seconds();
    std::printf("GPKG store written by bordermap's exporter: %.2f s, %.1f MB\n", gpkg_s, mb(store));
    report["gpkg_write_s"] = gpkg_s;
    report["gpkg_mb"] = mb(store);

    if (args.has("--writers")) {
      sw.restart();
      write_geojson_nlohmann(synthetic, dir / "nlohmann.geojson");
      double nl = sw.seconds();
      sw.restart();
      write_geojson_gdal(synthetic, dir / "gdal.geojson");
      double gd = sw.seconds();
      sw.restart();
      events::export_events(synthetic, events::ExportFormat::geojson, ours);
      double hw = sw.seconds();
      std::printf("GeoJSON writers from memory: hand-written %.2f s (%.1f MB), nlohmann per feature %.2f s (%.1f MB), "
                  "GDAL driver %.2f s (%.1f MB)\n", hw, mb(ours), nl, mb(dir / "nlohmann.geojson"), gd,
                  mb(dir / "gdal.geojson"));
      report["writers"] = {{"hand_written_s", hw}, {"nlohmann_s", nl}, {"gdal_s", gd}};
      fs::remove(dir / "nlohmann.geojson");
      fs::remove(dir / "gdal.geojson");
    }
    synthetic = {};

    // bordermap: read the store, write GeoJSON — what `bordermap export --format geojson` does.
    sw.restart();
    auto read = events::import_events(store);
    double read_s = sw.seconds();
    sw.restart();
    events::export_events(read.events, events::ExportFormat::geojson, ours);
    double write_s = sw.seconds();
    double bm = read_s + write_s;
    std::printf("bordermap: %.2f s (read GPKG %.2f s + write GeoJSON %.2f s), %.1f MB, %zu features\n", bm, read_s,
                write_s, mb(ours), read.events.size());
    report["bordermap"] = {{"total_s", bm}, {"read_s", read_s}, {"write_s", write_s}, {"mb", mb(ours)}};
    read = {};

    if (std::system("command -v ogr2ogr >/dev/null 2>&1") != 0) {
      std::printf("ogr2ogr: not installed, skipped\n");
    } else {
      std::string cmd = "ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=6 '" + theirs.string() + "' '" +
                        store.string() + "' events";
      sw.restart();
      int rc = std::system(cmd.c_str());
      double og = sw.seconds();
      if (rc != 0) {
        std::printf("ogr2ogr failed (exit %d)\n", rc);
      } else {
        std::printf("ogr2ogr:   %.2f s, %.1f MB\n", og, mb(theirs));
        std::printf("ratio ogr2ogr / bordermap: %.2f× (bordermap %s)\n", og / bm, bm < og ? "faster" : "slower");
        report["ogr2ogr"] = {{"total_s", og}, {"mb", mb(theirs)}};
        report["ratio_ogr2ogr_over_bordermap"] = og / bm;
      }
    }
    std::printf("peak RSS of this process: %.0f MB\n", peak_rss_mb());
    report["peak_rss_mb"] = peak_rss_mb();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "export_bench: %s\n", e.what());
    return 1;
  }
  if (args.has("--json")) std::ofstream(args.get("--json")) << report.dump(2) << "\n";
  if (!args.has("--keep") && !args.has("--dir")) fs::remove_all(dir);
  return 0;
}
