// libFuzzer target: `bordermap import` on GeoJSON, bordermap CSV and ACLED CSV bytes.
// The first byte picks the reader (as the content sniffing would); bad rows must be
// reported with their position, unusable files refused with an InputError/DataError.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "formats/import_readers.hpp"
#include "util/error.hpp"

using namespace bordermap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    if (data[0] & 1) {
      (void)events::detail::import_geojson("fuzz.geojson", text);
    } else {
      std::istringstream in{std::string(text)};
      (void)events::detail::import_csv("fuzz.csv", in);
    }
  } catch (const Error&) {
  }
  return 0;
}
