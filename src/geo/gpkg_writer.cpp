#include "geo/gpkg_writer.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include "util/error.hpp"

namespace bordermap::geo {
namespace {

std::string layer_name(OGRLayerH layer) { return OGR_L_GetName(layer); }

}  // namespace

GpkgWriter::GpkgWriter(std::filesystem::path target)
    : target_(std::move(target)), replace_(target_) {
  ensure_gdal_registered();
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  if (!driver) throw GeoError("GDAL has no GPKG driver; cannot write " + target_.string());
  {
    // GDAL warns when a GeoPackage's name does not end in .gpkg, which the temporary
    // name never does; real failures still come back as null.
    QuietGdalErrors quiet;
    CPLErrorReset();
    ds_.reset(GDALCreate(driver, replace_.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  }
  if (!ds_) throw GeoError("cannot create " + replace_.temp_path().string() + ": " + gdal_last_error());
  if (GDALDatasetStartTransaction(ds_.get(), FALSE) != OGRERR_NONE)
    throw GeoError("cannot start a transaction in " + target_.string() + ": " + gdal_last_error());
}

OGRLayerH GpkgWriter::create_layer(const std::string& name, OGRwkbGeometryType type,
                                   const std::vector<FieldSpec>& fields) {
  auto srs = wgs84_lonlat();
  char** options = nullptr;
  options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
  options = CSLSetNameValue(options, "FID", "fid");
  OGRLayerH layer = GDALDatasetCreateLayer(ds_.get(), name.c_str(), srs.get(), type, options);
  CSLDestroy(options);
  if (!layer)
    throw GeoError("cannot create layer " + name + " in " + target_.string() + ": " + gdal_last_error());
  for (const auto& f : fields) {
    OGRFieldDefnH defn = OGR_Fld_Create(f.name.c_str(), f.type);
    OGRErr err = OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    if (err != OGRERR_NONE)
      throw GeoError("cannot add field " + f.name + " to layer " + name + " in " + target_.string());
  }
  return layer;
}

void GpkgWriter::finish() {
  if (GDALDatasetCommitTransaction(ds_.get()) != OGRERR_NONE)
    throw GeoError("cannot commit " + target_.string() + ": " + gdal_last_error());
  CPLErrorReset();
  ds_.reset();  // GDALClose writes the remaining metadata and closes SQLite
  if (CPLGetLastErrorType() >= CE_Failure)
    throw GeoError("cannot close " + target_.string() + ": " + gdal_last_error());
  replace_.commit();
}

NewFeature::NewFeature(OGRLayerH layer)
    : layer_(layer), f_(OGR_F_Create(OGR_L_GetLayerDefn(layer))) {
  if (!f_) throw GeoError("cannot create a feature for layer " + layer_name(layer));
}

int NewFeature::index(const char* field) const {
  int i = OGR_F_GetFieldIndex(f_.get(), field);
  if (i < 0) throw GeoError("layer " + layer_name(layer_) + " has no field " + field);
  return i;
}

NewFeature& NewFeature::set(const char* field, const std::string& value) {
  OGR_F_SetFieldString(f_.get(), index(field), value.c_str());
  return *this;
}

NewFeature& NewFeature::set(const char* field, double value) {
  OGR_F_SetFieldDouble(f_.get(), index(field), value);
  return *this;
}

NewFeature& NewFeature::set(const char* field, int value) {
  OGR_F_SetFieldInteger(f_.get(), index(field), value);
  return *this;
}

NewFeature& NewFeature::set(const char* field, std::int64_t value) {
  OGR_F_SetFieldInteger64(f_.get(), index(field), static_cast<GIntBig>(value));
  return *this;
}

NewFeature& NewFeature::set_null(const char* field) {
  OGR_F_SetFieldNull(f_.get(), index(field));
  return *this;
}

NewFeature& NewFeature::geometry(OgrGeometry g) {
  if (set_feature_geometry(f_.get(), std::move(g)) != OGRERR_NONE)
    throw GeoError("cannot attach a geometry to a feature of layer " + layer_name(layer_));
  return *this;
}

void NewFeature::write() {
  if (OGR_L_CreateFeature(layer_, f_.get()) != OGRERR_NONE)
    throw GeoError("cannot write a feature to layer " + layer_name(layer_) + ": " + gdal_last_error());
}

}  // namespace bordermap::geo
