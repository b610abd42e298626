#include "extract/event_merge.hpp"

#include <algorithm>

#include "geo/geodesic.hpp"

namespace bordermap::events {
namespace {

using gazetteer::Kind;

constexpr double kSamePlaceKm = 25.0;

bool inside(const gazetteer::Place& outer, const gazetteer::Place& inner) {
  switch (outer.kind) {
    case Kind::country: return !inner.country.empty() && inner.country == outer.country;
    case Kind::admin1: return !outer.admin1_code.empty() && inner.admin1_code == outer.admin1_code;
    default: return false;
  }
}

bool places_fit(const EventReading& a, const EventReading& b) {
  if (a.places.empty() || b.places.empty()) return true;
  for (const auto& pa : a.places)
    for (const auto& pb : b.places) {
      const auto& x = *pa.mention->place;
      const auto& y = *pb.mention->place;
      if (x.id == y.id || inside(x, y) || inside(y, x)) return true;
      if (geo::geodesic_km({x.lon, x.lat}, {y.lon, y.lat}) <= kSamePlaceKm) return true;
    }
  return false;
}

bool dates_fit(const EventReading& a, const EventReading& b) {
  if (!a.own_date || !b.own_date || !a.date || !b.date) return true;
  return a.date->event_date == b.date->event_date;
}

bool is_sub(const EventReading& r, const char* sub) { return r.sub_event_type == sub; }

// Can `next` be told of the same event as `e`? (the rules in event_merge.hpp)
bool types_fit(const EventReading& e, const EventReading& next) {
  // A threat, warning or denial is an event of its own in bordermap's vocabulary; claims
  // about a deed carry no trigger at all, so they never reach this point.
  if (next.statement || e.statement) return e.statement && next.statement && e.actor1 && next.actor1 &&
                                            e.actor1->name == next.actor1->name && !next.own_date;
  if (e.event_type == next.event_type && e.sub_event_type == next.sub_event_type) return true;
  if (e.violent && next.violent) return e.generic_type || next.generic_type || e.event_type == next.event_type;
  if (e.violent && next.event_type == "Strategic developments")
    return is_sub(next, "Arrests") || is_sub(next, "Looting/property destruction") ||
           is_sub(next, "Disrupted weapons use") || is_sub(next, "Non-state actor overtakes territory");
  if (e.event_type == "Protests")
    return next.event_type == "Protests" || is_sub(next, "Arrests") || (next.violent && next.generic_type);
  return false;
}

void absorb(EventReading& e, const EventReading& next) {
  if (!next.statement) {
    if (e.generic_type && !next.generic_type && next.violent && e.violent) {
      e.event_type = next.event_type;
      e.sub_event_type = next.sub_event_type;
      e.priority = next.priority;
      e.generic_type = false;
    }
    if (e.event_type == "Protests" && next.event_type == "Protests" && next.priority < e.priority) {
      e.sub_event_type = next.sub_event_type;  // intervention or force told after the protest
      e.priority = next.priority;
    }
    // The forces that broke up or arrested protesters are the protest's actor2.
    if (e.event_type == "Protests" && next.actor1 && next.actor1->kind == "state forces" &&
        (!e.actor2 || e.actor2->kind != "state forces"))
      e.actor2 = next.actor1;
    if (e.event_type == "Protests" && (is_sub(next, "Arrests") || (next.violent && next.generic_type))) {
      e.sub_event_type = next.violent && next.fatalities.value_or(0) > 0 ? "Excessive force against protesters"
                                                                       : "Protest with intervention";
    }
  }
  if (!e.own_date && next.own_date && next.date) {
    e.date = next.date;
    e.own_date = true;
  }
  if (e.places.empty()) e.places = next.places;
  else if (const auto* p = most_precise_place(next.places); p && p->geo_precision < most_precise_place(e.places)->geo_precision)
    e.places = {*p};
  if (!next.statement) {
    if (!e.actor1 && next.actor1) e.actor1 = next.actor1;
    if (!e.actor2 && next.actor2 && (!e.actor1 || next.actor2->name != e.actor1->name)) e.actor2 = next.actor2;
  }
  if (next.fatalities && (!e.fatalities || *next.fatalities > *e.fatalities)) {
    e.fatalities = next.fatalities;
    e.fatalities_low = next.fatalities_low;
    e.fatalities_high = next.fatalities_high;
  }
  if (e.claimant.empty()) e.claimant = next.claimant;
  e.text += " " + next.text;
  for (const auto& r : next.remarks) e.remarks.push_back(r);
}

// Two named agents are two sides' deeds ("the Taliban reached Badakhshan. He [Rahmon] sent
// units …"); an unnamed or generic one may be either.
bool actors_fit(const EventReading& a, const EventReading& b) {
  if (!a.actor1 || !b.actor1 || a.actor1->name.empty() || b.actor1->name.empty()) return true;
  return a.actor1->name == b.actor1->name;
}

// A later paragraph retells an event only where it names the same place.
bool paragraphs_fit(const EventReading& a, const EventReading& b) {
  if (a.paragraph == b.paragraph) return true;
  for (const auto& pa : a.places)
    for (const auto& pb : b.places)
      if (pa.mention->place->id == pb.mention->place->id) return true;
  return false;
}

}  // namespace

std::vector<EventReading> merge_readings(const std::vector<EventReading>& readings) {
  std::vector<EventReading> events;
  for (const auto& r : readings) {
    // The latest event it fits: reports tell an event, then its details, then the next one.
    auto fit = std::find_if(events.rbegin(), events.rend(), [&](const EventReading& e) {
      return types_fit(e, r) && dates_fit(e, r) && places_fit(e, r) && actors_fit(e, r) && paragraphs_fit(e, r);
    });
    if (fit != events.rend()) absorb(*fit, r);
    else events.push_back(r);
  }
  return events;
}

}  // namespace bordermap::events
