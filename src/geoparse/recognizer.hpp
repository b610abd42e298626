#pragma once
// Finds the spans of a text that name places: longest gazetteer match over capitalised
// runs, after setting aside people, organisations, media and common words.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "geoparse/lexicon.hpp"
#include "geoparse/text.hpp"

namespace bordermap::geoparse {

struct Candidate {
  std::uint32_t place;
  gazetteer::format::NameKind name_kind;
  bool fuzzy;
};

struct Span {
  std::size_t tok_begin = 0, tok_end = 0;  // word tokens [begin, end)
  std::size_t start = 0, end = 0;          // bytes
  std::vector<Candidate> candidates;
  std::optional<gazetteer::Kind> cue;      // a generic word beside it: "province", "River"
  bool fuzzy = false;
  bool possessive = false;                 // "Afghanistan's"
  bool article = false;                    // "the Panj": rivers, regions and ranges take "the"
  std::string country_cue;                 // "the Afghan district of Darwaz" → "AF"
};

struct Recognition {
  std::vector<Span> spans;
  std::map<std::string, double> demonym_countries;  // "TJ" → how often Tajik(s) appeared
};

class Recognizer {
 public:
  Recognizer(const gazetteer::Gazetteer& gazetteer, const Lexicon& lexicon)
      : gaz_(gazetteer), lex_(lexicon) {}
  Recognition run(std::string_view text, const std::vector<Token>& tokens) const;
  // Resolution-only evaluation: the spans are given (gold toponyms); only their candidates,
  // kind words and the document's demonyms are looked up.
  // A given span that is a demonym ("Russian") resolves to its country, found through
  // `country_place` (ISO alpha-2 → place index).
  Recognition given(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::pair<std::size_t, std::size_t>>& spans,
                    const std::map<std::string, std::uint32_t>& country_place) const;

 private:
  void add_cues(std::string_view text, const std::vector<Token>& tokens, Recognition& out) const;
  std::map<std::string, double> demonyms(const std::vector<Token>& tokens) const;

  const gazetteer::Gazetteer& gaz_;
  const Lexicon& lex_;
};

}  // namespace bordermap::geoparse
