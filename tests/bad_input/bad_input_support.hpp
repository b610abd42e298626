#pragma once
// Helpers for the named bad-input suite: inputs are generated at test time into a
// per-test temporary folder (never committed), and the CLI's peak memory is read back
// so "bounded memory" is a checked figure, not a hope.
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace bordermap::test::bad_input {

inline std::string write(const TempDir& dir, const std::string& name, const std::string& bytes) {
  auto p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

// Single-quoted for the shell that run_cli uses.
inline std::string q(const std::string& s) { return "'" + s + "'"; }

// Largest resident set of any child process waited for so far, in MiB (Linux reports KiB).
inline long children_peak_rss_mib() {
  rusage u{};
  ::getrusage(RUSAGE_CHILDREN, &u);
  return u.ru_maxrss / 1024;
}

// Sanitizers multiply memory use (shadow memory, quarantine); the bound follows the build.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kPeakRssLimitMib = 6144;
#else
constexpr long kPeakRssLimitMib = 1536;
#endif

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A GeoJSON FeatureCollection of one feature with the given geometry and extra properties.
inline std::string feature_collection(const std::string& geometry, const std::string& id = "e1",
                                      const std::string& top_level = "") {
  return "{\"type\":\"FeatureCollection\"," + top_level + "\"features\":[{\"type\":\"Feature\",\"geometry\":" +
         geometry + ",\"properties\":{\"id\":\"" + id +
         "\",\"event_type\":\"Battles\",\"event_date\":\"2021-09-01\"}}]}";
}

}  // namespace bordermap::test::bad_input
