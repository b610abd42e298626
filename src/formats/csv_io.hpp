#pragma once
// RFC 4180 CSV: quoting for the writer, and a streaming reader that knows on which line of
// the file each record starts (quoted fields may hold newlines), so errors can name it.
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::events::csv {

// Appends one field, quoted when it holds a comma, quote, CR or LF (quotes doubled);
// invalid UTF-8 is replaced by U+FFFD. A field a spreadsheet would run as a formula
// (beginning = + - @, a tab or a CR, after any apostrophes) and that is not a number gets
// an apostrophe in front, which spreadsheets show as text and unescape_formula() removes.
void append_field(std::string& out, std::string_view field);

// Undoes append_field's formula escape on a field read back: "'=SUM(A1)" → "=SUM(A1)".
void unescape_formula(std::string& field);
inline constexpr std::string_view kRecordEnd = "\r\n";  // RFC 4180

struct Record {
  std::vector<std::string> fields;
  std::size_t line = 0;  // 1-based line of the file where the record starts
  std::string error;     // "" or what is wrong with it (an unterminated quote)
};

class Reader {
 public:
  explicit Reader(std::istream& in);  // skips a UTF-8 byte-order mark
  // The next record; false at the end. Blank lines are skipped.
  bool next(Record& r);

 private:
  int get();
  int peek() { return in_.rdbuf()->sgetc(); }
  std::istream& in_;
  std::size_t line_ = 1;
};

}  // namespace bordermap::events::csv
