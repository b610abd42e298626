#pragma once
// Events prepared for drawing: one compact record per event (projected position, day
// range, type and grade codes) beside the full events for tables and the inspector.
// Built once per load or edit; filtering and drawing read it, never the store.
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "events/event.hpp"
#include "map/geometry.hpp"
#include "map/projection.hpp"

namespace bordermap::map {

// Days since 1970-01-01 (proleptic Gregorian).
using Day = std::int32_t;
constexpr Day kNoDay = std::numeric_limits<Day>::min();
// Throws InputError for a date that does not exist (2021-02-30).
Day day_number(const events::Date& d);
std::optional<Day> try_day_number(const events::Date& d);  // nullopt instead of throwing
events::Date date_of_day(Day day);

struct EventPoint {
  XY at;                       // projected; meaningless when !located
  geo::LonLat lonlat;
  Day first = kNoDay, last = kNoDay;  // inclusive day range; kNoDay when undated
  std::uint16_t type = 0;      // index into EventLayer::types
  std::uint16_t side = 0;      // index into EventLayer::sides ("" first)
  std::uint8_t geo_precision = 3;  // ACLED 1–3
  std::uint8_t reliability = 0;    // Admiralty source reliability: 0 ungraded, 1 = A … 6 = F
  std::uint8_t credibility = 0;    // Admiralty information credibility: 0 ungraded, 1 … 6
  bool located = false;
  float border_km = std::numeric_limits<float>::quiet_NaN();
  float distance_km = std::numeric_limits<float>::quiet_NaN();
  std::uint32_t actors_mask = 0;   // bit i = EventLayer::actors[i] takes part (first 32 actors)
};

struct EventLayer {
  std::string name;                      // file or store it came from
  std::vector<EventPoint> points;
  std::vector<events::Event> events;     // same order as points; may be empty for synthetic layers
  std::vector<std::string> types;        // distinct event_type, sorted; "" when untyped
  std::vector<std::string> sides;        // "" first, then ISO codes
  std::vector<std::string> actors;       // distinct actor names, most frequent first
  Day first_day = kNoDay, last_day = kNoDay;  // over dated events
  Extent extent;                         // of located events
};

EventLayer make_event_layer(std::string name, std::vector<events::Event> events, const MapProjection& projection);
// Re-projects positions in place (projection switch).
void reproject(EventLayer& layer, const MapProjection& projection);
// Replaces one event (after an edit) and refreshes its point; adds new type/actor names.
void update_event(EventLayer& layer, std::size_t index, const events::Event& edited, const MapProjection& projection);

}  // namespace bordermap::map
