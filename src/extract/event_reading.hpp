#pragma once
// One sentence's reading of an event, before readings of the same event are merged: what
// happened (type and trigger), when, who did it to whom, where, and who says so. The
// extractor makes at most one per sentence; merge_readings (event_merge.hpp) joins the
// sentences that tell one event, as ACLED codes one event per day, place and actor pair.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/calendar.hpp"
#include "extract/places.hpp"
#include "extract/roles.hpp"

namespace bordermap::events {

struct EventReading {
  std::size_t sentence_start = 0, sentence_end = 0;  // byte span in the document
  std::size_t paragraph = 0;                         // paragraphs are separated by blank lines
  std::string event_type, sub_event_type;
  std::size_t priority = 0;                          // the type's row in event_types.tsv: lower is more specific
  bool violent = false;
  bool statement = false;                            // a threat, claim or denial: no deed of its own
  bool generic_type = false;                         // typed by its target (attack, killed …), not by its words

  std::optional<DateSpan> date;
  bool own_date = false;                             // the sentence dates itself (not carried or inherited)

  std::optional<ActorRef> actor1, actor2;            // agent and target (roles.hpp)
  std::vector<ActorRef> assoc;                       // the other actors the sentence names
  std::string claimant;

  std::vector<PlacedMention> places;                 // where, most precise first; empty when the sentence says nowhere
  std::optional<int> fatalities;                     // deaths the sentence reports (ACLED's conservative figure)
  std::optional<int> fatalities_low, fatalities_high;
  std::vector<std::string> remarks;                  // for the event's notes
  std::string text;                                  // the sentence, white space collapsed
};

}  // namespace bordermap::events
