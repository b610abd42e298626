// Named bad-input suite, part 8: inputs that are not files. A device (/dev/zero reached
// through a link in a private folder) would be read until memory runs out; it is refused
// with a message naming it, by the text and the JSONL readers alike.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bad_input/bad_input_support.hpp"

using namespace bordermap::test;
using namespace bordermap::test::bad_input;

TEST_CASE("bad input: a character device as a text or JSONL input is refused, not read until memory runs out") {
  if (!runtime_data_built()) return;
  TempDir dir("device_input");
  const auto link = (dir / "zeros.txt").string();
  std::filesystem::create_symlink("/dev/zero", link);
  for (const std::string& args : std::vector<std::string>{"geocode ", "geocode --input-format jsonl ", "ingest --store " + q((dir / "s.gpkg").string()) + " "}) {
    auto r = run_cli(args + q(link));
    CHECK_MESSAGE(r.exit_code == 2, args);
    CHECK_MESSAGE(contains(r.err, link + ": it is a device, not a file"), args);
  }
  auto r = run_cli("import --check " + q(link));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "not a regular file"));
}
