#pragma once
// ACLED's actor-type ("inter") codes for the actor kinds of events/actors.tsv, and what
// follows from them. ACLED codebook (2019–2023 editions, "Actor Names, Types, and 'Inter'
// Codes", "Interaction Codes", "Civilian targeting"): 1 state forces, 2 rebel groups,
// 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
// 8 external/other forces, 0 no actor.
#include <optional>
#include <string>
#include <string_view>

namespace bordermap::events {

// "state forces" 1, "rebel group" 2, "political militia" 3, "identity militia" 4,
// "rioters" 5, "protesters" 6, "civilians" 7, "external forces" (or "other forces") 8;
// singular or plural, any case; "" (no actor) 0; nothing for a kind ACLED has no code for.
std::optional<int> inter_code(std::string_view kind);

// The two codes joined, lower first — (1,7) and (7,1) → 17 — except that 0 (a sole actor)
// goes last: (6,0) → 60, (0,0) → 0. Codes outside 0–8 give nothing.
std::optional<int> interaction_code(int inter1, int inter2);

// "Civilian targeting" for every Violence against civilians event (civilians are its target
// by definition) and for Explosions/Remote violence or Riots whose actor2 is civilians
// (ACLED always codes civilians as actor2); else "".
std::string civilian_targeting(int inter2, std::string_view event_type);

struct InterCodes {
  int inter1 = 0, inter2 = 0;
  std::optional<int> interaction;  // empty when either kind is unknown
  std::string civilian_targeting;  // "Civilian targeting" or ""
  bool operator==(const InterCodes&) const = default;
};

// An unknown kind codes as 0 and leaves the interaction empty, so a guess never reaches the
// export; an empty kind2 is a sole actor (interaction 10, 60, …).
InterCodes inter_codes(std::string_view kind1, std::string_view kind2, std::string_view event_type);

}  // namespace bordermap::events
