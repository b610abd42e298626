#pragma once
// Resolution with the gold toponyms given (the setting of Mordecai 3's published figures):
// every located gold span goes to Geoparser::resolve_spans and the chosen place is
// measured against the gold coordinates.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "areal_credit.hpp"
#include "candidates.hpp"
#include "clock.hpp"
#include "demonyms.hpp"
#include "corpus.hpp"
#include "geoparse/geoparser.hpp"
#include "snippet.hpp"
#include "stats.hpp"

namespace bench {

struct ResolutionError {
  std::string doc_id, surface, context;
  const GoldToponym* gold = nullptr;
  std::optional<bordermap::gazetteer::Place> ours;  // empty: unresolved
  double km = kMaxErrorKm;
  double confidence = 0;
  std::string evidence;
  Diagnosis diagnosis;
  int gold_alt_rank = 0;   // 1-based rank among our alternatives of a place within 161 km; 0 none
  bool same_unit = false;  // a country/admin1 whose point differs from GeoNames' (see areal_credit.hpp)
};

struct ResolutionFigures {
  std::size_t docs = 0, gold = 0, resolved = 0, within = 0;
  std::size_t within_areal = 0;  // within, plus country/admin1 choices that contain the gold unit's point
  std::size_t gold_with_id = 0, id_match = 0, ours_geonames = 0;  // exact GeoNames id agreement
  std::size_t errors_demonym = 0;  // misses whose surface is a demonym in the lexicon
  std::size_t cause_ranking = 0, cause_missing = 0, cause_no_candidate = 0;  // of the other misses
  double mean_km = 0, median_km = 0, auc = 0;
  double seconds = 0;
  double accuracy() const { return ratio(static_cast<double>(within), static_cast<double>(gold)); }
  double accuracy_areal() const { return ratio(static_cast<double>(within_areal), static_cast<double>(gold)); }
  double docs_per_s() const { return ratio(static_cast<double>(docs), seconds); }
};

struct ResolutionResult {
  ResolutionFigures fig;
  std::vector<ResolutionError> errors;  // every gold toponym resolved > 161 km away or not at all
};

inline std::int64_t geonames_number(const std::string& id) {
  return id.starts_with("geonames:") ? std::atoll(id.c_str() + 9) : 0;
}

inline ResolutionResult evaluate_resolution(const bordermap::geoparse::Geoparser& parser, const Corpus& corpus,
                                            const ArealCredit& areal, const Demonyms& demonyms) {
  ResolutionResult out;
  auto& f = out.fig;
  std::vector<double> km_resolved, km_all;
  for (const auto& doc : corpus.docs) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const auto& t : doc.toponyms)
      if (t.located) spans.emplace_back(t.start, t.end);
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    Stopwatch sw;
    auto result = parser.resolve_spans(doc.text, spans);
    f.seconds += sw.seconds();
    ++f.docs;
    std::map<std::pair<std::size_t, std::size_t>, const bordermap::geoparse::Mention*> by_span;
    for (const auto& m : result.mentions) by_span[{m.start, m.end}] = &m;

    for (const auto& t : doc.toponyms) {
      if (!t.located) continue;
      ++f.gold;
      auto it = by_span.find({t.start, t.end});
      const bordermap::geoparse::Mention* m = it == by_span.end() ? nullptr : it->second;
      double km = kMaxErrorKm;
      if (m && m->place) {
        ++f.resolved;
        km = great_circle_km(t.lat, t.lon, m->place->lat, m->place->lon);
        km_resolved.push_back(km);
        if (auto n = geonames_number(m->place->id); n && t.geonameid) {
          ++f.ours_geonames;  // comparable: both sides are GeoNames ids
          if (n == t.geonameid) ++f.id_match;
        }
      }
      if (t.geonameid) ++f.gold_with_id;
      km_all.push_back(km);
      if (km <= kAccuracyKm) {
        ++f.within;
        ++f.within_areal;
        continue;
      }
      bool same_unit = m && m->place && areal.same_unit(t, *m->place);
      f.within_areal += same_unit;
      f.errors_demonym += !same_unit && demonyms.contains(t.phrase);
      ResolutionError e;
      e.doc_id = doc.id;
      e.surface = t.phrase;
      e.context = snippet(doc.text, t.start, t.end);
      e.gold = &t;
      e.km = km;
      e.same_unit = same_unit;
      if (m && m->place) {
        e.ours = m->place;
        e.confidence = m->confidence;
        e.evidence = m->evidence;
        for (std::size_t k = 0; k < m->alternatives.size(); ++k) {
          const auto& p = m->alternatives[k].place;
          if (great_circle_km(t.lat, t.lon, p.lat, p.lon) <= kAccuracyKm) {
            e.gold_alt_rank = static_cast<int>(k + 1);
            break;
          }
        }
      }
      e.diagnosis = diagnose(parser.gazetteer(), std::string_view(doc.text).substr(t.start, t.end - t.start), t.lat, t.lon);
      switch (same_unit ? Cause::none : e.diagnosis.cause) {  // same-unit misses are counted apart
        case Cause::none: break;
        case Cause::ranking: ++f.cause_ranking; break;
        case Cause::not_in_gazetteer: ++f.cause_missing; break;
        default: ++f.cause_no_candidate; break;
      }
      out.errors.push_back(std::move(e));
    }
  }
  f.mean_km = mean_of(km_resolved);
  f.median_km = median_of(km_resolved);
  f.auc = auc_log_error(km_all);
  return out;
}

}  // namespace bench
