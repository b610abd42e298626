#pragma once
// Which events the map shows: the timeline's range (window or cumulative) and the
// attribute filters of the Filters panel.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "map/event_layer.hpp"

namespace bordermap::map {

enum class TimeMode {
  Window,      // events whose day range overlaps [from, to]
  Cumulative,  // every event that began on or before `to`
};

struct TimeRange {
  Day from = kNoDay, to = kNoDay;  // inclusive; kNoDay on either side = open
};

struct AttributeFilter {
  std::set<std::uint16_t> hidden_types;
  std::set<std::uint16_t> hidden_sides;
  std::vector<std::string> actors;   // any of them takes part; empty = any
  std::string claimant;              // case-insensitive substring; "" = any
  int max_reliability = 6;           // keep A..(grade); ungraded kept when show_ungraded
  bool show_ungraded = true;
  bool show_undated = true;          // undated events ignore the time range
  bool show_unlocated = false;       // only tables list them; the map cannot draw them
};

bool passes_attributes(const EventLayer& layer, std::size_t index, const AttributeFilter& filter);
bool in_time(const EventPoint& point, const TimeRange& range, TimeMode mode, bool show_undated);

// Indices of the events that pass both, in layer order.
std::vector<std::uint32_t> visible_events(const EventLayer& layer, const TimeRange& range, TimeMode mode,
                                          const AttributeFilter& filter);

}  // namespace bordermap::map
