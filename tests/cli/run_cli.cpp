#include "run_cli.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_dir.hpp"
#include "util/data_dir.hpp"

namespace fs = std::filesystem;

namespace bordermap::test {
namespace {

fs::path temp_dir() {
  static TempDir dir("cli");  // removed when the test process exits
  return dir.path();
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string temp_file(const std::string& name, const std::string& bytes) {
  auto p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

CliResult run_cli(const std::string& args, const std::string& stdin_text) {
  static int counter = 0;
  auto base = temp_dir() / ("run" + std::to_string(++counter));
  std::string in = base.string(), out = base.string(), err = base.string();
  in += ".in";
  out += ".out";
  err += ".err";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = "'";
  cmd += BORDERMAP_BINARY;
  cmd += "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

bool runtime_data_built() {
  bool built = fs::exists(resolve_data_dir() / "gazetteer.bmx");
  if (!built) MESSAGE("runtime data not built (scripts/build.sh); skipping");
  return built;
}

}  // namespace bordermap::test
