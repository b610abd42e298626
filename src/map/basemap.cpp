// Loading the basemap in lon/lat from the runtime data (projection: basemap_project.cpp).
#include "map/basemap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

#include <cpl_conv.h>

#include "geo/border.hpp"
#include "geo/border_layer.hpp"
#include "geo/gdal_handle.hpp"
#include "geo/geodesic.hpp"
#include "geo/geos_convert.hpp"
#include "geo/geos_handle.hpp"
#include "util/error.hpp"

namespace bordermap::map {
namespace fs = std::filesystem;
namespace {

// Country polygons are simplified before triangulation: 0.005° ≈ 500 m, below a pixel at
// the region's usual zoom, and it cuts DCW's vertex count several-fold.
constexpr double kSimplifyDeg = 0.005;
// Graticule lines get a vertex every 0.25° so that they curve right once projected.
constexpr double kDensifyDeg = 0.25;

fs::path require_file(const fs::path& dir, const char* name) {
  fs::path p = dir / name;
  if (!fs::exists(p))
    throw DataError("runtime data file " + p.string() + " is missing (build it with scripts/build-geodata.sh)");
  return p;
}

double signed_area(const std::vector<geo::LonLat>& ring) {
  double a = 0;
  for (std::size_t i = 0, n = ring.size(); i + 1 < n; ++i) a += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
  return a / 2;
}

// Exterior rings counter-clockwise, holes clockwise, as GeoJSON orders them; strokes do
// not care, but area sums over `rings` then come out right.
void orient(std::vector<geo::LonLat>& ring, bool exterior) {
  if ((signed_area(ring) > 0) != exterior) std::reverse(ring.begin(), ring.end());
}

geo::GeosGeom geos_from_ogr(const geo::GeosContext& ctx, OGRGeometryH g) {
  std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(g)));
  if (OGR_G_ExportToWkb(g, wkbNDR, wkb.data()) != OGRERR_NONE) throw GeoError("cannot export a geometry to WKB");
  return ctx.own(GEOSGeomFromWKB_buf_r(ctx.get(), wkb.data(), wkb.size()), "reading a basemap geometry");
}

void add_polygon(const geo::GeosContext& ctx, const GEOSGeometry* poly, CountryArea& out) {
  auto shell = geo::coords_of(ctx, GEOSGetExteriorRing_r(ctx.get(), poly));
  orient(shell, true);
  out.rings.push_back(std::move(shell));
  for (int i = 0, n = GEOSGetNumInteriorRings_r(ctx.get(), poly); i < n; ++i) {
    auto hole = geo::coords_of(ctx, GEOSGetInteriorRingN_r(ctx.get(), poly, i));
    orient(hole, false);
    out.rings.push_back(std::move(hole));
  }
  geo::GeosGeom tri = ctx.own(GEOSConstrainedDelaunayTriangulation_r(ctx.get(), poly), "triangulating a country");
  geo::GeosPrepared inside(ctx, poly);
  for (const GEOSGeometry* t : geo::members_of(ctx, tri.get())) {
    auto pts = geo::coords_of(ctx, GEOSGetExteriorRing_r(ctx.get(), t));
    if (pts.size() < 4) continue;
    // Constrained Delaunay may cover concavities and holes; keep what lies inside.
    geo::LonLat c{(pts[0].lon + pts[1].lon + pts[2].lon) / 3, (pts[0].lat + pts[1].lat + pts[2].lat) / 3};
    geo::GeosGeom cp = geo::make_point(ctx, c);
    if (!GEOSPreparedIntersects_r(ctx.get(), inside.get(), cp.get())) continue;
    // Counter-clockwise triangles, so a renderer may cull back faces.
    if ((pts[1].lon - pts[0].lon) * (pts[2].lat - pts[0].lat) - (pts[2].lon - pts[0].lon) * (pts[1].lat - pts[0].lat) < 0)
      std::swap(pts[1], pts[2]);
    out.triangles.insert(out.triangles.end(), pts.begin(), pts.begin() + 3);
  }
}

std::vector<CountryArea> load_countries(const fs::path& file, const geo::GdalDataset& ds, const GeoBox& box) {
  geo::GeosContext ctx;
  OGRLayerH layer = geo::require_layer(ds, file, geo::border_layer::kCountries);
  OGR_L_SetSpatialFilterRect(layer, box.west, box.south, box.east, box.north);
  OGR_L_ResetReading(layer);
  std::vector<CountryArea> out;
  for (geo::OgrFeature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    if (!g) continue;
    CountryArea c;
    c.iso_a2 = OGR_F_GetFieldAsString(f.get(), OGR_F_GetFieldIndex(f.get(), "code"));
    c.name = OGR_F_GetFieldAsString(f.get(), OGR_F_GetFieldIndex(f.get(), "name"));
    // Clip first (by rectangle, linear time) so that simplification only sees the region:
    // neighbours such as China and Iran are large and detailed.
    geo::GeosGeom full = geos_from_ogr(ctx, g);
    geo::GeosGeom clipped = ctx.own(GEOSClipByRect_r(ctx.get(), full.get(), box.west, box.south, box.east, box.north), "clipping a country");
    if (GEOSisEmpty_r(ctx.get(), clipped.get())) continue;
    geo::GeosGeom simple = ctx.own(GEOSTopologyPreserveSimplify_r(ctx.get(), clipped.get(), kSimplifyDeg), "simplifying a country");
    geo::GeosGeom valid = ctx.own(GEOSMakeValid_r(ctx.get(), simple.get()), "repairing a country");
    for (const GEOSGeometry* part : geo::members_of(ctx, valid.get()))
      if (GEOSGeomTypeId_r(ctx.get(), part) == GEOS_POLYGON && !GEOSisEmpty_r(ctx.get(), part)) add_polygon(ctx, part, c);
    if (c.triangles.empty()) continue;
    // A point inside the largest part, so the label never falls in a neighbour.
    geo::GeosGeom at = ctx.own(GEOSPointOnSurface_r(ctx.get(), valid.get()), "placing a country label");
    auto p = geo::coords_of(ctx, at.get());
    if (!p.empty()) c.label_at = p.front();
    out.push_back(std::move(c));
  }
  return out;
}

