#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "support/temp_dir.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("write_file_atomically replaces the whole file and leaves no temporary") {
  bordermap::test::TempDir tmp("atomic");
  auto dir = tmp.path();
  auto target = dir / "out.json";
  bordermap::write_file_atomically(target, "first version, long text");
  bordermap::write_file_atomically(target, "second");
  CHECK(slurp(target) == "second");
  int entries = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("AtomicReplace without commit keeps the previous file") {
  bordermap::test::TempDir tmp("atomic2");
  auto dir = tmp.path();
  auto target = dir / "store.txt";
  bordermap::write_file_atomically(target, "kept");
  {
    bordermap::AtomicReplace replace(target);
    std::ofstream(replace.temp_path()) << "half-written";
  }
  CHECK(slurp(target) == "kept");
  CHECK_FALSE(fs::exists(dir / (".store.txt.tmp." + std::to_string(::getpid()))));
}
