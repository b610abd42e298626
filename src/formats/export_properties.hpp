#pragma once
// Every Event field as one named, typed property: the shape GeoJSON properties, KML
// ExtendedData and the CSV's extra columns share. Names and order come from the store's
// schema (events/event_fields.hpp), so a column is called the same in every file bordermap
// writes. Each property can be read from an Event without copying (for streamed writers)
// and set on one from a JSON value or a CSV cell, with the model's ranges checked.
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "events/event.hpp"
#include "events/event_fields.hpp"

namespace bordermap::events::props {

enum class Kind { text, integer, real, date, list, boolean, attributes };

using Attributes = std::vector<std::pair<std::string, std::string>>;

// A property as read from an Event; monostate is null (an empty optional).
using View = std::variant<std::monostate, std::string_view, std::int64_t, double, bool, Date,
                          const std::vector<std::string>*, const Attributes*>;
// A property as parsed from a file, ready to set.
using Value = std::variant<std::monostate, std::string, std::int64_t, double, bool, Date,
                           std::vector<std::string>, Attributes>;

struct Property {
  fields::Field field;
  Kind kind;
  int decimals;                         // reals: places written (coordinates have their own 6)
  View (*get)(const Event&);
  std::string (*set)(Event&, Value&&);  // "" or why the value is out of the model's range
  const char* name() const { return fields::definitions()[field].name; }
};

// All properties, in the store's column order.
std::span<const Property> properties();
const Property* find(std::string_view name);

// Conversions; each returns "" or a message such as "'2021-02-30' is not a date".
std::string from_json(const Property& p, const nlohmann::ordered_json& v, Value& out);
std::string from_text(const Property& p, std::string_view cell, Value& out);  // "" is null

// Sets `name` from a JSON value: "" on success, the message when the value is bad; sets
// *known = false (and touches nothing) when the name is not a property.
std::string set_from_json(Event& e, std::string_view name, const nlohmann::ordered_json& v, bool* known);

// Strict ISO 8601 day, optionally followed by a time part ("2021-09-25",
// "2021-09-25T00:00:00Z", "2021-09-25 10:30:00+05:00"); the time is accepted, not kept.
std::optional<Date> parse_iso_day(std::string_view s);

// A CSV cell for the list fields: "a; b" (ACLED's separator) or a JSON array.
std::vector<std::string> split_list(std::string_view cell);
std::string join_list(const std::vector<std::string>& items);  // "a; b", for people to read
// "a; b" when that reads back as the same items, else a JSON array ("[\"river; crossing\"]").
std::string list_cell(const std::vector<std::string>& items);

}  // namespace bordermap::events::props
