#include "formats/import_json_scan.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace bordermap::events::json_scan {

void Scanner::skip_ws() {
  while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
    ++pos_;
}

Status Scanner::skip_string() {
  ++pos_;  // the opening quote
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '\\') {
      pos_ += 2;
      continue;
    }
    ++pos_;
    if (c == '"') return Status::ok;
  }
  pos_ = text_.size();
  return Status::end_of_input;
}

Status Scanner::skip_value() {
  skip_ws();
  if (at_end()) return Status::end_of_input;
  char c = text_[pos_];
  if (c == '"') return skip_string();
  if (c == '{' || c == '[') {
    // Depth only; whether brackets pair up properly is for the JSON parser that reads the
    // value afterwards.
    int depth = 0;
    while (pos_ < text_.size()) {
      c = text_[pos_];
      if (c == '"') {
        if (skip_string() != Status::ok) return Status::end_of_input;
        continue;
      }
      ++pos_;
      if (c == '{' || c == '[') ++depth;
      else if ((c == '}' || c == ']') && --depth == 0) return Status::ok;
    }
    return Status::end_of_input;
  }
  if (c == '}' || c == ']' || c == ',' || c == ':') return Status::malformed;
  std::size_t start = pos_;
  while (pos_ < text_.size()) {
    c = text_[pos_];
    if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') break;
    ++pos_;
  }
  return pos_ > start ? Status::ok : Status::malformed;
}

Status Scanner::read_string(std::string& out) {
  if (peek() != '"') return Status::malformed;
  std::size_t start = pos_;
  Status s = skip_string();
  if (s != Status::ok) return s;
  auto j = nlohmann::json::parse(text_.substr(start, pos_ - start), nullptr, /*allow_exceptions=*/false);
  if (!j.is_string()) return Status::malformed;
  out = j.get<std::string>();
  return Status::ok;
}

std::size_t Scanner::line_at(std::size_t pos) {
  pos = std::min(pos, text_.size());
  if (pos < counted_pos_) {
    counted_pos_ = 0;
    counted_line_ = 1;
  }
  counted_line_ += static_cast<std::size_t>(
      std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_pos_), text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
  counted_pos_ = pos;
  return counted_line_;
}

std::string quote_non_finite(std::string_view json) {
  std::string out;
  out.reserve(json.size() + 16);
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < json.size()) out.push_back(json[++i]);
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out.push_back(c);
      continue;
    }
    bool replaced = false;
    for (std::string_view tok : {"-Infinity", "Infinity", "NaN"}) {
      if (json.substr(i, tok.size()) == tok) {
        out += '"';
        out += tok;
        out += '"';
        i += tok.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(c);
  }
  return out;
}

}  // namespace bordermap::events::json_scan
