// GeoJSON FeatureCollection → events, one feature at a time (json_scan finds each feature;
// nlohmann parses it). A feature whose geometry is not a valid WGS84 point, whose
// coordinates are NaN or huge, or that lacks an id, event_type or event_date is reported as
// "file:line: features[i]: …" and skipped; the others come in. A file cut short keeps the
// features before the cut.
#include <cmath>
#include <unordered_map>
#include <utility>
#include <vector>
#include <nlohmann/json.hpp>

#include "formats/export_properties.hpp"
#include "formats/import_json_scan.hpp"
#include "formats/import_readers.hpp"
#include "util/error.hpp"
#include "util/json_guard.hpp"

namespace bordermap::events::detail {
namespace {

// The feature is parsed into json, whose objects are hashed; ordered_json finds every key
// by linear search, quadratic for a feature of 100,000 properties. Property values, whose
// order becomes the attributes' order, are read one by one from the text as ordered_json.
using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;
using json_scan::Scanner;
using json_scan::Status;

// nlohmann's message without its "[json.exception.…] parse error at line L, column C: ".
std::string parse_reason(const std::string& what) {
  std::string s = what.rfind("[json.exception.", 0) == 0 && what.find("] ") != std::string::npos
                      ? what.substr(what.find("] ") + 2)
                      : what;
  auto col = s.find("column ");
  auto colon = col == std::string::npos ? std::string::npos : s.find(": ", col);
  return colon == std::string::npos ? s : s.substr(colon + 2);
}

std::string value_text(const json& v) {
  return v.is_string() ? "'" + v.get<std::string>() + "'" : v.dump(-1, ' ', false, json::error_handler_t::replace);
}

// "" or why the geometry is not an event's point; sets lon/lat.
std::string read_geometry(const json& g, Location& loc) {
  if (g.is_null()) return "";
  if (!g.is_object()) return "geometry: expected an object or null";
  auto type = g.find("type");
  if (type == g.end() || !type->is_string()) return "geometry: no type";
  if (*type != "Point")
    return "geometry: type " + type->get<std::string>() + " is not supported (events are points)";
  auto coords = g.find("coordinates");
  if (coords == g.end() || !coords->is_array() || coords->size() < 2 || coords->size() > 3)
    return "geometry: a Point needs coordinates [longitude, latitude]";
  double v[2];
  for (int i = 0; i < 2; ++i) {
    const json& c = (*coords)[static_cast<std::size_t>(i)];
    const char* what = i == 0 ? "longitude" : "latitude";
    if (!c.is_number() || !std::isfinite(c.get<double>()))
      return std::string("geometry: ") + what + " " + value_text(c) + " is not a finite number";
    v[i] = c.get<double>();
  }
  if (std::fabs(v[0]) > 180) return "geometry: longitude " + value_text((*coords)[0]) + " is outside -180..180";
  if (std::fabs(v[1]) > 90) return "geometry: latitude " + value_text((*coords)[1]) + " is outside -90..90";
  loc.lon = v[0];
  loc.lat = v[1];
  return "";
}

// The properties of a feature as written: each name once, at its first place, with its
// last value (as a JSON parser keeps a repeated name), parsed with order kept.
std::vector<std::pair<std::string, ordered_json>> properties_in_order(const json& p, std::string_view feature_text) {
  std::vector<util::JsonMember> members;
  for (auto& m : util::object_members(feature_text))
    if (m.name == "properties") members = util::object_members(m.value);  // the last, as the parser keeps
  std::vector<std::pair<std::string, ordered_json>> out;
  std::unordered_map<std::string, std::size_t> at;
  for (const auto& m : members) {
    auto value = ordered_json::parse(m.value, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) break;  // not as parsed: fall back below
    auto [it, fresh] = at.emplace(m.name, out.size());
    if (fresh) out.emplace_back(m.name, std::move(value));
    else out[it->second].second = std::move(value);
  }
  if (out.size() != p.size()) {  // the text did not scan as the parser read it: its order, then
    out.clear();
    for (const auto& [name, value] : p.items()) out.emplace_back(name, ordered_json(value));
  }
  return out;
}

// The event of one feature, or the reasons it is not one.
std::vector<std::string> read_feature(const json& f, std::string_view text, Event& e) {
  std::vector<std::string> errors;
  if (!f.is_object()) return {"not a GeoJSON Feature object"};
  auto type = f.find("type");
  if (type == f.end() || *type != "Feature")
    return {"not a Feature (type " + (type == f.end() ? std::string("missing") : value_text(*type)) + ")"};
  auto geometry = f.find("geometry");
  if (geometry == f.end()) errors.push_back("no geometry member (RFC 7946 requires one; null is allowed)");
  else if (auto err = read_geometry(*geometry, e.location); !err.empty()) errors.push_back(err);

  auto p = f.find("properties");
  if (p == f.end() || !p->is_object()) {
    errors.push_back("no properties object");
    return errors;
  }
  for (const char* required : {"event_type", "event_date"})
    if (!p->contains(required)) errors.push_back(std::string("missing property ") + required);

  props::Attributes extra;  // properties the model has no field for, in file order
  for (const auto& [name, value] : properties_in_order(*p, text)) {
    bool known = false;
    auto err = props::set_from_json(e, name, value, &known);
    if (!err.empty()) errors.push_back("property " + name + ": " + err);
    if (!known) extra.emplace_back(name, value.is_string() ? value.get<std::string>()
                                                           : value.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
  }
  e.attributes.insert(e.attributes.end(), extra.begin(), extra.end());

  if (e.id.empty()) {
    auto fid = f.find("id");
    if (fid != f.end() && fid->is_string()) e.id = fid->get<std::string>();
    else if (fid != f.end() && fid->is_number()) e.id = fid->dump();
  }
  if (e.id.empty()) errors.push_back("no id (neither a feature id nor an id property)");
  else if (auto why = id_problem(e.id); !why.empty()) errors.push_back(why);
  return errors;
}

class Reader {
 public:
  Reader(const std::filesystem::path& file, std::string_view text) : file_(file.string()), scan_(text) {}

  ImportResult run() {
    result_.detected_format = "geojson";
    scan_.skip_ws();
    if (scan_.peek() != '{') whole_document_error();
    scan_.advance();
    bool seen_features = false;
    std::string type;
    for (bool first = true;; first = false) {
      scan_.skip_ws();
      if (scan_.peek() == '}' && first) {
        scan_.advance();
        break;
      }
      std::string key;
      if (!expect_key(key)) return finish(seen_features);
      if (key == "features") {
        seen_features = true;
        if (!read_features()) return finish(seen_features);
      } else {
        std::size_t start = scan_.pos();
        if (scan_.skip_value() != Status::ok) {
          add(start, scan_.at_end() ? "the file ends inside the value of \"" + key + "\" (truncated?)"
                                    : "malformed value of \"" + key + "\"");
          return finish(seen_features);
        }
        if (key == "type") {
          auto t = json::parse(scan_.slice(start, scan_.pos()), nullptr, false);
          type = t.is_string() ? t.get<std::string>() : "?";
        }
      }
      scan_.skip_ws();
      if (scan_.peek() == ',') {
        scan_.advance();
        continue;
      }
      if (scan_.peek() == '}') {
        scan_.advance();
        break;
      }
      add(scan_.pos(), scan_.at_end() ? "the file ends before the closing '}' (truncated?)"
                                      : "expected ',' or '}' in the top-level object");
      return finish(seen_features);
    }
    if (type == "Feature" && !seen_features) {  // one bare Feature: an event all the same
      feature(0, 0, scan_.slice(0, scan_.pos()));
      return std::move(result_);
    }
    if (type != "FeatureCollection") {
      throw InputError(file_ + ": not a GeoJSON FeatureCollection (type " + (type.empty() ? "missing" : "'" + type + "'") + ")");
    }
    return finish(seen_features);
  }

 private:
  [[noreturn]] void whole_document_error() {
    throw InputError(file_ + ": not a GeoJSON FeatureCollection (the file does not start with '{')");
  }

  bool expect_key(std::string& key) {
    std::size_t at = scan_.pos();
    Status s = scan_.read_string(key);
    if (s != Status::ok) {
      add(at, s == Status::end_of_input ? "the file ends here (truncated?)" : "expected a member name in quotes");
      return false;
    }
    scan_.skip_ws();
    if (scan_.peek() != ':') {
      add(scan_.pos(), "expected ':' after \"" + key + "\"");
      return false;
    }
    scan_.advance();
    scan_.skip_ws();
    return true;
  }

  bool read_features() {
    if (scan_.peek() != '[') {
      add(scan_.pos(), "\"features\" is not an array");
      return false;
    }
    scan_.advance();
    for (std::size_t index = 0;; ++index) {
      scan_.skip_ws();
      if (scan_.peek() == ']' && index == 0) {
        scan_.advance();
        return true;
      }
      std::size_t start = scan_.pos();
      Status s = scan_.skip_value();
      std::string where = "features[" + std::to_string(index) + "]";
      if (s == Status::end_of_input) {
        add(start, where + ": the file ends inside this feature (truncated?); " + std::to_string(index) +
                       " feature(s) before it were read");
        return false;
      }
      if (s == Status::malformed) {
        add(start, where + ": expected a feature object");
        return false;
      }
      feature(index, start, scan_.slice(start, scan_.pos()));
      scan_.skip_ws();
      if (scan_.peek() == ',') {
        scan_.advance();
        continue;
      }
      if (scan_.peek() == ']') {
        scan_.advance();
        return true;
      }
      if (scan_.at_end()) add(scan_.pos(), "the file ends after " + where + " (truncated?)");
      else add(scan_.pos(), "expected ',' or ']' after " + where);
      return false;
    }
  }

  void feature(std::size_t index, std::size_t start, std::string_view text) {
    std::string where = "features[" + std::to_string(index) + "]: ";
    if (auto deep = util::json_too_deep(text)) {
      add(start + *deep, where + util::json_depth_message(*deep));
      return;
    }
    // Integers beyond 64 bits (long numeric ids) are kept as their digits, not rounded.
    const std::string exact = util::quote_big_integers(text);
    json f = json::parse(exact, nullptr, /*allow_exceptions=*/false);
    std::string fixed;
    if (f.is_discarded()) {
      fixed = json_scan::quote_non_finite(exact);
      f = json::parse(fixed, nullptr, false);
      if (f.is_discarded()) {
        try {
          json ignored = json::parse(text);  // throws: only here for the message and position
        } catch (const json::parse_error& e) {
          add(start + (e.byte > 0 ? e.byte - 1 : 0), where + "not valid JSON: " + parse_reason(e.what()));
          return;
        } catch (const json::exception& e) {  // e.g. out_of_range: a number beyond double ("1e400")
          add(start, where + "not valid JSON: " + parse_reason(e.what()));
          return;
        }
        add(start, where + "not valid JSON");
        return;
      }
    }
    Event e;
    auto errors = read_feature(f, fixed.empty() ? std::string_view(exact) : std::string_view(fixed), e);
    if (errors.empty()) {
      result_.events.push_back(std::move(e));
      return;
    }
    for (const auto& err : errors) add(start, where + err);
  }

  ImportResult finish(bool seen_features) {
    if (!seen_features && result_.errors.empty())
      throw InputError(file_ + ": not a GeoJSON FeatureCollection (no \"features\" array)");
    if (!seen_features) throw InputError(result_.errors.front());
    return std::move(result_);
  }

  void add(std::size_t pos, const std::string& message) {
    result_.errors.push_back(file_ + ":" + std::to_string(scan_.line_at(pos)) + ": " + message);
  }

  std::string file_;
  Scanner scan_;
  ImportResult result_;
};

}  // namespace

ImportResult import_geojson(const std::filesystem::path& file, std::string_view text) {
  return Reader(file, text).run();
}

}  // namespace bordermap::events::detail
