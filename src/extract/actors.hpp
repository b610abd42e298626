#pragma once
// Actors named in a sentence (events/actors.tsv): the longest alias wins ("Pakistani
// Taliban" is not "Taliban"). Who does what to whom is roles.hpp's job.
#include <cstddef>
#include <string>
#include <vector>

#include "extract/dictionary.hpp"
#include "extract/phrases.hpp"

namespace bordermap::events {

struct ActorMention {
  std::size_t actor = 0;                 // index into Dictionaries::actors
  std::size_t first_tok = 0, end_tok = 0;
};

class ActorMatcher {
 public:
  explicit ActorMatcher(const Dictionaries& dict);
  std::vector<ActorMention> find(const std::vector<Tok>& toks) const;
  // The first actor named in a bit of text ("President Emomali Rahmon" → Government of Tajikistan).
  std::string first_in(const std::string& text) const;
  const std::string& name(std::size_t actor) const { return dict_.actors[actor].name; }

 private:
  const Dictionaries& dict_;
  PhraseIndex index_;
};

}  // namespace bordermap::events
