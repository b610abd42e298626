#include "events/event_fields.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <nlohmann/json.hpp>

#include "geo/gdal_handle.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"
#include "util/json_guard.hpp"

namespace bordermap::events::fields {
namespace {

using nlohmann::json;

// ---- setters --------------------------------------------------------------------------

void set_string(OGRFeatureH f, int i, const std::string& v) {
  if (i >= 0) OGR_F_SetFieldString(f, i, v.c_str());
}

void set_int(OGRFeatureH f, int i, int v) { OGR_F_SetFieldInteger(f, i, v); }

void set_int64(OGRFeatureH f, int i, std::size_t v) {
  OGR_F_SetFieldInteger64(f, i, static_cast<GIntBig>(v));
}

void set_opt_date(OGRFeatureH f, int i, const std::optional<Date>& d) {
  if (d) set_string(f, i, format_date(*d));
  else OGR_F_SetFieldNull(f, i);
}

void set_opt_double(OGRFeatureH f, int i, const std::optional<double>& v) {
  if (v && std::isfinite(*v)) OGR_F_SetFieldDouble(f, i, *v);
  else OGR_F_SetFieldNull(f, i);
}

void set_opt_int(OGRFeatureH f, int i, const std::optional<int>& v) {
  if (i < 0) return;  // a column added later, absent from this layer
  if (v) OGR_F_SetFieldInteger(f, i, *v);
  else OGR_F_SetFieldNull(f, i);
}

std::string list_json(const std::vector<std::string>& items) {
  // Invalid UTF-8 must not make the whole write fail: replace it.
  return json(items).dump(-1, ' ', false, json::error_handler_t::replace);
}

// The same text ordered_json would give (first position of a key, its last value), but
// ordered_json finds keys by linear search: quadratic for the 100,000 columns of a wide CSV.
std::string attributes_json(const std::vector<std::pair<std::string, std::string>>& attrs) {
  std::unordered_map<std::string_view, std::size_t> slot;
  std::vector<std::pair<std::string_view, std::string_view>> items;
  for (const auto& [k, v] : attrs) {
    auto [it, fresh] = slot.emplace(k, items.size());
    if (fresh) items.emplace_back(k, v);
    else items[it->second].second = v;
  }
  auto text = [](std::string_view s) { return json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace); };
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += text(items[i].first);
    out += ':';
    out += text(items[i].second);
  }
  return out + "}";
}

// ---- getters --------------------------------------------------------------------------

bool has(OGRFeatureH f, int i) { return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i); }

std::string get_string(OGRFeatureH f, int i) { return has(f, i) ? OGR_F_GetFieldAsString(f, i) : std::string(); }

int get_int(OGRFeatureH f, int i, int fallback) { return has(f, i) ? OGR_F_GetFieldAsInteger(f, i) : fallback; }

std::size_t get_size(OGRFeatureH f, int i) {
  if (!has(f, i)) return 0;
  GIntBig v = OGR_F_GetFieldAsInteger64(f, i);
  return v < 0 ? 0 : static_cast<std::size_t>(v);
}

std::optional<int> get_opt_int(OGRFeatureH f, int i) {
  if (!has(f, i)) return std::nullopt;
  return OGR_F_GetFieldAsInteger(f, i);
}

std::optional<double> get_opt_double(OGRFeatureH f, int i) {
  if (!has(f, i)) return std::nullopt;
  return OGR_F_GetFieldAsDouble(f, i);
}

std::optional<Date> get_opt_date(OGRFeatureH f, int i) {
  if (!has(f, i)) return std::nullopt;
  return parse_date(OGR_F_GetFieldAsString(f, i));
}

