#include "formats/csv_io.hpp"

#include "events/event_text.hpp"

namespace bordermap::events::csv {

void append_field(std::string& out, std::string_view field) {
  std::string clean;
  if (!text::is_valid_utf8(field)) {
    clean = text::sanitize_utf8(field);
    field = clean;
  }
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

Reader::Reader(std::istream& in) : in_(in) {
  auto* buf = in_.rdbuf();
  if (buf->sgetc() == 0xEF) {
    buf->sbumpc();
    if (buf->sgetc() == 0xBB) buf->sbumpc();
    if (buf->sgetc() == 0xBF) buf->sbumpc();
  }
}

int Reader::get() {
  int c = in_.rdbuf()->sbumpc();
  if (c == '\n') ++line_;
  return c;
}

bool Reader::next(Record& r) {
  constexpr int eof = std::char_traits<char>::eof();
  for (;;) {
    r.fields.clear();
    r.error.clear();
    r.line = line_;
    if (peek() == eof) return false;
    std::string field;
    bool quoted = false, any = false;
    for (;;) {
      int c = get();
      if (c == eof) {
        r.fields.push_back(std::move(field));
        break;
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            get();
            field.push_back('"');
          } else {
            quoted = false;
          }
        } else {
          field.push_back(static_cast<char>(c));
        }
        continue;
      }
      if (c == '"' && field.empty()) {
        quoted = any = true;
        continue;
      }
      if (c == ',') {
        r.fields.push_back(std::move(field));
        field.clear();
        any = true;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r') {
          if (peek() == '\n') get();
          else ++line_;  // a lone CR ends a line too (old Mac files)
        }
        r.fields.push_back(std::move(field));
        break;
      }
      // A quote inside an unquoted field, or text after a closing quote: kept as written,
      // the way spreadsheet programs read it.
      field.push_back(static_cast<char>(c));
      any = true;
    }
    if (quoted) r.error = "a quoted field opened on line " + std::to_string(r.line) + " is never closed";
    if (!any && r.fields.size() == 1 && r.fields[0].empty()) continue;  // blank line
    return true;
  }
}

}  // namespace bordermap::events::csv
