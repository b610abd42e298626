#include "store/store_backend.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <vector>

#include "events/event_fields.hpp"
#include "geo/gpkg_writer.hpp"
#include "util/safe_path.hpp"
#include "util/sqlite_schema.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {
namespace fs = std::filesystem;
namespace {

std::vector<geo::FieldSpec> field_specs() {
  std::vector<geo::FieldSpec> specs;
  for (const auto& d : fields::definitions()) specs.push_back({d.name, d.type});
  return specs;
}

// A new GeoPackage appears whole or not at all (GpkgWriter writes beside it and renames),
// so a crash while creating never leaves a file that later opens as a broken store.
void create_gpkg_file(const fs::path& path) {
  geo::GpkgWriter writer(path);
  writer.create_layer(fields::kLayer, wkbPoint, field_specs());
  writer.finish();
}

OGRLayerH create_events_layer(GDALDatasetH ds, const std::string& what) {
  auto srs = geo::wgs84_lonlat();
  CPLStringList options;
  options.SetNameValue("GEOMETRY_NAME", fields::kGeometryColumn);
  options.SetNameValue("FID", fields::kFidColumn);
  CPLErrorReset();
  OGRLayerH layer = GDALDatasetCreateLayer(ds, fields::kLayer, srs.get(), wkbPoint, options.List());
  if (!layer) throw GeoError("cannot create the events layer in " + what + ": " + geo::gdal_last_error());
  return layer;
}

// Columns a newer bordermap added are added to an older store when it is opened for writing.
void ensure_columns(OGRLayerH layer, const std::string& what) {
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  for (const auto& d : fields::definitions()) {
    if (OGR_FD_GetFieldIndex(defn, d.name) >= 0) continue;
    OGRFieldDefnH fd = OGR_Fld_Create(d.name, d.type);
    OGRErr err = OGR_L_CreateField(layer, fd, TRUE);
    OGR_Fld_Destroy(fd);
    if (err != OGRERR_NONE)
      throw GeoError("cannot add column " + std::string(d.name) + " to " + what + ": " + geo::gdal_last_error());
  }
}

void ensure_indexes(GDALDatasetH ds, const std::string& what) {
  const std::string t = fields::kLayer;
  exec_sql(ds, "CREATE UNIQUE INDEX IF NOT EXISTS " + t + "_id_uq ON " + t + " (id)", what);
  exec_sql(ds, "CREATE INDEX IF NOT EXISTS " + t + "_event_date_idx ON " + t + " (event_date)", what);
}

void prepare_layer(StoreHandle& h, bool create) {
  h.layer = GDALDatasetGetLayerByName(h.ds.get(), fields::kLayer);
  if (!h.layer) {
    if (!create || !h.writable)
      throw DataError(h.what + " holds no '" + std::string(fields::kLayer) + "' layer: not a bordermap event store");
    if (GDALDatasetStartTransaction(h.ds.get(), FALSE) != OGRERR_NONE)
      throw GeoError("cannot start a transaction in " + h.what + ": " + geo::gdal_last_error());
    try {
      h.layer = create_events_layer(h.ds.get(), h.what);
      ensure_columns(h.layer, h.what);
      ensure_indexes(h.ds.get(), h.what);
    } catch (...) {
      GDALDatasetRollbackTransaction(h.ds.get());
      throw;
    }
    if (GDALDatasetCommitTransaction(h.ds.get()) != OGRERR_NONE)
      throw GeoError("cannot create the events layer in " + h.what + ": " + geo::gdal_last_error());
    return;
  }
  // Events are points; a layer without a geometry column cannot hold where they happened.
  if (OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(h.layer)) == 0)
    throw DataError(h.what + ": the '" + std::string(fields::kLayer) +
                    "' layer has no geometry column: not a bordermap event store");
  if (h.writable) {
    ensure_columns(h.layer, h.what);
    ensure_indexes(h.ds.get(), h.what);
  }
}

std::uint32_t be(const std::array<unsigned char, 100>& b, std::size_t at, int n) {
  std::uint32_t v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | b[at + static_cast<std::size_t>(i)];
  return v;
}

