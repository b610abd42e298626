#include "geoparse/resolver.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <numbers>

#include "gazetteer/normalize.hpp"
#include "geoparse/prominence.hpp"

namespace bordermap::geoparse {
namespace {

using gazetteer::Kind;
namespace format = gazetteer::format;

// Weights of the score's terms. Context (what the document itself says) outweighs the
// border prior, so "Washington and London" stay where the world knows them.
constexpr double kProminence = 1.0;
constexpr double kNameQuality = 0.5;
constexpr double kCountryContext = 1.2;
constexpr double kAdmin1Context = 0.9;
constexpr double kContainment = 1.5;
constexpr double kCapital = 0.8;
constexpr double kCue = 0.8;
constexpr double kCountryName = 1.5;
constexpr double kCountryCue = 1.5;  // a demonym right before the name
constexpr double kArticle = 1.0;  // "Russia" is the country, not Russia, Ohio, unless the text says so
constexpr double kRegion = 0.6;
constexpr double kCoherence = 0.5;
constexpr double kSoftmax = 6.0;
constexpr std::size_t kMaxCandidates = 40;
constexpr std::size_t kMaxCoherencePlaces = 200;

// Equirectangular distance: within a few per cent of the great circle at the ranges where
// coherence matters (hundreds of km), and free of trigonometry in the inner loop.
struct Located {
  double lat, lon, coslat;
};
Located locate(double lat, double lon) { return {lat, lon, std::cos(lat * std::numbers::pi / 180.0)}; }
double approx_km(const Located& a, const Located& b) {
  double dlon = std::abs(a.lon - b.lon);
  if (dlon > 180) dlon = 360 - dlon;
  double dx = dlon * 0.5 * (a.coslat + b.coslat), dy = a.lat - b.lat;
  return 111.195 * std::sqrt(dx * dx + dy * dy);
}

double name_quality(const Candidate& c) {
  double q = c.name_kind == format::kPrimary || c.name_kind == format::kCurated ? 1.0
             : c.name_kind == format::kAlternate                                ? 0.75
                                                                                : 0.7;
  return c.fuzzy ? q * 0.5 : q;
}

enum class Relation { none, inside, capital_of, weak_inside };

struct Scored {
  Candidate cand;
  double prior = 0;  // prominence + name + region
  double score = 0;
};

struct SpanState {
  std::vector<Scored> cands;
  std::size_t best = 0;
};

}  // namespace

std::vector<Mention> Resolver::resolve(std::string_view text, const std::vector<Token>& tokens,
                                       const Recognition& rec) const {
  (void)tokens;
  const auto& spans = rec.spans;
  std::vector<SpanState> state(spans.size());

  auto region = [&](std::uint32_t p) { return prior_.at(gaz_.lon(p), gaz_.lat(p)); };

  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& st = state[i];
    for (const auto& c : spans[i].candidates) {
      Scored s{c, 0, 0};
      s.prior = kProminence * prominence(gaz_, c.place) + kNameQuality * name_quality(c) + kRegion * region(c.place);
      st.cands.push_back(s);
    }
    std::sort(st.cands.begin(), st.cands.end(), [](auto& a, auto& b) { return a.prior > b.prior; });
    if (st.cands.size() > kMaxCandidates) st.cands.resize(kMaxCandidates);
  }

