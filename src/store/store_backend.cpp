#include "store/store_backend.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "events/event_fields.hpp"
#include "store/documents_table.hpp"
#include "store/write_lock.hpp"
#include "util/safe_path.hpp"
#include "util/sqlite_schema.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {
namespace fs = std::filesystem;
namespace {

void sync_path(const fs::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
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

void ensure_indexes(GDALDatasetH ds, const std::string& what) {
  const std::string t = fields::kLayer;
  if (!has_index(ds, t, t + "_id_uq"))
    exec_sql(ds, "CREATE UNIQUE INDEX IF NOT EXISTS " + t + "_id_uq ON " + t + " (id)", what);
  if (!has_index(ds, t, t + "_event_date_idx"))
    exec_sql(ds, "CREATE INDEX IF NOT EXISTS " + t + "_event_date_idx ON " + t + " (event_date)", what);
}

// The events layer with every column and index, and the documents table; inside a transaction.
OGRLayerH create_schema(GDALDatasetH ds, const std::string& what) {
  OGRLayerH layer = GDALDatasetGetLayerByName(ds, fields::kLayer);
  if (!layer) layer = create_events_layer(ds, what);
  ensure_columns(layer, what);
  ensure_indexes(ds, what);
  ensure_documents_layer(ds, what);
  return layer;
}

// A new GeoPackage is built whole beside the target and then linked into place with a
// rename that refuses to replace: a crash while creating leaves no half store, and of two
// processes creating the same store at once the second finds the first's and uses it
// (a plain rename would have replaced a store that may already hold documents).
void create_gpkg_file(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  const fs::path temp = path.parent_path() / ("." + path.filename().string() + ".creating." +
                                              std::to_string(::getpid()) + "." + std::to_string(++counter));
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code ec;
      fs::remove(p, ec);
      fs::remove(p.string() + "-journal", ec);
    }
  } cleanup{temp};
  geo::ensure_gdal_registered();
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  if (!driver) throw GeoError("GDAL has no GPKG driver; cannot create " + path.string());
  {
    geo::QuietGdalErrors quiet;  // GDAL warns that the temporary name does not end in .gpkg
    CPLErrorReset();
    geo::GdalDataset ds(GDALCreate(driver, temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw GeoError("cannot create the event store " + path.string() + ": " + geo::gdal_last_error());
    if (GDALDatasetStartTransaction(ds.get(), FALSE) != OGRERR_NONE)
      throw GeoError("cannot start a transaction in " + path.string() + ": " + geo::gdal_last_error());
    create_schema(ds.get(), path.string());
    if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
      throw GeoError("cannot create the event store " + path.string() + ": " + geo::gdal_last_error());
    CPLErrorReset();
    ds.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
      throw GeoError("cannot create the event store " + path.string() + ": " + geo::gdal_last_error());
  }
  sync_path(temp);
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0) {
    int err = errno;
    if (err == EINVAL || err == ENOSYS) {  // a file system without RENAME_NOREPLACE: link() never replaces either
      err = ::link(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
    }
    if (err != 0 && err != EEXIST)
      throw InputError("cannot create the event store " + path.string() + ": " + std::strerror(err));
    // EEXIST: another process created the store first; its store stands and is opened below.
  }
  sync_path(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

// Events are points; a layer without a geometry column cannot hold where they happened.
void require_geometry(const StoreHandle& h) {
  if (OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(h.layer)) == 0)
    throw DataError(h.what + ": the '" + std::string(fields::kLayer) +
                    "' layer has no geometry column: not a bordermap event store");
}

void prepare_layer(StoreHandle& h, bool create) {
  h.layer = GDALDatasetGetLayerByName(h.ds.get(), fields::kLayer);
  h.documents = GDALDatasetGetLayerByName(h.ds.get(), kDocumentsLayer);
  if (!create || !h.writable) {  // readers change nothing, not even an index
    if (!h.layer)
      throw DataError(h.what + " holds no '" + std::string(fields::kLayer) + "' layer: not a bordermap event store");
    require_geometry(h);
    return;
  }
  // Under the write lock, so writers creating the same store or table at once queue up
  // instead of colliding; once it holds, each checks again what the others already made.
  locked_write(h, [&] {
    h.layer = create_schema(h.ds.get(), h.what);
    h.documents = GDALDatasetGetLayerByName(h.ds.get(), kDocumentsLayer);
  });
  require_geometry(h);
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

bool lacks_columns(OGRLayerH layer) {
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  for (const auto& d : fields::definitions())
    if (OGR_FD_GetFieldIndex(defn, d.name) < 0) return true;
  return false;
}

bool is_postgres_target(const std::string& target) {
  return target.size() >= 3 && std::toupper(static_cast<unsigned char>(target[0])) == 'P' &&
         std::toupper(static_cast<unsigned char>(target[1])) == 'G' && target[2] == ':';
}

std::string mask_password(const std::string& s) { return util::mask_password(s); }

bool has_index(GDALDatasetH ds, const std::string& table, const std::string& index) {
  // Both names are bordermap's own constants, never data.
  const bool postgres = std::string(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == "PostgreSQL";
  const std::string sql =
      postgres ? "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '" + table +
                     "' AND indexname = '" + index + "'"
               : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + table + "' AND name = '" +
                     index + "'";
  geo::QuietGdalErrors quiet;
  OGRLayerH r = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
  if (!r) return false;
  geo::OgrFeature f(OGR_L_GetNextFeature(r));
  const bool found = static_cast<bool>(f);
  f.reset();
  GDALDatasetReleaseResultSet(ds, r);
  return found;
}

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
