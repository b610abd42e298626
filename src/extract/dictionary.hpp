#pragma once
// The actor and event-type dictionaries (events/actors.tsv, events/event_types.tsv in the
// repository, copied to <data>/events/ by the data build). Analysts edit these files.
#include <filesystem>
#include <string>
#include <vector>

#include "extract/words.hpp"

namespace bordermap::events {

struct Actor {
  std::string name;                  // canonical: "Taliban", "Jamaat Ansorullah"
  std::vector<std::string> aliases;  // "Islamic Emirate", "Ansarullah", …
  std::string kind;                  // state forces, rebel group, militia, external, civilians, …
  std::string country;               // ISO alpha-2 where the actor belongs to one
};

struct EventType {
  std::string event_type;            // ACLED type or bordermap's own
  std::string sub_event_type;
  std::vector<std::string> triggers; // words and phrases that signal it
};

// Whose forces unnamed "soldiers" or "police" are, by country and era (events/state_forces.tsv).
struct StateForces {
  std::string country;                // ISO alpha-2
  std::vector<std::string> demonyms;  // "Pakistani", "Pakistan's"
  std::vector<std::vector<Tok>> demonym_words;  // each demonym tokenized once, at load
  std::string name;                   // the actor written into events
  std::string until;                  // YYYY-MM-DD, exclusive; "" = still in force
};

struct Dictionaries {
  std::vector<Actor> actors;
  std::vector<EventType> event_types;
  std::vector<StateForces> state_forces;

  // Throws InputError naming the file and line of a malformed row, or the missing file.
  static Dictionaries load(const std::filesystem::path& dir);
};

}  // namespace bordermap::events
