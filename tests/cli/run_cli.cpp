#include "run_cli.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/data_dir.hpp"

namespace fs = std::filesystem;

namespace bordermap::test {
namespace {

fs::path temp_dir() {
  static fs::path dir = [] {
    auto d = fs::temp_directory_path() / ("bordermap_cli_test_" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
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
  auto in = base.string() + ".in", out = base.string() + ".out", err = base.string() + ".err";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = std::string("'") + BORDERMAP_BINARY + "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
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
