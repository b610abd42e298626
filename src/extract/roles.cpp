#include "extract/roles.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace bordermap::events {
namespace {

bool word_in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Words that may stand between an auxiliary and its participle: "were reportedly shot and killed".
bool passive_filler(const Tok& t) {
  return word_in(t.lower, {"reportedly", "allegedly", "also", "later", "subsequently", "then", "all", "both",
                           "critically", "seriously", "fatally", "badly", "severely", "mortally", "and", "being",
                           "been", "injured", "wounded", "shot", "attacked", "ambushed", "targeted", "beaten",
                           "abducted", "kidnapped", "detained", "arrested", "captured"});
}

// The word just before an actor (an article or a count skipped).
const Tok* word_before(const std::vector<Tok>& toks, std::size_t first) {
  std::size_t k = first;
  while (k > 0 && (word_in(toks[k - 1].lower, {"the", "a", "an", "suspected", "several", "some", "two", "three"}) ||
                   toks[k - 1].kind == TokKind::number))
    --k;
  return k > 0 ? &toks[k - 1] : nullptr;
}

bool agent_marker(const std::vector<Tok>& toks, const ActorRef& r) {
  const Tok* w = word_before(toks, r.first_tok);
  // "officials blamed Tajik forces": the one blamed is the alleged agent.
  if (w && word_in(w->lower, {"blamed", "blaming", "blame"})) return true;
  if (!w || w->lower != "by") return false;
  // "supported by NATO", "backed by air support": a helper, not the agent.
  std::size_t k = static_cast<std::size_t>(w - toks.data());
  return !(k > 0 && word_in(toks[k - 1].lower, {"supported", "backed", "assisted", "aided", "accompanied", "helped"}));
}

bool helper_marker(const std::vector<Tok>& toks, const ActorRef& r) {
  const Tok* w = word_before(toks, r.first_tok);
  if (!w) return false;
  std::size_t k = static_cast<std::size_t>(w - toks.data());
  if (w->lower == "by" && k > 0 &&
      word_in(toks[k - 1].lower, {"supported", "backed", "assisted", "aided", "accompanied", "helped"}))
    return true;
  return word_in(w->lower, {"alongside", "with"}) && k > 0 && word_in(toks[k - 1].lower, {"together", "jointly", "along"});
}

bool target_marker(const std::vector<Tok>& toks, const ActorRef& r) {
  const Tok* w = word_before(toks, r.first_tok);
  return w && word_in(w->lower, {"against", "on", "targeting", "fighting", "with", "at", "upon", "warned", "threatened",
                                 "accused", "urged", "told"});
}

}  // namespace

bool passive_at(const std::vector<Tok>& toks, std::size_t trigger_first) {
  for (std::size_t k = trigger_first, seen = 0; k > 0 && seen < 5; --k, ++seen) {
    const Tok& t = toks[k - 1];
    if (t.kind == TokKind::punct) return false;
    if (word_in(t.lower, {"was", "were", "been", "is", "are", "be", "got", "get", "gets"})) return true;
    if (!passive_filler(t)) return false;
  }
  return false;
}

