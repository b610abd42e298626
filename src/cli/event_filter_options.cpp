#include "cli/event_filter_options.hpp"

#include <cmath>
#include <sstream>

#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::cli {
namespace {

events::Date parse_date_option(const std::string& name, const std::string& value) {
  auto d = parse_iso_date(value);
  if (!d) throw InputError("--" + name + " '" + value + "' is not a valid YYYY-MM-DD date");
  return {d->year, d->month, d->day};
}

events::BBox parse_bbox(const std::string& value) {
  std::istringstream in(value);
  double v[4];
  char comma;
  for (int i = 0; i < 4; ++i) {
    if (!(in >> v[i]) || !std::isfinite(v[i])) throw InputError("--bbox '" + value + "' must be W,S,E,N in degrees");
    if (i < 3 && !(in >> comma && comma == ','))
      throw InputError("--bbox '" + value + "' must be W,S,E,N in degrees");
  }
  if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[1] > v[3])
    throw InputError("--bbox '" + value + "' is outside -180..180 / -90..90 or has south above north");
  return {v[0], v[1], v[2], v[3]};
}

}  // namespace

void add_filter_options(CLI::App& cmd, FilterArgs& a) {
  cmd.add_option("--from", a.from, "First event date, YYYY-MM-DD");
  cmd.add_option("--to", a.to, "Last event date, YYYY-MM-DD");
  cmd.add_option("--type", a.type, "Event type");
  cmd.add_option("--actor", a.actor, "Actor (actor1, actor2 or associated)");
  cmd.add_option("--claimant", a.claimant, "Who made the claim (substring)");
  cmd.add_option("--side", a.side, "Side of the border, ISO alpha-2");
  cmd.add_option("--bbox", a.bbox, "W,S,E,N in degrees");
  cmd.add_option("--within-km", a.within_km, "Only events within K km of the border");
}

events::EventFilter to_filter(const FilterArgs& a) {
  events::EventFilter f;
  if (!a.from.empty()) f.from = parse_date_option("from", a.from);
  if (!a.to.empty()) f.to = parse_date_option("to", a.to);
  if (f.from && f.to && *f.to < *f.from) throw InputError("--to " + a.to + " is before --from " + a.from);
  f.event_type = a.type;
  f.actor = a.actor;
  f.claimant = a.claimant;
  f.side = a.side;
  if (!a.bbox.empty()) f.bbox = parse_bbox(a.bbox);
  if (a.within_km >= 0) f.within_km = a.within_km;
  return f;
}

}  // namespace bordermap::cli
