#pragma once
// End to end: Geoparser::parse on the raw text, its mentions matched to the gold toponyms.
// A prediction matches a gold toponym when their byte spans overlap (and, for the exact
// figures, when they are identical). Predictions that overlap only an unlocated gold toponym
// (LGL/TR-News streets and buildings) are neither right nor wrong and are left out.
#include <map>
#include <string>
#include <vector>

#include "areal_credit.hpp"
#include "clock.hpp"
#include "demonyms.hpp"
#include "corpus.hpp"
#include "geo_distance.hpp"
#include "geoparse/geoparser.hpp"
#include "snippet.hpp"
#include "stats.hpp"

namespace bench {

struct RecognitionMiss {
  std::string doc_id, surface, context;
  std::string resolved_to;  // for false positives: what we made of it
};

struct EndToEndFigures {
  std::size_t docs = 0, gold = 0, predicted = 0, neutral = 0;
  std::size_t tp_pred = 0, tp_gold = 0;              // overlap matches
  std::size_t exact_pred = 0, exact_gold = 0;        // identical spans
  std::size_t matched_within = 0;                    // matched gold resolved within 161 km
  std::size_t matched_within_areal = 0;
  std::size_t fn_demonym = 0;                        // missed gold that are demonyms in the lexicon              // ... or to the same country/admin1 (areal_credit.hpp)
  double seconds = 0;
  Prf overlap() const {
    return prf(double(tp_pred), double(predicted - neutral), double(tp_gold), double(gold));
  }
  Prf exact() const {
    return prf(double(exact_pred), double(predicted - neutral), double(exact_gold), double(gold));
  }
  double accuracy_matched() const { return ratio(double(matched_within), double(tp_gold)); }
  double found_within() const { return ratio(double(matched_within), double(gold)); }
  double accuracy_matched_areal() const { return ratio(double(matched_within_areal), double(tp_gold)); }
  double found_within_areal() const { return ratio(double(matched_within_areal), double(gold)); }
  double docs_per_s() const { return ratio(double(docs), seconds); }
};

struct EndToEndResult {
  EndToEndFigures fig;
  std::vector<RecognitionMiss> false_positives, false_negatives;
};

inline bool overlaps(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) { return a0 < b1 && b0 < a1; }

inline EndToEndResult evaluate_end_to_end(const bordermap::geoparse::Geoparser& parser, const Corpus& corpus,
                                          const ArealCredit& areal, const Demonyms& demonyms) {
  EndToEndResult out;
  auto& f = out.fig;
  for (const auto& doc : corpus.docs) {
    Stopwatch sw;
    auto result = parser.parse(doc.text);
    f.seconds += sw.seconds();
    ++f.docs;
    const auto& ms = result.mentions;
    f.predicted += ms.size();
    for (const auto& m : ms) {
      bool gold_hit = false, exact = false, neutral_hit = false;
      for (const auto& t : doc.toponyms) {
        if (!overlaps(m.start, m.end, t.start, t.end)) continue;
        if (t.located) {
          gold_hit = true;
          exact = exact || (m.start == t.start && m.end == t.end);
        } else {
          neutral_hit = true;
        }
      }
      if (gold_hit) {
        ++f.tp_pred;
        f.exact_pred += exact;
      } else if (neutral_hit) {
        ++f.neutral;
      } else {
        out.false_positives.push_back({doc.id, m.text, snippet(doc.text, m.start, m.end),
                                       m.place ? m.place->id + " " + m.place->name + " (" + m.place->country + ")"
                                               : std::string("unresolved")});
      }
    }
    for (const auto& t : doc.toponyms) {
      if (!t.located) continue;
      ++f.gold;
      const bordermap::geoparse::Mention* best = nullptr;
      std::size_t best_overlap = 0;
      bool exact = false;
      for (const auto& m : ms) {
        if (!overlaps(m.start, m.end, t.start, t.end)) continue;
        std::size_t ov = std::min(m.end, t.end) - std::max(m.start, t.start);
        if (ov > best_overlap) best_overlap = ov, best = &m;
        exact = exact || (m.start == t.start && m.end == t.end);
      }
      if (!best) {
        f.fn_demonym += demonyms.contains(t.phrase);
        out.false_negatives.push_back({doc.id, t.phrase, snippet(doc.text, t.start, t.end), {}});
        continue;
      }
      ++f.tp_gold;
      f.exact_gold += exact;
      if (!best->place) continue;
      if (great_circle_km(t.lat, t.lon, best->place->lat, best->place->lon) <= kAccuracyKm) {
        ++f.matched_within;
        ++f.matched_within_areal;
      } else if (areal.same_unit(t, *best->place)) {
        ++f.matched_within_areal;
      }
    }
  }
  return out;
}

}  // namespace bench
