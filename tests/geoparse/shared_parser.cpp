#include "shared_parser.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "util/data_dir.hpp"

namespace bordermap::test {

const geoparse::Geoparser* shared_parser() {
  static std::unique_ptr<geoparse::Geoparser> parser = [] {
    auto dir = resolve_data_dir();
    if (!std::filesystem::exists(dir / "gazetteer.bmx")) return std::unique_ptr<geoparse::Geoparser>();
    return std::make_unique<geoparse::Geoparser>(dir);
  }();
  if (!parser) MESSAGE("runtime data not built (scripts/build.sh); skipping");
  return parser.get();
}

}  // namespace bordermap::test