bool in_box(const GeoBox& b, geo::LonLat p) { return p.lon >= b.west && p.lon <= b.east && p.lat >= b.south && p.lat <= b.north; }

void load_rivers(const fs::path& file, const geo::GdalDataset& ds, const GeoBox& box, BasemapSource& out) {
  OGRLayerH layer = geo::require_layer(ds, file, geo::border_layer::kRivers);
  OGR_L_SetSpatialFilterRect(layer, box.west, box.south, box.east, box.north);
  OGR_L_ResetReading(layer);
  for (geo::OgrFeature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    if (!g) continue;
    const int level = OGR_F_GetFieldAsInteger(f.get(), OGR_F_GetFieldIndex(f.get(), "level"));
    // Split at the box edge so that nothing far outside the region is kept.
    std::vector<geo::LonLat> run;
    auto flush = [&] {
      if (run.size() >= 2) {
        out.rivers.push_back(std::move(run));
        out.river_level.push_back(level);
      }
      run.clear();
    };
    for (int i = 0, n = OGR_G_GetPointCount(g); i < n; ++i) {
      geo::LonLat p{OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
      if (in_box(box, p)) run.push_back(p);
      else flush();
    }
    flush();
  }
}

bool is_script(std::string_view s, unsigned char lo, unsigned char hi) {
  return !s.empty() && static_cast<unsigned char>(s[0]) >= lo && static_cast<unsigned char>(s[0]) <= hi;
}

// Tajik and Russian names are Cyrillic (UTF-8 lead bytes D0–D3), Dari and Pashto names
// Arabic script (D8–DB): the script the country itself writes is preferred.
std::string pick_alt_name(std::string_view names, std::string_view country) {
  std::string cyrillic, arabic;
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t bar = names.find('|', start);
    std::string_view n = names.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (cyrillic.empty() && is_script(n, 0xD0, 0xD3)) cyrillic = n;
    if (arabic.empty() && is_script(n, 0xD8, 0xDB)) arabic = n;
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  if (country == "AF") return !arabic.empty() ? arabic : cyrillic;
  return !cyrillic.empty() ? cyrillic : arabic;
}

double prominence_of(std::string_view kind, std::string_view code, std::int64_t population) {
  double p = std::log10(static_cast<double>(std::max<std::int64_t>(population, 0)) + 10);
  if (kind == "admin1") p += 2.5;
  if (code == "PPLC") p += 3;
  else if (code == "PPLA") p += 2;
  else if (code == "PPLA2") p += 1;
  else if (code == "PPLA3" || code == "PPLA4") p += 0.5;
  return p;
}

std::vector<Place> load_places(const fs::path& data_dir, const GeoBox& box, std::size_t max_places) {
  const fs::path file = require_file(data_dir, "gazetteer.gpkg");
  geo::GdalDataset ds = geo::open_vector(file);
  OGRLayerH layer = geo::require_layer(ds, file, "places");
  OGR_L_SetSpatialFilterRect(layer, box.west, box.south, box.east, box.north);
  OGR_L_SetAttributeFilter(layer, "kind IN ('populated_place', 'admin1')");
  OGR_L_ResetReading(layer);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  auto idx = [&](const char* n) {
    int i = OGR_FD_GetFieldIndex(defn, n);
    if (i < 0) throw DataError(file.string() + ": layer places has no field '" + n + "'");
    return i;
  };
  const int f_id = idx("place_id"), f_name = idx("name"), f_kind = idx("kind"), f_code = idx("feature_code"),
            f_country = idx("country"), f_admin1 = idx("admin1"), f_pop = idx("population"), f_names = idx("names");
  std::vector<Place> out;
  for (geo::OgrFeature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    if (!g) continue;
    Place p;
    p.id = OGR_F_GetFieldAsString(f.get(), f_id);
    p.name = OGR_F_GetFieldAsString(f.get(), f_name);
    p.kind = OGR_F_GetFieldAsString(f.get(), f_kind);
    p.country = OGR_F_GetFieldAsString(f.get(), f_country);
    p.admin1 = OGR_F_GetFieldAsString(f.get(), f_admin1);
    p.population = OGR_F_GetFieldAsInteger64(f.get(), f_pop);
    p.at = {OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)};
    p.alt_name = pick_alt_name(OGR_F_GetFieldAsString(f.get(), f_names), p.country);
    p.prominence = prominence_of(p.kind, OGR_F_GetFieldAsString(f.get(), f_code), p.population);
    out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const Place& a, const Place& b) { return a.prominence > b.prominence; });
  if (out.size() > max_places) out.resize(max_places);
  return out;
}

