#pragma once
// The event model: one dated claim about something that happened somewhere, attributed to
// whoever made it. Field names follow ACLED where ACLED has the concept, UCDP GED for its
// precision codes, and the Admiralty code for grading.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bordermap::events {

// A calendar day; dates are whole days (ISO 8601 "2021-09-25"), written with a time part
// ("2021-09-25T00:00:00Z") wherever an exporter's readers need one.
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

struct Location {
  std::string place_id;  // gazetteer id, "" when unresolved
  std::string name;
  std::string admin1;
  std::string admin2;
  std::string country;   // ISO alpha-2
  std::optional<double> lat, lon;  // WGS84; empty = null geometry
};

struct BorderAnalytics {
  std::string pair;                          // "AF-TJ"
  std::string side;                          // ISO alpha-2 of the side, "" unknown
  std::optional<double> distance_to_border_km;
  std::optional<double> border_km;           // along the border from its western end
  std::string border_section;                // "Badakhshan (AF) – Gorno-Badakhshan (TJ)"
};

struct SourceRef {
  std::string publication;  // "Bakhtar News Agency", "Asia-Plus"
  std::string url;
  std::optional<Date> date;
};

struct Provenance {
  std::string document_id;
  std::size_t sentence_start = 0, sentence_end = 0;  // UTF-8 byte span in the document
  std::size_t mention_start = 0, mention_end = 0;    // the place mention; 0/0 when none
};

struct Event {
  std::string id;  // stable: derived from document id + sentence span + place (see event_id)

  std::optional<Date> event_date;
  std::optional<Date> date_start, date_end;
  int time_precision = 3;  // ACLED: 1 day, 2 week, 3 month (or vaguer)
  int date_prec = 5;       // UCDP: 1 exact day … 5 more than a month

  std::string event_type;      // ACLED vocabulary or bordermap's own (events/event_types.tsv)
  std::string sub_event_type;
  std::string actor1, actor2;  // canonical actor names (events/actors.tsv)
  std::vector<std::string> assoc_actors;
  // ACLED's actor types ("inter" codes 0–8, extract/inter_codes.hpp) and what follows from
  // them; empty when not coded. The ISO numeric country (ACLED's `iso`) is not stored: it
  // follows from location.country, and one source of truth cannot disagree with itself.
  std::optional<int> inter1, inter2;
  std::optional<int> interaction;   // 17 = state forces vs civilians; 60 = protesters alone
  std::string civilian_targeting;   // "Civilian targeting" or ""

  Location location;
  int geo_precision = 3;  // ACLED: 1 town, 2 part of region / near a town, 3 region or feature
  int where_prec = 6;     // UCDP: 1 exact … 4 ADM1 … 6 country … 7 water/airspace
  std::optional<double> uncertainty_radius_m;
  BorderAnalytics border;

  SourceRef source;
  std::string claimant;            // who asserted it ("Taliban spokesman Zabihullah Mujahid")
  std::string source_reliability;  // Admiralty A–F, "" ungraded
  std::string info_credibility;    // Admiralty 1–6, "" ungraded
  std::optional<int> fatalities_best, fatalities_low, fatalities_high;

  std::string notes;
  std::vector<std::string> tags;
  Provenance provenance;
  bool flagged_no_location = false;  // kept with a null geometry
  bool analyst_reviewed = false;     // an analyst's edit: re-ingest never overwrites it
  // Columns an import brought that the model has no field for, kept as they came.
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string created;               // ISO 8601 UTC timestamps, set by the store
  std::string modified;
};

}  // namespace bordermap::events
