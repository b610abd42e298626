#pragma once
// The JSON shapes of the geocode contract (README "CLI reference").
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "geoparse/mention.hpp"

namespace bordermap::geoparse {

// lon/lat rounded to 6 decimals (≈ 10 cm): no 15-digit noise in the output.
double round6(double v);

nlohmann::json place_json(const gazetteer::Place& place, bool with_population = false);
nlohmann::json mention_json(const Mention& mention);
nlohmann::json mentions_json(const std::vector<Mention>& mentions);

struct NamedDocument {
  std::string id;  // file name or JSONL id
  const std::vector<Mention>* mentions;
};

// RFC 7946 FeatureCollection of the resolved mentions, one Point feature each, with bbox.
nlohmann::json mentions_geojson(const std::vector<NamedDocument>& documents);

}  // namespace bordermap::geoparse
