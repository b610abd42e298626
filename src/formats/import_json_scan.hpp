#pragma once
// Walks the structure of a JSON text without building it: finds where each value begins and
// ends and on which line. The GeoJSON import uses it to take a FeatureCollection one
// feature at a time, so one broken feature (or a file cut short) costs that feature only,
// errors name the line it starts on, and a large file is never one giant JSON tree.
#include <cstddef>
#include <string>
#include <string_view>

namespace bordermap::events::json_scan {

enum class Status { ok, end_of_input, malformed };

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t pos() const { return pos_; }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void advance() { ++pos_; }
  void skip_ws();
  // Skips one value (object, array, string or scalar) starting at pos().
  Status skip_value();
  // Reads a string value starting at pos() (unescaped into out).
  Status read_string(std::string& out);
  // 1-based line of a position; positions must be asked in increasing order (cheap then).
  std::size_t line_at(std::size_t pos);
  std::string_view slice(std::size_t from, std::size_t to) const { return text_.substr(from, to - from); }

 private:
  Status skip_string();
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t counted_pos_ = 0, counted_line_ = 1;
};

// Rewrites the bare tokens NaN, Infinity and -Infinity (which Python's json module writes,
// but JSON does not allow) as strings outside string literals, so such a value parses and
// can be reported by name instead of failing the whole feature.
std::string quote_non_finite(std::string_view json);

}  // namespace bordermap::events::json_scan
