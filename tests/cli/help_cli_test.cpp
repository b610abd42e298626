#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "run_cli.hpp"

using bordermap::test::run_cli;

namespace {

// The names under "Subcommands:" in a CLI11 help text, so a subcommand added later is
// covered without editing this test.
std::vector<std::string> subcommands_listed(const std::string& help) {
  std::vector<std::string> names;
  std::istringstream in(help);
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line == "Subcommands:") {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (line.rfind("  ", 0) != 0 || line.size() < 3 || line[2] == ' ') break;
    names.push_back(line.substr(2, line.find(' ', 2) - 2));
  }
  return names;
}

void check_help_of(const std::string& words, int depth) {
  CAPTURE(words);
  auto r = run_cli(words + " --help");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Usage:") != std::string::npos);
  CHECK(r.err.empty());
  if (depth == 0) return;
  for (const auto& sub : subcommands_listed(r.out)) check_help_of(words + " " + sub, depth - 1);
}

}  // namespace

// Regression for the argument fuzzer's find (tests/fuzz/corpus/fuzz_cli_args/regression_render_help):
// `render --help` read option storage that had been freed. Under the sanitizer build this
// runs the binary with ASan, so a use after free in any subcommand's --help fails here.
TEST_CASE("every subcommand's --help prints its usage and exits 0") {
  auto top = run_cli("--help");
  REQUIRE(top.exit_code == 0);
  auto names = subcommands_listed(top.out);
  CHECK(names.size() >= 10);
  bool has_render = false;
  for (const auto& n : names) has_render = has_render || n == "render";
  CHECK(has_render);
  for (const auto& n : names) check_help_of(n, 1);
}
