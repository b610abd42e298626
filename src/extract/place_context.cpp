#include "extract/place_context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string>
#include <tuple>

namespace bordermap::events {
namespace {

// Words that may stand between a place and the unit that contains it.
bool container_gap(std::string_view gap) {
  static constexpr std::array<std::string_view, 22> kWords{
      "district", "districts", "province", "provinces", "tehsil", "county", "township", "city", "town", "village",
      "area", "of", "in", "the", "region", "state", "governorate", "subdistrict", "sub-district", "municipality",
      "valley", "village,"};
  std::string word;
  std::size_t words = 0;
  auto flush = [&]() {
    if (word.empty()) return true;
    ++words;
    bool ok = std::find(kWords.begin(), kWords.end(), word) != kWords.end();
    word.clear();
    return ok;
  };
  for (char c : gap) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == ' ' || c == ',' || c == '(' || c == '\n' || c == '\t') {
      if (!flush()) return false;
    } else {
      return false;  // a full stop, a semicolon, a closing bracket: another clause
    }
  }
  return flush() && words <= 4;
}

// The geoparser's alternatives, then the gazetteer's further candidates for the same name.
std::vector<geoparse::Alternative> candidates(const geoparse::Mention& m, const CandidateSearch& search) {
  auto all = m.alternatives;
  for (auto& a : search(m.text))
    if ((!m.place || a.place.id != m.place->id) && std::none_of(all.begin(), all.end(), [&](auto& b) { return b.place.id == a.place.id; }))
      all.push_back(std::move(a));
  return all;
}

// `m` takes `pick` (one of its candidates); what it had becomes its first alternative.
void swap_in(geoparse::Mention& m, const geoparse::Alternative& pick, const std::string& why) {
  auto chosen = pick;  // `pick` may live in m.alternatives
  std::erase_if(m.alternatives, [&](auto& a) { return a.place.id == chosen.place.id; });
  if (m.place) m.alternatives.insert(m.alternatives.begin(), geoparse::Alternative{*m.place, m.confidence});
  m.place = chosen.place;
  m.confidence = std::max(chosen.score, 0.5);
  m.evidence += m.evidence.empty() ? "" : "; ";
  m.evidence += why;
}

void unresolve(geoparse::Mention& m, const std::string& why) {
  m.alternatives.insert(m.alternatives.begin(), geoparse::Alternative{*m.place, m.confidence});
  m.place.reset();
  m.confidence = 0;
  m.evidence += m.evidence.empty() ? "" : "; ";
  m.evidence += why;
}

double country_weight(const geoparse::Mention& m) {
  using gazetteer::Kind;
  const auto& p = *m.place;
  if (p.kind == Kind::country || p.kind == Kind::admin1 || p.kind == Kind::admin2) return 1.0;
  return m.confidence >= 0.7 ? 1.0 : 0.5;
}

}  // namespace

void cohere_with_document(std::vector<geoparse::Mention>& mentions, const CandidateSearch& search) {
  std::map<std::string, double> support;
  for (const auto& m : mentions)
    if (m.place && !m.place->country.empty()) support[m.place->country] += country_weight(m);
  for (auto& m : mentions) {
    if (!m.place || m.place->country.empty()) continue;
    double own = country_weight(m);
    auto others = [&](const std::string& c) {
      auto it = support.find(c);
      double s = it == support.end() ? 0.0 : it->second;
      return c == m.place->country ? s - own : s;
    };
    if (others(m.place->country) > 0) continue;
    double best_elsewhere = 0;
    for (const auto& [c, s] : support)
      if (c != m.place->country) best_elsewhere = std::max(best_elsewhere, s);
    bool variant = m.evidence.rfind("spelling variant", 0) == 0;
    if (best_elsewhere == 0) {
      // Nothing else to agree with: a spelling variant of a small place abroad is a guess.
      if (variant && m.confidence < 0.5 && m.place->kind == gazetteer::Kind::populated_place) unresolve(m, "a weak spelling variant with nothing in the text to support it: left unresolved");
      continue;
    }
    auto cands = candidates(m, search);
    const geoparse::Alternative* pick = nullptr;
    for (const auto& a : cands)
      if (others(a.place.country) > 0 && (!pick || others(a.place.country) > others(pick->place.country))) pick = &a;
    if (pick) {
      swap_in(m, *pick, "in the country the document names");
    } else if ((m.confidence < 0.5 || variant) && m.place->kind != gazetteer::Kind::country &&
               m.place->kind != gazetteer::Kind::admin1) {
      unresolve(m, "a namesake in a country the document does not name: left unresolved");
    }
  }
}