std::vector<std::string> get_list(OGRFeatureH f, int i) {
  std::string text = get_string(f, i);
  std::vector<std::string> out;
  if (text.empty()) return out;
  // A store is data too: a value nested deeper than any list we write stays one item.
  json j = util::json_too_deep(text) ? json() : json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_array()) {
    for (const auto& item : j) out.push_back(item.is_string() ? item.get<std::string>() : item.dump());
  } else {
    out.push_back(text);  // typed by hand in a GIS: keep it as one item rather than lose it
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> get_attributes(OGRFeatureH f, int i) {
  std::string text = get_string(f, i);
  std::vector<std::pair<std::string, std::string>> out;
  if (text.empty()) return out;
  json j = util::json_too_deep(text) ? json() : json::parse(text, nullptr, false);
  if (j.is_object()) {
    // In the stored order; a key written twice keeps its first place and last value.
    for (const auto& key : util::object_keys_in_order(text)) {
      auto it = j.find(key);
      if (it == j.end()) continue;
      out.emplace_back(key, it->is_string() ? it->get<std::string>() : it->dump());
      j.erase(it);
    }
    for (const auto& [k, v] : j.items()) out.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
  } else {
    out.emplace_back("attributes", text);
  }
  return out;
}

// ACLED's inter codes and interaction as an older store kept them, in attributes: "2", "12".
std::optional<int> code_attribute(const std::string& v, int max) {
  if (v.empty() || v.size() > 2) return std::nullopt;
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n <= max ? std::optional<int>(n) : std::nullopt;
}

void lift_acled_attributes(Event& e) {
  std::erase_if(e.attributes, [&](const std::pair<std::string, std::string>& a) {
    auto lift = [&](std::optional<int>& field, int max) {
      if (field) return false;
      field = code_attribute(a.second, max);
      return field.has_value();  // a value that is no code (ACLED's 2024 text) stays an attribute
    };
    if (a.first == "inter1") return lift(e.inter1, 8);
    if (a.first == "inter2") return lift(e.inter2, 8);
    if (a.first == "interaction") return lift(e.interaction, 88);
    if (a.first == "civilian_targeting" && e.civilian_targeting.empty()) {
      e.civilian_targeting = a.second;
      return true;
    }
    return false;
  });
}

}  // namespace

const std::array<FieldDef, kCount>& definitions() {
  static const std::array<FieldDef, kCount> defs = {{
      {"id", OFTString},
      {"event_date", OFTString},
      {"date_start", OFTString},
      {"date_end", OFTString},
      {"time_precision", OFTInteger},
      {"date_prec", OFTInteger},
      {"event_type", OFTString},
      {"sub_event_type", OFTString},
      {"actor1", OFTString},
      {"actor2", OFTString},
      {"assoc_actors", OFTString},
      {"inter1", OFTInteger, true},
      {"inter2", OFTInteger, true},
      {"interaction", OFTInteger, true},
      {"civilian_targeting", OFTString, true},
      {"place_id", OFTString},
      {"location", OFTString},
      {"admin1", OFTString},
      {"admin2", OFTString},
      {"country", OFTString},
      {"geo_precision", OFTInteger},
      {"where_prec", OFTInteger},
      {"uncertainty_radius_m", OFTReal},
      {"border_pair", OFTString},
      {"side", OFTString},
      {"distance_to_border_km", OFTReal},
      {"border_km", OFTReal},
      {"border_section", OFTString},
      {"source", OFTString},
      {"source_url", OFTString},
      {"source_date", OFTString},
      {"claimant", OFTString},
      {"source_reliability", OFTString},
      {"info_credibility", OFTString},
      {"fatalities_best", OFTInteger},
      {"fatalities_low", OFTInteger},
      {"fatalities_high", OFTInteger},
      {"notes", OFTString},
      {"tags", OFTString},
      {"document_id", OFTString},
      {"sentence_start", OFTInteger64},
      {"sentence_end", OFTInteger64},
      {"mention_start", OFTInteger64},
      {"mention_end", OFTInteger64},
      {"flagged_no_location", OFTInteger},
      {"analyst_reviewed", OFTInteger},
      {"attributes", OFTString},
      {"created", OFTString},
      {"modified", OFTString},
  }};
  return defs;
}

