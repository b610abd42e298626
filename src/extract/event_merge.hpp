#pragma once
// Sentences that tell the same event become one event. ACLED's unit is one event per day,
// place and actor pair: "Militants attacked a post in X district. Two soldiers were killed.
// The group claimed the attack." is one Armed clash, not three events. A reading joins an
// earlier event when nothing it says contradicts it:
//   - its own date, if it has one, is the event's date;
//   - its place, if it has one, is the event's place, inside it, contains it or lies within
//     25 km of it;
//   - its agent, if named, is the event's agent, and a later paragraph names the same place;
//   - its type fits: the same type; violence typed only by its target ("killed", "attacked")
//     joins any violent event; a threat or denial joins only a statement of the same speaker;
//     an arrest, a seizure or destruction told after violence is part of that violence; an
//     arrest told after a protest makes it a protest with intervention.
// The joined event keeps the most specific type, the sentence's own date over an inherited
// one, the most precise place, the first actors named, the largest death count (reports of
// one event repeat its deaths; they do not add to them) and every sentence in its notes.
#include <vector>

#include "extract/event_reading.hpp"

namespace bordermap::events {

std::vector<EventReading> merge_readings(const std::vector<EventReading>& readings);

}  // namespace bordermap::events
