// Golden texts written for bordermap (tests/data/geoparse): each NN_name.txt has a
// NN_name.gold.tsv listing mentions that must resolve to a given entry, and strings
// that must not be reported as places.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "util/tsv.hpp"
#include "geoparse/geoparser.hpp"
#include "shared_parser.hpp"

namespace fs = std::filesystem;
using namespace bordermap;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Byte offset of the n-th (1-based) occurrence of `needle`, or npos.
size_t nth(const std::string& text, const std::string& needle, int n) {
  size_t pos = std::string::npos, from = 0;
  for (int i = 0; i < n; ++i) {
    pos = text.find(needle, from);
    if (pos == std::string::npos) return pos;
    from = pos + 1;
  }
  return pos;
}

}  // namespace

TEST_CASE("golden texts: each expected mention is found and resolved, each non-place is left alone") {
  const auto* parser = test::shared_parser();
  if (!parser) return;
  fs::path dir = fs::path(BORDERMAP_TEST_DATA_DIR) / "geoparse";
  REQUIRE(fs::exists(dir));
  int files = 0, expectations = 0;
  for (auto& entry : fs::directory_iterator(dir)) {
    auto path = entry.path();
    if (path.extension() != ".txt") continue;
    auto gold = path;
    gold.replace_extension(".gold.tsv");
    REQUIRE_MESSAGE(fs::exists(gold), gold.string());
    ++files;
    auto text = slurp(path);
    auto result = parser->parse(text);
    std::map<size_t, const geoparse::Mention*> by_start;
    for (auto& m : result.mentions) by_start[m.start] = &m;

    util::TsvReader tsv(gold);
    std::vector<std::string_view> f;
    bool header = true;
    while (tsv.next(f)) {
      if (header) {
        header = false;
        continue;
      }
      REQUIRE_MESSAGE(f.size() >= 3, tsv.where());
      std::string surface(f[0]), expect(f[2]);
      int occurrence = std::stoi(std::string(f[1]));
      size_t at = nth(text, surface, occurrence);
      INFO(tsv.where(), ": '", surface, "' #", occurrence);
      REQUIRE_MESSAGE(at != std::string::npos, "surface not in text");
      ++expectations;
      auto it = by_start.find(at);
      if (expect == "-") {
        // no mention may cover this string
        bool covered = false;
        for (auto& m : result.mentions)
          if (m.start < at + surface.size() && at < m.end) covered = true;
        CHECK_MESSAGE(!covered, "reported as a place");
        continue;
      }
      if (it == by_start.end()) {
        FAIL_CHECK("not recognised");
        continue;
      }
      CHECK(it->second->end == at + surface.size());
      if (!it->second->place) {
        FAIL_CHECK("recognised but unresolved");
        continue;
      }
      CHECK_MESSAGE(it->second->place->id == expect, "resolved to ", it->second->place->id, " ",
                    it->second->place->name, " (", it->second->place->country, ")");
    }
  }
  CHECK(files >= 8);
  MESSAGE(files, " golden texts, ", expectations, " expectations");
}
