#pragma once
// Who makes the claim a sentence reports: the source inside the text ("Tajik media",
// "the state-run Bakhtar News Agency", "Zabihullah Mujahid, the movement's chief spokesman"),
// never the publication that carries it. Cues: "according to X", and X before a verb of
// saying or posting ("X said", "X reported", ", X said,", "X, the spokesman, posted").
// "He said" and "the same reports said" take the claimant of an earlier sentence.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/words.hpp"

namespace bordermap::events {

struct Claim {
  std::string text;                        // "" when the sentence attributes nothing
  std::size_t first_tok = 0, end_tok = 0;  // the phrase's tokens here; empty range when carried
  bool carried = false;                    // taken from an earlier sentence
  std::size_t verb_tok = static_cast<std::size_t>(-1);  // the verb of saying, when one was the cue
};

struct SentenceView {
  const std::vector<Tok>& toks;
  std::string_view text;  // the whole document
  std::vector<std::pair<std::size_t, std::size_t>> date_spans;  // byte spans of the sentence's dates
};

// `previous` is the claimant of the sentences before, for pronouns and "the same reports".
Claim find_claimant(const SentenceView& s, const std::string& previous);

// Is the actor ending before token `end` the subject of a verb of saying ("residents said …")?
// Then it speaks about the event rather than taking part in it.
bool speaks(const std::vector<Tok>& toks, std::size_t end);

// The sentence's grammatical subject is "he", "she" or "they" (after an opening date or
// phrase): its actor is whoever the previous sentences were about.
bool pronoun_subject(const SentenceView& s);

}  // namespace bordermap::events