FieldIndex::FieldIndex(OGRFeatureDefnH defn, const std::string& what) {
  const auto& defs = definitions();
  for (std::size_t i = 0; i < defs.size(); ++i) {
    index_[i] = OGR_FD_GetFieldIndex(defn, defs[i].name);
    if (index_[i] < 0 && !defs[i].added_later)
      throw DataError(what + ": the events layer has no column '" + defs[i].name +
                      "' (not a bordermap event store, or written by an incompatible version)");
  }
}

void write_event(OGRFeatureH f, const FieldIndex& ix, const Event& e) {
  set_string(f, ix[id], e.id);
  set_opt_date(f, ix[event_date], e.event_date);
  set_opt_date(f, ix[date_start], e.date_start);
  set_opt_date(f, ix[date_end], e.date_end);
  set_int(f, ix[time_precision], e.time_precision);
  set_int(f, ix[date_prec], e.date_prec);
  set_string(f, ix[event_type], e.event_type);
  set_string(f, ix[sub_event_type], e.sub_event_type);
  set_string(f, ix[actor1], e.actor1);
  set_string(f, ix[actor2], e.actor2);
  set_string(f, ix[assoc_actors], list_json(e.assoc_actors));
  set_opt_int(f, ix[inter1], e.inter1);
  set_opt_int(f, ix[inter2], e.inter2);
  set_opt_int(f, ix[interaction], e.interaction);
  set_string(f, ix[civilian_targeting], e.civilian_targeting);
  set_string(f, ix[place_id], e.location.place_id);
  set_string(f, ix[location], e.location.name);
  set_string(f, ix[admin1], e.location.admin1);
  set_string(f, ix[admin2], e.location.admin2);
  set_string(f, ix[country], e.location.country);
  set_int(f, ix[geo_precision], e.geo_precision);
  set_int(f, ix[where_prec], e.where_prec);
  set_opt_double(f, ix[uncertainty_radius_m], e.uncertainty_radius_m);
  set_string(f, ix[border_pair], e.border.pair);
  set_string(f, ix[side], e.border.side);
  set_opt_double(f, ix[distance_to_border_km], e.border.distance_to_border_km);
  set_opt_double(f, ix[border_km], e.border.border_km);
  set_string(f, ix[border_section], e.border.border_section);
  set_string(f, ix[source], e.source.publication);
  set_string(f, ix[source_url], e.source.url);
  set_opt_date(f, ix[source_date], e.source.date);
  set_string(f, ix[claimant], e.claimant);
  set_string(f, ix[source_reliability], e.source_reliability);
  set_string(f, ix[info_credibility], e.info_credibility);
  set_opt_int(f, ix[fatalities_best], e.fatalities_best);
  set_opt_int(f, ix[fatalities_low], e.fatalities_low);
  set_opt_int(f, ix[fatalities_high], e.fatalities_high);
  set_string(f, ix[notes], e.notes);
  set_string(f, ix[tags], list_json(e.tags));
  set_string(f, ix[document_id], e.provenance.document_id);
  set_int64(f, ix[sentence_start], e.provenance.sentence_start);
  set_int64(f, ix[sentence_end], e.provenance.sentence_end);
  set_int64(f, ix[mention_start], e.provenance.mention_start);
  set_int64(f, ix[mention_end], e.provenance.mention_end);
  set_int(f, ix[flagged_no_location], e.flagged_no_location ? 1 : 0);
  set_int(f, ix[analyst_reviewed], e.analyst_reviewed ? 1 : 0);
  set_string(f, ix[attributes], attributes_json(e.attributes));
  set_string(f, ix[created], e.created);
  set_string(f, ix[modified], e.modified);

  const auto& loc = e.location;
  if (loc.lat && loc.lon && std::isfinite(*loc.lat) && std::isfinite(*loc.lon)) {
    geo::OgrGeometry pt(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(pt.get(), 0, *loc.lon, *loc.lat);
    if (geo::set_feature_geometry(f, std::move(pt)) != OGRERR_NONE)
      throw GeoError("cannot set the point of event " + e.id + ": the layer has no geometry column");
  } else {
    OGR_F_SetGeometryDirectly(f, nullptr);
  }
}

Event read_event(OGRFeatureH f, const FieldIndex& ix) {
  Event e;
  e.id = get_string(f, ix[id]);
  e.event_date = get_opt_date(f, ix[event_date]);
  e.date_start = get_opt_date(f, ix[date_start]);
  e.date_end = get_opt_date(f, ix[date_end]);
  e.time_precision = get_int(f, ix[time_precision], e.time_precision);
  e.date_prec = get_int(f, ix[date_prec], e.date_prec);
  e.event_type = get_string(f, ix[event_type]);
  e.sub_event_type = get_string(f, ix[sub_event_type]);
  e.actor1 = get_string(f, ix[actor1]);
  e.actor2 = get_string(f, ix[actor2]);
  e.assoc_actors = get_list(f, ix[assoc_actors]);
  e.inter1 = get_opt_int(f, ix[inter1]);
  e.inter2 = get_opt_int(f, ix[inter2]);
  e.interaction = get_opt_int(f, ix[interaction]);
  e.civilian_targeting = get_string(f, ix[civilian_targeting]);
  e.location.place_id = get_string(f, ix[place_id]);
  e.location.name = get_string(f, ix[location]);
  e.location.admin1 = get_string(f, ix[admin1]);
  e.location.admin2 = get_string(f, ix[admin2]);
  e.location.country = get_string(f, ix[country]);
  e.geo_precision = get_int(f, ix[geo_precision], e.geo_precision);
  e.where_prec = get_int(f, ix[where_prec], e.where_prec);
  e.uncertainty_radius_m = get_opt_double(f, ix[uncertainty_radius_m]);
  e.border.pair = get_string(f, ix[border_pair]);
  e.border.side = get_string(f, ix[side]);
  e.border.distance_to_border_km = get_opt_double(f, ix[distance_to_border_km]);
  e.border.border_km = get_opt_double(f, ix[border_km]);
  e.border.border_section = get_string(f, ix[border_section]);
  e.source.publication = get_string(f, ix[source]);
  e.source.url = get_string(f, ix[source_url]);
  e.source.date = get_opt_date(f, ix[source_date]);
  e.claimant = get_string(f, ix[claimant]);
  e.source_reliability = get_string(f, ix[source_reliability]);
  e.info_credibility = get_string(f, ix[info_credibility]);
  e.fatalities_best = get_opt_int(f, ix[fatalities_best]);
  e.fatalities_low = get_opt_int(f, ix[fatalities_low]);
  e.fatalities_high = get_opt_int(f, ix[fatalities_high]);
  e.notes = get_string(f, ix[notes]);
  e.tags = get_list(f, ix[tags]);
  e.provenance.document_id = get_string(f, ix[document_id]);
  e.provenance.sentence_start = get_size(f, ix[sentence_start]);
  e.provenance.sentence_end = get_size(f, ix[sentence_end]);
  e.provenance.mention_start = get_size(f, ix[mention_start]);
  e.provenance.mention_end = get_size(f, ix[mention_end]);
  e.flagged_no_location = get_int(f, ix[flagged_no_location], 0) != 0;
  e.analyst_reviewed = get_int(f, ix[analyst_reviewed], 0) != 0;
  e.attributes = get_attributes(f, ix[attributes]);
  lift_acled_attributes(e);
  e.created = get_string(f, ix[created]);
  e.modified = get_string(f, ix[modified]);

  if (OGRGeometryH g = OGR_F_GetGeometryRef(f);
      g && !OGR_G_IsEmpty(g) && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint) {
    e.location.lon = OGR_G_GetX(g, 0);
    e.location.lat = OGR_G_GetY(g, 0);
  }
  return e;
}

std::string format_date(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  std::string head(s.substr(0, 10));
  if (head[4] == '/' && head[7] == '/') head[4] = head[7] = '-';  // OGR's own date rendering
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  auto d = parse_iso_date(head);
  if (!d) return std::nullopt;
  return Date{d->year, d->month, d->day};
}

std::string utc_now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace bordermap::events::fields
