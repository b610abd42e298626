#include "map/event_layer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "util/error.hpp"

namespace bordermap::map {

namespace {

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
}

// Division that rounds towards minus infinity, so that eras before 0000-03-01 work too.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The calendar is counted in 400-year eras of 146,097 days that start on 1 March, so that
// the leap day is the last day of each counted year and needs no special case. 1970-01-01
// is day 719,468 of that count (from 0000-03-01).
constexpr std::int64_t kEpochShift = 719468;
constexpr std::int64_t kDaysPerEra = 146097;

std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;  // January and February belong to the year before in a March-based count
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;                         // 0..399
  const int month_from_march = m > 2 ? m - 3 : m + 9;                     // 0..11
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + d - 1;  // 0..365
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kEpochShift;
}

events::Date civil_from_days(std::int64_t z) {
  z += kEpochShift;
  const std::int64_t era = floor_div(z, kDaysPerEra);
  const std::int64_t day_of_era = z - era * kDaysPerEra;  // 0..146096
  // Undo the leap-day corrections (every 4th year, not every 100th, every 400th) to find the year.
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const std::int64_t year = year_of_era + era * 400 + (month <= 2);
  return {static_cast<int>(year), month, day};
}

std::uint8_t reliability_code(const std::string& s) {
  if (s.size() != 1) return 0;
  const char c = static_cast<char>(s[0] & ~0x20);  // A–F in either case
  return c >= 'A' && c <= 'F' ? static_cast<std::uint8_t>(c - 'A' + 1) : 0;
}

std::uint8_t credibility_code(const std::string& s) {
  return s.size() == 1 && s[0] >= '1' && s[0] <= '6' ? static_cast<std::uint8_t>(s[0] - '0') : 0;
}

float km_or_nan(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? static_cast<float>(*v) : std::numeric_limits<float>::quiet_NaN();
}

// An event's day range: date_start/date_end when the event has them (the span the report
// allows), else the single event_date; an open end takes the other end. Dates that do not
// exist leave the event undated rather than failing the whole layer.
std::pair<Day, Day> day_range(const events::Event& e) {
  auto day = [](const std::optional<events::Date>& d) { return d ? try_day_number(*d) : std::nullopt; };
  std::optional<Day> first = day(e.date_start), last = day(e.date_end), single = day(e.event_date);
  if (!first) first = single ? single : last;
  if (!last) last = single ? single : first;
  if (!first || !last) return {kNoDay, kNoDay};
  if (*first > *last) std::swap(first, last);
  return {*first, *last};
}

bool has_position(const events::Event& e) {
  const auto& l = e.location;
  return l.lat && l.lon && std::isfinite(*l.lat) && std::isfinite(*l.lon) && std::abs(*l.lat) <= 90 &&
         std::abs(*l.lon) <= 180;
}

template <typename Fn>
void for_each_actor(const events::Event& e, Fn&& fn) {
  if (!e.actor1.empty()) fn(e.actor1);
  if (!e.actor2.empty() && e.actor2 != e.actor1) fn(e.actor2);
  for (const auto& a : e.assoc_actors)
    if (!a.empty() && a != e.actor1 && a != e.actor2) fn(a);
}

std::uint16_t index_in(const std::vector<std::string>& sorted_names, const std::string& name) {
  auto it = std::lower_bound(sorted_names.begin(), sorted_names.end(), name);
  return static_cast<std::uint16_t>(it - sorted_names.begin());
}

// Everything of a point except its projected position and its type/side/actor indices.
EventPoint point_fields(const events::Event& e) {
  EventPoint p;
  std::tie(p.first, p.last) = day_range(e);
  p.located = has_position(e);
  if (p.located) p.lonlat = {*e.location.lon, *e.location.lat};
  p.geo_precision = static_cast<std::uint8_t>(e.geo_precision >= 1 && e.geo_precision <= 3 ? e.geo_precision : 3);
  p.reliability = reliability_code(e.source_reliability);
  p.credibility = credibility_code(e.info_credibility);
  p.border_km = km_or_nan(e.border.border_km);
  p.distance_km = km_or_nan(e.border.distance_to_border_km);
  return p;
}

std::uint32_t actor_mask(const EventLayer& layer, const events::Event& e) {
  std::uint32_t mask = 0;
  const std::size_t n = std::min<std::size_t>(layer.actors.size(), 32);
  for_each_actor(e, [&](const std::string& a) {
    for (std::size_t i = 0; i < n; ++i)
      if (layer.actors[i] == a) mask |= 1u << i;
  });
  return mask;
}

// Side names: "" first, the rest sorted, so that index 0 always means "unknown side".
std::uint16_t side_index(const EventLayer& layer, const std::string& side) {
  if (side.empty() || layer.sides.empty()) return 0;
  auto it = std::lower_bound(layer.sides.begin() + 1, layer.sides.end(), side);
  return static_cast<std::uint16_t>(it - layer.sides.begin());
}

