#include "extract/phrases.hpp"

#include <algorithm>

#include "util/error.hpp"

namespace bordermap::events {

void PhraseIndex::add(std::string_view phrase, std::size_t entry) {
  std::string error;
  auto p = Pattern::compile(phrase, error);
  if (!p) throw InputError(error);
  std::size_t idx = entries_.size();
  std::string first = p->first_word();
  entries_.push_back({std::move(*p), entry});
  if (first.empty()) by_prefix_head_[entries_.back().pattern.first_byte()].push_back(idx);
  else by_first_[first].push_back(idx);
}

void PhraseIndex::candidates(const Tok& t, std::vector<const Entry*>& out) const {
  out.clear();
  if (t.kind == TokKind::punct) return;
  // Case-sensitive phrases are keyed by their raw first word, the rest by the lower-cased one.
  for (const std::string* key : {&t.lower, &t.raw}) {
    auto it = by_first_.find(*key);
    if (it == by_first_.end()) continue;
    for (auto i : it->second) out.push_back(&entries_[i]);
    if (t.lower == t.raw) break;
  }
  // Prefix entries after the exact ones, in the order they were added (ties in
  // find_longest go to the earlier entry). A case-sensitive prefix is keyed by its raw
  // first byte, the others by the lower-cased one; both keys differ only for A–Z.
  const std::size_t exact = out.size();
  auto lower_head = static_cast<unsigned char>(t.lower[0]);
  auto raw_head = static_cast<unsigned char>(t.raw[0]);
  for (auto i : by_prefix_head_[lower_head]) out.push_back(&entries_[i]);
  if (raw_head != lower_head) {
    for (auto i : by_prefix_head_[raw_head]) out.push_back(&entries_[i]);
    std::sort(out.begin() + static_cast<long>(exact), out.end());
  }
}

std::vector<PhraseHit> PhraseIndex::find_all(const std::vector<Tok>& toks) const {
  std::vector<PhraseHit> hits;
  std::vector<const Entry*> cands;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    candidates(toks[i], cands);
    for (const Entry* e : cands)
      if (auto end = e->pattern.match_at(toks, i)) hits.push_back({i, *end, e->entry, e->pattern.word_count()});
  }
  return hits;
}

std::vector<PhraseHit> PhraseIndex::find_longest(const std::vector<Tok>& toks) const {
  std::vector<PhraseHit> out;
  std::vector<const Entry*> cands;
  for (std::size_t i = 0; i < toks.size();) {
    candidates(toks[i], cands);
    const PhraseHit* best = nullptr;
    PhraseHit hit;
    for (const Entry* e : cands) {
      auto end = e->pattern.match_at(toks, i);
      if (!end) continue;
      PhraseHit h{i, *end, e->entry, e->pattern.word_count()};
      if (!best || h.end_tok > hit.end_tok) {
        hit = h;
        best = &hit;
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    out.push_back(hit);
    i = hit.end_tok;
  }
  return out;
}

}  // namespace bordermap::events
