#pragma once
// Scores Geoparser::parse on one text against hand-written gold (gold_tsv.hpp): recognition
// P/R/F1 by span overlap, the issue's floor for sub-national places (found, within 161 km
// and on the right side of the border: our place's country is the gold place's), and a
// line for every miss, false positive and wrong place.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "geo_distance.hpp"
#include "geoparse/geoparser.hpp"
#include "gold_tsv.hpp"
#include "stats.hpp"

namespace bench {

struct BorderFigures {
  std::size_t gold = 0, found = 0, exact_span = 0, id_match = 0, within = 0, right_side = 0;
  std::size_t sub_gold = 0, sub_found = 0, sub_floor = 0;  // sub-national: found, +within & right side
  std::size_t predicted = 0, tp_pred = 0, false_pos = 0, unjudged = 0, unknown_ids = 0;
  void add(const BorderFigures& o) {
    gold += o.gold, found += o.found, exact_span += o.exact_span, id_match += o.id_match, within += o.within;
    right_side += o.right_side, sub_gold += o.sub_gold, sub_found += o.sub_found, sub_floor += o.sub_floor;
    predicted += o.predicted, tp_pred += o.tp_pred, false_pos += o.false_pos, unjudged += o.unjudged;
    unknown_ids += o.unknown_ids;
  }
  Prf recognition() const { return prf(double(tp_pred), double(tp_pred + false_pos), double(found), double(gold)); }
};

// `exhaustive`: the gold lists every toponym, so any other reported mention is a false
// positive; otherwise only mentions over `-` rows are, and the rest are listed as unjudged.
inline BorderFigures evaluate_border_text(const bordermap::geoparse::Geoparser& parser, const std::string& name,
                                          const std::string& text, const std::vector<GoldRow>& rows,
                                          bool exhaustive, bool verbose) {
  using bordermap::gazetteer::Kind;
  const auto& gaz = parser.gazetteer();
  BorderFigures f;
  auto result = parser.parse(text);
  const auto& ms = result.mentions;
  f.predicted = ms.size();
  auto overlaps = [](std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) { return a0 < b1 && b0 < a1; };
  auto say = [&](const char* what, const std::string& line) {
    if (verbose) std::printf("  %-10s %s: %s\n", what, name.c_str(), line.c_str());
  };
  auto label = [](const bordermap::gazetteer::Place& p) {
    return p.id + " " + p.name + (p.country.empty() ? "" : " (" + p.country + ")");
  };

  for (const auto& r : rows) {
    if (r.expect != Expect::place) continue;
    ++f.gold;
    std::vector<bordermap::gazetteer::Place> expected;
    for (const auto& id : r.ids)
      if (auto i = gaz.find_id(id)) expected.push_back(gaz.place(*i));
    if (expected.size() < r.ids.size()) ++f.unknown_ids;
    bool sub = expected.empty() ? r.ids.front().rfind("country:", 0) != 0 : expected.front().kind != Kind::country;
    f.sub_gold += sub;
    const bordermap::geoparse::Mention* best = nullptr;
    std::size_t best_ov = 0;
    for (const auto& m : ms)
      if (overlaps(m.start, m.end, r.start, r.end)) {
        std::size_t ov = std::min(m.end, r.end) - std::max(m.start, r.start);
        if (ov > best_ov) best_ov = ov, best = &m;
      }
    std::string expect_txt = r.surface + " #" + std::to_string(r.occurrence) + " → " +
                             (expected.empty() ? r.ids.front() + " (not in the gazetteer)" : label(expected.front()));
    if (!best) {
      say("MISS", expect_txt);
      continue;
    }
    ++f.found;
    f.sub_found += sub;
    if (best->start == r.start && best->end == r.end) ++f.exact_span;
    else say("SPAN", expect_txt + ": reported as '" + best->text + "'");
    if (!best->place) {
      say("UNRESOLVED", expect_txt + " (span '" + best->text + "')");
      continue;
    }
    const auto& p = *best->place;
    bool id_ok = false, within = false, right = false, any_country = false;
    double km = kMaxErrorKm;
    for (const auto& e : expected) {
      id_ok = id_ok || p.id == e.id;
      km = std::min(km, great_circle_km(p.lat, p.lon, e.lat, e.lon));
      if (!e.country.empty()) any_country = true, right = right || p.country == e.country;
    }
    within = km <= kAccuracyKm;
    if (!any_country) right = within;  // a region of no one country: being there is enough
    f.id_match += id_ok;
    f.within += within;
    f.right_side += right;
    f.sub_floor += sub && within && right;
    if (!id_ok || !within || !right) {
      char buf[64];
      std::snprintf(buf, sizeof buf, " %.0f km", km);
      say(within && right ? "OTHER ID" : "WRONG", expect_txt + " but got " + label(p) + buf +
                                                   (right ? "" : ", wrong side/country") + " [" + best->evidence + "]");
    }
  }
  for (const auto& m : ms) {
    bool pos = false, neg = false, ign = false;
    for (const auto& r : rows) {
      if (!overlaps(m.start, m.end, r.start, r.end)) continue;
      pos = pos || r.expect == Expect::place;
      neg = neg || r.expect == Expect::negative;
      ign = ign || r.expect == Expect::ignore;
    }
    std::string what = "'" + m.text + "' @" + std::to_string(m.start) + " → " +
                       (m.place ? label(*m.place) : std::string("unresolved"));
    if (pos) {
      ++f.tp_pred;
    } else if (neg || (exhaustive && !ign)) {
      ++f.false_pos;
      say("FALSE POS", what);
    } else if (!ign) {
      ++f.unjudged;
      say("UNJUDGED", what);
    }
  }
  return f;
}

}  // namespace bench
