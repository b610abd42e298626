#pragma once
// One line of a JSONL document file, as `geocode --input-format jsonl` and `ingest` read it:
// {"id": …, "text": "…", "date": "YYYY-MM-DD", "source": "…", "url": "…"}. Both commands
// (and the JSONL fuzz target) go through this one reader, so a line is accepted or refused
// the same way everywhere.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "events/event.hpp"

namespace bordermap::events {

struct DocumentLine {
  nlohmann::json id;          // string, number or null, as given (null when absent)
  std::string text;           // never blank
  std::optional<Date> date;   // a real calendar day
  std::string source, url;    // publication and address, "" when absent
  std::string error;          // why the line is refused, naming the field; "" when accepted
};

// Never throws: a refused line has `error` set ("not valid JSON: …", "field 'date' …") and
// keeps its id when that much could be read, so the output can still say which document
// failed. The caller adds the file and line number.
DocumentLine parse_document_line(std::string_view line);

// The id as text: a string as is, a number in its JSON form, "" for null.
std::string id_text(const nlohmann::json& id);

}  // namespace bordermap::events
