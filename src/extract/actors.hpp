#pragma once
// Actors named in a sentence (events/actors.tsv) and their roles. actor1 is the first actor
// named outside the claim's attribution; actor2 the first other actor that is acted upon
// ("fighting the Taliban", "attacked Tajik border guards") or, in a violent event, simply the
// next one named; in "X's Y" X is associated with Y. In a violent event actor1 is a passive
// agent ("attacked by gunmen"), else the actor named last before the trigger ("Tajik
// authorities back the NRF, the only force fighting the Taliban": the NRF fights).
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

struct ActorRoles {
  std::string actor1, actor2;
  std::vector<std::string> assoc;
};

class ActorMatcher {
 public:
  explicit ActorMatcher(const Dictionaries& dict);
  std::vector<ActorMention> find(const std::vector<Tok>& toks) const;
  // Roles among the mentions outside [skip_first, skip_end) (the claim's attribution).
  // `trigger` is the event trigger's first token (npos: unknown).
  ActorRoles roles(const std::vector<Tok>& toks, const std::vector<ActorMention>& mentions, std::size_t skip_first,
                   std::size_t skip_end, bool violent, std::size_t trigger = static_cast<std::size_t>(-1)) const;
  // The first actor named in a bit of text ("President Emomali Rahmon" → Government of Tajikistan).
  std::string first_in(const std::string& text) const;
  const std::string& name(std::size_t actor) const { return dict_.actors[actor].name; }

 private:
  const Dictionaries& dict_;
  PhraseIndex index_;
};

}  // namespace bordermap::events
