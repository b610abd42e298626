#include "cli/read_input.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::cli {
namespace {

// A pipe or stdin has no size to check up front; past this it is refused rather than
// read until memory runs out (a regular file of any size is read whole).
constexpr std::size_t kMaxStreamBytes = std::size_t{256} << 20;

std::string read_capped(std::istream& in, const std::string& name) {
  std::string out;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out.append(buf, static_cast<std::size_t>(in.gcount()));
    if (out.size() > kMaxStreamBytes)
      throw InputError("cannot read " + name + ": more than " + std::to_string(kMaxStreamBytes >> 20) +
                       " MiB from a pipe or stream; save it to a file first");
  }
  if (in.bad()) throw InputError("cannot read " + name);
  return out;
}

}  // namespace

std::string unreadable_input_reason(const std::string& file) {
  const auto unsafe = util::unsafe_path_reason(file, util::PathUse::input);
  if (!unsafe.empty()) return "cannot read " + util::mask_password(file.substr(0, file.find('\0'))) + ": " + unsafe;
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return "cannot read " + file + ": no such file or not readable";
  if (S_ISDIR(st.st_mode)) return "cannot read " + file + ": it is a folder";
  // /dev/zero, /dev/urandom, a disk: endless or not text; never a report.
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "cannot read " + file + ": it is a device, not a file";
  return {};
}

std::string read_input(const std::string& file) {
  if (file == "-") return read_capped(std::cin, "stdin");
  if (auto why = unreadable_input_reason(file); !why.empty()) throw InputError(why);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError("cannot read " + file + ": no such file or not readable");
  if (std::filesystem::is_regular_file(file)) {
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) throw InputError("cannot read " + file);
    return s.str();
  }
  return read_capped(in, file);  // a FIFO, e.g. the shell's <(…)
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace bordermap::cli
