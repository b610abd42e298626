#include "extract/actors.hpp"


namespace bordermap::events {

ActorMatcher::ActorMatcher(const Dictionaries& dict) : dict_(dict) {
  for (std::size_t i = 0; i < dict.actors.size(); ++i) {
    index_.add(dict.actors[i].name, i);
    for (const auto& alias : dict.actors[i].aliases) index_.add(alias, i);
  }
}

std::vector<ActorMention> ActorMatcher::find(const std::vector<Tok>& toks) const {
  std::vector<ActorMention> out;
  for (const auto& h : index_.find_longest(toks)) out.push_back({h.entry, h.first_tok, h.end_tok});
  return out;
}

std::string ActorMatcher::first_in(const std::string& text) const {
  auto found = find(tokenize_words(text));
  return found.empty() ? std::string() : name(found.front().actor);
}

}  // namespace bordermap::events
