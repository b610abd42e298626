#include "extract/actors.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace bordermap::events {
namespace {

// Words right before an actor that make it the one acted upon.
constexpr std::array<std::string_view, 30> kTargetCues{
    "against", "fighting", "fought", "attacked", "attacking", "attack", "attacks", "shelled", "shelling",
    "targeted", "targeting", "clashed", "battled", "killed", "arrested", "detained", "ambushed", "abducted",
    "kidnapped", "captured", "expelled", "repelled", "repulsed", "struck", "hit", "warned", "threatened",
    "accused", "on", "with"};

bool target_cue(const std::vector<Tok>& toks, std::size_t first) {
  // "fighting the Taliban", "clashed with Tajik border guards": look past an article.
  std::size_t seen = 0;
  for (std::size_t k = first; k > 0 && seen < 2; --k) {
    const Tok& t = toks[k - 1];
    if (t.kind == TokKind::punct || t.lower == "by") return false;  // "detained by X": X is the agent
    if (std::find(kTargetCues.begin(), kTargetCues.end(), t.lower) != kTargetCues.end()) {
      // "on" and "with" mark a target only after a verb of violence ("attack on", "clashed with").
      if (t.lower != "on" && t.lower != "with") return true;
      return k >= 2 && std::find(kTargetCues.begin(), kTargetCues.end(), toks[k - 2].lower) != kTargetCues.end();
    }
    if (t.lower != "the" && t.lower != "a") ++seen;
  }
  return false;
}

// "Two of the smugglers were detained": an actor followed by a passive verb of violence.
bool passive_target(const std::vector<Tok>& toks, std::size_t end) {
  std::size_t k = end;
  if (k < toks.size() && (toks[k].lower == "were" || toks[k].lower == "was" || toks[k].lower == "are" ||
                          toks[k].lower == "is" || toks[k].lower == "have" || toks[k].lower == "had"))
    ++k;
  if (k < toks.size() && toks[k].lower == "been") ++k;
  if (k == end || k >= toks.size()) return false;
  return std::find(kTargetCues.begin(), kTargetCues.end(), toks[k].lower) != kTargetCues.end() &&
         toks[k].lower != "on" && toks[k].lower != "with" && toks[k].lower != "against";
}

}  // namespace

ActorMatcher::ActorMatcher(const Dictionaries& dict) : dict_(dict) {
  for (std::size_t i = 0; i < dict.actors.size(); ++i) {
    index_.add(dict.actors[i].name, i);
    for (const auto& alias : dict.actors[i].aliases) index_.add(alias, i);
  }
}

std::vector<ActorMention> ActorMatcher::find(const std::vector<Tok>& toks) const {
  std::vector<ActorMention> out;
  for (const auto& h : index_.find_longest(toks)) out.push_back({h.entry, h.first_tok, h.end_tok});
  return out;
}

std::string ActorMatcher::first_in(const std::string& text) const {
  auto found = find(tokenize_words(text));
  return found.empty() ? std::string() : name(found.front().actor);
}

ActorRoles ActorMatcher::roles(const std::vector<Tok>& toks, const std::vector<ActorMention>& mentions,
                               std::size_t skip_first, std::size_t skip_end, bool violent, std::size_t trigger) const {
  struct Cand {
    const ActorMention* m;
    bool target = false, agent = false, possessor = false;
  };
  std::vector<Cand> cands;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    if (m.first_tok >= skip_first && m.end_tok <= skip_end && skip_end > skip_first) continue;
    Cand c{&m};
    c.target = target_cue(toks, m.first_tok) || passive_target(toks, m.end_tok);
    c.agent = m.first_tok > 0 && toks[m.first_tok - 1].lower == "by";
    // "the Islamic Emirate's Mansoori Army": the possessor is associated with the unit named next.
    c.possessor = toks[m.end_tok - 1].possessive && i + 1 < mentions.size() && mentions[i + 1].first_tok == m.end_tok;
    cands.push_back(c);
  }
  ActorRoles r;
  auto take = [&](const Cand* c) { return c ? name(c->m->actor) : std::string(); };
  const Cand* a1 = nullptr;
  const Cand* a2 = nullptr;
  if (violent)
    for (auto& c : cands)
      if (c.agent) {
        a1 = &c;
        break;
      }
  if (!a1 && violent && trigger < toks.size())
    for (auto& c : cands)
      if (!c.target && !c.possessor && c.m->end_tok <= trigger) a1 = &c;  // the last one before it
  if (!a1)
    for (auto& c : cands)
      if (!c.target && !c.possessor) {
        a1 = &c;
        break;
      }
  if (!a1)  // only a possessor besides the targets: it acts ("the Taliban's fighters")
    for (auto& c : cands)
      if (!c.target) {
        a1 = &c;
        break;
      }
  r.actor1 = take(a1);
  for (auto& c : cands)
    if (&c != a1 && c.target && name(c.m->actor) != r.actor1) {
      a2 = &c;
      break;
    }
  if (!a2 && violent)
    for (auto& c : cands)
      if (&c != a1 && !c.possessor && name(c.m->actor) != r.actor1) {
        a2 = &c;
        break;
      }
  r.actor2 = take(a2);
  for (auto& c : cands) {
    auto n = name(c.m->actor);
    if (n == r.actor1 || n == r.actor2) continue;
    if (std::find(r.assoc.begin(), r.assoc.end(), n) == r.assoc.end()) r.assoc.push_back(n);
  }
  return r;
}

}  // namespace bordermap::events
