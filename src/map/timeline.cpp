#include "map/timeline.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "util/error.hpp"

namespace bordermap::map {

namespace {

int month_index(Day day) {
  const events::Date d = date_of_day(day);
  return d.year * 12 + (d.month - 1);
}

Day day_of_month_index(int index) {
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  return day_number({year, index - year * 12 + 1, 1});
}

// 1970-01-01 was a Thursday: three days after the Monday that starts its ISO week.
int days_since_monday(Day day) {
  const int r = static_cast<int>((static_cast<std::int64_t>(day) + 3) % 7);
  return r < 0 ? r + 7 : r;
}

// The day an event is counted on: the middle of its range (rounded down), which is how
// ACLED and bordermap choose event_date for week- and month-precise events.
Day count_day(const EventPoint& p) { return p.first + (p.last - p.first) / 2; }

std::string iso(Day day) {
  const events::Date d = date_of_day(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

Bin choose_bin(Day first, Day last, int max_bins) {
  if (first == kNoDay || last == kNoDay) return Bin::Day;
  if (first > last) std::swap(first, last);
  const std::int64_t days = static_cast<std::int64_t>(last) - first + 1;
  if (days <= max_bins) return Bin::Day;
  const std::int64_t weeks = (static_cast<std::int64_t>(bin_start(last, Bin::Week)) - bin_start(first, Bin::Week)) / 7 + 1;
  if (weeks <= max_bins) return Bin::Week;
  return Bin::Month;
}

Day bin_start(Day day, Bin bin) {
  switch (bin) {
    case Bin::Day: return day;
    case Bin::Week: return day - days_since_monday(day);
    case Bin::Month: {
      events::Date d = date_of_day(day);
      d.day = 1;
      return day_number(d);
    }
  }
  return day;
}

Day next_bin(Day start, Bin bin) {
  switch (bin) {
    case Bin::Day: return start + 1;
    case Bin::Week: return start + 7;
    case Bin::Month: return day_of_month_index(month_index(start) + 1);
  }
  return start + 1;
}

Histogram make_histogram(const EventLayer& layer, const std::vector<std::uint32_t>& indices, Bin bin) {
  Histogram h;
  h.bin = bin;
  // The axis spans the whole layer, so that it stays put while filters change; events
  // outside the layer's span (a hand-built layer) widen it.
  Day lo = layer.first_day, hi = layer.last_day;
  std::size_t ntypes = std::max<std::size_t>(layer.types.size(), 1);
  for (auto i : indices) {
    if (i >= layer.points.size()) continue;
    const EventPoint& p = layer.points[i];
    ntypes = std::max<std::size_t>(ntypes, p.type + 1u);
    if (p.first == kNoDay) continue;
    const Day d = count_day(p);
    lo = lo == kNoDay ? d : std::min(lo, d);
    hi = hi == kNoDay ? d : std::max(hi, d);
  }
  if (lo == kNoDay || hi == kNoDay) return h;

  // A vector per bin: refuse spans that would take gigabytes (day bins over millennia).
  constexpr std::int64_t kMaxBins = 1'000'000;
  const std::int64_t span = static_cast<std::int64_t>(hi) - lo + 1;
  if (span / (bin == Bin::Day ? 1 : bin == Bin::Week ? 7 : 28) > kMaxBins)
    throw InputError("histogram: " + std::to_string(span) + " days are too many bins; choose a coarser bin");
  const Day start = bin_start(lo, bin);
  const int start_month = bin == Bin::Month ? month_index(start) : 0;
  auto bin_of = [&](Day d) -> std::size_t {
    switch (bin) {
      case Bin::Day: return static_cast<std::size_t>(d - start);
      case Bin::Week: return static_cast<std::size_t>((d - start) / 7);
      case Bin::Month: return static_cast<std::size_t>(month_index(d) - start_month);
    }
    return 0;
  };
  for (Day s = start; s <= hi; s = next_bin(s, bin)) h.starts.push_back(s);
  h.counts.assign(h.starts.size(), std::vector<std::uint32_t>(ntypes, 0));

  for (auto i : indices) {
    if (i >= layer.points.size()) continue;
    const EventPoint& p = layer.points[i];
    if (p.first == kNoDay) continue;
    ++h.counts[bin_of(count_day(p))][p.type];
  }
  for (const auto& row : h.counts) {
    std::uint32_t total = 0;
    for (auto c : row) total += c;
    h.max_total = std::max(h.max_total, total);
  }
  return h;
}

void Playback::reset_to_start() {
  carry = 0;
  if (first == kNoDay || last == kNoDay) return;
  if (mode == TimeMode::Cumulative) {
    range = {first, first};
    return;
  }
  // Keep the window's length when it has one, else one step long.
  const Day length = range.from != kNoDay && range.to != kNoDay && range.to >= range.from
                         ? range.to - range.from
                         : std::max<Day>(step_days, 1) - 1;
  range = {first, first + length};
}

void Playback::step(int steps) {
  if (first == kNoDay || last == kNoDay || steps == 0) return;
  if (range.to == kNoDay || (mode == TimeMode::Window && range.from == kNoDay)) reset_to_start();
  const std::int64_t delta = static_cast<std::int64_t>(steps) * std::max<Day>(step_days, 1);
  auto clamp_day = [&](std::int64_t d) { return static_cast<Day>(std::clamp<std::int64_t>(d, first, last)); };

  if (mode == TimeMode::Cumulative) {
    if (delta > 0 && range.to >= last) {
      if (loop) range.to = first; else playing = false;
    } else if (delta < 0 && range.to <= first) {
      if (loop) range.to = last; else playing = false;
    } else {
      range.to = clamp_day(range.to + delta);  // the last frame shows the whole span before looping
    }
    return;
  }

  const Day length = std::max<Day>(range.to - range.from, 0);
  if (delta > 0 && range.to >= last) {
    if (loop) range = {first, first + length}; else playing = false;
  } else if (delta < 0 && range.from <= first) {
    if (loop) range = {last - length, last}; else playing = false;
  } else if (delta > 0) {
    range.to = static_cast<Day>(std::min<std::int64_t>(range.to + delta, last));
    range.from = range.to - length;
  } else {
    range.from = static_cast<Day>(std::max<std::int64_t>(range.from + delta, first));
    range.to = range.from + length;
  }
}

bool Playback::advance(double seconds) {
  if (!playing || !(seconds > 0) || !std::isfinite(seconds) || !std::isfinite(days_per_second)) return false;
  if (first == kNoDay || last == kNoDay) return false;
  const Day step_len = std::max<Day>(step_days, 1);
  carry += seconds * days_per_second;
  const double whole = std::trunc(carry / step_len);
  if (whole == 0) return false;
  // A long stall (a dragged window) must not spin through years of steps: at most one lap.
  const double lap = static_cast<double>(last - first) / step_len + 1;
  const int steps = static_cast<int>(std::clamp(whole, -lap, lap));
  carry -= whole * step_len;
  const TimeRange before = range;
  step(steps);
  return before.from != range.from || before.to != range.to;
}

std::string describe_range(const TimeRange& range, TimeMode mode) {
  if (range.to == kNoDay && (mode == TimeMode::Cumulative || range.from == kNoDay)) return "all dates";
  if (mode == TimeMode::Cumulative || range.from == kNoDay) return "until " + iso(range.to);
  if (range.to == kNoDay) return "from " + iso(range.from);
  const std::int64_t days = static_cast<std::int64_t>(range.to) - range.from + 1;
  if (days == 1) return iso(range.from) + " (1 day)";
  return iso(range.from) + " \u2013 " + iso(range.to) + " (" + std::to_string(days) + " days)";
}

}  // namespace bordermap::map