// SQLite notices a truncated file only when a query reaches a missing page, which may be
// long after opening and then reads as "no more events". The header states the database
// size (when its version-valid-for number matches the change counter), so compare.
void check_not_truncated(const fs::path& path, const std::string& what) {
  std::array<unsigned char, 100> h{};
  std::ifstream in(path, std::ios::binary);
  if (!in.read(reinterpret_cast<char*>(h.data()), h.size()))
    throw DataError(what + " is not a GeoPackage: too short for an SQLite header");
  std::uint64_t page_size = be(h, 16, 2);
  if (page_size == 1) page_size = 65536;
  const std::uint32_t change_counter = be(h, 24, 4), pages = be(h, 28, 4), valid_for = be(h, 92, 4);
  if (valid_for != change_counter || pages == 0) return;  // header size not maintained: nothing to compare
  std::error_code ec;
  const auto actual = fs::file_size(path, ec);
  const std::uint64_t declared = page_size * pages;
  if (!ec && actual < declared)
    throw DataError(what + " is truncated: " + std::to_string(actual) + " bytes where its header declares " +
                    std::to_string(declared) + "; restore the store from a copy");
}

geo::GdalDataset open_gpkg_dataset(const fs::path& path, bool update, std::string& error) {
  geo::ensure_gdal_registered();
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  const char* const drivers[] = {"GPKG", nullptr};
  unsigned flags = GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (update ? GDAL_OF_UPDATE : 0u);
  geo::GdalDataset ds(GDALOpenEx(path.c_str(), flags, drivers, nullptr, nullptr));
  if (!ds) error = geo::gdal_last_error();
  return ds;
}

StoreHandle open_gpkg(const fs::path& path, bool create) {
  StoreHandle h;
  h.what = path.string();
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw InputError(h.what + " is a folder, not an event store");
  if (!fs::exists(path, ec)) {
    if (!create) throw InputError("no event store at " + h.what + " (ingest into it first to create one)");
    if (!path.parent_path().empty() && !fs::is_directory(path.parent_path(), ec))
      throw InputError("cannot create the event store " + h.what + ": folder " + path.parent_path().string() +
                       " does not exist");
    create_gpkg_file(path);
  }
  // A store is data: triggers would run on every ingest, views and virtual tables on every
  // read, so anything bordermap or GDAL did not create is refused before GDAL opens it.
  util::require_trusted_sqlite_schema(path, "will not open the event store");
  std::string error;
  h.ds = open_gpkg_dataset(path, true, error);
  if (!h.ds) {  // perhaps only read-only to us; queries still work then
    std::string ro_error;
    h.ds = open_gpkg_dataset(path, false, ro_error);
    h.writable = false;
    if (!h.ds)
      throw DataError(h.what + " cannot be opened as a GeoPackage event store (damaged, truncated, or not a "
                               "GeoPackage): " + error);
  }
  // Again, now that GDAL has rolled back any hot journal: SQLite cannot read a schema
  // through a read-only connection while one is pending, and the journal's pages count too.
  util::require_trusted_sqlite_schema(path, "will not open the event store");
  geo::QuietGdalErrors quiet;
  prepare_layer(h, create);
  // After GDAL's first reads, so an interrupted transaction's journal has been rolled back.
  check_not_truncated(path, h.what);
  return h;
}

StoreHandle open_postgres(const std::string& connection, bool create) {
  StoreHandle h;
  h.what = mask_password(connection);
  h.postgres = true;
  geo::ensure_gdal_registered();
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  const char* const drivers[] = {"PostgreSQL", nullptr};
  h.ds.reset(GDALOpenEx(connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR, drivers,
                        nullptr, nullptr));
  if (!h.ds)
    throw InputError("cannot open the event store " + h.what + ": " + mask_password(geo::gdal_last_error()));
  prepare_layer(h, create);
  return h;
}

}  // namespace

bool is_postgres_target(const std::string& target) {
  return target.size() >= 3 && std::toupper(static_cast<unsigned char>(target[0])) == 'P' &&
         std::toupper(static_cast<unsigned char>(target[1])) == 'G' && target[2] == ':';
}

std::string mask_password(const std::string& s) { return util::mask_password(s); }

void exec_sql(GDALDatasetH ds, const std::string& sql, const std::string& what) {
  CPLErrorReset();
  OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
  if (result) GDALDatasetReleaseResultSet(ds, result);
  if (CPLGetLastErrorType() >= CE_Failure)
    throw GeoError(what + ": " + sql + " failed: " + geo::gdal_last_error());
}

StoreHandle open_store_handle(const std::string& target, bool create) {
  if (target.empty()) throw InputError("no event store named (a GeoPackage path or a PG: connection string)");
  util::require_local_path(target, util::PathUse::store, "cannot open the event store");
  return is_postgres_target(target) ? open_postgres(target, create) : open_gpkg(fs::path(target), create);
}

}  // namespace bordermap::events::detail
