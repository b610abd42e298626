// CSV → events: ACLED's own export (ACLED column names; event_date as "25 September 2021"
// or ISO) and bordermap's CSV (the same columns plus bordermap's extras, which is how it is
// told apart). A row with a bad value is reported as "file:line: field F: 'value' …" and
// skipped; the good rows come in. Columns neither knows are kept as attributes.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

#include "formats/acled_columns.hpp"
#include "formats/csv_io.hpp"
#include "events/countries.hpp"
#include "formats/export_properties.hpp"
#include "events/event_text.hpp"
#include "formats/import_readers.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {
namespace {

constexpr std::string_view kAttributePrefix = "attributes.";  // see export_csv.cpp

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

std::string shown(std::string_view v) {
  constexpr std::size_t kMax = 60;
  return "'" + std::string(v.substr(0, kMax)) + (v.size() > kMax ? "…'" : "'");
}

// What a column of the file stands for.
struct ColumnRole {
  enum Kind { ignore, id, event_date, coordinate, assoc_actors, tags, iso, country_name, country_code, property,
              acled_code, acled_attribute, attribute } kind = attribute;
  const props::Property* prop = nullptr;
  std::string attribute_key = {};  // attribute columns
};

class CsvImport {
 public:
  CsvImport(const std::filesystem::path& file, std::istream& in) : file_(file.string()), reader_(in) {}

  ImportResult run() {
    read_header();
    csv::Record rec;
    while (reader_.next(rec)) row(rec);
    return std::move(result_);
  }

 private:
  void read_header() {
    csv::Record header;
    if (!reader_.next(header)) throw InputError(file_ + ": the file is empty (no header row)");
    if (!header.error.empty()) throw InputError(file_ + ":" + std::to_string(header.line) + ": " + header.error);
    for (auto& h : header.fields) {
      csv::unescape_formula(h);
      names_.push_back(trim(h));
    }
    std::map<std::string, int> seen;
    for (const auto& n : names_)
      if (++seen[n] == 2 && !n.empty()) throw InputError(file_ + ": column '" + n + "' appears twice in the header");
    auto has = [&](std::string_view n) { return seen.count(std::string(n)) > 0; };

    std::vector<std::string> missing;
    for (auto r : acled::kRequired)
      if (!has(r)) missing.emplace_back(r);
    if (!missing.empty()) {
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
      throw InputError(file_ + ": not an ACLED or bordermap CSV: missing required column" +
                       (missing.size() > 1 ? "s " : " ") + list);
    }
    bordermap_ = has("where_prec") && has("document_id");
    has_country_code_ = has(acled::kCountryCode);
    result_.detected_format = bordermap_ ? "csv" : "acled-csv";
    for (const auto& n : names_) roles_.push_back(role_of(n));
  }

  ColumnRole role_of(const std::string& n) const {
    using K = ColumnRole::Kind;
    if (n == "event_id_cnty") return {K::id};
    if (n == "event_date") return {K::event_date};
    if (n == "latitude" || n == "longitude") return {K::coordinate};
    if (n == "assoc_actor_1") return {K::assoc_actors};
    if (n == "tags") return {K::tags};
    if (n == "year") return {K::ignore};  // always the year of event_date
    if (n == "iso") return {K::iso};
    if (n == "country") return {K::country_name};
    if (n == acled::kCountryCode) return {K::country_code};
    if (n == "fatalities") return {K::property, props::find("fatalities_best")};
    if (n == "inter1" || n == "inter2" || n == "interaction") return {K::acled_code, props::find(n), n};
    if (acled::is_attribute_column(n)) return {K::acled_attribute, nullptr, n};
    if (const props::Property* p = props::find(n); p && p->field != fields::country && p->field != fields::id &&
                                                   p->field != fields::attributes && p->field != fields::fatalities_best)
      return {K::property, p};
    std::string key = n.starts_with(kAttributePrefix) ? n.substr(kAttributePrefix.size()) : n;
    return {K::attribute, nullptr, key};
  }

