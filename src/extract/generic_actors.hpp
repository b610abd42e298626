#pragma once
// Actors that reports name by what they are, not who: "soldiers", "police", "gunmen",
// "villagers", "protesters". ACLED codes them all the same (state forces by country and
// era, "Unidentified Armed Group", "Civilians", "Protesters"), so the extractor needs them
// as much as the named ones of events/actors.tsv. A demonym just before the noun ("Pakistani
// police", "Afghan soldiers") says whose forces they are; otherwise the event's place does.
#include <cstddef>
#include <string>
#include <vector>

#include "extract/dictionary.hpp"
#include "extract/words.hpp"

namespace bordermap::events {

enum class GenericKind { state_forces, armed_group, pro_government_militia, civilians, protesters, rioters };

struct GenericMention {
  GenericKind kind = GenericKind::civilians;
  std::size_t first_tok = 0, end_tok = 0;  // the noun phrase, demonym and "unidentified" included
  std::string country;                     // from a demonym, "" when none
  bool unidentified = false;               // "unknown gunmen", "unidentified militants"
};

// Generic actor nouns in a sentence, in token order, skipping those that continue a named
// actor's mention ("Taliban militants", "TTP fighters": the name already says who).
// `named` are the token ranges of dictionary actors already found.
std::vector<GenericMention> find_generic_actors(const std::vector<Tok>& toks, const std::vector<StateForces>& forces,
                                                const std::vector<std::pair<std::size_t, std::size_t>>& named);

// The state forces of `country` on `date` (YYYY-MM-DD, "" unknown: the current era):
// events/state_forces.tsv's name, else ACLED's pattern "Military Forces of <country name>".
std::string state_forces_name(const std::vector<StateForces>& forces, const std::string& country,
                              const std::string& date);

// The canonical name a generic mention takes, once its country and date are known.
std::string generic_actor_name(const GenericMention& m, const std::vector<StateForces>& forces,
                               const std::string& country, const std::string& date);

}  // namespace bordermap::events
