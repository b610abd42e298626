#include "geoparse/text.hpp"

#include <utf8proc.h>

#include "gazetteer/normalize.hpp"

namespace bordermap::geoparse {

CleanText clean_utf8(std::string_view input) {
  CleanText out;
  out.text.assign(input.data(), input.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(input.data());
  auto len = static_cast<utf8proc_ssize_t>(input.size());
  utf8proc_ssize_t pos = 0;
  while (pos < len) {
    if (p[pos] < 0x80) {
      if (p[pos] == 0) out.text[static_cast<size_t>(pos)] = ' ';  // NUL would end C strings downstream
      ++pos;
      continue;
    }
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(p + pos, len - pos, &c);
    if (n <= 0) {
      out.invalid.push_back(static_cast<size_t>(pos));
      out.text[static_cast<size_t>(pos)] = ' ';
      ++pos;
      continue;
    }
    pos += n;
  }
  return out;
}

namespace {

bool is_apostrophe(utf8proc_int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x02BB; }

bool is_word_char(utf8proc_int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  auto cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) || cat == UTF8PROC_CATEGORY_ND;
}

bool is_sentence_end(utf8proc_int32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x061F; }

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto len = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  bool space = true;
  bool newline = false;
  bool new_sentence = true;
  int newlines = 0;

  auto decode = [&](utf8proc_ssize_t at, utf8proc_int32_t& c) -> utf8proc_ssize_t {
    if (p[at] < 0x80) {
      c = p[at];
      return 1;
    }
    auto n = utf8proc_iterate(p + at, len - at, &c);
    if (n <= 0) {
      c = ' ';
      return 1;
    }
    return n;
  };

  while (pos < len) {
    utf8proc_int32_t c;
    auto n = decode(pos, c);
    auto cat = c < 0x80 ? (c == ' ' ? UTF8PROC_CATEGORY_ZS : UTF8PROC_CATEGORY_CN) : utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_ZS|| c == '\r' || c == '\n' || c == 0xFEFF) {
      if (c == '\n') newline = true;
      if (c == '\n' && ++newlines >= 2) new_sentence = true;  // a blank line ends a paragraph
      space = true;
      pos += n;
      continue;
    }
    if (is_word_char(c)) {
      Token t;
      t.start = static_cast<size_t>(pos);
      t.space_before = space;
      t.newline_before = newline;
      t.sentence_start = new_sentence;
      bool first_letter_seen = false;
      int letters = 0, uppers = 0;
      bool digits_only = true;
      while (pos < len) {
        utf8proc_int32_t d;
        auto m = decode(pos, d);
        if (is_word_char(d)) {
          auto dc = d < 0x80 ? (d >= 'A' && d <= 'Z'   ? UTF8PROC_CATEGORY_LU
                                 : d >= 'a' && d <= 'z' ? UTF8PROC_CATEGORY_LL
                                                        : UTF8PROC_CATEGORY_ND)
                             : utf8proc_category(d);
          if (dc >= UTF8PROC_CATEGORY_LU && dc <= UTF8PROC_CATEGORY_LO) {
            ++letters;
            digits_only = false;
            bool upper = dc == UTF8PROC_CATEGORY_LU || dc == UTF8PROC_CATEGORY_LT;
            bool caseless = dc == UTF8PROC_CATEGORY_LO;
            if (upper) ++uppers;
            if (!first_letter_seen) {
              t.capitalized = upper || caseless;
              first_letter_seen = true;
            }
          }
          pos += m;
          continue;
        }
        if (is_apostrophe(d) && pos + m < len) {
          utf8proc_int32_t after;
          decode(pos + m, after);
          if (is_word_char(after)) {
            // "'s" at the end of a word is English possession, and "'ve", "'ll", "'re", "'d",
            // "'m", "n't" are contractions: neither belongs to a name.
            std::string suffix;
            utf8proc_ssize_t q = pos + m;
            while (q < len && suffix.size() < 3) {
              utf8proc_int32_t d2;
              auto k2 = decode(q, d2);
              if (d2 >= 0x80 || !is_word_char(d2)) break;
              suffix.push_back(static_cast<char>(d2 | 0x20));
              q += k2;
            }
            utf8proc_int32_t after_suffix = ' ';
            if (q < len) decode(q, after_suffix);
            bool ends_word = !is_word_char(after_suffix);
            if (ends_word && (suffix == "s" || suffix == "ve" || suffix == "ll" || suffix == "re" || suffix == "d" ||
                              suffix == "m" || suffix == "t")) {
              t.end = static_cast<size_t>(pos);
              t.possessive = suffix == "s";
              pos = q;
              break;
            }
            pos += m;  // inner apostrophe: Roshtqal'a
            continue;
          }
        }
        break;
      }
      if (t.end == 0) t.end = static_cast<size_t>(pos);
      t.type = digits_only ? TokenType::number : TokenType::word;
      t.all_caps = letters >= 2 && uppers == letters;
      if (t.type == TokenType::word)
        t.norm = gazetteer::normalize_name(text.substr(t.start, t.end - t.start));
      tokens.push_back(std::move(t));
      space = false;
      newline = false;
      new_sentence = false;
      newlines = 0;
      continue;
    }
    Token t;
    t.start = static_cast<size_t>(pos);
    t.end = static_cast<size_t>(pos + n);
    t.type = TokenType::punct;
    t.space_before = space;
    t.newline_before = newline;
    newline = false;
    tokens.push_back(std::move(t));
    if (is_sentence_end(c)) new_sentence = true;
    space = false;
    newlines = 0;
    pos += n;
  }
  return tokens;
}

}  // namespace bordermap::geoparse
