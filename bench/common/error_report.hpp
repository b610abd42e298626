#pragma once
// Listings that tell a resolver/recogniser developer what to fix: resolution errors grouped
// by (surface, our choice, gold place) and ordered by frequency and by distance, and the
// most frequent false positives / false negatives of recognition.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "e2e_eval.hpp"
#include "resolution_eval.hpp"

namespace bench {

namespace detail {

struct ErrorGroup {
  const ResolutionError* first = nullptr;
  std::size_t count = 0;
  double max_km = 0;
};

inline std::string place_label(const bordermap::gazetteer::Place& p) {
  std::string s = p.id + " " + p.name;
  if (!p.admin1.empty() && p.admin1 != p.name) s += ", " + p.admin1;
  if (!p.country.empty()) s += " (" + p.country + ")";
  return s;
}

inline void print_error_line(const bordermap::gazetteer::Gazetteer& gaz, const ErrorGroup& g) {
  const auto& e = *g.first;
  std::string ours = e.ours ? place_label(*e.ours) : std::string("— unresolved");
  std::string why = cause_name(e.diagnosis.cause);
  if (e.diagnosis.cause == Cause::ranking && e.diagnosis.nearest)
    why += ": right one was " + place_label(gaz.place(*e.diagnosis.nearest));
  else if (e.diagnosis.cause == Cause::not_in_gazetteer)
    why += " (" + std::to_string(e.diagnosis.candidates) + " candidates, nearest " +
           std::to_string(static_cast<long>(e.diagnosis.nearest_km)) + " km)";
  if (e.gold_alt_rank) why += "; it is our alternative #" + std::to_string(e.gold_alt_rank);
  if (e.same_unit) why = "same unit, other point (credited in the areal figure)";
  std::printf("  %3zu× %-22s %6.0f km  ours: %s  gold: %s %s%.3f,%.3f  [%s]\n", g.count,
              ("\"" + e.surface + "\"").c_str(), g.max_km, ours.c_str(), e.gold->gold_name.c_str(),
              e.gold->geonameid ? ("geonames:" + std::to_string(e.gold->geonameid) + " ").c_str() : "",
              e.gold->lat, e.gold->lon, why.c_str());
  if (!e.evidence.empty() || e.ours)
    std::printf("        conf %.2f, %s | doc %s: …%s…\n", e.confidence, e.evidence.c_str(), e.doc_id.c_str(),
                e.context.c_str());
  else
    std::printf("        doc %s: …%s…\n", e.doc_id.c_str(), e.context.c_str());
}

}  // namespace detail

inline void print_resolution_errors(const bordermap::gazetteer::Gazetteer& gaz, const std::string& corpus,
                                    const ResolutionResult& r, std::size_t n) {
  using Key = std::tuple<std::string, std::string, long, long>;
  std::map<Key, detail::ErrorGroup> groups;
  for (const auto& e : r.errors) {
    Key k{e.surface, e.ours ? e.ours->id : "", std::lround(e.gold->lat * 10), std::lround(e.gold->lon * 10)};
    auto& g = groups[k];
    if (!g.first) g.first = &e;
    ++g.count;
    g.max_km = std::max(g.max_km, e.km);
  }
  std::vector<const detail::ErrorGroup*> order;
  for (auto& [_, g] : groups) order.push_back(&g);
  const auto& f = r.fig;
  std::printf("\n%s — resolution errors (> %.0f km or unresolved): %zu (%zu of them the same country/admin1 "
              "at another point); the others by cause: ranking %zu, place missing under that name %zu, no candidate %zu; "
              "demonym surfaces %zu\n",
              corpus.c_str(), kAccuracyKm, r.errors.size(), f.within_areal - f.within, f.cause_ranking,
              f.cause_missing, f.cause_no_candidate, f.errors_demonym);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) {
    return a->count != b->count ? a->count > b->count : a->max_km > b->max_km;
  });
  std::printf(" most frequent:\n");
  for (std::size_t i = 0; i < std::min(n, order.size()); ++i) detail::print_error_line(gaz, *order[i]);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->max_km > b->max_km; });
  std::printf(" farthest (resolved):\n");
  std::size_t shown = 0;
  for (auto* g : order) {
    if (shown >= n) break;
    if (!g->first->ours) continue;
    detail::print_error_line(gaz, *g);
    ++shown;
  }
}

inline void print_recognition_misses(const std::string& corpus, const EndToEndResult& r, std::size_t n) {
  auto top = [&](const std::vector<RecognitionMiss>& v, const char* title) {
    std::map<std::string, std::pair<std::size_t, const RecognitionMiss*>> by;
    for (const auto& m : v) {
      auto& e = by[m.surface];
      if (!e.second) e.second = &m;
      ++e.first;
    }
    std::vector<std::pair<std::size_t, const RecognitionMiss*>> order;
    for (auto& [_, e] : by) order.push_back(e);
    std::sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.first > b.first; });
    std::printf(" %s: %zu (%zu distinct); most frequent:\n", title, v.size(), order.size());
    for (std::size_t i = 0; i < std::min(n, order.size()); ++i) {
      const auto* m = order[i].second;
      std::printf("  %3zu× %-24s %s | …%s…\n", order[i].first, ("\"" + m->surface + "\"").c_str(),
                  m->resolved_to.empty() ? "" : ("→ " + m->resolved_to).c_str(), m->context.c_str());
    }
  };
  std::printf("\n%s — recognition (%zu of the false negatives are demonyms, left out by design)\n", corpus.c_str(),
              r.fig.fn_demonym);
  top(r.false_positives, "false positives");
  top(r.false_negatives, "false negatives");
}

}  // namespace bench
