#pragma once
// Writes geocoded documents in the formats of `bordermap geocode --format`.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "geoparse/mention.hpp"

namespace bordermap::cli {

struct GeocodedDocument {
  std::string id;           // file name, or the JSONL id as text
  nlohmann::json json_id;   // the JSONL id as given (string, number or null)
  std::size_t line = 0;     // JSONL line number
  std::string error;        // non-empty: this document could not be geocoded
  geoparse::DocumentResult result;
};

// json: {"mentions":[…]} for one text document, {"documents":[…]} for several;
// jsonl: one {"id","mentions"} (or {"id","line","error"}) per document;
// geojson: one FeatureCollection of every resolved mention; table: for people.
void write_documents(std::ostream& out, const std::vector<GeocodedDocument>& docs, const std::string& format,
                     bool jsonl_input);

}  // namespace bordermap::cli
