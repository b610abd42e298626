#include "formats/export_properties.hpp"

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>

#include "util/json_guard.hpp"

namespace bordermap::events::props {
namespace {

using json = nlohmann::ordered_json;
using F = fields::Field;

std::string shown(std::string_view s) {
  constexpr std::size_t kMax = 60;  // a message names the value, it does not repeat a paragraph
  if (s.size() > kMax) return "'" + std::string(s.substr(0, kMax)) + "…'";
  return "'" + std::string(s) + "'";
}

template <typename T>
T take(Value&& v) {
  return std::holds_alternative<T>(v) ? std::get<T>(std::move(v)) : T{};
}

std::optional<std::int64_t> opt_int(Value& v) {
  if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
  return std::nullopt;
}

std::optional<double> opt_real(Value& v) {
  if (auto* d = std::get_if<double>(&v)) return *d;
  return std::nullopt;
}

std::optional<Date> opt_date(Value& v) {
  if (auto* d = std::get_if<Date>(&v)) return *d;
  return std::nullopt;
}

View opt_view(const std::optional<int>& v) {
  return v ? View(static_cast<std::int64_t>(*v)) : View();
}
View opt_view(const std::optional<double>& v) { return v ? View(*v) : View(); }
View opt_view(const std::optional<Date>& v) { return v ? View(*v) : View(); }
View size_view(std::size_t v) { return View(static_cast<std::int64_t>(v)); }

// An integer field with a closed range; null leaves the model's default.
std::string set_ranged(int& target, Value& v, int lo, int hi) {
  auto i = opt_int(v);
  if (!i) return "";
  if (*i < lo || *i > hi) return std::to_string(*i) + " is outside " + std::to_string(lo) + "–" + std::to_string(hi);
  target = static_cast<int>(*i);
  return "";
}

std::string set_count(std::optional<int>& target, Value& v) {
  auto i = opt_int(v);
  if (i && (*i < 0 || *i > 100000000)) return std::to_string(*i) + " is not a plausible count";
  target = i ? std::optional<int>(static_cast<int>(*i)) : std::nullopt;
  return "";
}

// An ACLED code with a closed range (inter codes 0–8, interaction 0–88); null clears it.
std::string set_code(std::optional<int>& target, Value& v, int max) {
  auto i = opt_int(v);
  if (i && (*i < 0 || *i > max)) return std::to_string(*i) + " is outside 0–" + std::to_string(max);
  target = i ? std::optional<int>(static_cast<int>(*i)) : std::nullopt;
  return "";
}

std::string set_offset(std::size_t& target, Value& v) {
  auto i = opt_int(v);
  if (i && *i < 0) return std::to_string(*i) + " is negative";
  target = i ? static_cast<std::size_t>(*i) : 0;
  return "";
}

std::string set_km(std::optional<double>& target, Value& v) {
  auto d = opt_real(v);
  if (d && (*d < 0 || *d > 50000)) return std::to_string(*d) + " km is not a distance on Earth";
  target = d;
  return "";
}

std::string set_grade(std::string& target, Value&& v, std::string_view allowed) {
  auto s = take<std::string>(std::move(v));
  if (!s.empty() && (s.size() != 1 || allowed.find(s[0]) == std::string_view::npos))
    return shown(s) + " is not one of " + std::string(allowed);
  target = std::move(s);
  return "";
}

const std::array<Property, fields::kCount>& table() {
  // Captureless lambdas: plain function pointers, one line per field.
  static const std::array<Property, fields::kCount> t = {{
      {F::id, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.id); },
       [](Event& e, Value&& v) -> std::string {
         e.id = take<std::string>(std::move(v));
         return "";
       }},
      {F::event_date, Kind::date, 0, [](const Event& e) { return opt_view(e.event_date); },
       [](Event& e, Value&& v) -> std::string { e.event_date = opt_date(v); return ""; }},
      {F::date_start, Kind::date, 0, [](const Event& e) { return opt_view(e.date_start); },
       [](Event& e, Value&& v) -> std::string { e.date_start = opt_date(v); return ""; }},
      {F::date_end, Kind::date, 0, [](const Event& e) { return opt_view(e.date_end); },
       [](Event& e, Value&& v) -> std::string { e.date_end = opt_date(v); return ""; }},
      {F::time_precision, Kind::integer, 0,
       [](const Event& e) -> View { return std::int64_t{e.time_precision}; },
       [](Event& e, Value&& v) { return set_ranged(e.time_precision, v, 1, 3); }},
      {F::date_prec, Kind::integer, 0, [](const Event& e) -> View { return std::int64_t{e.date_prec}; },
       [](Event& e, Value&& v) { return set_ranged(e.date_prec, v, 1, 5); }},
      {F::event_type, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.event_type); },
       [](Event& e, Value&& v) -> std::string { e.event_type = take<std::string>(std::move(v)); return ""; }},
      {F::sub_event_type, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.sub_event_type); },
       [](Event& e, Value&& v) -> std::string { e.sub_event_type = take<std::string>(std::move(v)); return ""; }},
      {F::actor1, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.actor1); },
       [](Event& e, Value&& v) -> std::string { e.actor1 = take<std::string>(std::move(v)); return ""; }},
      {F::actor2, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.actor2); },
       [](Event& e, Value&& v) -> std::string { e.actor2 = take<std::string>(std::move(v)); return ""; }},
      {F::assoc_actors, Kind::list, 0, [](const Event& e) -> View { return &e.assoc_actors; },
       [](Event& e, Value&& v) -> std::string {
         e.assoc_actors = take<std::vector<std::string>>(std::move(v));
         return "";
       }},
      {F::inter1, Kind::integer, 0, [](const Event& e) { return opt_view(e.inter1); },
       [](Event& e, Value&& v) { return set_code(e.inter1, v, 8); }},
      {F::inter2, Kind::integer, 0, [](const Event& e) { return opt_view(e.inter2); },
       [](Event& e, Value&& v) { return set_code(e.inter2, v, 8); }},
      {F::interaction, Kind::integer, 0, [](const Event& e) { return opt_view(e.interaction); },
       [](Event& e, Value&& v) { return set_code(e.interaction, v, 88); }},
      {F::civilian_targeting, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.civilian_targeting); },
       [](Event& e, Value&& v) -> std::string { e.civilian_targeting = take<std::string>(std::move(v)); return ""; }},
      {F::place_id, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.location.place_id); },
       [](Event& e, Value&& v) -> std::string { e.location.place_id = take<std::string>(std::move(v)); return ""; }},
      {F::location, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.location.name); },
       [](Event& e, Value&& v) -> std::string { e.location.name = take<std::string>(std::move(v)); return ""; }},
      {F::admin1, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.location.admin1); },
       [](Event& e, Value&& v) -> std::string { e.location.admin1 = take<std::string>(std::move(v)); return ""; }},
      {F::admin2, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.location.admin2); },
       [](Event& e, Value&& v) -> std::string { e.location.admin2 = take<std::string>(std::move(v)); return ""; }},
      {F::country, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.location.country); },
       [](Event& e, Value&& v) -> std::string { e.location.country = take<std::string>(std::move(v)); return ""; }},
      {F::geo_precision, Kind::integer, 0,
       [](const Event& e) -> View { return std::int64_t{e.geo_precision}; },
       [](Event& e, Value&& v) { return set_ranged(e.geo_precision, v, 1, 3); }},
      {F::where_prec, Kind::integer, 0, [](const Event& e) -> View { return std::int64_t{e.where_prec}; },
       [](Event& e, Value&& v) { return set_ranged(e.where_prec, v, 1, 7); }},
      {F::uncertainty_radius_m, Kind::real, 1, [](const Event& e) { return opt_view(e.uncertainty_radius_m); },
       [](Event& e, Value&& v) -> std::string {
         auto d = opt_real(v);
         if (d && *d < 0) return std::to_string(*d) + " m is negative";
         e.uncertainty_radius_m = d;
         return "";
       }},
      {F::border_pair, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.border.pair); },
       [](Event& e, Value&& v) -> std::string { e.border.pair = take<std::string>(std::move(v)); return ""; }},
      {F::side, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.border.side); },
       [](Event& e, Value&& v) -> std::string { e.border.side = take<std::string>(std::move(v)); return ""; }},
      {F::distance_to_border_km, Kind::real, 3,
       [](const Event& e) { return opt_view(e.border.distance_to_border_km); },
       [](Event& e, Value&& v) { return set_km(e.border.distance_to_border_km, v); }},
      {F::border_km, Kind::real, 3, [](const Event& e) { return opt_view(e.border.border_km); },
       [](Event& e, Value&& v) { return set_km(e.border.border_km, v); }},
      {F::border_section, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.border.border_section); },
       [](Event& e, Value&& v) -> std::string { e.border.border_section = take<std::string>(std::move(v)); return ""; }},
      {F::source, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.source.publication); },
       [](Event& e, Value&& v) -> std::string { e.source.publication = take<std::string>(std::move(v)); return ""; }},
      {F::source_url, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.source.url); },
       [](Event& e, Value&& v) -> std::string { e.source.url = take<std::string>(std::move(v)); return ""; }},
      {F::source_date, Kind::date, 0, [](const Event& e) { return opt_view(e.source.date); },
       [](Event& e, Value&& v) -> std::string { e.source.date = opt_date(v); return ""; }},
      {F::claimant, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.claimant); },
       [](Event& e, Value&& v) -> std::string { e.claimant = take<std::string>(std::move(v)); return ""; }},
      {F::source_reliability, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.source_reliability); },
       [](Event& e, Value&& v) { return set_grade(e.source_reliability, std::move(v), "ABCDEF"); }},
      {F::info_credibility, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.info_credibility); },
       [](Event& e, Value&& v) { return set_grade(e.info_credibility, std::move(v), "123456"); }},
      {F::fatalities_best, Kind::integer, 0, [](const Event& e) { return opt_view(e.fatalities_best); },
       [](Event& e, Value&& v) { return set_count(e.fatalities_best, v); }},
      {F::fatalities_low, Kind::integer, 0, [](const Event& e) { return opt_view(e.fatalities_low); },
       [](Event& e, Value&& v) { return set_count(e.fatalities_low, v); }},
      {F::fatalities_high, Kind::integer, 0, [](const Event& e) { return opt_view(e.fatalities_high); },
       [](Event& e, Value&& v) { return set_count(e.fatalities_high, v); }},
      {F::notes, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.notes); },
       [](Event& e, Value&& v) -> std::string { e.notes = take<std::string>(std::move(v)); return ""; }},
      {F::tags, Kind::list, 0, [](const Event& e) -> View { return &e.tags; },
       [](Event& e, Value&& v) -> std::string { e.tags = take<std::vector<std::string>>(std::move(v)); return ""; }},
      {F::document_id, Kind::text, 0,
       [](const Event& e) -> View { return std::string_view(e.provenance.document_id); },
       [](Event& e, Value&& v) -> std::string { e.provenance.document_id = take<std::string>(std::move(v)); return ""; }},
      {F::sentence_start, Kind::integer, 0, [](const Event& e) { return size_view(e.provenance.sentence_start); },
       [](Event& e, Value&& v) { return set_offset(e.provenance.sentence_start, v); }},
      {F::sentence_end, Kind::integer, 0, [](const Event& e) { return size_view(e.provenance.sentence_end); },
       [](Event& e, Value&& v) { return set_offset(e.provenance.sentence_end, v); }},
      {F::mention_start, Kind::integer, 0, [](const Event& e) { return size_view(e.provenance.mention_start); },
       [](Event& e, Value&& v) { return set_offset(e.provenance.mention_start, v); }},
      {F::mention_end, Kind::integer, 0, [](const Event& e) { return size_view(e.provenance.mention_end); },
       [](Event& e, Value&& v) { return set_offset(e.provenance.mention_end, v); }},
      {F::flagged_no_location, Kind::boolean, 0, [](const Event& e) -> View { return e.flagged_no_location; },
       [](Event& e, Value&& v) -> std::string { e.flagged_no_location = take<bool>(std::move(v)); return ""; }},
      {F::analyst_reviewed, Kind::boolean, 0, [](const Event& e) -> View { return e.analyst_reviewed; },
       [](Event& e, Value&& v) -> std::string { e.analyst_reviewed = take<bool>(std::move(v)); return ""; }},
      {F::attributes, Kind::attributes, 0, [](const Event& e) -> View { return &e.attributes; },
       [](Event& e, Value&& v) -> std::string { e.attributes = take<Attributes>(std::move(v)); return ""; }},
      {F::created, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.created); },
       [](Event& e, Value&& v) -> std::string { e.created = take<std::string>(std::move(v)); return ""; }},
      {F::modified, Kind::text, 0, [](const Event& e) -> View { return std::string_view(e.modified); },
       [](Event& e, Value&& v) -> std::string { e.modified = take<std::string>(std::move(v)); return ""; }},
  }};
  return t;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "HH:MM[:SS[.fff]][Z|±HH[:MM]]" — checked so that "2021-09-25garbage" is not a date.