RoleAssignment assign_roles(const std::vector<Tok>& toks, const std::vector<ActorRef>& refs, std::size_t trigger_first,
                            std::size_t skip_first, std::size_t skip_end, bool violent,
                            bool done_to) {
  RoleAssignment r;
  r.passive = done_to && passive_at(toks, trigger_first);
  std::vector<std::size_t> before, after;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const auto& a = refs[i];
    if (skip_end > skip_first && a.first_tok >= skip_first && a.end_tok <= skip_end) continue;
    if (a.end_tok <= trigger_first) before.push_back(i);
    else if (a.first_tok > trigger_first) after.push_back(i);
  }
  auto first_after = [&](auto pred) -> std::optional<std::size_t> {
    for (auto i : after)
      if (pred(refs[i])) return i;
    return std::nullopt;
  };
  // "five fighters were killed by Afghan army airstrikes": a passive clause with its agent
  // named decides the roles whatever word typed the event.
  if (done_to && !r.passive)
    for (std::size_t i = 0; i < refs.size(); ++i) {
      const Tok* by = word_before(toks, refs[i].first_tok);
      if (!by || by->lower != "by" || !agent_marker(toks, refs[i])) continue;
      std::size_t b = static_cast<std::size_t>(by - toks.data());
      // "were killed by X", or a reduced relative: "an airstrike conducted by X",
      // "an ambush by X" (the noun of the deed right before "by").
      bool reduced = b >= 1 && (word_in(toks[b - 1].lower, {"conducted", "launched", "led", "executed", "planted",
                                                            "perpetrated", "staged", "mounted", "carried", "out",
                                                            "initiated", "fired", "detonated"}) ||
                                (b - 1 < trigger_first + 3 && b > trigger_first));
      if (b < 2 || !(passive_at(toks, b - 1) || reduced)) continue;
      r.passive = true;
      r.actor1 = i;
      for (std::size_t j = 0; j < refs.size(); ++j)
        if (refs[j].end_tok < b && j != i && !(skip_end > skip_first && refs[j].first_tok >= skip_first && refs[j].end_tok <= skip_end))
          r.actor2 = j;  // the last one before the verb: its subject
      break;
    }
  if (r.passive && r.actor1) {
    // decided above
  } else if (r.passive) {
    for (auto it = before.rbegin(); it != before.rend(); ++it)
      if (!agent_marker(toks, refs[*it])) {
        r.actor2 = *it;
        break;
      }
    r.actor1 = first_after([&](const ActorRef& a) { return agent_marker(toks, a); });
    if (!r.actor1) r.actor1 = first_after([&](const ActorRef& a) { return !helper_marker(toks, a); });
    // "Six soldiers and three militants were killed": two sides, no agent named.
    if (!r.actor1 && r.actor2)
      for (auto i : before)
        if (i != *r.actor2 && refs[i].name != refs[*r.actor2].name && refs[i].kind != "civilians") {
          r.actor1 = i;
          break;
        }
  } else {
    // A deed's agent is the actor nearest its verb ("13 militants were killed during Afghan
    // forces' operations"); a development's is the subject's head, which comes first ("a cell
    // of Lashkar-e Mansouri, a Taliban unit, has been set up").
    auto agent_candidate = [&](std::size_t i) { return !target_marker(toks, refs[i]) && !helper_marker(toks, refs[i]); };
    if (done_to) {
      for (auto it = before.rbegin(); it != before.rend() && !r.actor1; ++it)
        if (agent_candidate(*it)) r.actor1 = *it;
    } else {
      for (auto i : before)
        if (agent_candidate(i)) {
          r.actor1 = i;
          break;
        }
    }
    // "an airstrike by Afghan forces killed …", "an attack by X on Y"
    if (auto by = first_after([&](const ActorRef& a) { return agent_marker(toks, a); }); by && !r.actor1) r.actor1 = by;
    // A deed's object is its target; a development names one only as "against X", "on X".
    r.actor2 = first_after([&](const ActorRef& a) {
      return (!r.actor1 || &a != &refs[*r.actor1]) && !agent_marker(toks, a) && !helper_marker(toks, a) &&
             (done_to || target_marker(toks, a));
    });
    if (!r.actor2)
      for (auto i : before)
        if ((!r.actor1 || i != *r.actor1) && target_marker(toks, refs[i])) {
          r.actor2 = i;
          break;
        }
  }
  if (r.actor1 && r.actor2 && refs[*r.actor1].name == refs[*r.actor2].name && !refs[*r.actor1].name.empty())
    r.actor2.reset();
  // Victims are never the agent.
  if (violent && r.actor1 && refs[*r.actor1].kind == "civilians") {
    if (r.actor2 && refs[*r.actor2].kind != "civilians") std::swap(r.actor1, r.actor2);
    else {
      if (!r.actor2) r.actor2 = r.actor1;
      r.actor1.reset();
    }
  }
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if ((r.actor1 && i == *r.actor1) || (r.actor2 && i == *r.actor2)) continue;
    if (skip_end > skip_first && refs[i].first_tok >= skip_first && refs[i].end_tok <= skip_end) continue;
    r.assoc.push_back(i);
  }
  return r;
}

}  // namespace bordermap::events