  void row(csv::Record& rec) {
    const std::string at = file_ + ":" + std::to_string(rec.line) + ": ";
    if (!rec.error.empty()) return result_.errors.push_back(at + rec.error);
    if (rec.fields.size() != names_.size())
      return result_.errors.push_back(at + "the row has " + std::to_string(rec.fields.size()) +
                                      " fields, the header has " + std::to_string(names_.size()));
    std::vector<std::string> errors;
    auto bad = [&](std::size_t col, const std::string& why) {
      errors.push_back(at + "field " + names_[col] + ": " + why);
    };

    Event e;
    std::string lat, lon, iso, country_name;
    std::vector<std::size_t> acled_attribute_cols;
    props::Attributes other;
    for (std::size_t c = 0; c < names_.size(); ++c) {
      std::string& v = rec.fields[c];
      if (!text::is_valid_utf8(v)) {
        v = text::sanitize_utf8(v);
        result_.errors.push_back(at + "field " + names_[c] + ": invalid UTF-8 replaced by U+FFFD (is the file in another encoding?)");
      }
      csv::unescape_formula(v);  // what export_csv escaped against spreadsheet formulas
      const ColumnRole& r = roles_[c];
      switch (r.kind) {
        case ColumnRole::ignore: break;
        case ColumnRole::id: {
          std::string id = trim(v);
          if (id.empty()) bad(c, "empty; every event needs an id");
          else if (auto why = id_problem(id); !why.empty()) bad(c, why);
          else e.id = bordermap_ ? id : "acled:" + id;
          break;
        }
        case ColumnRole::event_date:
          if (v.empty() && bordermap_) break;  // bordermap keeps undated events
          if (auto d = acled::parse_date(trim(v))) e.event_date = d;
          else bad(c, v.empty() ? "empty" : shown(v) + " is not a date (YYYY-MM-DD or '25 September 2021')");
          break;
        case ColumnRole::coordinate: (names_[c] == "latitude" ? lat : lon) = trim(v); break;
        case ColumnRole::assoc_actors: {
          auto a = props::split_list(v);
          e.assoc_actors.insert(e.assoc_actors.begin(), a.begin(), a.end());
          break;
        }
        case ColumnRole::tags: e.tags = props::split_list(v); break;
        case ColumnRole::iso: iso = trim(v); acled_attribute_cols.push_back(c); break;
        case ColumnRole::country_name: country_name = trim(v); acled_attribute_cols.push_back(c); break;
        case ColumnRole::country_code: e.location.country = trim(v); break;
        case ColumnRole::property: {
          props::Value value;
          auto err = props::from_text(*r.prop, r.prop->kind == props::Kind::text ? std::string_view(v) : trim(v), value);
          if (err.empty()) err = r.prop->set(e, std::move(value));
          if (!err.empty()) bad(c, err);
          break;
        }
        case ColumnRole::acled_code: {
          // A number is the model's code; ACLED's 2024 exports write the actor type as text
          // ("State forces"), which is kept as it came rather than refused.
          props::Value value;
          std::string cell = trim(v);
          if (props::from_text(*r.prop, cell, value).empty() && r.prop->set(e, std::move(value)).empty()) break;
          other.emplace_back(r.attribute_key, cell);
          break;
        }
        case ColumnRole::acled_attribute:
          if (names_[c] == "assoc_actor_2") {
            auto a = props::split_list(v);
            e.assoc_actors.insert(e.assoc_actors.end(), a.begin(), a.end());
          }
          acled_attribute_cols.push_back(c);
          break;
        case ColumnRole::attribute:
          if (!v.empty()) other.emplace_back(r.attribute_key, v);
          break;
      }
    }
    read_point(lat, lon, e, bad);
    if (!has_country_code_) e.location.country = country_of(iso, country_name);
    if (!bordermap_) {
      // ACLED has only its own precision codes; the UCDP ones follow from them.
      e.date_prec = acled::date_prec_from_time_precision(e.time_precision);
      e.where_prec = acled::where_prec_from_geo_precision(e.geo_precision);
    }
    // ACLED-only columns become attributes where they add to what the model gives, in
    // ACLED's column order, before any other column: one order, however the file had them.
    std::sort(acled_attribute_cols.begin(), acled_attribute_cols.end(), [&](std::size_t a, std::size_t b) {
      auto pos = [&](std::size_t col) { return std::find(acled::kColumns.begin(), acled::kColumns.end(), names_[col]); };
      return pos(a) < pos(b);
    });
    for (std::size_t c : acled_attribute_cols) {
      std::string v = names_[c] == "assoc_actor_2" ? rec.fields[c] : trim(rec.fields[c]);
      if (!v.empty() && v != acled::derived(names_[c], e)) e.attributes.emplace_back(names_[c], v);
    }
    e.attributes.insert(e.attributes.end(), other.begin(), other.end());

    if (!errors.empty()) {
      result_.errors.insert(result_.errors.end(), errors.begin(), errors.end());
      return;
    }
    result_.events.push_back(std::move(e));
  }

  template <typename Bad>
  void read_point(const std::string& lat, const std::string& lon, Event& e, Bad& bad) {
    std::size_t lat_col = column("latitude"), lon_col = column("longitude");
    if (lat.empty() && lon.empty()) {
      if (!bordermap_) bad(lat_col, "empty; an ACLED event has coordinates");
      return;
    }
    auto number = [&](const std::string& s, std::size_t col, double limit, std::optional<double>& out) {
      double d = 0;
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
      if (s.empty()) bad(col, "empty while the other coordinate is given");
      else if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(d)) bad(col, shown(s) + " is not a number");
      else if (std::fabs(d) > limit) bad(col, shown(s) + " is outside -" + std::to_string(int(limit)) + ".." + std::to_string(int(limit)));
      else out = d;
    };
    number(lat, lat_col, 90, e.location.lat);
    number(lon, lon_col, 180, e.location.lon);
    if (!e.location.lat || !e.location.lon) e.location.lat = e.location.lon = std::nullopt;
  }

  static std::string country_of(const std::string& iso, const std::string& name) {
    int n = 0;
    auto [p, ec] = std::from_chars(iso.data(), iso.data() + iso.size(), n);
    if (!iso.empty() && ec == std::errc() && p == iso.data() + iso.size())
      if (auto a2 = countries::alpha2_of_numeric(n); !a2.empty()) return a2;
    return countries::alpha2_of_name(name);
  }

  std::size_t column(std::string_view name) const {
    return static_cast<std::size_t>(std::find(names_.begin(), names_.end(), name) - names_.begin());
  }

  std::string file_;
  csv::Reader reader_;
  std::vector<std::string> names_;
  std::vector<ColumnRole> roles_;
  bool bordermap_ = false, has_country_code_ = false;
  ImportResult result_;
};

}  // namespace

ImportResult import_csv(const std::filesystem::path& file, std::istream& in) { return CsvImport(file, in).run(); }

}  // namespace bordermap::events::detail
