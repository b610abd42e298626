#pragma once
// A text file written the way every export must be: streamed through a buffer into a
// temporary beside the target and renamed over it only when complete, so a reader (or a
// failed export) never leaves half a file under the target's name.
#include <cstdio>
#include <filesystem>
#include <string>

#include "util/atomic_file.hpp"

namespace bordermap::events {

class OutputFile {
 public:
  explicit OutputFile(const std::filesystem::path& target);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Callers append to buf() and call maybe_flush() after each record.
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= kFlushAt) flush();
  }
  // Writes the rest, closes and renames into place; throws Error naming the target.
  void commit();

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  void flush();
  std::filesystem::path target_;
  AtomicReplace replace_;
  std::FILE* f_ = nullptr;
  std::string buf_;
};

}  // namespace bordermap::events
