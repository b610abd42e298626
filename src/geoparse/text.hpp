#pragma once
// Text preparation: invalid UTF-8 made harmless without moving byte offsets, then words,
// punctuation and sentence starts.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::geoparse {

struct CleanText {
  std::string text;                   // same length as the input; invalid bytes became spaces
  std::vector<std::size_t> invalid;   // byte offsets of the invalid sequences
};

// Offsets into the input stay valid because every invalid byte becomes one space.
CleanText clean_utf8(std::string_view input);

enum class TokenType : std::uint8_t { word, number, punct };

struct Token {
  std::size_t start = 0;  // byte offsets [start, end)
  std::size_t end = 0;
  TokenType type = TokenType::punct;
  bool capitalized = false;     // first letter upper case, or a script without case
  bool all_caps = false;        // two or more letters, all upper case
  bool space_before = false;    // white space between this and the previous token
  bool newline_before = false;  // a line break among that white space: names never span one
  bool sentence_start = false;  // first word of a sentence
  bool possessive = false;      // was followed by 's / ’s, which is not part of the token
  std::string norm;             // normalize_name() of the token (words only)
};

std::vector<Token> tokenize(std::string_view text);

}  // namespace bordermap::geoparse
