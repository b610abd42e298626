#include "util/safe_path.hpp"

#include <algorithm>
#include <cctype>

#include "util/error.hpp"

namespace bordermap::util {
namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// "scheme://" per RFC 3986: a letter, then letters, digits, '+', '-', '.'.
bool has_url_scheme(std::string_view s) {
  const auto colon = s.find("://");
  if (colon == std::string_view::npos || colon == 0) return false;
  if (!std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// GDAL's connection-string prefixes that open databases or services instead of files.
constexpr std::string_view kDriverPrefixes[] = {"PG:", "MySQL:", "OCI:", "ODBC:", "MSSQL:", "WFS:", "OAPIF:",
                                                "ESRIJSON:", "GEOJSON:", "CARTO:", "ElasticSearch:", "MongoDBv3:",
                                                "SQLite:", "GPKG:", "CSV:", "PGeo:", "WMS:", "AmigoCloud:"};

}  // namespace

std::string unsafe_path_reason(std::string_view path, PathUse use) {
  if (path.find('\0') != std::string_view::npos) return "the path contains a NUL byte";
  // GDAL's virtual file systems: /vsicurl/, /vsis3/, /vsizip/ over a URL, … — all refused:
  // the local ones are never needed for user files and the rest reach the network.
  if (starts_with_nocase(path, "/vsi")) return "GDAL virtual file systems (/vsi…) are not accepted";
  if (has_url_scheme(path)) return "URLs are not accepted: bordermap reads and writes local files only";
  for (auto prefix : kDriverPrefixes) {
    if (!starts_with_nocase(path, prefix)) continue;
    if (use == PathUse::store && prefix == "PG:") return {};
    return "GDAL connection strings (" + std::string(prefix) + "…) are not accepted here";
  }
  return {};
}

namespace {

// "scheme://user:secret@host…" → "scheme://user:***@host…".
std::string mask_uri_userinfo(const std::string& s) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t scheme = s.find("://"); scheme != std::string::npos; scheme = s.find("://", scheme + 3)) {
    const std::size_t start = scheme + 3;
    const std::size_t end = s.find_first_of("/?# ", start);
    const std::size_t at = s.rfind('@', end == std::string::npos ? s.size() : end);
    if (at == std::string::npos || at < start) continue;
    const std::size_t colon = s.find(':', start);
    if (colon == std::string::npos || colon > at) continue;
    out += s.substr(from, colon + 1 - from) + "***";
    from = at;
  }
  return out + s.substr(from);
}

}  // namespace

std::string mask_password(const std::string& input) {
  const std::string s = mask_uri_userinfo(input);
  std::string lower(s);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = lower.find("password"); at != std::string::npos; at = lower.find("password", at + 1)) {
    std::size_t eq = at + 8;
    while (eq < s.size() && s[eq] == ' ') ++eq;
    if (eq >= s.size() || s[eq] != '=') continue;
    std::size_t v = eq + 1;
    while (v < s.size() && s[v] == ' ') ++v;
    std::size_t end = v;
    if (end < s.size() && s[end] == '\'') {  // quoted value, backslash escapes
      for (++end; end < s.size() && s[end] != '\''; ++end)
        if (s[end] == '\\') ++end;
      end = std::min(end + 1, s.size());
    } else {
      while (end < s.size() && s[end] != ' ' && s[end] != '&') ++end;  // '&': the next URI query parameter
    }
    out += s.substr(from, v - from) + "***";
    from = end;
    at = end > 0 ? end - 1 : end;
  }
  return out + s.substr(std::min(from, s.size()));
}

void require_local_path(std::string_view path, PathUse use, std::string_view what) {
  const auto reason = unsafe_path_reason(path, use);
  if (reason.empty()) return;
  throw InputError(std::string(what) + " " + mask_password(std::string(path.substr(0, path.find('\0')))) + ": " + reason);
}

}  // namespace bordermap::util
