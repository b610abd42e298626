#pragma once
// Many dictionary phrases matched against one sentence's tokens: actor aliases and event
// triggers. Phrases are indexed by their first word so a sentence costs one lookup per token.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/words.hpp"

namespace bordermap::events {

struct PhraseHit {
  std::size_t first_tok = 0, end_tok = 0;  // token range [first_tok, end_tok)
  std::size_t entry = 0;                   // the caller's id for the phrase (a dictionary row)
  std::size_t words = 0;                   // words the phrase matched (gaps excluded)
};

class PhraseIndex {
 public:
  // Throws InputError when the phrase is unusable (no words, a misplaced '*').
  void add(std::string_view phrase, std::size_t entry);
  // Every match at every position (one per phrase and start), in token order.
  std::vector<PhraseHit> find_all(const std::vector<Tok>& toks) const;
  // Leftmost-longest matches that do not overlap: "Pakistani Taliban" beats "Taliban".
  std::vector<PhraseHit> find_longest(const std::vector<Tok>& toks) const;

 private:
  struct Entry {
    Pattern pattern;
    std::size_t entry;
  };
  void candidates(const Tok& t, std::vector<const Entry*>& out) const;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;  // exact first word → entries_
  // First word is a prefix ("deploy*"): by the prefix's first byte, so a token tries only
  // the prefixes it could start with.
  std::array<std::vector<std::size_t>, 256> by_prefix_head_;
};

}  // namespace bordermap::events
