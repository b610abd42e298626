#include "util/output_target.hpp"

#include "util/error.hpp"

namespace bordermap::util {
namespace fs = std::filesystem;
namespace {

const char* kind_of(fs::file_type t) {
  switch (t) {
    case fs::file_type::directory: return "a folder";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    case fs::file_type::fifo: return "a FIFO (named pipe)";
    case fs::file_type::socket: return "a socket";
    default: return "not a regular file";
  }
}

}  // namespace

void require_regular_output(const fs::path& path, const std::string& what) {
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (ec || st.type() == fs::file_type::not_found || st.type() == fs::file_type::regular) return;
  throw InputError(what + " " + path.string() + ": it is " + kind_of(st.type()) +
                   "; bordermap writes only regular files, which it replaces atomically");
}

void require_not_an_input(const fs::path& out, const std::vector<std::string>& inputs, const std::string& what) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  for (const auto& in : inputs) {
    if (in.empty() || !fs::exists(in, ec)) continue;
    if (fs::equivalent(out, in, ec) && !ec)
      throw InputError(what + " " + out.string() + ": it is also an input (" + in +
                       "); writing there would replace it — choose another output file");
  }
}

}  // namespace bordermap::util
