#include "util/data_dir.hpp"

#include <cstdlib>

#include "util/error.hpp"

namespace bordermap {

std::filesystem::path resolve_data_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("BORDERMAP_DATA"); env && *env) return env;
  return BORDERMAP_DEFAULT_DATA_DIR;
}

std::filesystem::path require_data_file(const std::filesystem::path& data_dir,
                                        const std::string& name) {
  auto path = data_dir / name;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw DataError("runtime data file " + path.string() +
                    " is missing; build it with scripts/build.sh (or set BORDERMAP_DATA / --data)");
  return path;
}

}  // namespace bordermap
