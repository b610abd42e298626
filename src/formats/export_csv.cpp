// CSV with ACLED's export columns first, in ACLED's order and with ACLED's names and
// formats (event_date as YYYY-MM-DD, iso numeric, country as a name, lists "a; b"), so
// tools that read ACLED files read this one; then bordermap's own fields as extra columns
// (date_start/date_end with a time part for kepler.gl and QGIS, precision codes, border
// analytics, grading, provenance, the ISO alpha-2 as country_code); then any attributes an
// import brought, one column each. RFC 4180 quoting, CRLF, UTF-8 without a byte-order mark.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>

#include "formats/acled_columns.hpp"
#include "formats/csv_io.hpp"
#include "formats/export_output.hpp"
#include "formats/export_properties.hpp"
#include "events/event_text.hpp"
#include "formats/export_writers.hpp"

namespace bordermap::events::detail {
namespace {

using F = fields::Field;

// Fields an ACLED column already carries.
bool in_acled_columns(F f) {
  switch (f) {
    case F::id: case F::event_date: case F::time_precision: case F::event_type: case F::sub_event_type:
    case F::actor1: case F::actor2: case F::assoc_actors: case F::inter1: case F::inter2: case F::interaction:
    case F::civilian_targeting: case F::location: case F::admin1: case F::admin2:
    case F::geo_precision: case F::source: case F::notes: case F::fatalities_best: case F::tags:
    case F::attributes:
      return true;
    default:
      return false;
  }
}

struct CellText {
  int decimals;
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(std::string_view s) const { return std::string(s); }
  std::string operator()(std::int64_t i) const { return std::to_string(i); }
  std::string operator()(double d) const { return text::number_text(d, decimals); }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const Date& d) const { return text::iso_datetime(d); }
  std::string operator()(const std::vector<std::string>* list) const { return props::list_cell(*list); }
  std::string operator()(const props::Attributes*) const { return {}; }
};

struct Column {
  enum Kind { acled, property, attribute } kind;
  std::string name;                      // header text
  const props::Property* prop = nullptr;  // property columns
  std::string key = {};                  // attribute columns: the attribute's name
};

std::vector<Column> columns_for(const std::vector<Event>& events) {
  std::vector<Column> cols;
  std::set<std::string> used;
  for (auto c : acled::kColumns) {
    cols.push_back({Column::acled, std::string(c)});
    used.emplace(c);
  }
  for (const auto& p : props::properties()) {
    if (in_acled_columns(p.field)) continue;
    std::string name = p.field == F::country ? std::string(acled::kCountryCode) : p.name();
    cols.push_back({Column::property, name, &p});
    used.insert(name);
  }
  std::set<std::string> seen;
  for (const auto& e : events)
    for (const auto& [key, value] : e.attributes) {
      if (acled::writes_attribute(key) || !seen.insert(key).second) continue;
      // A name already taken by a column is prefixed; the import strips the prefix again.
      std::string name = used.count(key) ? "attributes." + key : key;
      cols.push_back({Column::attribute, name, nullptr, key});
    }
  return cols;
}

// An event's attributes by name (the first of a repeated name, as the GeoJSON export
// does): one lookup per column, so a row of 100,000 attribute columns is linear, not quadratic.
std::unordered_map<std::string_view, std::string_view> attributes_by_name(const Event& e) {
  std::unordered_map<std::string_view, std::string_view> by_name;
  by_name.reserve(e.attributes.size());
  for (const auto& [k, v] : e.attributes) by_name.emplace(k, v);
  return by_name;
}

}  // namespace

void write_csv(const std::vector<Event>& events, const std::filesystem::path& path) {
  const auto cols = columns_for(events);
  OutputFile file(path);
  std::string& out = file.buf();
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (i) out.push_back(',');
    csv::append_field(out, cols[i].name);
  }
  out += csv::kRecordEnd;
  for (const auto& e : events) {
    has_point(e);  // throws for impossible coordinates, as every export does
    const auto attrs = attributes_by_name(e);
    for (std::size_t i = 0; i < cols.size(); ++i) {
      if (i) out.push_back(',');
      const Column& c = cols[i];
      switch (c.kind) {
        case Column::acled: csv::append_field(out, acled::cell(c.name, e)); break;
        case Column::property: csv::append_field(out, std::visit(CellText{c.prop->decimals}, c.prop->get(e))); break;
        case Column::attribute: {
          auto it = attrs.find(c.key);
          csv::append_field(out, it == attrs.end() ? std::string_view() : it->second);
          break;
        }
      }
    }
    out += csv::kRecordEnd;
    file.maybe_flush();
  }
  file.commit();
}

}  // namespace bordermap::events::detail
