#include "data/build_borders.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "data/countries_iso.hpp"
#include "data/gmt_dcw.hpp"
#include "data/gmt_multisegment.hpp"
#include "geo/border_index.hpp"
#include "geo/border_layer.hpp"
#include "geo/border_references.hpp"
#include "geo/gpkg_writer.hpp"
#include "geo/ogr_geometry.hpp"
#include "geo/shared_border.hpp"
#include "util/error.hpp"

namespace bordermap::data {
namespace {

namespace L = geo::border_layer;

void require_file(const std::filesystem::path& p, const char* what) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(p, ec))
    throw InputError(std::string(what) + " " + p.string() + " does not exist");
}

std::string tripoints_json(const std::vector<geo::Tripoint>& tps) {
  auto j = nlohmann::json::array();
  for (const auto& t : tps)
    j.push_back({{"country", t.third_country},
                 {"lon", std::round(t.at.lon * 1e6) / 1e6},
                 {"lat", std::round(t.at.lat * 1e6) / 1e6}});
  return j.dump();
}

// Seconds since the previous call, for the progress log: the slow steps are the
// ones worth knowing about when the data grows.
struct Lap {
  std::chrono::steady_clock::time_point t = std::chrono::steady_clock::now();
  double operator()() {
    auto now = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(now - t).count();
    t = now;
    return s;
  }
};

size_t count_vertices(const std::vector<std::vector<geo::LonLat>>& parts) {
  size_t n = 0;
  for (const auto& p : parts) n += p.size();
  return n;
}

void write_dcw_layer(geo::GpkgWriter& w, const geo::GeosContext& ctx, const std::vector<DcwCountry>& dcw) {
  OGRLayerH layer = w.create_layer(L::kCountries, wkbMultiPolygon, {{"code", OFTString}, {"name", OFTString}});
  for (const auto& c : dcw)
    geo::NewFeature(layer).set("code", c.code).set("name", c.name).geometry(geo::ogr_from_geos(ctx, c.area.get())).write();
}

size_t write_rivers_layer(geo::GpkgWriter& w, const std::filesystem::path& file) {
  OGRLayerH layer = w.create_layer(L::kRivers, wkbLineString, {{"level", OFTInteger}, {"bin", OFTInteger}});
  size_t n = 0;
  for (const auto& s : read_gmt_multisegment(file)) {
    if (s.points.size() < 2) continue;
    geo::NewFeature(layer)
        .set("level", header_int(s.header, "Level", 0))
        .set("bin", header_int(s.header, "Bin", -1))
        .geometry(geo::ogr_linestring(s.points))
        .write();
    ++n;
  }
  return n;
}

}  // namespace

