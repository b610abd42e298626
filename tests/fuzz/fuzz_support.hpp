#pragma once
// Shared by the libFuzzer targets: the runtime data folder (the build's, or
// $BORDERMAP_DATA) and the objects that are expensive to open, opened once per process.
#include <cstdlib>
#include <filesystem>

namespace bordermap::fuzz {

inline std::filesystem::path data_dir() {
  if (const char* env = std::getenv("BORDERMAP_DATA"); env && *env) return env;
  return BORDERMAP_DEFAULT_DATA_DIR;
}

}  // namespace bordermap::fuzz
