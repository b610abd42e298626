#pragma once
// Which event a sentence reports, from the trigger words of events/event_types.tsv. Rows
// earlier in the file win. A trigger under a negation or an intention ("no attempt to cross",
// "preparing to invade", "known for suicide attacks") reports nothing that happened, so it
// does not count, except for threats and statements, which are about what may happen.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/dictionary.hpp"
#include "extract/phrases.hpp"

namespace bordermap::events {

// The sub-event type whose triggers speak of the future and whose speaker is its actor.
inline constexpr const char* kStatementSubType = "Threat or statement";
// The row of violence typed by its target ("attacked", "killed"): never written into an event.
inline constexpr const char* kTargetTypedSubType = "Attack or clash";

struct TypeMatch {
  std::size_t type = 0;                // index into Dictionaries::event_types
  std::size_t first_tok = 0, end_tok = 0;  // the trigger
  std::vector<std::size_t> also;       // other types the sentence signals, by priority
};

class TypeMatcher {
 public:
  explicit TypeMatcher(const Dictionaries& dict);
  std::optional<TypeMatch> classify(const std::vector<Tok>& toks) const;

 private:
  const Dictionaries& dict_;
  PhraseIndex index_;
};

// True when one of the three words before token `first` (within its clause) negates it or
// makes it an intention, possibility or description rather than a report.
bool irrealis_before(const std::vector<Tok>& toks, std::size_t first);

}  // namespace bordermap::events
