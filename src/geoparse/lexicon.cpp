#include "geoparse/lexicon.hpp"

#include <algorithm>
#include <fstream>

#include "util/tsv.hpp"
#include "gazetteer/normalize.hpp"
#include "util/error.hpp"

namespace bordermap::geoparse {
namespace fs = std::filesystem;
using gazetteer::normalize_name;

namespace {

void read_words(const fs::path& path, std::unordered_set<std::string>& out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto key = normalize_name(line);
    if (!key.empty()) out.insert(key);
  }
}

// Rows of a TSV with a header line; `fn` gets the fields and the reader for messages.
template <typename Fn>
void read_table(const fs::path& path, std::size_t min_fields, Fn fn) {
  if (!fs::exists(path)) return;
  util::TsvReader tsv(path);
  std::vector<std::string_view> f;
  bool header = true;
  while (tsv.next(f)) {
    if (header) {
      header = false;
      continue;
    }
    if (f.size() < min_fields)
      throw InputError(tsv.where() + ": expected at least " + std::to_string(min_fields) + " tab-separated fields");
    fn(f, tsv);
  }
}

std::size_t count_tokens(const std::string& key) {
  return key.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
}

}  // namespace

Lexicon Lexicon::load(const fs::path& dir) {
  Lexicon lx;
  read_table(dir / "demonyms.tsv", 2, [&](auto& f, auto&) {
    lx.demonyms[normalize_name(f[0])] = std::string(f[1]);
  });
  read_table(dir / "nonplaces.tsv", 2, [&](auto& f, auto&) {
    auto key = normalize_name(f[0]);
    if (key.empty()) return;
    lx.nonplace_max_tokens = std::max(lx.nonplace_max_tokens, count_tokens(key));
    lx.nonplaces[key] = std::string(f[1]);
  });
  read_table(dir / "generics.tsv", 3, [&](auto& f, auto& tsv) {
    auto kind = gazetteer::parse_kind(f[1]);
    if (!kind) throw InputError(tsv.where() + ": field 'kind' has unknown value '" + std::string(f[1]) + "'");
    if (f[2] != "before" && f[2] != "after")
      throw InputError(tsv.where() + ": field 'position' must be before or after");
    lx.generics[normalize_name(f[0])] = Generic{*kind, f[2] == "before"};
  });
  read_words(dir / "given_names.txt", lx.given_names);
  read_words(dir / "person_titles.txt", lx.person_titles);
  read_words(dir / "org_heads.txt", lx.org_heads);
  read_words(dir / "common_words.txt", lx.common_words);
  read_words(dir / "speech_verbs.txt", lx.speech_verbs);
  return lx;
}

}  // namespace bordermap::geoparse
