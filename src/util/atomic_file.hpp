#pragma once
#include <filesystem>
#include <string_view>

namespace bordermap {

// Writes `bytes` to `path` through a temporary file in the same folder, flushed and
// renamed over the target, so a reader sees the old file or the new one, never half.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// For writers that produce a file themselves (GDAL, a serializer): the temporary path
// to write, then commit() renames it into place; without commit the temporary is removed.
class AtomicReplace {
 public:
  explicit AtomicReplace(std::filesystem::path target);
  ~AtomicReplace();
  AtomicReplace(const AtomicReplace&) = delete;
  AtomicReplace& operator=(const AtomicReplace&) = delete;

  const std::filesystem::path& temp_path() const { return temp_; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace bordermap
