#include "store/store_filter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "events/event_fields.hpp"
#include "util/error.hpp"

namespace bordermap::events {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string s) {
  for (auto& c : s) c = lower(c);
  return s;
}

// Case-insensitive for ASCII letters only: the same folding SQLite's LOWER() does, so
// what the database pre-selects and what C++ accepts agree.
bool iequals(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return lower(x) == lower(y);
         });
}

bool icontains(const std::string& haystack, const std::string& needle) {
  return ascii_lower(haystack).find(ascii_lower(needle)) != std::string::npos;
}

// Values safe to compare in SQL: printable ASCII (so LOWER agrees across databases and
// JSON text holds them verbatim) and none of LIKE's wildcards or JSON's escapes.
bool pushable(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c >= 0x20 && c < 0x7f && c != '%' && c != '_' && c != '\\' && c != '"';
  });
}

std::string number(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);  // locale-independent, round-trips
  return std::string(buf, r.ptr);
}

}  // namespace

std::string sql_quote(const std::string& s) {
  // OGR takes filters as C strings: a NUL would end the statement early, with the rest of
  // an "id IN (…)" list silently dropped. OGR filters have no bound parameters, so refuse.
  if (s.find('\0') != std::string::npos)
    throw InputError("a value holds a NUL byte and cannot be looked up in the store: '" + s.substr(0, s.find('\0')) +
                     "\\0…'");
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string filter_sql(const EventFilter& f) {
  std::vector<std::string> terms;
  if (f.from) terms.push_back("event_date >= " + sql_quote(fields::format_date(*f.from)));
  if (f.to) terms.push_back("event_date <= " + sql_quote(fields::format_date(*f.to)));
  if (!f.event_type.empty() && pushable(f.event_type))
    terms.push_back("LOWER(event_type) = " + sql_quote(ascii_lower(f.event_type)));
  if (!f.side.empty() && pushable(f.side)) terms.push_back("LOWER(side) = " + sql_quote(ascii_lower(f.side)));
  if (f.within_km && std::isfinite(*f.within_km))
    terms.push_back("distance_to_border_km <= " + number(*f.within_km));
  if (!f.actor.empty() && pushable(f.actor)) {
    const std::string a = ascii_lower(f.actor);
    terms.push_back("(LOWER(actor1) = " + sql_quote(a) + " OR LOWER(actor2) = " + sql_quote(a) +
                    " OR LOWER(assoc_actors) LIKE " + sql_quote("%\"" + a + "\"%") + ")");
  }
  if (!f.claimant.empty() && pushable(f.claimant))
    terms.push_back("LOWER(claimant) LIKE " + sql_quote("%" + ascii_lower(f.claimant) + "%"));

  std::string sql;
  for (const auto& t : terms) sql += (sql.empty() ? "" : " AND ") + t;
  return sql;
}

bool filter_matches(const Event& e, const EventFilter& f) {
  if (f.from || f.to) {
    if (!e.event_date) return false;
    if (f.from && *e.event_date < *f.from) return false;
    if (f.to && *f.to < *e.event_date) return false;
  }
  if (!f.event_type.empty() && !iequals(e.event_type, f.event_type)) return false;
  if (!f.side.empty() && !iequals(e.border.side, f.side)) return false;
  if (f.within_km && !(e.border.distance_to_border_km && *e.border.distance_to_border_km <= *f.within_km))
    return false;
  if (!f.actor.empty()) {
    bool any = iequals(e.actor1, f.actor) || iequals(e.actor2, f.actor) ||
               std::any_of(e.assoc_actors.begin(), e.assoc_actors.end(),
                           [&](const std::string& a) { return iequals(a, f.actor); });
    if (!any) return false;
  }
  if (!f.claimant.empty() && !icontains(e.claimant, f.claimant)) return false;
  if (f.bbox) {
    const auto& b = *f.bbox;
    if (!e.location.lat || !e.location.lon) return false;
    const double lon = *e.location.lon, lat = *e.location.lat;
    if (lat < b.south || lat > b.north) return false;
    const bool in_lon = b.west <= b.east ? (lon >= b.west && lon <= b.east) : (lon >= b.west || lon <= b.east);
    if (!in_lon) return false;
  }
  return true;
}

}  // namespace bordermap::events
