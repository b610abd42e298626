#pragma once
// Paths from users reach GDAL, which would happily fetch "/vsicurl/…", "http://…" or open
// a database from a connection string. bordermap promises to run offline, so anything
// that is not a plain local path is refused here, before GDAL sees it.
#include <string>
#include <string_view>

namespace bordermap::util {

// Where the path is used; named in the message so the user knows which input was refused.
enum class PathUse {
  input,   // a file to read (geocode, ingest, import)
  output,  // a file to write (export, render)
  store,   // an event store: "PG:…" is allowed here, and only here
};

// Why `path` is not a plain local path, or empty when it is.
std::string unsafe_path_reason(std::string_view path, PathUse use);

// `s` with every password replaced by ***: "password=…" pairs (quoted or not, in a
// connection string or a URI query) and the user:password@ part of a URI
// ("PG:postgresql://user:pw@host/db"). Messages name stores through this, never raw.
std::string mask_password(const std::string& s);

// Throws InputError("<what> <path>: …") when unsafe_path_reason() is not empty; the
// path in the message has its password masked.
void require_local_path(std::string_view path, PathUse use, std::string_view what);

}  // namespace bordermap::util
