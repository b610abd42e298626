#include "data/gmt_multisegment.hpp"

#include <cctype>
#include <charconv>
#include <fstream>

#include "util/error.hpp"

namespace bordermap::data {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool is_separator(char c) { return c == ' ' || c == '\t' || c == ','; }

// The next number of a data line; GMT separates columns by blanks, tabs or commas.
bool next_number(std::string_view& rest, double& value) {
  while (!rest.empty() && is_separator(rest.front())) rest.remove_prefix(1);
  if (rest.empty()) return false;
  const char* begin = rest.data();
  const char* end = begin + rest.size();
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || (ptr != end && !is_separator(*ptr))) return false;
  rest.remove_prefix(static_cast<size_t>(ptr - begin));
  return true;
}

}  // namespace

std::vector<GmtSegment> parse_gmt_multisegment(std::istream& in, const std::string& source) {
  std::vector<GmtSegment> segments;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view view = trim(line);
    if (view.empty() || view.front() == '#') continue;
    if (view.front() == '>') {
      segments.push_back({std::string(trim(view.substr(1))), {}});
      continue;
    }
    // Files without any '>' line are one segment.
    if (segments.empty()) segments.push_back({});
    geo::LonLat p;
    std::string_view rest = view;
    if (!next_number(rest, p.lon) || !next_number(rest, p.lat))
      throw InputError(source + ":" + std::to_string(line_no) + ": expected 'lon lat', got '" +
                       std::string(view) + "'");
    if (p.lat < -90 || p.lat > 90)
      throw InputError(source + ":" + std::to_string(line_no) + ": latitude out of range");
    segments.back().points.push_back(p);
  }
  if (in.bad()) throw InputError("cannot read " + source);
  return segments;
}

std::vector<GmtSegment> read_gmt_multisegment(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError("cannot open " + path.string());
  return parse_gmt_multisegment(in, path.string());
}

int header_int(const std::string& header, const std::string& key, int fallback) {
  auto pos = header.find(key);
  if (pos == std::string::npos) return fallback;
  pos += key.size();
  // Only the punctuation GMT puts between a key and its value ("Bin # 3990").
  while (pos < header.size() && std::string_view(" \t#:=").find(header[pos]) != std::string_view::npos)
    ++pos;
  int value = fallback;
  auto [ptr, ec] = std::from_chars(header.data() + pos, header.data() + header.size(), value);
  (void)ptr;
  return ec == std::errc() ? value : fallback;
}

}  // namespace bordermap::data