  // Countries and admin units the document names. Each distinct name counts once, and a
  // name never counts as evidence for itself: "Mexico" must not lift the state of México,
  // nor five "Georgia"s vote for one another.
  std::map<std::string, double> country_ev = rec.demonym_countries;
  std::map<std::string, double> admin1_ev;
  struct Contribution {
    std::string country;
    double country_weight = 1.0;
    std::vector<std::pair<std::string, double>> admins;
  };
  std::map<std::string, Contribution> by_name;
  std::vector<const Contribution*> own(spans.size(), nullptr);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].fuzzy) continue;
    auto key = gazetteer::normalize_name(text.substr(spans[i].start, spans[i].end - spans[i].start));
    auto [it, fresh] = by_name.try_emplace(key);
    own[i] = &it->second;
    if (!fresh) continue;
    Contribution& c = it->second;
    for (const auto& sc : state[i].cands)
      if (gaz_.kind(sc.cand.place) == Kind::country && sc.cand.name_kind <= format::kCurated) {
        c.country = std::string(gaz_.country(sc.cand.place));
        break;
      }
    std::vector<std::string> admins;
    for (const auto& sc : state[i].cands)
      if (gaz_.kind(sc.cand.place) == Kind::admin1) admins.emplace_back(gaz_.admin1_code(sc.cand.place));
    for (auto& a : admins) c.admins.emplace_back(a, 1.0 / static_cast<double>(admins.size()));
    if (c.country.empty() && !state[i].cands.empty()) {
      // A name all of whose candidates lie in one country speaks for that country, more softly.
      std::string_view only = gaz_.country(state[i].cands.front().cand.place);
      bool one = !only.empty();
      for (const auto& sc : state[i].cands) one = one && gaz_.country(sc.cand.place) == only;
      if (one) {
        c.country = std::string(only);
        c.country_weight = 0.5;
      }
    }
    if (!c.country.empty()) country_ev[c.country] += c.country_weight;
    for (auto& [a, w] : c.admins) admin1_ev[a] += w;
  }
  auto country_evidence = [&](std::size_t i, const std::string& cc) {
    auto it = country_ev.find(cc);
    double v = it == country_ev.end() ? 0.0 : it->second;
    if (own[i] && own[i]->country == cc) v -= own[i]->country_weight;
    return v;
  };
  auto admin1_evidence = [&](std::size_t i, const std::string& a1) {
    auto it = admin1_ev.find(a1);
    double v = it == admin1_ev.end() ? 0.0 : it->second;
    if (own[i])
      for (auto& [a, w] : own[i]->admins)
        if (a == a1) v -= w;
    return v;
  };
  double max_country = 0;
  for (auto& [_, v] : country_ev) max_country = std::max(max_country, v);

  // What the words between two neighbouring spans say of them.
  auto relation = [&](std::size_t i, std::size_t j) {
    if (spans[j].start < spans[i].end || spans[j].start - spans[i].end > 200) return Relation::none;
    std::string between = gazetteer::normalize_name(text.substr(spans[i].end, spans[j].start - spans[i].end));
    std::string raw(text.substr(spans[i].end, spans[j].start - spans[i].end));
    bool comma = raw.find(',') != std::string::npos;
    if (between.size() > 60) return Relation::none;
    if (between.find("capital of") != std::string::npos || between.find("centre of") != std::string::npos ||
        between.find("center of") != std::string::npos)
      return Relation::capital_of;
    if (comma && (between.empty() || between == "in")) return Relation::inside;
    if (between == "in" || between == "in the" || between == "of" || between == "province of" ||
        between == "district of" || between == "region of" || between == "village in" ||
        between == "district in" || between == "in the province of")
      return Relation::weak_inside;
    return Relation::none;
  };
  auto contains = [&](std::uint32_t outer, std::uint32_t inner) {
    if (outer == inner) return false;
    auto k = gaz_.kind(outer);
    if (k == Kind::country) return gaz_.kind(inner) != Kind::country && gaz_.country(outer) == gaz_.country(inner);
    if (k == Kind::admin1)
      return gaz_.kind(inner) != Kind::admin1 && gaz_.kind(inner) != Kind::country &&
             !gaz_.admin1_code(outer).empty() && gaz_.admin1_code(outer) == gaz_.admin1_code(inner);
    return false;
  };

  std::vector<std::vector<double>> bonus(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) bonus[i].assign(state[i].cands.size(), 0.0);
  auto link = [&](std::size_t inner, std::size_t outer, double weight, bool capital) {
    const std::size_t top = 6;
    for (std::size_t a = 0; a < state[inner].cands.size(); ++a) {
      auto ip = state[inner].cands[a].cand.place;
      for (std::size_t b = 0; b < std::min(top, state[outer].cands.size()); ++b) {
        auto op = state[outer].cands[b].cand.place;
        if (!contains(op, ip)) continue;
        double w = weight * kContainment;
        if (capital) w += gaz_.rank(ip) >= 6 ? kCapital : -kCapital;
        bonus[inner][a] = std::max(bonus[inner][a], w);
        if (a < top) bonus[outer][b] = std::max(bonus[outer][b], weight * kContainment * 0.5);
      }
    }
  };
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    std::size_t j = i + 1;
    if (spans[i].possessive) {
      // "Afghanistan's Takhar province", "Afghanistan's province of Badakhshan"
      auto r = relation(i, j);
      if (r != Relation::none || (spans[j].start >= spans[i].end && spans[j].start - spans[i].end <= 4))
        link(j, i, 1.0, false);
      continue;
    }
    switch (relation(i, j)) {
      case Relation::inside: link(i, j, 1.0, false); break;
      case Relation::capital_of: {
        link(i, j, 1.0, true);
        // "X, the capital of Afghanistan's province of Y": the possessive names the country
        if (spans[j].possessive && j + 1 < spans.size()) link(i, j + 1, 1.0, true);
        break;
      }
      case Relation::weak_inside: link(i, j, 0.6, false); break;
      case Relation::none: break;
    }
  }

  // "the Panj" is the river; "the Cambridge firm" is still Cambridge: the article counts only
  // where a river, region or range of that name exists.
  std::vector<bool> river_like(spans.size(), false);
  for (std::size_t i = 0; i < spans.size(); ++i)
    for (const auto& c : state[i].cands) {
      auto k = gaz_.kind(c.cand.place);
      if (k == Kind::river || k == Kind::region || k == Kind::mountain) river_like[i] = true;
    }

  auto context_score = [&](std::size_t i, const Scored& s, std::size_t idx) {
    auto p = s.cand.place;
    auto k = gaz_.kind(p);
    double v = s.prior + bonus[i][idx];
    if (k != Kind::country) {
      auto cc = std::string(gaz_.country(p));
      if (cc.empty() && max_country > 0)
        v += kCountryContext * 0.75;  // rivers and ranges that cross borders belong to no one country
      else if (double ev = country_evidence(i, cc); ev > 0 && max_country > 0)
        v += kCountryContext * (0.5 + 0.5 * std::min(1.0, ev / max_country));
      if (cc.empty() && !admin1_ev.empty()) v += kAdmin1Context * 0.5;
      if (k != Kind::admin1) {
        auto a1 = std::string(gaz_.admin1_code(p));
        if (double ev = a1.empty() ? 0.0 : admin1_evidence(i, a1); ev > 0)
          v += kAdmin1Context * std::min(1.0, ev);
      }
    }
    if (k == Kind::country && !s.cand.fuzzy && s.cand.name_kind <= format::kCurated) v += kCountryName;
    if (!spans[i].country_cue.empty() && gaz_.country(p) == spans[i].country_cue) v += kCountryCue;
    if (spans[i].article && !spans[i].cue && river_like[i]) {
      if (k == Kind::river || k == Kind::region || k == Kind::mountain) v += kArticle;
      else if (k == Kind::populated_place) v -= kArticle * 0.5;
    }
    if (spans[i].cue) {
      Kind cue = *spans[i].cue;
      bool match = k == cue || (cue == Kind::admin2 && k == Kind::admin1 && false);
      v += match ? kCue : -kCue * 0.6;
    } else if (k == Kind::admin1) {
      // Bare "Kunduz" is the city more often than the province named after it.
      for (const auto& o : state[i].cands)
        if (gaz_.kind(o.cand.place) == Kind::populated_place && gaz_.rank(o.cand.place) >= 6 &&
            gaz_.admin1_code(o.cand.place) == gaz_.admin1_code(p)) {
          v -= 0.35;
          break;
        }
    }
    return v;
  };

  for (std::size_t i = 0; i < spans.size(); ++i) {
    auto& st = state[i];
    for (std::size_t a = 0; a < st.cands.size(); ++a) st.cands[a].score = context_score(i, st.cands[a], a);
    st.best = 0;
    for (std::size_t a = 1; a < st.cands.size(); ++a)
      if (st.cands[a].score > st.cands[st.best].score) st.best = a;
  }

  // Spatial coherence: a document's places tend to lie near one another.
  std::vector<std::vector<Located>> where(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i)
    for (const auto& c : state[i].cands) where[i].push_back(locate(gaz_.lat(c.cand.place), gaz_.lon(c.cand.place)));
  for (int pass = 0; pass < 2; ++pass) {
    // Distinct chosen places with how many spans chose each, so a long document that
    // names the same places again and again costs no more than one that names them once.
    std::vector<Located> chosen;
    std::vector<std::uint32_t> chosen_place;
    std::vector<std::size_t> chosen_count;
    std::map<std::uint32_t, std::size_t> slot;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      if (state[i].cands.empty()) continue;
      auto p = state[i].cands[state[i].best].cand.place;
      if (gaz_.kind(p) == Kind::country) continue;
      auto [it, fresh] = slot.try_emplace(p, chosen.size());
      if (fresh) {
        chosen.push_back(where[i][state[i].best]);
        chosen_place.push_back(p);
        chosen_count.push_back(0);
      }
      ++chosen_count[it->second];
      if (chosen.size() >= kMaxCoherencePlaces) break;
    }
    std::unordered_map<std::uint64_t, double> coherence_memo;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      auto& st = state[i];
      for (std::size_t a = 0; a < st.cands.size(); ++a) {
        auto p = st.cands[a].cand.place;
        double coh = 0;
        if (gaz_.kind(p) != Kind::country) {
          auto mine = state[i].cands[state[i].best].cand.place;
          std::uint64_t memo_key = (static_cast<std::uint64_t>(p) << 32) | mine;
          if (auto m = coherence_memo.find(memo_key); m != coherence_memo.end()) {
            coh = m->second;
          } else {
            double dmin = 1e9;
            for (std::size_t c = 0; c < chosen.size(); ++c) {
              // a span's own choice is no evidence for itself, unless another span chose it too
              if (chosen_place[c] == mine && chosen_count[c] <= 1) continue;
              dmin = std::min(dmin, approx_km(where[i][a], chosen[c]));
            }
            if (dmin < 1e9) coh = std::exp(-dmin / 300.0);
            coherence_memo.emplace(memo_key, coh);
          }
        }
        st.cands[a].score = context_score(i, st.cands[a], a) + kCoherence * coh;
      }
      st.best = 0;
      for (std::size_t a = 1; a < st.cands.size(); ++a)
        if (st.cands[a].score > st.cands[st.best].score) st.best = a;
    }
  }

  std::vector<Mention> out;
  out.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto& st = state[i];
    Mention m;
    m.text = std::string(text.substr(spans[i].start, spans[i].end - spans[i].start));
    m.start = spans[i].start;
    m.end = spans[i].end;
    if (st.cands.empty()) {
      out.push_back(std::move(m));
      continue;
    }
    double top = st.cands[st.best].score, z = 0;
    std::vector<double> prob(st.cands.size());
    for (std::size_t a = 0; a < st.cands.size(); ++a) z += prob[a] = std::exp(kSoftmax * (st.cands[a].score - top));
    for (auto& p : prob) p /= z;
    const auto& best = st.cands[st.best];
    m.place = gaz_.place(best.cand.place);
    double quality = best.cand.fuzzy ? 0.6
                     : best.cand.name_kind == format::kAlternate ? 0.92
                     : best.cand.name_kind == format::kDerived   ? 0.88
                                                                 : 1.0;
    m.confidence = std::round(prob[st.best] * quality * 1000) / 1000;
    std::vector<std::size_t> order(st.cands.size());
    for (std::size_t a = 0; a < order.size(); ++a) order[a] = a;
    std::sort(order.begin(), order.end(), [&](auto x, auto y) { return prob[x] > prob[y]; });
    for (auto a : order) {
      if (a == st.best) continue;
      if (static_cast<int>(m.alternatives.size()) >= opt_.max_alternatives) break;
      m.alternatives.push_back(Alternative{gaz_.place(st.cands[a].cand.place), std::round(prob[a] * 1000) / 1000});
    }
    m.evidence = best.cand.fuzzy ? "spelling variant" : "exact name";
    if (spans[i].cue) m.evidence += std::string("; kind word: ") + std::string(gazetteer::kind_name(*spans[i].cue));
    if (bonus[i][st.best] > 0) m.evidence += "; text says where it lies";
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace bordermap::geoparse
