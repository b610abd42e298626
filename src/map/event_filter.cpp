#include "map/event_filter.hpp"

#include <algorithm>

namespace bordermap::map {

namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII case folding only: claimants are mostly Latin names, and a byte-wise search never
// splits or mangles the UTF-8 of the others.
bool contains_folded(const std::string& haystack, const std::string& folded_needle) {
  if (folded_needle.empty()) return true;
  auto it = std::search(haystack.begin(), haystack.end(), folded_needle.begin(), folded_needle.end(),
                        [](char a, char b) { return lower_ascii(a) == b; });
  return it != haystack.end();
}

bool takes_part(const events::Event& e, const std::string& actor) {
  return e.actor1 == actor || e.actor2 == actor ||
         std::find(e.assoc_actors.begin(), e.assoc_actors.end(), actor) != e.assoc_actors.end();
}

// The filter turned into flat lookups once, so that the per-event test is a handful of
// loads and compares (1M events are filtered on every frame the range moves).
struct CompiledFilter {
  std::vector<char> type_hidden, side_hidden;
  std::uint32_t actor_bits = 0;             // wanted actors among the first 32
  std::vector<std::string> slow_actors;     // wanted actors beyond bit 31: compared by name
  bool any_actor = true;
  std::string claimant;                     // folded
  const AttributeFilter* source = nullptr;

  CompiledFilter(const EventLayer& layer, const AttributeFilter& f) : source(&f) {
    std::size_t ntypes = layer.types.size(), nsides = layer.sides.size();
    for (auto t : f.hidden_types) ntypes = std::max<std::size_t>(ntypes, t + 1u);
    for (auto s : f.hidden_sides) nsides = std::max<std::size_t>(nsides, s + 1u);
    type_hidden.assign(ntypes, 0);
    side_hidden.assign(nsides, 0);
    for (auto t : f.hidden_types) type_hidden[t] = 1;
    for (auto s : f.hidden_sides) side_hidden[s] = 1;
    any_actor = f.actors.empty();
    for (const auto& a : f.actors) {
      auto it = std::find(layer.actors.begin(), layer.actors.end(), a);
      const auto i = static_cast<std::size_t>(it - layer.actors.begin());
      if (i < 32) {
        actor_bits |= 1u << i;
      } else {
        slow_actors.push_back(a);  // also names the layer does not list, in case of a stale list
      }
    }
    claimant.reserve(f.claimant.size());
    for (char c : f.claimant) claimant.push_back(lower_ascii(c));
  }

  bool passes(const EventLayer& layer, std::size_t i) const {
    const EventPoint& p = layer.points[i];
    if (p.type < type_hidden.size() && type_hidden[p.type]) return false;
    if (p.side < side_hidden.size() && side_hidden[p.side]) return false;
    if (!p.located && !source->show_unlocated) return false;
    if (p.reliability == 0 ? !source->show_ungraded : p.reliability > source->max_reliability) return false;
    const events::Event* e = i < layer.events.size() ? &layer.events[i] : nullptr;
    if (!any_actor && !(p.actors_mask & actor_bits)) {
      if (!e || slow_actors.empty()) return false;
      if (std::none_of(slow_actors.begin(), slow_actors.end(), [&](const auto& a) { return takes_part(*e, a); }))
        return false;
    }
    if (!claimant.empty() && !(e && contains_folded(e->claimant, claimant))) return false;
    return true;
  }
};

}  // namespace

bool in_time(const EventPoint& point, const TimeRange& range, TimeMode mode, bool show_undated) {
  if (point.first == kNoDay) return show_undated;
  if (range.to != kNoDay && point.first > range.to) return false;
  if (mode == TimeMode::Cumulative) return true;
  return range.from == kNoDay || point.last >= range.from;
}

bool passes_attributes(const EventLayer& layer, std::size_t index, const AttributeFilter& filter) {
  if (index >= layer.points.size()) return false;
  return CompiledFilter(layer, filter).passes(layer, index);
}

std::vector<std::uint32_t> visible_events(const EventLayer& layer, const TimeRange& range, TimeMode mode,
                                          const AttributeFilter& filter) {
  const CompiledFilter compiled(layer, filter);
  std::vector<std::uint32_t> out;
  out.reserve(layer.points.size());
  const auto n = static_cast<std::uint32_t>(layer.points.size());
  for (std::uint32_t i = 0; i < n; ++i)
    if (in_time(layer.points[i], range, mode, filter.show_undated) && compiled.passes(layer, i)) out.push_back(i);
  return out;
}

}  // namespace bordermap::map
