#pragma once
#include <filesystem>
#include <string>

namespace bordermap {

// The folder of derived runtime data: an explicit choice, else $BORDERMAP_DATA, else
// the folder the build wrote it to.
std::filesystem::path resolve_data_dir(const std::string& explicit_dir = {});

// A file inside the data folder, with a DataError naming the fix when it is missing.
std::filesystem::path require_data_file(const std::filesystem::path& data_dir,
                                        const std::string& name);

}  // namespace bordermap
