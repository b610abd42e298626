#include "formats/document_line.hpp"

#include "events/calendar.hpp"
#include "util/error.hpp"
#include "util/json_guard.hpp"

namespace bordermap::events {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// An optional string field: absent or null gives nothing, anything but a string is refused.
std::optional<std::string> optional_string(const nlohmann::json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw InputError(std::string("field '") + field + "' must be a string");
  return it->get<std::string>();
}

void read_fields(const nlohmann::json& j, DocumentLine& d) {
  if (!j.is_object()) throw InputError("line is not a JSON object");
  if (auto it = j.find("id"); it != j.end()) {
    if (!it->is_string() && !it->is_number() && !it->is_null())
      throw InputError("field 'id' must be a string, a number or null");
    d.id = *it;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) throw InputError("field 'text' is missing or not a string");
  d.text = text->get<std::string>();
  if (blank(d.text)) throw InputError("field 'text' is empty");
  if (auto date = optional_string(j, "date")) {
    d.date = parse_date(*date);
    if (!d.date) throw InputError("field 'date' is not a valid YYYY-MM-DD date");
  }
  d.source = optional_string(j, "source").value_or("");
  d.url = optional_string(j, "url").value_or("");
}

}  // namespace

DocumentLine parse_document_line(std::string_view line) {
  DocumentLine d;
  try {
    if (auto deep = util::json_too_deep(line)) throw InputError(util::json_depth_message(*deep));
    // A numeric id beyond 64 bits is kept as its digits (a string), not rounded to a double.
    read_fields(nlohmann::json::parse(util::quote_big_integers(line)), d);
  } catch (const nlohmann::json::exception& e) {
    d.error = std::string("not valid JSON: ") + e.what();
  } catch (const InputError& e) {
    d.error = e.what();
  }
  return d;
}

std::string id_text(const nlohmann::json& id) {
  if (id.is_string()) return id.get<std::string>();
  if (id.is_null()) return {};
  return id.dump();
}

}  // namespace bordermap::events