bool is_time_part(std::string_view t) {
  auto two = [&](std::size_t at, int max) {
    if (t.size() < at + 2 || !all_digits(t.substr(at, 2))) return false;
    return (t[at] - '0') * 10 + (t[at + 1] - '0') <= max;
  };
  if (!two(0, 24) || t.size() < 5 || t[2] != ':' || !two(3, 59)) return false;
  std::size_t i = 5;
  if (i < t.size() && t[i] == ':') {
    if (!two(i + 1, 60)) return false;
    i += 3;
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
      std::size_t j = i + 1;
      while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
      if (j == i + 1) return false;
      i = j;
    }
  }
  std::string_view zone = t.substr(i);
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  zone.remove_prefix(1);
  if (zone.size() == 2) return all_digits(zone);
  if (zone.size() == 4) return all_digits(zone);
  return zone.size() == 5 && zone[2] == ':' && all_digits(zone.substr(0, 2)) && all_digits(zone.substr(3));
}

std::string type_name(const json& v) {
  if (v.is_array()) return "an array";
  if (v.is_object()) return "an object";
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string integer_from_text(std::string_view s, Value& out) {
  std::int64_t i = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (ec != std::errc() || p != s.data() + s.size()) return shown(s) + " is not an integer";
  out = i;
  return "";
}

std::string real_from_text(std::string_view s, Value& out) {
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(d)) return shown(s) + " is not a finite number";
  out = d;
  return "";
}

