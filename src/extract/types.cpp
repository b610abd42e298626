#include "extract/types.hpp"

#include <algorithm>
#include <array>
#include <optional>
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

namespace {

// The token of "after", "when", "following" … that opens the clause holding token `k`, if any:
// "were put on alert after shots were fired" tells the alert; the shots are its cause.
std::optional<std::size_t> subordinator_before(const std::vector<Tok>& toks, std::size_t k) {
  for (std::size_t j = k, seen = 0; j > 0 && seen < 6; --j, ++seen) {
    const Tok& t = toks[j - 1];
    if (t.kind == TokKind::punct) return std::nullopt;
    if (t.lower == "after" || t.lower == "when" || t.lower == "following" || t.lower == "because" ||
        t.lower == "since")
      return j - 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<TypeMatch> TypeMatcher::classify(const std::vector<Tok>& toks) const {
  std::optional<TypeMatch> best;
  std::vector<PhraseHit> realis_hits;
  std::vector<std::size_t> realis_types;
  for (const auto& hit : index_.find_all(toks)) {
    // Part of a hyphenated compound is another word: "battle-hardened" reports no battle.
    if (toks[hit.first_tok].joiner == '-' || (hit.end_tok < toks.size() && toks[hit.end_tok].joiner == '-')) continue;
    bool statement = dict_.event_types[hit.entry].sub_event_type == kStatementSubType;
    if (!statement && irrealis_before(toks, hit.first_tok)) continue;
    if (std::find(realis_types.begin(), realis_types.end(), hit.entry) == realis_types.end())
      realis_types.push_back(hit.entry);
    realis_hits.push_back(hit);
    if (!best || hit.entry < best->type) best = TypeMatch{hit.entry, hit.first_tok, hit.end_tok, {}};
  }
  if (!best) return best;
  // Violence typed by its target, told in a clause that gives the cause of a main clause's
  // development, does not type the sentence: the main clause does.
  if (dict_.event_types[best->type].sub_event_type == kTargetTypedSubType)
    if (auto sub = subordinator_before(toks, best->first_tok))
      for (const auto& h : realis_hits)
        if (h.end_tok <= *sub && dict_.event_types[h.entry].sub_event_type != kTargetTypedSubType &&
            dict_.event_types[h.entry].sub_event_type != kStatementSubType) {
          best = TypeMatch{h.entry, h.first_tok, h.end_tok, {}};
          break;
        }
  std::sort(realis_types.begin(), realis_types.end());
  for (auto t : realis_types)
    if (t != best->type) best->also.push_back(t);
  return best;
}

}  // namespace bordermap::events
