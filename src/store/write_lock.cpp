#include "store/write_lock.hpp"

#include <cpl_error.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "events/event_fields.hpp"
#include "geo/gdal_handle.hpp"
#include "store/store_filter.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {

Transaction::Transaction(GDALDatasetH ds, const std::string& what) : ds_(ds), what_(what) {
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  if (GDALDatasetStartTransaction(ds_, FALSE) != OGRERR_NONE)
    throw GeoError("cannot start a transaction in " + what_ + ": " + mask_password(geo::gdal_last_error()));
}

Transaction::~Transaction() {
  if (!done_) {
    geo::QuietGdalErrors quiet;
    GDALDatasetRollbackTransaction(ds_);
  }
}

void Transaction::commit() {
  done_ = true;
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  if (GDALDatasetCommitTransaction(ds_) != OGRERR_NONE) {
    const std::string why = mask_password(geo::gdal_last_error());
    // A COMMIT that SQLite refused (busy) leaves its transaction open while GDAL counts it
    // closed; end it here, or the next write could not begin.
    OGRLayerH none = GDALDatasetExecuteSQL(ds_, "ROLLBACK", nullptr, nullptr);
    if (none) GDALDatasetReleaseResultSet(ds_, none);
    throw GeoError("cannot commit the write to " + what_ + ": " + why);
  }
}

std::chrono::milliseconds store_wait() {
  if (const char* v = std::getenv("BORDERMAP_STORE_WAIT"); v && *v) {
    char* end = nullptr;
    const double s = std::strtod(v, &end);
    if (end != v && *end == '\0' && s >= 0 && s <= 86400) return std::chrono::milliseconds(static_cast<long>(s * 1000));
  }
  return std::chrono::seconds(60);
}

void take_write_lock(const StoreHandle& h, std::chrono::milliseconds wait) {
  geo::QuietGdalErrors quiet;
  if (h.postgres) {
    exec_sql(h.ds.get(), "SET LOCAL lock_timeout = '" + std::to_string(std::min<long>(wait.count(), 5000)) + "ms'",
             h.what);
    // The key names the schema, so stores in different schemas of one database do not wait on each other.
    CPLErrorReset();
    OGRLayerH r = GDALDatasetExecuteSQL(
        h.ds.get(),
        "SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext('bordermap.events.' || current_schema()))) AS l",
        nullptr, nullptr);
    if (r) {
      geo::OgrFeature f(OGR_L_GetNextFeature(r));  // GDAL may defer the query to the first fetch
      GDALDatasetReleaseResultSet(h.ds.get(), r);
    }
    if (!r || CPLGetLastErrorType() >= CE_Failure)
      throw GeoError("cannot lock " + h.what + " for writing: " + mask_password(geo::gdal_last_error()));
    return;
  }
  // gpkg_contents exists in every GeoPackage; WHERE 0 touches no row but still makes
  // SQLite take the RESERVED lock, waiting on the connection's busy timeout.
  exec_sql(h.ds.get(), "UPDATE gpkg_contents SET table_name = table_name WHERE 0", h.what);
}

void lock_rows(const StoreHandle& h, const std::vector<std::string>& ids) {
  if (!h.postgres) return;
  constexpr std::size_t kChunk = 256;
  geo::QuietGdalErrors quiet;
  for (std::size_t from = 0; from < ids.size(); from += kChunk) {
    std::string sql = std::string("SELECT ") + fields::kFidColumn + " FROM " + fields::kLayer + " WHERE id IN (";
    for (std::size_t i = from; i < std::min(ids.size(), from + kChunk); ++i)
      sql += (i == from ? "" : ",") + sql_quote(ids[i]);
    sql += std::string(") ORDER BY ") + fields::kFidColumn + " FOR UPDATE";
    CPLErrorReset();
    OGRLayerH r = GDALDatasetExecuteSQL(h.ds.get(), sql.c_str(), nullptr, nullptr);
    if (r) {
      while (geo::OgrFeature f{OGR_L_GetNextFeature(r)}) {
      }
      GDALDatasetReleaseResultSet(h.ds.get(), r);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
      throw GeoError("cannot lock the events of " + h.what + " for writing: " + mask_password(geo::gdal_last_error()));
  }
}

bool is_busy_message(const std::string& message) {
  std::string m(message);
  for (auto& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* cue : {"database is locked", "database table is locked", "database is busy", "lock timeout",
                          "deadlock detected", "could not serialize", "could not obtain lock"})
    if (m.find(cue) != std::string::npos) return true;
  return false;
}

}  // namespace bordermap::events::detail
