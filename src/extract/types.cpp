#include "extract/types.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace bordermap::events {

bool irrealis_before(const std::vector<Tok>& toks, std::size_t first) {
  // Negations, intentions, possibilities, and descriptions of what a group does habitually
  // ("known for", "which organises suicide attacks").
  static constexpr std::array<std::string_view, 62> cues{
      "not", "no", "never", "without", "nor", "cannot", "attempt", "attempts", "attempted", "attempting",
      "try", "tries", "trying", "tried", "preparing", "prepare", "prepared", "ready", "plan", "plans",
      "planned", "planning", "intend", "intends", "intended", "intending", "would", "could", "might", "may",
      "should", "possible", "possibly", "potential", "any", "known", "if", "unless", "whether", "threatened",
      "threatening", "threaten", "vowed", "denied", "deny", "denies", "against", "prevent", "prevented", "deter",
      "avoid", "counter", "organizes", "organises", "organize", "organise", "specializes", "specialises",
      "specializing", "specialising", "notorious", "capable"};
  std::size_t seen = 0;
  for (std::size_t k = first; k > 0 && seen < 3; --k) {
    const Tok& t = toks[k - 1];
    if (t.kind == TokKind::punct) break;  // another clause
    ++seen;
    if (std::find(cues.begin(), cues.end(), t.lower) != cues.end()) return true;
  }
  return false;
}

TypeMatcher::TypeMatcher(const Dictionaries& dict) : dict_(dict) {
  for (std::size_t i = 0; i < dict.event_types.size(); ++i)
    for (const auto& trigger : dict.event_types[i].triggers) index_.add(trigger, i);
}

std::optional<TypeMatch> TypeMatcher::classify(const std::vector<Tok>& toks) const {
  std::optional<TypeMatch> best;
  std::vector<std::size_t> realis_types;
  for (const auto& hit : index_.find_all(toks)) {
    // Part of a hyphenated compound is another word: "battle-hardened" reports no battle.
    if (toks[hit.first_tok].joiner == '-' || (hit.end_tok < toks.size() && toks[hit.end_tok].joiner == '-')) continue;
    bool statement = dict_.event_types[hit.entry].sub_event_type == kStatementSubType;
    if (!statement && irrealis_before(toks, hit.first_tok)) continue;
    if (std::find(realis_types.begin(), realis_types.end(), hit.entry) == realis_types.end())
      realis_types.push_back(hit.entry);
    if (!best || hit.entry < best->type) best = TypeMatch{hit.entry, hit.first_tok, hit.end_tok, {}};
  }
  if (!best) return best;
  std::sort(realis_types.begin(), realis_types.end());
  for (auto t : realis_types)
    if (t != best->type) best->also.push_back(t);
  return best;
}

}  // namespace bordermap::events
