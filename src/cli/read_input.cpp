#include "cli/read_input.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::cli {

std::string read_input(const std::string& file) {
  std::ostringstream s;
  if (file == "-") {
    s << std::cin.rdbuf();
    return s.str();
  }
  util::require_local_path(file, util::PathUse::input, "cannot read");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError("cannot read " + file + ": no such file or not readable");
  s << in.rdbuf();
  if (in.bad()) throw InputError("cannot read " + file);
  return s.str();
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace bordermap::cli
