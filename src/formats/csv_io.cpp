#include "formats/csv_io.hpp"

#include <charconv>

#include "events/event_text.hpp"

namespace bordermap::events::csv {

namespace {

bool is_number(std::string_view s) {
  double d = 0;
  const char* first = s.data() + (!s.empty() && s.front() == '+' ? 1 : 0);
  auto r = std::from_chars(first, s.data() + s.size(), d);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// A value LibreOffice, Excel or Google Sheets would evaluate: it starts (after the
// apostrophes an earlier escape left) with one of = + - @, a tab or a CR. Plain numbers
// ("-12.5", "+3") are data, and left alone.
bool needs_formula_escape(std::string_view s) {
  const std::size_t i = s.find_first_not_of('\'');
  if (i == std::string_view::npos) return false;
  const char c = s[i];
  if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
  return i > 0 || !is_number(s);
}

}  // namespace

void unescape_formula(std::string& field) {
  if (field.size() >= 2 && field.front() == '\'' && needs_formula_escape(std::string_view(field).substr(1)))
    field.erase(0, 1);
}

void append_field(std::string& out, std::string_view field) {
  std::string clean;
  if (!text::is_valid_utf8(field)) {
    clean = text::sanitize_utf8(field);
    field = clean;
  }
  if (needs_formula_escape(field)) {
    clean = "'" + std::string(field);
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
