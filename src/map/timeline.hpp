#pragma once
// The timeline's data: events per bin stacked by type, and the playback clock that moves
// the range (window or cumulative) by a step, looping or stopping at the end.
#include <cstdint>
#include <string>
#include <vector>

#include "map/event_filter.hpp"
#include "map/event_layer.hpp"

namespace bordermap::map {

enum class Bin { Day, Week, Month };
// The finest bin that keeps the span under `max_bins` bins.
Bin choose_bin(Day first, Day last, int max_bins = 400);
Day bin_start(Day day, Bin bin);   // weeks start on Monday (ISO), months on the 1st
Day next_bin(Day start, Bin bin);

struct Histogram {
  Bin bin = Bin::Day;
  std::vector<Day> starts;                         // first day of each bin
  std::vector<std::vector<std::uint32_t>> counts;  // [bin][type]
  std::uint32_t max_total = 0;
};

// Counts the given events (typically those passing the attribute filter, all times).
Histogram make_histogram(const EventLayer& layer, const std::vector<std::uint32_t>& indices, Bin bin);

struct Playback {
  TimeMode mode = TimeMode::Window;
  TimeRange range;
  Day step_days = 1;        // how far one step moves the range
  double days_per_second = 7;
  bool playing = false;
  bool loop = true;
  Day first = kNoDay, last = kNoDay;  // bounds: the layer's dated span

  // Moves by `steps` (may be negative); at the end loops or stops playing.
  void step(int steps = 1);
  // Advances by elapsed wall time while playing; returns true when the range changed.
  bool advance(double seconds);
  void reset_to_start();
  double carry = 0;  // fractional days not yet applied
};

// "2021-09-18 – 2021-09-25 (8 days)", "until 2021-09-25"
std::string describe_range(const TimeRange& range, TimeMode mode);

}  // namespace bordermap::map
