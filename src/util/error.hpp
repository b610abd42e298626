#pragma once
// Typed errors thrown inside the core and turned into messages at the edges
// (CLI main, UI frame). Each names the object it is about.
#include <stdexcept>
#include <string>

namespace bordermap {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Something the user handed us is wrong: a file, a line, a field, an argument.
struct InputError : Error {
  using Error::Error;
};

// The derived runtime data is missing or does not read as expected.
struct DataError : Error {
  using Error::Error;
};

// GDAL, PROJ or GEOS refused an operation.
struct GeoError : Error {
  using Error::Error;
};

}  // namespace bordermap
