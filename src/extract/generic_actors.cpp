#include "extract/generic_actors.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/countries.hpp"
#include "extract/phrases.hpp"

namespace bordermap::events {
namespace {

struct KindPhrases {
  GenericKind kind;
  std::string_view phrases;  // '|'-separated, as in the dictionaries
};

// Head nouns by kind. Checkpoints, posts and convoys stand for the forces that man them:
// "attacked a checkpoint" is an attack on state forces.
constexpr std::array<KindPhrases, 4> kPhrases{{
    {GenericKind::state_forces,
     "soldier|soldiers|troops|army|army personnel|army units|military|military forces|armed forces|security forces|"
     "security personnel|security officials|government forces|government troops|state forces|police|police officer|"
     "police officers|policeman|policemen|policewoman|police personnel|police forces|cops|commandos|commando|"
     "special forces|border guards|border guard|border police|border forces|border troops|paramilitary|"
     "paramilitaries|paramilitary forces|servicemen|serviceman|navy|air force|counter-terrorism department|CTD|"
     "checkpoint|checkpoints|check point|check points|check-point|check-points|outpost|outposts|security post|"
     "security posts|police station|police post|police posts|army post|army posts|military post|military posts|"
     "military base|army camp|military convoy|convoy|junta|regime forces|pro-regime forces|forces|personnel|officers|"
     "guards|intelligence officials|intelligence forces"},
    {GenericKind::armed_group,
     "militants|militant|insurgents|insurgent|gunmen|gunman|assailants|assailant|attackers|attacker|armed men|"
     "armed man|rebels|rebel|terrorists|terrorist|armed group|armed groups|miscreants|unknown persons|unidentified "
     "persons|unidentified men|unknown men|armed assailants|armed militants|extremists|fighters"},
    {GenericKind::pro_government_militia,
     "pro-government militia|pro-government militias|pro-government militiamen|pro-government forces|"
     "pro-government fighters|Arbaki|Arbakis|arbaki militia|arbaki militias|ALP|Afghan Local Police|uprising forces|"
     "public uprising forces|local militia|militia|militias|militiamen"},
    {GenericKind::civilians,
     "civilian|civilians|villager|villagers|resident|residents|local residents|locals|people|man|woman|women|child|"
     "children|boy|boys|girl|girls|family|families|worker|workers|teacher|teachers|student|students|journalist|"
     "journalists|elder|elders|tribal elder|tribal elders|farmer|farmers|shepherd|shepherds|shopkeeper|"
     "shopkeepers|trader|traders|driver|drivers|passenger|passengers|doctor|doctors|lawyer|lawyers|person|persons|"
     "cleric|clerics|prayer leader|pilgrims|worshippers|labourers|laborers|contractor|contractors|engineer|"
     "engineers|polio worker|polio workers|health workers|aid workers|minor|minors|youth|youths|couple|citizen|"
     "citizens|member of the public|members of the public|businessman|businessmen|merchant|merchants"},
}};

// Nouns that are state forces only with a demonym: "Afghan forces", but "resistance forces".
bool needs_demonym(std::string_view phrase) {
  return phrase == "forces" || phrase == "personnel" || phrase == "officers" || phrase == "guards";
}

const PhraseIndex& index() {
  static const PhraseIndex idx = [] {
    PhraseIndex i;
    for (std::size_t k = 0; k < kPhrases.size(); ++k) {
      std::string_view all = kPhrases[k].phrases;
      std::size_t start = 0;
      while (start <= all.size()) {
        auto bar = all.find('|', start);
        auto p = all.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        // entry = kind * 1000 + phrase number, so the phrase can be looked up again
        i.add(p, k * 1000 + static_cast<std::size_t>(std::count(all.begin(), all.begin() + start, '|')));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
      }
    }
    return i;
  }();
  return idx;
}

std::string_view phrase_of(std::size_t entry) {
  std::string_view all = kPhrases[entry / 1000].phrases;
  std::size_t n = entry % 1000, start = 0;
  for (std::size_t k = 0; k < n; ++k) start = all.find('|', start) + 1;
  auto bar = all.find('|', start);
  return all.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
}

// The country of a demonym ending at token `end` (exclusive): "Pakistani", "U.S.", "Sri Lankan",
// "Pakistan's" (the tokenizer keeps the possessive on the word, in the text and in the list alike).
std::string demonym_before(const std::vector<Tok>& toks, std::size_t end, const std::vector<StateForces>& forces,
                           std::size_t& demonym_first) {
  for (const auto& f : forces)
    for (const auto& dtoks : f.demonym_words) {
      if (dtoks.empty() || dtoks.size() > end) continue;
      std::size_t first = end - dtoks.size();
      bool same = true;
      for (std::size_t k = 0; k < dtoks.size() && same; ++k) {
        const Tok& t = toks[first + k];
        same = t.kind != TokKind::punct && t.lower == dtoks[k].lower && t.possessive == dtoks[k].possessive;
      }
      if (same) {
        demonym_first = first;
        return f.country;
      }
    }
  return {};
}

bool word_in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

std::vector<GenericMention> find_generic_actors(const std::vector<Tok>& toks, const std::vector<StateForces>& forces,
                                                const std::vector<std::pair<std::size_t, std::size_t>>& named) {
  std::vector<GenericMention> out;
  for (const auto& hit : index().find_longest(toks)) {
    bool overlaps = std::any_of(named.begin(), named.end(),
                                [&](auto& r) { return hit.first_tok < r.second && r.first < hit.end_tok; });
    // "Taliban militants", "TTP fighters", "Taliban checkpoint": the name already says who.
    bool continues_name = std::any_of(named.begin(), named.end(), [&](auto& r) {
      std::size_t gap_end = hit.first_tok;
      std::size_t k = r.second;
      while (k < gap_end && word_in(toks[k].lower, {"suspected", "armed", "the"})) ++k;
      return r.second <= hit.first_tok && k == gap_end && hit.first_tok - r.second <= 3;
    });
    // "special forces of the Islamic Emirate", "fighters of Jamaat Ansorullah": the name says who.
    bool owned_by_name = std::any_of(named.begin(), named.end(), [&](auto& r) {
      std::size_t k = hit.end_tok;
      if (k >= toks.size() || toks[k].lower != "of") return false;
      ++k;
      if (k < toks.size() && toks[k].lower == "the") ++k;
      return r.first == k;
    });
    if (overlaps || continues_name || owned_by_name) continue;
    GenericMention m;
    m.kind = kPhrases[hit.entry / 1000].kind;
    m.first_tok = hit.first_tok;
    m.end_tok = hit.end_tok;
    std::size_t lead = hit.first_tok;
    // Skip modifiers between a demonym and the noun: "Afghan special forces", "Pakistani security forces".
    std::size_t k = lead;
    while (k > 0 && k + 3 > lead && word_in(toks[k - 1].lower, {"local", "provincial", "district", "national", "government"}))
      --k;
    std::size_t demonym_first = k;
    m.country = demonym_before(toks, k, forces, demonym_first);
    if (!m.country.empty()) m.first_tok = demonym_first;
    if (m.kind == GenericKind::state_forces && needs_demonym(phrase_of(hit.entry)) && m.country.empty()) continue;
    for (std::size_t j = m.first_tok; j > 0 && j + 3 > m.first_tok; --j) {
      const Tok& t = toks[j - 1];
      if (t.kind == TokKind::punct) break;
      if (word_in(t.lower, {"unidentified", "unknown", "unnamed", "masked", "anonymous"})) {
        m.unidentified = true;
        m.first_tok = j - 1;
      }
    }
    out.push_back(m);
  }
  return out;
}

std::string state_forces_name(const std::vector<StateForces>& forces, const std::string& country,
                              const std::string& date) {
  const StateForces* last = nullptr;
  for (const auto& f : forces) {
    if (f.country != country) continue;
    if (!date.empty() && (f.until.empty() || date < f.until)) return f.name;
    last = &f;
  }
  if (last) return last->name;
  if (country.empty()) return {};
  auto name = countries::acled_name_of(country);
  return name.empty() ? std::string() : "Military Forces of " + name;
}

std::string generic_actor_name(const GenericMention& m, const std::vector<StateForces>& forces,
                               const std::string& country, const std::string& date) {
  switch (m.kind) {
    case GenericKind::state_forces: return state_forces_name(forces, m.country.empty() ? country : m.country, date);
    case GenericKind::armed_group: return "Unidentified armed group";
    case GenericKind::pro_government_militia: return "Pro-government militia";
    case GenericKind::civilians: return "Civilians";
    case GenericKind::protesters: return "Protesters";
    case GenericKind::rioters: return "Rioters";
  }
  return {};
}

}  // namespace bordermap::events
