#include "analytics/border_analytics_polygons.hpp"

#include <algorithm>
#include <vector>

#include "geo/border_layer.hpp"
#include "geo/gdal_handle.hpp"
#include "geo/geos_convert.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {
namespace {

namespace L = geo::border_layer;

// DCW countries are quantised each on its own grid, so neighbours' outlines leave slivers
// up to ~100 m wide between them; a point in such a sliver still belongs to a side.
constexpr double kSliverDegrees = 0.01;  // ~1 km

geo::GeosGeom geos_from_ogr(const geo::GeosContext& ctx, OGRGeometryH g, const std::string& what) {
  std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(g)));
  if (OGR_G_ExportToWkb(g, wkbNDR, wkb.data()) != OGRERR_NONE)
    throw DataError(what + ": cannot read a country polygon");
  return ctx.own(GEOSGeomFromWKB_buf_r(ctx.get(), wkb.data(), wkb.size()), "reading " + what);
}

}  // namespace

CountryPolygons::CountryPolygons(const std::filesystem::path& data_dir, const std::string& a, const std::string& b)
    : a_(a), b_(b) {
  const auto path = require_data_file(data_dir, L::kFile);
  geo::GdalDataset ds;
  try {
    ds = geo::open_vector(path);
  } catch (const GeoError& e) {
    throw DataError(e.what());
  }
  OGRLayerH layer = geo::require_layer(ds, path, L::kCountries);
  const std::string filter = "code IN ('" + a + "','" + b + "')";  // ISO alpha-2, no quotes inside
  OGR_L_SetAttributeFilter(layer, filter.c_str());
  OGR_L_ResetReading(layer);
  while (geo::OgrFeature f{OGR_L_GetNextFeature(layer)}) {
    const std::string code = OGR_F_GetFieldAsString(f.get(), OGR_F_GetFieldIndex(f.get(), "code"));
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    if (!g) continue;
    const std::string what = path.string() + " " + L::kCountries + " " + code;
    if (code == a_) area_a_ = geos_from_ogr(ctx_, g, what);
    if (code == b_) area_b_ = geos_from_ogr(ctx_, g, what);
  }
  if (!area_a_ || !area_b_)
    throw DataError(path.string() + ": layer " + L::kCountries + " lacks the polygon of " + (area_a_ ? b_ : a_));
  prep_a_ = geo::GeosPrepared(ctx_, area_a_.get());
  prep_b_ = geo::GeosPrepared(ctx_, area_b_.get());
}

std::string CountryPolygons::side_of(geo::LonLat p) const {
  std::lock_guard lock(mutex_);
  auto pt = geo::make_point(ctx_, p);
  auto h = ctx_.get();
  if (GEOSPreparedIntersects_r(h, prep_a_.get(), pt.get()) == 1) return a_;
  if (GEOSPreparedIntersects_r(h, prep_b_.get(), pt.get()) == 1) return b_;
  double da = 0, db = 0;
  if (GEOSPreparedDistance_r(h, prep_a_.get(), pt.get(), &da) != 1 ||
      GEOSPreparedDistance_r(h, prep_b_.get(), pt.get(), &db) != 1)
    return {};
  if (std::min(da, db) > kSliverDegrees) return {};
  return da <= db ? a_ : b_;
}

}  // namespace bordermap::events::detail
