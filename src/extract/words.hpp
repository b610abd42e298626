#pragma once
// Words of a sentence with their byte offsets, and the phrase patterns the dictionaries use
// (actor aliases, event triggers). Dates, actors, triggers and claim cues all read the same
// tokens, so an offset found by one lines up with the others.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::events {

enum class TokKind : std::uint8_t { word, number, punct };

struct Tok {
  std::size_t start = 0, end = 0;  // UTF-8 byte offsets (already shifted by the caller's base)
  TokKind kind = TokKind::punct;
  std::string raw;                 // the text as written ("Sept", "25th", "—")
  std::string lower;               // ASCII letters lower-cased; other bytes unchanged
  bool capitalized = false;        // first letter upper case (ASCII) or a letter of a caseless script
  bool all_caps = false;           // two or more letters, all upper case
  bool glued = false;              // no white space before it
  char joiner = 0;                 // '-', '/' or '.' that glued it to the previous word ("2021-09-25")
  bool possessive = false;         // was followed by 's or ’s (not a token of its own)
};

// Letters and digits make words; a hyphen, slash or full stop between two of them joins
// ("Lashkar-e-Mansoori" → lashkar e mansoori, "25.09.2021" → 25 09 2021) and is recorded
// as the next word's `joiner`; every other non-space character is a punct token.
std::vector<Tok> tokenize_words(std::string_view text, std::size_t base = 0);

// A dictionary phrase: words compared case-insensitively, except a phrase written all in
// capitals ("IS", "NRF", "ISIS-K"), which must match as written so that "is" is no actor.
// "deploy*" matches any word starting with "deploy"; a lone "*" skips up to three words
// ("sent * units" matches "sent extra army units"). Punctuation in the phrase is ignored;
// punctuation in the text breaks a match, and a possessive word can only end one.
class Pattern {
 public:
  // Empty optional with `error` set when the phrase is not usable.
  static std::optional<Pattern> compile(std::string_view phrase, std::string& error);
  // One past the last token of a match starting at `i` (the shortest gaps that fit), or nothing.
  std::optional<std::size_t> match_at(const std::vector<Tok>& toks, std::size_t i) const;
  std::size_t word_count() const;  // words that must match (gaps excluded): longer wins
  const std::string& text() const { return text_; }
  // The first word when it must match exactly (for indexing), "" when it is a prefix.
  std::string first_word() const;
  // The first byte of the first word as matched (raw when case-sensitive, else lower-cased).
  unsigned char first_byte() const { return static_cast<unsigned char>(items_.front().word.front()); }

 private:
  struct Item {
    std::string word;
    bool prefix = false;
    bool gap = false;
    bool possessive = false;  // the phrase itself has 's here ("People's Liberation Army")
  };
  bool match_from(const std::vector<Tok>& toks, std::size_t ti, std::size_t pi, std::size_t& end) const;
  std::vector<Item> items_;
  bool case_sensitive_ = false;
  std::string text_;
};

// Lower-cased ASCII; other bytes kept.
std::string ascii_lower(std::string_view s);

// Index of the first token starting at or after `offset`, toks.size() if none.
std::size_t token_at_or_after(const std::vector<Tok>& toks, std::size_t offset);

}  // namespace bordermap::events
