#pragma once
// ACLED's CSV export columns and how each maps onto the event model, shared by the CSV
// writer and the importer so that what one writes the other reads back unchanged.
//
// Columns ACLED has and the model does not (region, admin3, source_scale, timestamp, …) live
// in Event::attributes under ACLED's column name: an ACLED import keeps them there, and the
// export writes them back into their own column. Several can be derived from the model
// (disorder_type from the event type; iso, country and region from the ISO alpha-2 code;
// timestamp from the modified time); an attribute is kept only where it says something the
// derivation would not. The inter codes, interaction and civilian_targeting are model fields.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "events/event.hpp"

namespace bordermap::events::acled {

// ACLED's documented export columns (codebook 2023), in its order.
inline constexpr std::array<std::string_view, 31> kColumns = {
    "event_id_cnty", "event_date",   "year",          "time_precision", "disorder_type",
    "event_type",    "sub_event_type", "actor1",      "assoc_actor_1",  "inter1",
    "actor2",        "assoc_actor_2", "inter2",       "interaction",    "civilian_targeting",
    "iso",           "region",        "country",      "admin1",         "admin2",
    "admin3",        "location",      "latitude",     "longitude",      "geo_precision",
    "source",        "source_scale",  "notes",        "fatalities",     "tags",
    "timestamp"};

// What an import needs to make an event at all; other columns are optional.
inline constexpr std::array<std::string_view, 7> kRequired = {
    "event_id_cnty", "event_date", "event_type", "location", "country", "latitude", "longitude"};

// The column holding the model's ISO alpha-2 country in bordermap's CSV (ACLED's
// `country` is the English name).
inline constexpr std::string_view kCountryCode = "country_code";

bool is_acled_column(std::string_view column);
// Kept in attributes under the column's name; the rest map onto model fields.
bool is_attribute_column(std::string_view column);
// Columns whose cell may come from an attribute of the same name: the attribute columns,
// and the inter codes when an import kept a value that is no code (ACLED's 2024 text).
bool writes_attribute(std::string_view column);

// The cell the export writes for an ACLED column: the attribute of that name when the event
// has one, else what the model gives.
std::string cell(std::string_view column, const Event& e);
// What the model alone gives for an attribute column ("" when nothing).
std::string derived(std::string_view column, const Event& e);

// ACLED's event_date: "25 September 2021" (its download tool), "25 Sep 2021", or ISO
// "2021-09-25"; nullopt for anything else and for days that do not exist.
std::optional<Date> parse_date(std::string_view s);

// ACLED's disorder_type for its own event types; "" for bordermap's own types.
std::string disorder_type(std::string_view event_type, std::string_view sub_event_type);

// UCDP precision codes for an ACLED event, which has only ACLED's: time_precision 1 day →
// date_prec 1, 2 week → 3, 3 month → 4; geo_precision 1 town → where_prec 1, 2 near a
// town → 2, 3 region → 4.
int date_prec_from_time_precision(int time_precision);
int where_prec_from_geo_precision(int geo_precision);

}  // namespace bordermap::events::acled
