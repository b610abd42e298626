#pragma once
// Outputs are written beside the target and renamed over it. Renaming over a device or a
// FIFO would replace it with a regular file (as root, "export … /dev/null" would replace
// /dev/null), and renaming over an input (the store itself) would destroy it, so both
// are refused before anything is written.
#include <filesystem>
#include <string>
#include <vector>

namespace bordermap::util {

// Throws InputError("<what> <path>: …") when `path` exists and is not a regular file
// (after following symbolic links): a folder, a character or block device, a FIFO, a socket.
void require_regular_output(const std::filesystem::path& path, const std::string& what);

// Throws InputError when `out` names the same file as one of `inputs` (the same inode:
// another spelling, a hard link or a symbolic link to it count too). Inputs that do not
// exist or are not paths (a PG: connection string) are skipped.
void require_not_an_input(const std::filesystem::path& out, const std::vector<std::string>& inputs,
                          const std::string& what);

}  // namespace bordermap::util