std::vector<std::size_t> prefer_named_containers(std::vector<geoparse::Mention>& mentions, std::string_view text,
                                                 const CandidateSearch& search) {
  std::vector<std::size_t> containers;
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    auto& m = mentions[i];
    // The nearest resolved mention after it that the gap allows: "X district, Y".
    const geoparse::Mention* container = nullptr;
    for (std::size_t j = i + 1; j < mentions.size() && j <= i + 2; ++j) {
      if (mentions[j].start < m.end || !container_gap(text.substr(m.end, mentions[j].start - m.end))) break;
      if (mentions[j].place && !mentions[j].place->admin1_code.empty()) {
        container = &mentions[j];
        break;
      }
    }
    if (!container) continue;
    containers.push_back(container->start);
    const std::string& code = container->place->admin1_code;
    if (m.place && (m.place->admin1_code == code || m.place->kind == gazetteer::Kind::country)) continue;
    auto cands = candidates(m, search);
    auto alt = std::find_if(cands.begin(), cands.end(), [&](const geoparse::Alternative& a) { return a.place.admin1_code == code; });
    if (alt != cands.end()) {
      swap_in(m, *alt, "inside the " + container->text + " named after it");
    } else if (m.place) {
      // The text says where it lies and no candidate lies there: a namesake, not the place.
      unresolve(m, "no candidate inside the " + container->text + " named after it: left unresolved");
    }
  }
  return containers;
}

std::vector<PlacedMention> event_places(const std::vector<PlacedMention>& kept,
                                        const std::vector<std::size_t>& container_starts, std::string_view text) {
  std::vector<PlacedMention> places;
  for (const auto& p : kept)
    if (std::find(container_starts.begin(), container_starts.end(), p.mention->start) == container_starts.end())
      places.push_back(p);
  if (places.empty()) places = kept;
  if (places.empty()) return places;
  // A coder's "(coded as X)" names the location outright.
  for (const auto& p : places) {
    auto before = text.substr(0, p.mention->start);
    auto cue = before.find_last_not_of(" ");
    if (cue != std::string_view::npos) {
      auto tail = before.substr(0, cue + 1);
      for (std::string_view c : {"coded as", "coded to", "coded at", "coded in"})
        if (tail.size() >= c.size() && tail.substr(tail.size() - c.size()) == c) return {p};
    }
  }
  // Countries the sentence's other places agree on; exact names before spelling variants.
  auto agreed = [&](const PlacedMention& p) {
    return std::any_of(places.begin(), places.end(), [&](const PlacedMention& q) {
      return &q != &p && q.mention->place->country == p.mention->place->country;
    });
  };
  auto rank = [&](const PlacedMention& p) {
    bool variant = p.mention->evidence.rfind("spelling variant", 0) == 0;
    return std::tuple(places.size() > 1 && !agreed(p), p.geo_precision, variant);
  };
  // Runs of listed places; the run that holds the best-ranked place wins.
  std::size_t best = 0;
  for (std::size_t i = 1; i < places.size(); ++i)
    if (rank(places[i]) < rank(places[best])) best = i;
  std::size_t first = best, last = best;
  while (first > 0 && places[first].listed) --first;
  while (last + 1 < places.size() && places[last + 1].listed) ++last;
  return {places.begin() + static_cast<std::ptrdiff_t>(first), places.begin() + static_cast<std::ptrdiff_t>(last) + 1};
}

std::optional<PlacedMention> dateline_place(const std::vector<geoparse::Mention>& mentions, const SentenceSplit& split) {
  if (!split.dateline) return std::nullopt;
  for (const auto& m : mentions)
    if (m.place && m.start >= split.dateline->start && m.end <= split.dateline->end) {
      PlacedMention p = placed(m, false);
      // The story was filed there; the event happened somewhere in its region.
      p.geo_precision = 3;
      p.where_prec = std::max(p.where_prec, 4);
      p.radius_m = std::max(p.radius_m, 100000.0);
      return p;
    }
  return std::nullopt;
}

}  // namespace bordermap::events
