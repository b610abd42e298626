#pragma once
// Hostile SQLite and GeoPackage files, built by the tests themselves: statements run
// through SQLite directly (triggers, views, a schema row written by hand) or through
// GDAL's GPKG driver, whose connection has SpatiaLite's virtual table modules loaded.
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "geo/gdal_handle.hpp"

namespace bordermap::test {

inline void sqlite_exec(const std::filesystem::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + db_path.string());
  }
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  const std::string msg = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  if (rc != SQLITE_OK) throw std::runtime_error("sqlite: " + sql + ": " + msg);
}

// A row of sqlite_master written by hand: a virtual table whose module this process
// does not have (VirtualOGR) can still be declared, as an attacker would.
inline void declare_schema_object(const std::filesystem::path& db_path, const std::string& type,
                                  const std::string& name, const std::string& create_sql) {
  auto quote = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  };
  sqlite_exec(db_path, "PRAGMA writable_schema=ON; INSERT INTO sqlite_master VALUES(" + quote(type) + "," +
                           quote(name) + "," + quote(name) + ",0," + quote(create_sql) +
                           "); PRAGMA writable_schema=OFF;");
}

// Runs `sql` on a GeoPackage through GDAL (SpatiaLite loaded); the file is created when missing.
inline void gdal_gpkg_exec(const std::filesystem::path& gpkg, const std::string& sql) {
  geo::ensure_gdal_registered();
  geo::GdalDataset ds;
  if (std::filesystem::exists(gpkg)) {
    ds.reset(GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, geo::kGpkgDrivers, nullptr, nullptr));
  } else {
    ds.reset(GDALCreate(GDALGetDriverByName("GPKG"), gpkg.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  }
  if (!ds) throw std::runtime_error("GDAL cannot open " + gpkg.string() + ": " + geo::gdal_last_error());
  CPLErrorReset();
  OGRLayerH result = GDALDatasetExecuteSQL(ds.get(), sql.c_str(), nullptr, nullptr);
  if (result) GDALDatasetReleaseResultSet(ds.get(), result);
  if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("GDAL: " + sql + ": " + geo::gdal_last_error());
}

}  // namespace bordermap::test
