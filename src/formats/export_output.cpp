#include "formats/export_output.hpp"

#include <cerrno>
#include <cstring>

#include "util/error.hpp"

namespace bordermap::events {

OutputFile::OutputFile(const std::filesystem::path& target) : target_(target), replace_(target) {
  f_ = std::fopen(replace_.temp_path().c_str(), "wb");
  if (!f_) throw Error("cannot write " + target_.string() + ": " + std::strerror(errno));
  buf_.reserve(kFlushAt + (64 << 10));
}

OutputFile::~OutputFile() {
  if (f_) std::fclose(f_);  // not committed: AtomicReplace removes the temporary
}

void OutputFile::flush() {
  if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
    throw Error("cannot write " + target_.string() + ": " + std::strerror(errno));
  buf_.clear();
}

void OutputFile::commit() {
  flush();
  std::FILE* f = f_;
  f_ = nullptr;
  if (std::fclose(f) != 0) throw Error("cannot write " + target_.string() + ": " + std::strerror(errno));
  replace_.commit();
}

}  // namespace bordermap::events
