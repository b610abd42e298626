#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "gazetteer/place.hpp"

namespace bordermap::geoparse {

struct Alternative {
  gazetteer::Place place;
  double score = 0;  // 0..1, comparable with the chosen place's confidence
};

// One toponym mention in a document and what it was resolved to.
struct Mention {
  std::string text;      // the surface form as it stands in the input
  std::size_t start = 0; // UTF-8 byte offsets into the input, [start, end)
  std::size_t end = 0;
  std::optional<gazetteer::Place> place;  // empty when unresolved
  double confidence = 0;                  // 0..1
  std::vector<Alternative> alternatives;  // next best candidates, best first
  std::string evidence;                   // short why: "exact name; context AF; near border"
};

struct DocumentResult {
  std::vector<Mention> mentions;
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 replaced at byte N
};

}  // namespace bordermap::geoparse
