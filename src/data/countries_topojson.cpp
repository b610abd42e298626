#include "data/countries_topojson.hpp"

#include "geo/gdal_handle.hpp"
#include "geo/gpkg_writer.hpp"
#include "util/error.hpp"

namespace bordermap::data {

using namespace geo;

CountriesSummary write_countries_gpkg(const std::filesystem::path& topojson, const IsoByNumeric& iso,
                                      const std::filesystem::path& out) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(topojson, ec))
    throw InputError("TopoJSON file " + topojson.string() + " does not exist");
  GdalDataset in = open_vector(topojson);
  OGRLayerH src = GDALDatasetGetLayerByName(in.get(), kCountriesLayer);
  if (!src) throw InputError(topojson.string() + " has no TopoJSON object 'countries'");
  const int id_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(src), "id");
  const int name_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(src), "name");
  if (name_field < 0) throw InputError(topojson.string() + ": countries carry no 'name' property");

  GpkgWriter writer(out);
  OGRLayerH dst = writer.create_layer(kCountriesLayer, wkbMultiPolygon,
                                      {{"iso_a2", OFTString}, {"iso_a3", OFTString},
                                       {"iso_n3", OFTString}, {"name", OFTString}});
  CountriesSummary summary;
  OGR_L_ResetReading(src);
  while (OgrFeature f{OGR_L_GetNextFeature(src)}) {
    std::string numeric = (id_field >= 0 && OGR_F_IsFieldSetAndNotNull(f.get(), id_field))
                              ? OGR_F_GetFieldAsString(f.get(), id_field)
                              : "";
    NewFeature row(dst);
    row.set("name", std::string(OGR_F_GetFieldAsString(f.get(), name_field)));
    auto hit = numeric.empty() ? iso.end() : iso.find(numeric);
    if (hit != iso.end()) {
      row.set("iso_a2", hit->second.alpha2).set("iso_a3", hit->second.alpha3).set("iso_n3", numeric);
    } else {
      // Kept without codes (Natural Earth has a few areas ISO does not list): the
      // gazetteer may still want their outline and name.
      ++summary.without_code;
      row.set("iso_a2", std::string()).set("iso_a3", std::string());
      if (numeric.empty()) row.set_null("iso_n3"); else row.set("iso_n3", numeric);
    }
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get())) {
      OgrGeometry multi(OGR_G_ForceToMultiPolygon(OGR_G_Clone(g)));
      if (!multi) throw GeoError(topojson.string() + ": cannot make a MultiPolygon of " +
                                 OGR_F_GetFieldAsString(f.get(), name_field));
      row.geometry(std::move(multi));
    }
    row.write();
    ++summary.features;
  }
  if (summary.features == 0) throw InputError(topojson.string() + ": the countries object is empty");
  writer.finish();
  return summary;
}

}  // namespace bordermap::data