std::string bool_from_text(std::string_view s, Value& out) {
  if (s == "true" || s == "1" || s == "yes" || s == "TRUE" || s == "True") out = true;
  else if (s == "false" || s == "0" || s == "no" || s == "FALSE" || s == "False") out = false;
  else return shown(s) + " is not true/false";
  return "";
}

std::string attributes_from_json(const json& v, Value& out) {
  if (!v.is_object()) return "expected an object of attributes, got " + type_name(v);
  Attributes a;
  for (const auto& [k, x] : v.items())
    a.emplace_back(k, x.is_string() ? x.get<std::string>() : x.dump(-1, ' ', false, json::error_handler_t::replace));
  out = std::move(a);
  return "";
}

}  // namespace

std::span<const Property> properties() { return table(); }

const Property* find(std::string_view name) {
  for (const auto& p : table())
    if (name == p.name()) return &p;
  return nullptr;
}

std::optional<Date> parse_iso_day(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) ||
      !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2)))
    return std::nullopt;
  if (s.size() > 10 && ((s[10] != 'T' && s[10] != ' ') || !is_time_part(s.substr(11)))) return std::nullopt;
  Date d{(s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'),
         (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0')};
  std::chrono::year_month_day ymd{std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
                                  std::chrono::day{static_cast<unsigned>(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  if (!cell.empty() && cell.front() == '[' && !util::json_too_deep(cell)) {
    json j = json::parse(cell, nullptr, /*allow_exceptions=*/false);
    if (j.is_array()) {
      for (const auto& x : j) out.push_back(x.is_string() ? x.get<std::string>() : x.dump());
      return out;
    }
  }
  while (!cell.empty()) {
    std::size_t semi = cell.find(';');
    auto item = trim(cell.substr(0, semi));
    if (!item.empty()) out.emplace_back(item);
    if (semi == std::string_view::npos) break;
    cell.remove_prefix(semi + 1);
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

std::string list_cell(const std::vector<std::string>& items) {
  bool plain = items.empty() || items.front().empty() || items.front().front() != '[';
  for (const auto& s : items)
    if (s.empty() || s.find(';') != std::string::npos || s.front() == ' ' || s.back() == ' ') plain = false;
  if (plain) return join_list(items);
  return json(items).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string from_json(const Property& p, const json& v, Value& out) {
  out = std::monostate{};
  switch (p.kind) {
    case Kind::text:
      if (v.is_null()) out = std::string();
      else if (v.is_string()) out = v.get<std::string>();
      else if (v.is_number()) out = v.dump();  // numeric ids from other tools
      else return "expected text, got " + type_name(v);
      return "";
    case Kind::integer:
      if (v.is_null()) return "";
      if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
          return v.dump() + " is too large";
        out = v.get<std::int64_t>();
        return "";
      }
      if (v.is_number_float()) {
        double d = v.get<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15) {
          out = static_cast<std::int64_t>(d);
          return "";
        }
        return v.dump() + " is not an integer";
      }
      if (v.is_string()) return integer_from_text(v.get<std::string>(), out);
      return "expected an integer, got " + type_name(v);
    case Kind::real:
      if (v.is_null()) return "";
      if (v.is_number()) {
        double d = v.get<double>();
        if (!std::isfinite(d)) return "not a finite number";
        out = d;
        return "";
      }
      if (v.is_string()) return real_from_text(v.get<std::string>(), out);
      return "expected a number, got " + type_name(v);
    case Kind::date:
      if (v.is_null()) return "";
      if (v.is_string()) return from_text(p, v.get<std::string>(), out);
      return "expected an ISO 8601 date, got " + type_name(v);
    case Kind::list: {
      std::vector<std::string> items;
      if (v.is_array()) {
        for (const auto& x : v) {
          if (x.is_string()) items.push_back(x.get<std::string>());
          else if (x.is_number() || x.is_boolean()) items.push_back(x.dump());
          else return "list items must be text, got " + type_name(x);
        }
      } else if (v.is_string()) {
        items = split_list(v.get<std::string>());
      } else if (!v.is_null()) {
        return "expected a list of text, got " + type_name(v);
      }
      out = std::move(items);
      return "";
    }
    case Kind::boolean:
      if (v.is_null()) out = false;
      else if (v.is_boolean()) out = v.get<bool>();
      else if (v.is_number_integer() && (v.get<std::int64_t>() == 0 || v.get<std::int64_t>() == 1))
        out = v.get<std::int64_t>() == 1;
      else if (v.is_string()) return bool_from_text(v.get<std::string>(), out);
      else return "expected true/false, got " + type_name(v);
      return "";
    case Kind::attributes:
      if (v.is_null()) {
        out = Attributes{};
        return "";
      }
      if (v.is_string()) return from_text(p, v.get<std::string>(), out);
      return attributes_from_json(v, out);
  }
  return "";
}

std::string from_text(const Property& p, std::string_view s, Value& out) {
  out = std::monostate{};
  switch (p.kind) {
    case Kind::text: out = std::string(s); return "";
    case Kind::integer: return s.empty() ? "" : integer_from_text(s, out);
    case Kind::real: return s.empty() ? "" : real_from_text(s, out);
    case Kind::date: {
      if (s.empty()) return "";
      auto d = parse_iso_day(s);
      if (!d) return shown(s) + " is not a date (YYYY-MM-DD, optionally with a time part)";
      out = *d;
      return "";
    }
    case Kind::list: out = split_list(s); return "";
    case Kind::boolean:
      if (s.empty()) {
        out = false;
        return "";
      }
      return bool_from_text(s, out);
    case Kind::attributes: {
      if (s.empty()) {
        out = Attributes{};
        return "";
      }
      if (auto deep = util::json_too_deep(s)) return util::json_depth_message(*deep);
      json j = json::parse(s, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object()) return shown(s) + " is not a JSON object of attributes";
      Attributes a;
      for (const auto& [k, x] : j.items())
        a.emplace_back(k, x.is_string() ? x.get<std::string>() : x.dump(-1, ' ', false, json::error_handler_t::replace));
      out = std::move(a);
      return "";
    }
  }
  return "";
}

std::string set_from_json(Event& e, std::string_view name, const json& v, bool* known) {
  const Property* p = find(name);
  if (known) *known = p != nullptr;
  if (!p) return "";
  Value value;
  if (auto err = from_json(*p, v, value); !err.empty()) return err;
  return p->set(e, std::move(value));
}

}  // namespace bordermap::events::props