void refresh_summary(EventLayer& layer) {
  layer.first_day = layer.last_day = kNoDay;
  layer.extent = Extent{};
  for (const auto& p : layer.points) {
    if (p.first != kNoDay) {
      layer.first_day = layer.first_day == kNoDay ? p.first : std::min(layer.first_day, p.first);
      layer.last_day = layer.last_day == kNoDay ? p.last : std::max(layer.last_day, p.last);
    }
    if (p.located && std::isfinite(p.at.x) && std::isfinite(p.at.y)) layer.extent.include(p.at);
  }
}

XY project_one(const MapProjection& projection, const EventPoint& p) {
  if (!p.located) return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  return projection.forward(p.lonlat);
}

}  // namespace

std::optional<Day> try_day_number(const events::Date& d) {
  // Far beyond any report, yet well inside Day's range.
  if (d.year < -1'000'000 || d.year > 1'000'000 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return static_cast<Day>(days_from_civil(d.year, d.month, d.day));
}

Day day_number(const events::Date& d) {
  if (auto n = try_day_number(d)) return *n;
  throw InputError("not a calendar date: " + std::to_string(d.year) + "-" + std::to_string(d.month) + "-" +
                   std::to_string(d.day));
}

events::Date date_of_day(Day day) {
  if (day == kNoDay) throw InputError("date_of_day: no day");
  return civil_from_days(day);
}

EventLayer make_event_layer(std::string name, std::vector<events::Event> events, const MapProjection& projection) {
  EventLayer layer;
  layer.name = std::move(name);

  std::vector<std::string> types, sides;
  std::map<std::string, std::size_t> actor_counts;
  for (const auto& e : events) {
    types.push_back(e.event_type);
    if (!e.border.side.empty()) sides.push_back(e.border.side);
    for_each_actor(e, [&](const std::string& a) { ++actor_counts[a]; });
  }
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  std::sort(sides.begin(), sides.end());
  sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
  layer.types = std::move(types);
  layer.sides.push_back("");
  layer.sides.insert(layer.sides.end(), sides.begin(), sides.end());

  // Most frequent first, so that the 32 bits of actors_mask cover the actors that matter;
  // ties by name for a stable order.
  std::vector<std::pair<std::string, std::size_t>> ranked(actor_counts.begin(), actor_counts.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (auto& [actor, count] : ranked) layer.actors.push_back(actor);

  layer.points.reserve(events.size());
  std::vector<geo::LonLat> positions;
  positions.reserve(events.size());
  for (const auto& e : events) {
    EventPoint p = point_fields(e);
    p.type = index_in(layer.types, e.event_type);
    p.side = side_index(layer, e.border.side);
    p.actors_mask = actor_mask(layer, e);
    layer.points.push_back(p);
    positions.push_back(p.located ? p.lonlat : geo::LonLat{});
  }
  layer.events = std::move(events);

  std::vector<XY> projected;
  projection.forward_many(positions, projected);
  for (std::size_t i = 0; i < layer.points.size(); ++i)
    if (layer.points[i].located) layer.points[i].at = projected[i];
  refresh_summary(layer);
  return layer;
}

void reproject(EventLayer& layer, const MapProjection& projection) {
  std::vector<geo::LonLat> positions(layer.points.size());
  for (std::size_t i = 0; i < layer.points.size(); ++i) positions[i] = layer.points[i].lonlat;
  std::vector<XY> projected;
  projection.forward_many(positions, projected);
  for (std::size_t i = 0; i < layer.points.size(); ++i)
    layer.points[i].at = layer.points[i].located
                             ? projected[i]
                             : XY{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  refresh_summary(layer);
}

void update_event(EventLayer& layer, std::size_t index, const events::Event& edited, const MapProjection& projection) {
  if (index >= layer.points.size() || index >= layer.events.size())
    throw InputError("update_event: no event " + std::to_string(index) + " in layer '" + layer.name + "'");

  // A new type or side is inserted in sorted place, which shifts the indices after it.
  auto insert_name = [&](std::vector<std::string>& names, std::size_t from, const std::string& name,
                         std::uint16_t EventPoint::*field) {
    auto it = std::lower_bound(names.begin() + static_cast<std::ptrdiff_t>(from), names.end(), name);
    if (it != names.end() && *it == name) return;
    const auto at = static_cast<std::uint16_t>(it - names.begin());
    names.insert(it, name);
    for (auto& p : layer.points)
      if (p.*field >= at) ++(p.*field);
  };
  if (layer.sides.empty()) layer.sides.push_back("");  // a synthetic layer may lack the "" entry
  insert_name(layer.types, 0, edited.event_type, &EventPoint::type);
  if (!edited.border.side.empty()) insert_name(layer.sides, 1, edited.border.side, &EventPoint::side);
  // New actors go last: existing mask bits keep their meaning.
  for_each_actor(edited, [&](const std::string& a) {
    if (std::find(layer.actors.begin(), layer.actors.end(), a) == layer.actors.end()) layer.actors.push_back(a);
  });

  EventPoint p = point_fields(edited);
  p.type = index_in(layer.types, edited.event_type);
  p.side = side_index(layer, edited.border.side);
  p.actors_mask = actor_mask(layer, edited);
  p.at = project_one(projection, p);
  layer.points[index] = p;
  layer.events[index] = edited;
  refresh_summary(layer);
}

}  // namespace bordermap::map
