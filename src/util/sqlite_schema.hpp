#pragma once
// A GeoPackage is an SQLite database, and SQLite runs what its schema says: a trigger
// fires on every insert, a view or a virtual table (SpatiaLite's VirtualText, GDAL's
// VirtualOGR) reads local files or URLs whenever a query touches it. bordermap treats
// store and import files as data, so before GDAL opens one, its schema is read with
// SQLite directly (no extensions, nothing executed) and anything bordermap or GDAL
// would not have created is refused.
#include <filesystem>
#include <string>

namespace bordermap::util {

// Why the schema of the SQLite file at `path` holds something untrusted (naming the
// object: "trigger 'wipe' on table 'events'"), or empty when it holds only tables,
// indexes, GPKG's rtree tables and the triggers GDAL creates for them. When SQLite
// cannot read the file at all, returns empty: the caller's open reports that better.
std::string untrusted_sqlite_object(const std::filesystem::path& path);

// Throws InputError("<what> <path>: …") when untrusted_sqlite_object() is not empty.
void require_trusted_sqlite_schema(const std::filesystem::path& path, const std::string& what);

}  // namespace bordermap::util
