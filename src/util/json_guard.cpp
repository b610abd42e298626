#include "util/json_guard.hpp"

#include <cctype>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace bordermap::util {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips a JSON string starting at the quote at `i`; returns the index after it.
std::size_t skip_string(std::string_view t, std::size_t i) {
  for (++i; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '"') return i + 1;
  }
  return t.size();
}

bool fits_64_bits(std::string_view digits) {
  if (!digits.empty() && digits.front() == '-') {
    std::int64_t v = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return r.ec == std::errc();
  }
  std::uint64_t v = 0;
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return r.ec == std::errc();
}

}  // namespace

std::optional<std::size_t> json_too_deep(std::string_view text, int max_depth) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"') {
      i = skip_string(text, i);
      continue;
    }
    if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    ++i;
  }
  return std::nullopt;
}

std::vector<JsonMember> object_members(std::string_view t) {
  std::vector<JsonMember> members;
  auto ws = [&](std::size_t i) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
    return i;
  };
  std::size_t i = ws(0);
  if (i >= t.size() || t[i] != '{') return {};
  i = ws(i + 1);
  if (i < t.size() && t[i] == '}') return members;
  while (i < t.size() && t[i] == '"') {
    const std::size_t end = skip_string(t, i);
    auto key = nlohmann::json::parse(t.substr(i, end - i), nullptr, false);
    if (!key.is_string()) return {};
    i = ws(end);
    if (i >= t.size() || t[i] != ':') return {};
    const std::size_t value_start = ws(i + 1);
    // Skip the value: to the ',' or '}' at this object's level.
    int depth = 0;
    for (i = value_start; i < t.size(); ++i) {
      const char c = t[i];
      if (c == '"') {
        i = skip_string(t, i) - 1;
      } else if (c == '[' || c == '{') {
        ++depth;
      } else if (depth > 0 && (c == ']' || c == '}')) {
        --depth;
      } else if (depth == 0 && (c == ',' || c == '}')) {
        break;
      }
    }
    if (i >= t.size()) return {};
    std::size_t value_end = i;
    while (value_end > value_start && (t[value_end - 1] == ' ' || t[value_end - 1] == '\n' ||
                                       t[value_end - 1] == '\r' || t[value_end - 1] == '\t'))
      --value_end;
    members.push_back({key.get<std::string>(), t.substr(value_start, value_end - value_start)});
    if (t[i] == '}') return members;
    i = ws(i + 1);
  }
  return {};
}

std::vector<std::string> object_keys_in_order(std::string_view t) {
  std::vector<std::string> keys;
  for (auto& m : object_members(t)) keys.push_back(std::move(m.name));
  return keys;
}

std::string json_depth_message(std::size_t offset, int max_depth) {
  return "JSON nested deeper than " + std::to_string(max_depth) + " levels (at byte " + std::to_string(offset) +
         "); not read";
}

std::string quote_big_integers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"') {
      const std::size_t end = skip_string(text, i);
      out.append(text.substr(i, end - i));
      i = end;
      continue;
    }
    // A number starts after a separator, never inside a word (true, null, an identifier).
    const bool starts_number = (is_digit(c) || (c == '-' && i + 1 < text.size() && is_digit(text[i + 1]))) &&
                               (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '.'));
    if (!starts_number) {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && is_digit(text[end])) ++end;
    const bool integer = end >= text.size() || (text[end] != '.' && text[end] != 'e' && text[end] != 'E');
    const std::string_view token = text.substr(i, end - i);
    if (integer && !fits_64_bits(token)) {
      out += '"';
      out.append(token);
      out += '"';
    } else {
      out.append(token);
    }
    i = end;
  }
  return out;
}

}  // namespace bordermap::util
