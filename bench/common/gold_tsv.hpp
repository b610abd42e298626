#pragma once
// Hand-written gold for a text (bench/gold/seed_NNN.tsv, tests/data/geoparse/*.gold.tsv):
//   surface <TAB> occurrence <TAB> expect <TAB> note
// `occurrence` is the n-th (1-based) occurrence of the exact string, found by substring
// search as tests/geoparse/golden_test.cpp does; `expect` is an id, several ids joined by
// `|` (any is right), `-` (must not be reported) or `?` (not scored either way).
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/tsv.hpp"

namespace bench {

enum class Expect { place, negative, ignore };

struct GoldRow {
  std::string surface, note, where;
  int occurrence = 0;
  Expect expect = Expect::place;
  std::vector<std::string> ids;  // for Expect::place
  std::size_t start = 0, end = 0;  // bytes, filled from the text
};

inline std::size_t nth_occurrence(const std::string& text, const std::string& needle, int n) {
  std::size_t pos = std::string::npos, from = 0;
  for (int i = 0; i < n; ++i) {
    pos = text.find(needle, from);
    if (pos == std::string::npos) return pos;
    from = pos + 1;
  }
  return pos;
}

// Rows whose surface is not in the text are reported in `problems` and left out.
inline std::vector<GoldRow> read_gold(const std::filesystem::path& tsv, const std::string& text,
                                      std::vector<std::string>& problems) {
  std::vector<GoldRow> rows;
  bordermap::util::TsvReader in(tsv);
  std::vector<std::string_view> f;
  while (in.next(f)) {
    if (f.size() >= 1 && f[0] == "surface") continue;  // header
    if (f.size() < 3) {
      problems.push_back(in.where() + ": fewer than 3 columns");
      continue;
    }
    GoldRow r;
    r.where = in.where();
    r.surface = std::string(f[0]);
    r.occurrence = std::atoi(std::string(f[1]).c_str());
    std::string expect(f[2]);
    if (f.size() > 3) r.note = std::string(f[3]);
    if (expect == "-") {
      r.expect = Expect::negative;
    } else if (expect == "?") {
      r.expect = Expect::ignore;
    } else {
      for (std::size_t a = 0; a <= expect.size();) {
        std::size_t b = expect.find('|', a);
        if (b == std::string::npos) b = expect.size();
        if (b > a) r.ids.push_back(expect.substr(a, b - a));
        a = b + 1;
      }
    }
    std::size_t at = nth_occurrence(text, r.surface, r.occurrence);
    if (at == std::string::npos) {
      problems.push_back(r.where + ": '" + r.surface + "' #" + std::to_string(r.occurrence) + " not in the text");
      continue;
    }
    r.start = at;
    r.end = at + r.surface.size();
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace bench