BuildBordersReport build_borders(const BuildBordersOptions& o, std::ostream* log) {
  require_file(o.topojson, "TopoJSON file");
  require_file(o.iso_codes, "ISO code list");
  const auto dcw_files = find_dcw_files(o.raw_dir);
  if (dcw_files.size() < 2)
    throw InputError(o.raw_dir.string() + " holds fewer than two dcw_XX.txt files; run gmt coast first");
  const auto rivers_file = o.raw_dir / "rivers.txt";
  require_file(rivers_file, "WDBII rivers export");
  std::filesystem::create_directories(o.out_dir);

  BuildBordersReport report;
  Lap lap;
  auto iso = load_iso_codes(o.iso_codes);
  report.countries = write_countries_gpkg(o.topojson, iso, o.out_dir / kCountriesFile);
  if (log)
    *log << "countries.gpkg: " << report.countries.features << " countries ("
         << report.countries.without_code << " without an ISO code) in " << lap() << " s\n";

  geo::GeosContext ctx;
  std::vector<DcwCountry> dcw;
  for (const auto& f : dcw_files) {
    dcw.push_back(read_dcw_country(ctx, f));
    report.dcw_codes.push_back(dcw.back().code);
    if (dcw.back().stats.made_valid) ++report.repaired_polygons;
    if (log) {
      const auto& s = dcw.back().stats;
      *log << "DCW " << dcw.back().code << ": " << s.shells << " polygons, " << s.holes << " holes, "
           << s.duplicates << " duplicate rings dropped" << (s.made_valid ? ", repaired" : "") << " in "
           << lap() << " s\n";
    }
  }

  geo::GpkgWriter writer(o.out_dir / L::kFile);
  write_dcw_layer(writer, ctx, dcw);
  report.river_lines = write_rivers_layer(writer, rivers_file);
  if (log) *log << "layers countries_dcw, rivers written in " << lap() << " s\n";

  std::vector<geo::CountryShape> shapes;
  for (auto& c : dcw) {
    auto copy = ctx.own(GEOSGeom_clone_r(ctx.get(), c.area.get()), "copying " + c.code);
    shapes.push_back(geo::make_country_shape(ctx, c.code, std::move(copy)));
  }

  const std::string version = o.dcw_version.empty() ? gmt_dcw_version() : o.dcw_version;
  geo::SharedBorderOptions sb{o.tolerance_m, o.min_part_km, o.tripoint_m};
  OGRLayerH layer = writer.create_layer(
      L::kBorders, wkbMultiLineString,
      {{L::kPair, OFTString}, {L::kA, OFTString}, {L::kB, OFTString}, {L::kLengthKm, OFTReal},
       {L::kTripoints, OFTString}, {L::kSource, OFTString}, {L::kReferenceKm, OFTReal},
       {L::kReferenceSource, OFTString}, {L::kParts, OFTInteger}, {L::kIndex, OFTString}});
  // Codes are sorted (find_dcw_files), so a < b gives the alphabetical pair name.
  for (size_t i = 0; i < shapes.size(); ++i)
    for (size_t j = i + 1; j < shapes.size(); ++j) {
      const auto& a = shapes[i];
      const auto& b = shapes[j];
      auto border = geo::derive_shared_border(ctx, a, b, shapes, sb);
      if (border.empty()) continue;
      auto reverse = geo::derive_shared_border(ctx, b, a, shapes, sb);

      PairResult r;
      r.pair = a.code + "-" + b.code;
      r.length_km = border.length_km;
      r.other_side_km = reverse.length_km;
      r.parts = border.parts.size();
      r.dropped_parts = border.dropped_parts;
      r.tripoints = border.tripoints;
      r.vertices = count_vertices(border.parts);
      auto index = geo::simplify_for_index(border.parts, o.index_tolerance_km);
      for (const auto& p : index) r.index_vertices += p.size();

      char tol[32];
      std::snprintf(tol, sizeof tol, "%g", o.tolerance_m);
      std::string source = "DCW 1:1M via GMT" + (version.empty() ? std::string() : " (gmt-dcw " + version + ")") +
                           "; outline of " + a.code + " within " + tol + " m of " + b.code;
      geo::NewFeature row(layer);
      row.set(L::kPair, r.pair).set(L::kA, a.code).set(L::kB, b.code)
          .set(L::kLengthKm, border.length_km)
          .set(L::kTripoints, tripoints_json(border.tripoints))
          .set(L::kSource, source)
          .set(L::kParts, static_cast<int>(border.parts.size()))
          .set(L::kIndex, geo::index_to_json(index, o.index_tolerance_km));
      if (auto ref = geo::border_reference(a.code, b.code)) {
        r.reference_km = ref->km;
        row.set(L::kReferenceKm, ref->km).set(L::kReferenceSource, ref->source);
      } else {
        row.set_null(L::kReferenceKm).set_null(L::kReferenceSource);
      }
      row.geometry(geo::ogr_multilinestring(border.parts)).write();
      if (log) *log << r.pair << " derived in " << lap() << " s\n";
      report.pairs.push_back(std::move(r));
    }
  writer.finish();
  if (log) *log << "borders.gpkg committed in " << lap() << " s\n";
  return report;
}

}  // namespace bordermap::data
