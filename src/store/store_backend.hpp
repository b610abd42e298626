#pragma once
// Opening the dataset behind an EventStore: a GeoPackage file or a PostgreSQL/PostGIS
// database, both through OGR, both ending in the same `events` layer. Everything that
// differs between the two lives here; the store's operations do not branch on it.
#include <string>

#include "geo/gdal_handle.hpp"

namespace bordermap::events::detail {

struct StoreHandle {
  std::string what;       // how messages name the store: the path, or the PG string with its password masked
  bool postgres = false;
  bool writable = true;
  geo::GdalDataset ds;
  OGRLayerH layer = nullptr;
  OGRLayerH documents = nullptr;  // null in a store opened without create that predates it
};

// create = false changes nothing in the store (readers never write); create = true makes
// a missing store and brings the schema up to date under the write lock.
// Throws InputError when a GPKG path is missing and create is false, or when PostgreSQL
// refuses the connection; DataError when the file is not a readable GeoPackage (damaged,
// truncated) or holds no event layer of the right shape.
StoreHandle open_store_handle(const std::string& target, bool create);

bool is_postgres_target(const std::string& target);

// "PG:dbname=x password=secret" → "PG:dbname=x password=***".
std::string mask_password(const std::string& connection);

// Adds the event columns a newer bordermap defines and `layer` lacks (an older store);
// inside a write transaction.
void ensure_columns(OGRLayerH layer, const std::string& what);
bool lacks_columns(OGRLayerH layer);

// Whether `table` has an index called `index`. Asked before CREATE INDEX IF NOT EXISTS,
// which on PostgreSQL takes a table lock that waits for every open write even when the
// index is there.
bool has_index(GDALDatasetH ds, const std::string& table, const std::string& index);

// Runs a statement that returns no rows worth keeping; throws GeoError naming `what`.
void exec_sql(GDALDatasetH ds, const std::string& sql, const std::string& what);

}  // namespace bordermap::events::detail
