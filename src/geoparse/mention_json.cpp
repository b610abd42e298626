#include "geoparse/mention_json.hpp"

#include <algorithm>
#include <cmath>

namespace bordermap::geoparse {

double round6(double v) { return std::round(v * 1e6) / 1e6; }

nlohmann::json place_json(const gazetteer::Place& p, bool with_population) {
  nlohmann::json j = {
      {"id", p.id},
      {"name", p.name},
      {"kind", std::string(gazetteer::kind_name(p.kind))},
      {"country", p.country.empty() ? nlohmann::json() : nlohmann::json(p.country)},
      {"admin1", p.admin1.empty() ? nlohmann::json() : nlohmann::json(p.admin1)},
      {"lat", round6(p.lat)},
      {"lon", round6(p.lon)},
  };
  if (with_population) j["population"] = p.population;
  return j;
}

nlohmann::json mention_json(const Mention& m) {
  nlohmann::json alts = nlohmann::json::array();
  for (const auto& a : m.alternatives) alts.push_back({{"place", place_json(a.place)}, {"score", a.score}});
  return {
      {"text", m.text},
      {"start", m.start},
      {"end", m.end},
      {"place", m.place ? place_json(*m.place) : nlohmann::json()},
      {"confidence", m.confidence},
      {"alternatives", std::move(alts)},
  };
}

nlohmann::json mentions_json(const std::vector<Mention>& mentions) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& m : mentions) arr.push_back(mention_json(m));
  return arr;
}

nlohmann::json mentions_geojson(const std::vector<NamedDocument>& documents) {
  nlohmann::json features = nlohmann::json::array();
  double w = 180, s = 90, e = -180, n = -90;
  for (const auto& doc : documents) {
    for (const auto& m : *doc.mentions) {
      if (!m.place) continue;
      const auto& p = *m.place;
      double lon = round6(p.lon), lat = round6(p.lat);
      w = std::min(w, lon);
      e = std::max(e, lon);
      s = std::min(s, lat);
      n = std::max(n, lat);
      features.push_back({
          {"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {lon, lat}}}},
          {"properties",
           {{"document", doc.id},
            {"mention", m.text},
            {"start", m.start},
            {"end", m.end},
            {"place_id", p.id},
            {"name", p.name},
            {"kind", std::string(gazetteer::kind_name(p.kind))},
            {"country", p.country},
            {"admin1", p.admin1},
            {"confidence", m.confidence}}},
      });
    }
  }
  nlohmann::json fc = {{"type", "FeatureCollection"}};
  if (!features.empty()) fc["bbox"] = {w, s, e, n};
  fc["features"] = std::move(features);
  return fc;
}

}  // namespace bordermap::geoparse