std::vector<GraticuleLine> make_graticule(const GeoBox& box, double step) {
  std::vector<GraticuleLine> out;
  if (!(step > 0)) return out;
  auto densified = [](double from, double to) {
    int n = std::max(1, static_cast<int>(std::ceil((to - from) / kDensifyDeg)));
    std::vector<double> v(n + 1);
    for (int i = 0; i <= n; ++i) v[i] = from + (to - from) * i / n;
    return v;
  };
  for (double lon = std::ceil(box.west / step) * step; lon <= box.east + 1e-9; lon += step) {
    GraticuleLine l{true, lon, {}};
    for (double lat : densified(box.south, box.north)) l.points.push_back({lon, lat});
    out.push_back(std::move(l));
  }
  for (double lat = std::ceil(box.south / step) * step; lat <= box.north + 1e-9; lat += step) {
    GraticuleLine l{false, lat, {}};
    for (double lon : densified(box.west, box.east)) l.points.push_back({lon, lat});
    out.push_back(std::move(l));
  }
  return out;
}

std::optional<Relief> load_relief(const fs::path& data_dir) {
  const fs::path file = data_dir / "relief.tif";
  if (!fs::exists(file)) return std::nullopt;
  geo::ensure_gdal_registered();
  geo::QuietGdalErrors quiet;
  geo::GdalDataset ds(GDALOpenEx(file.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!ds) throw DataError("cannot read " + file.string() + ": " + geo::gdal_last_error());
  double gt[6];
  if (GDALGetGeoTransform(ds.get(), gt) != CE_None || gt[2] != 0 || gt[4] != 0)
    throw DataError(file.string() + " has no north-up geotransform");
  Relief r;
  r.width = GDALGetRasterXSize(ds.get());
  r.height = GDALGetRasterYSize(ds.get());
  r.box = {gt[0], gt[3] + gt[5] * r.height, gt[0] + gt[1] * r.width, gt[3]};
  r.shade.resize(static_cast<std::size_t>(r.width) * r.height);
  GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
  if (!band || GDALRasterIO(band, GF_Read, 0, 0, r.width, r.height, r.shade.data(), r.width, r.height, GDT_Byte, 0, 0) != CE_None)
    throw DataError("cannot read the pixels of " + file.string() + ": " + geo::gdal_last_error());
  return r;
}

}  // namespace

// <data>/basemap.gpkg holds the countries pre-clipped at data build time (a few hundred
// kB instead of every vertex of China and Iran); usable when its clip box, recorded in the
// dataset's metadata, covers the region asked for.
std::optional<geo::GdalDataset> open_preclipped(const fs::path& file, const GeoBox& region) {
  if (!fs::exists(file)) return std::nullopt;
  try {
    geo::GdalDataset ds = geo::open_vector(file);
    const char* box = GDALGetMetadataItem(ds.get(), "BORDERMAP_CLIP_BOX", nullptr);
    double w = 0, s = 0, e = 0, n = 0;
    if (!box || std::sscanf(box, "%lf %lf %lf %lf", &w, &s, &e, &n) != 4) return std::nullopt;
    if (region.west < w || region.south < s || region.east > e || region.north > n) return std::nullopt;
    return ds;
  } catch (const std::exception&) {
    return std::nullopt;  // a broken cache falls back to the full polygons
  }
}

BasemapSource load_basemap(const fs::path& data_dir, const BasemapOptions& options) {
  BasemapSource out;
  out.region = options.region;
  const fs::path borders_file = require_file(data_dir, geo::border_layer::kFile);

  geo::Border border = geo::load_border(data_dir, options.pair);
  out.pair = border.a + "-" + border.b;
  out.border = border.lines;
  double km = 0;
  for (const auto& part : out.border) {
    out.border_part_start_km.push_back(km);
    km += geo::geodesic_length_km(part);
  }
  out.border_length_km = km;

  {
    geo::GdalDataset ds = geo::open_vector(borders_file);
    const fs::path preclipped_file = data_dir / "basemap.gpkg";
    if (auto preclipped = open_preclipped(preclipped_file, options.region)) {
      out.countries = load_countries(preclipped_file, *preclipped, options.region);
    } else {
      out.countries = load_countries(borders_file, ds, options.region);
    }
    load_rivers(borders_file, ds, options.region, out);
  }
  out.places = load_places(data_dir, options.region, options.max_places);
  out.graticule = make_graticule(options.region, options.graticule_step_deg);
  if (options.relief) out.relief = load_relief(data_dir);
  return out;
}

}  // namespace bordermap::map
