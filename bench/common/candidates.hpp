#pragma once
// Why a resolution went wrong: was the right place among the gazetteer's candidates for the
// surface form at all (then the ranker chose badly), or is it missing under that name?
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "gazetteer/normalize.hpp"
#include "geo_distance.hpp"

namespace bench {

// The candidates the recogniser would look at for this exact span (exact key, else the
// spelling-variant keys), as Recognizer::given does.
inline std::vector<std::uint32_t> name_candidates(const bordermap::gazetteer::Gazetteer& gaz,
                                                  std::string_view surface) {
  std::vector<std::uint32_t> out;
  std::unordered_set<std::uint32_t> seen;
  auto key = bordermap::gazetteer::normalize_name(surface);
  for (const auto& p : gaz.exact(key).postings)
    if (seen.insert(p.place).second) out.push_back(p.place);
  if (!out.empty()) return out;
  auto fk = bordermap::gazetteer::fuzzy_key(key);
  if (fk.size() >= 4)
    for (const auto& p : gaz.fuzzy(fk))
      if (seen.insert(p.place).second) out.push_back(p.place);
  if (out.empty() && fk.size() >= 8)
    for (const auto& p : gaz.fuzzy_one_edit(fk))
      if (seen.insert(p.place).second) out.push_back(p.place);
  return out;
}

enum class Cause { none, no_candidate, not_in_gazetteer, ranking };

inline const char* cause_name(Cause c) {
  switch (c) {
    case Cause::none: return "ok";
    case Cause::no_candidate: return "no-candidate";
    case Cause::not_in_gazetteer: return "place-missing";
    case Cause::ranking: return "ranking";
  }
  return "?";
}

struct Diagnosis {
  Cause cause = Cause::none;
  std::size_t candidates = 0;
  std::optional<std::uint32_t> nearest;  // the candidate nearest the gold point
  double nearest_km = std::numeric_limits<double>::infinity();
};

inline Diagnosis diagnose(const bordermap::gazetteer::Gazetteer& gaz, std::string_view surface,
                          double gold_lat, double gold_lon) {
  Diagnosis d;
  auto cands = name_candidates(gaz, surface);
  d.candidates = cands.size();
  for (auto c : cands) {
    double km = great_circle_km(gold_lat, gold_lon, gaz.lat(c), gaz.lon(c));
    if (km < d.nearest_km) {
      d.nearest_km = km;
      d.nearest = c;
    }
  }
  d.cause = cands.empty() ? Cause::no_candidate
            : d.nearest_km <= kAccuracyKm ? Cause::ranking
                                          : Cause::not_in_gazetteer;
  return d;
}

}  // namespace bench
