#pragma once
// The word lists the recogniser consults (geodata/lexicon, copied beside the index):
// demonyms, names that are not places, given names, titles, organisation words,
// generic place words and common capitalised words. All keys are normalize_name() forms.
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "gazetteer/place.hpp"

namespace bordermap::geoparse {

struct Generic {
  gazetteer::Kind kind;
  bool before;  // "River Panj", "Mount X" (true) or "Takhar province" (false)
};

struct Lexicon {
  std::unordered_map<std::string, std::string> demonyms;   // "tajik" → "TJ"
  std::unordered_map<std::string, std::string> nonplaces;  // "al jazeera" → "media"
  std::size_t nonplace_max_tokens = 0;
  std::unordered_set<std::string> given_names;
  std::unordered_set<std::string> person_titles;
  std::unordered_set<std::string> org_heads;
  std::unordered_map<std::string, Generic> generics;
  std::unordered_set<std::string> common_words;
  std::unordered_set<std::string> speech_verbs;  // "said", "told": the word before is a speaker

  // Reads every list present in `dir`; a missing file leaves its list empty, a malformed
  // row throws InputError naming the file and line.
  static Lexicon load(const std::filesystem::path& dir);
};

}  // namespace bordermap::geoparse
