#pragma once
// Shared by the libFuzzer targets: the runtime data folder (the build's, or
// $BORDERMAP_DATA), resolved as the binary resolves it.
#include <filesystem>

#include "util/data_dir.hpp"

namespace bordermap::fuzz {

inline std::filesystem::path data_dir() { return resolve_data_dir(); }

}  // namespace bordermap::fuzz
