#include "ui/event_text.hpp"

#include <cstdio>

namespace bordermap::ui {

std::string format_date(const std::optional<events::Date>& d) {
  if (!d) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year % 10000, d->month % 100, d->day % 100);
  return buf;
}

std::string event_title(const events::Event& e) {
  std::string t = e.event_type.empty() ? "(untyped event)" : e.event_type;
  if (!e.location.name.empty()) {
    t += " — " + e.location.name;
    if (!e.location.country.empty()) t += " (" + e.location.country + ")";
  }
  return t;
}

std::string event_when(const events::Event& e) {
  if (e.date_start && e.date_end && *e.date_start != *e.date_end)
    return format_date(e.date_start) + " – " + format_date(e.date_end);
  if (e.event_date) return format_date(e.event_date);
  if (e.date_start) return format_date(e.date_start);
  return "undated";
}

std::string grades_text(const events::Event& e) {
  std::string r = e.source_reliability.empty() ? "ungraded" : e.source_reliability;
  std::string c = e.info_credibility.empty() ? "ungraded" : e.info_credibility;
  return "reliability " + r + ", credibility " + c + ", geo precision " + std::to_string(e.geo_precision);
}

}  // namespace bordermap::ui
