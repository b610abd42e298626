#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "util/error.hpp"
#include "util/output_target.hpp"

namespace bordermap {
namespace {

std::filesystem::path temp_beside(const std::filesystem::path& target) {
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp.";
  name += std::to_string(::getpid());
  return target.parent_path() / name;
}

void fsync_path(const std::filesystem::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  AtomicReplace replace(path);
  int fd = ::open(replace.temp_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) throw Error("cannot write " + path.string() + ": " + std::strerror(errno));
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      throw Error("cannot write " + path.string() + ": " + std::strerror(err));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  ::fsync(fd);
  ::close(fd);
  replace.commit();
}

AtomicReplace::AtomicReplace(std::filesystem::path target)
    : target_(std::move(target)), temp_(temp_beside(target_)) {
  // The last line of defence for every writer; the CLI checks earlier, before any work.
  util::require_regular_output(target_, "will not replace");
  std::error_code ec;
  std::filesystem::remove(temp_, ec);
}

AtomicReplace::~AtomicReplace() {
  if (!committed_) {
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

void AtomicReplace::commit() {
  util::require_regular_output(target_, "will not replace");  // it may have changed while we wrote
  fsync_path(temp_);
  std::error_code ec;
  std::filesystem::rename(temp_, target_, ec);
  if (ec) throw Error("cannot replace " + target_.string() + ": " + ec.message());
  auto dir = target_.parent_path();
  fsync_path(dir.empty() ? std::filesystem::path(".") : dir);
  committed_ = true;
}

}  // namespace bordermap
