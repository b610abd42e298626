#pragma once
// The OGR schema of the event layer and the conversion between an Event and an OGR
// feature. One definition serves the GeoPackage and the PostGIS store (and anything else
// that writes the same layer), so the columns cannot drift apart.
//
// Schema choices: dates are ISO 8601 text (YYYY-MM-DD), so they sort and compare as text
// in SQLite and PostgreSQL alike; lists and attributes are JSON text; booleans are
// integers 0/1; every optional number is a nullable column. The geometry is a nullable
// Point in EPSG:4326 (lon/lat); lat/lon are not duplicated into columns.
#include <ogr_api.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "events/event.hpp"

namespace bordermap::events::fields {

inline constexpr const char* kLayer = "events";
inline constexpr const char* kFidColumn = "fid";
inline constexpr const char* kGeometryColumn = "geom";

enum Field : int {
  id,
  event_date,
  date_start,
  date_end,
  time_precision,
  date_prec,
  event_type,
  sub_event_type,
  actor1,
  actor2,
  assoc_actors,   // JSON array of strings
  inter1,         // ACLED actor-type codes 0–8, nullable
  inter2,
  interaction,    // nullable
  civilian_targeting,
  place_id,
  location,       // the place name (ACLED's column name)
  admin1,
  admin2,
  country,
  geo_precision,
  where_prec,
  uncertainty_radius_m,
  border_pair,
  side,
  distance_to_border_km,
  border_km,
  border_section,
  source,         // publication
  source_url,
  source_date,
  claimant,
  source_reliability,
  info_credibility,
  fatalities_best,
  fatalities_low,
  fatalities_high,
  notes,
  tags,           // JSON array of strings
  document_id,
  sentence_start,
  sentence_end,
  mention_start,
  mention_end,
  flagged_no_location,  // 0/1
  analyst_reviewed,     // 0/1
  attributes,           // JSON object, in the order the import brought the columns
  created,              // ISO 8601 UTC, "2021-09-25T10:00:00Z"
  modified,
  kCount
};

struct FieldDef {
  const char* name;
  OGRFieldType type;
  // Added after stores were first written: a store or export without the column still
  // opens (it reads as empty; a store opened for writing gains the column).
  bool added_later = false;
};

// Name and OGR type of each Field, in enum order.
const std::array<FieldDef, kCount>& definitions();

// Where each Field sits in one layer's feature definition. Built once per opened layer.
class FieldIndex {
 public:
  // Throws DataError naming `what` (the store) and the first missing column that is not
  // added_later; a missing added_later column has index -1.
  FieldIndex(OGRFeatureDefnH defn, const std::string& what);
  int operator[](Field f) const { return index_[static_cast<std::size_t>(f)]; }

 private:
  std::array<int, kCount> index_{};
};

// Sets every column and the geometry of `feature` from `event` (the FID is left alone).
void write_event(OGRFeatureH feature, const FieldIndex& ix, const Event& event);
// Reads an event back; lenient with values edited by hand in a GIS (a malformed date
// reads as none, a list that is not JSON as one item) so one odd row never hides the rest.
// Stores written before the inter-code columns kept an ACLED import's inter1, inter2,
// interaction and civilian_targeting among the attributes: those move to their fields.
Event read_event(OGRFeatureH feature, const FieldIndex& ix);

std::string format_date(const Date& d);               // "2021-09-25"
std::optional<Date> parse_date(std::string_view s);   // also takes "2021-09-25T…" and "2021/09/25"
std::string utc_now_iso();                            // "2021-09-25T10:00:00Z"

}  // namespace bordermap::events::fields
