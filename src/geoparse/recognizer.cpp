#include "geoparse/recognizer.hpp"

#include <algorithm>
#include <unordered_set>

#include "gazetteer/normalize.hpp"

namespace bordermap::geoparse {
namespace {

using gazetteer::Kind;
namespace format = gazetteer::format;

// Lowercase words that may sit inside a name ("Mazar-i-Sharif", "Bank of America").
bool is_connector(const std::string& norm) {
  return norm == "of" || norm == "i" || norm == "e" || norm == "al" || norm == "el" ||
         norm == "ul" || norm == "de" || norm == "du" || norm == "la" || norm == "the";
}

bool is_hyphen(std::string_view text, const Token& t) {
  auto s = text.substr(t.start, t.end - t.start);
  return s == "-" || s == "\u2010" || s == "\u2011";
}

// Word-token indices, with the hyphens between them dropped, so a name can span
// "Gorno-Badakhshan" or "Shahr-e Buzurg".
struct WordSeq {
  std::vector<std::size_t> idx;     // indices into tokens
  std::vector<bool> joined_before;  // glued to the previous word by a hyphen (no spaces)
  std::vector<bool> break_before;   // punctuation other than a joining hyphen in between
};

WordSeq words_of(std::string_view text, const std::vector<Token>& tokens) {
  WordSeq w;
  bool pending_break = false, pending_join = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.type == TokenType::punct) {
      bool glued = !t.space_before && i + 1 < tokens.size() && !tokens[i + 1].space_before;  // no space, so no newline
      // "U.S.", "D.C.": a dot between one- or two-letter words joins them like a hyphen
      bool dotted = glued && text.substr(t.start, t.end - t.start) == "." && i > 0 &&
                    tokens[i - 1].type == TokenType::word && tokens[i - 1].end - tokens[i - 1].start <= 2 &&
                    tokens[i + 1].type == TokenType::word && tokens[i + 1].end - tokens[i + 1].start <= 2;
      if ((glued && is_hyphen(text, t)) || dotted)
        pending_join = true;
      else
        pending_break = true;
      continue;
    }
    w.idx.push_back(i);
    w.joined_before.push_back(pending_join);
    w.break_before.push_back(pending_break || t.newline_before);
    pending_break = pending_join = false;
  }
  return w;
}

}  // namespace

Recognition Recognizer::run(std::string_view text, const std::vector<Token>& tokens) const {
  Recognition out;
  WordSeq ws = words_of(text, tokens);
  const std::size_t n = ws.idx.size();
  auto tok = [&](std::size_t w) -> const Token& { return tokens[ws.idx[w]]; };
  // A name may run from word a to word b only if nothing but spaces and hyphens separate them
  // and no earlier word of it carried a possessive.
  auto contiguous = [&](std::size_t w) { return !ws.break_before[w] && !tok(w - 1).possessive; };

  std::vector<bool> blocked(n, false);

  // Demonyms: evidence for a country, never a mention.
  for (std::size_t w = 0; w < n; ++w) {
    if (auto it = lex_.demonyms.find(tok(w).norm); it != lex_.demonyms.end() && tok(w).capitalized) {
      out.demonym_countries[it->second] += 1;
      blocked[w] = true;
    }
  }

  // Known names of people, organisations and media, longest first.
  for (std::size_t w = 0; w < n; ++w) {
    if (!tok(w).capitalized) continue;
    std::string key;
    std::size_t best_end = 0;
    for (std::size_t e = w; e < n && e - w < lex_.nonplace_max_tokens; ++e) {
      if (e > w && !contiguous(e)) break;
      if (e > w) key += ' ';
      key += tok(e).norm;
      if (lex_.nonplaces.count(key)) best_end = e + 1;
    }
    if (best_end) {
      std::fill(blocked.begin() + static_cast<long>(w), blocked.begin() + static_cast<long>(best_end), true);
      w = best_end - 1;
    }
  }

  // Capitalised runs: a person's or an organisation's name is set aside whole.
  std::unordered_set<std::string> person_words;
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t w = 0; w < n;) {
    if (!tok(w).capitalized || tok(w).type != TokenType::word) {
      ++w;
      continue;
    }
    std::size_t e = w + 1;
    while (e < n && contiguous(e)) {
      if (tok(e).capitalized && tok(e).type == TokenType::word) {
        ++e;
        continue;
      }
      // a lowercase connector counts only when a capitalised word follows it
      if (is_connector(tok(e).norm) && e + 1 < n && contiguous(e + 1) && tok(e + 1).capitalized) {
        e += 2;
        continue;
      }
      break;
    }
    runs.emplace_back(w, e);
    w = e;
  }

  auto run_key = [&](std::size_t a, std::size_t b) {
    std::string key;
    for (std::size_t i = a; i < b; ++i) {
      if (i > a) key += ' ';
      key += tok(i).norm;
    }
    return key;
  };

  for (auto [a, b] : runs) {
    // A sentence may open with an ordinary word ("Since President Obama …"), and a title may
    // lead the run itself.
    while (a + 1 < b && tok(a).sentence_start && (lex_.common_words.count(tok(a).norm) || gaz_.exact(tok(a).norm).common_word) &&
           !gaz_.exact(tok(a).norm).found)
      ++a;
    bool title_in_run = false;
    while (a + 1 < b && lex_.person_titles.count(tok(a).norm)) {
      ++a;
      title_in_run = true;
    }
    if (!tok(a).capitalized) continue;  // "The President of Tajikistan": a title, then no name
    bool org = false;
    for (std::size_t i = a; i < b; ++i)
      if (tok(i).capitalized && lex_.org_heads.count(tok(i).norm)) org = true;
    if (!org) {
      // A person's name ends at the first connector: "Shavkat Mirziyoyev of Uzbekistan".
      for (std::size_t i = a + 1; i < b; ++i)
        if (!tok(i).capitalized) {
          b = i;
          break;
        }
    }
    bool titled = title_in_run;
    if (!titled && a > 0 && contiguous(a)) {
      const auto& prev = tok(a - 1).norm;
      titled = title_in_run || lex_.person_titles.count(prev) > 0;
      if (!titled && a > 1) titled = lex_.person_titles.count(tok(a - 2).norm + " " + prev) > 0;
    }
    bool given = lex_.given_names.count(tok(a).norm) > 0 && b - a >= 2;
    if (!org && !titled && !given) continue;
    auto whole = gaz_.exact(run_key(a, b));
    if (whole.found && !org) continue;  // "Sher Khan Bandar" is a place though Sher is a name
    for (std::size_t i = a; i < b; ++i) blocked[i] = true;
    // Later on the surname alone names the same person ("Rahmon said").
    if (!org && b - a >= 2 && !lex_.given_names.count(tok(b - 1).norm)) person_words.insert(tok(b - 1).norm);
  }
  // A surname alone names the person again ("Rahmon said"); inside a longer place name
  // ("Sher Khan Bandar" after "Ismail Khan") it does not.
  std::vector<bool> surname(n, false);
  for (std::size_t w = 0; w < n; ++w)
    if (person_words.count(tok(w).norm) && tok(w).capitalized) surname[w] = true;

  // Longest gazetteer match inside each run, extending into lowercase words only while a
  // longer name still fits ("Kunduz river", "Takhar province" as curated names).
  auto strong = [&](const gazetteer::KeyInfo& info) {
    for (const auto& p : info.postings) {
      auto k = gaz_.kind(p.place);
      if (k == Kind::country || k == Kind::admin1) return true;
      if (p.name_kind <= format::kCurated && gaz_.population(p.place) >= 100000) return true;
    }
    return false;
  };
  auto curated_or_admin = [&](const gazetteer::KeyInfo& info) {
    for (const auto& p : info.postings) {
      if (p.name_kind == format::kCurated) return true;
      auto k = gaz_.kind(p.place);
      if ((k == Kind::country || k == Kind::admin1) && p.name_kind == format::kPrimary) return true;
    }
    return false;
  };

  // The span of words [first, end) with its byte range; candidates are the caller's.
  auto span_over = [&](std::size_t first, std::size_t end) {
    Span s;
    s.tok_begin = ws.idx[first];
    s.tok_end = ws.idx[end - 1] + 1;
    s.start = tok(first).start;
    s.end = tok(end - 1).end;
    s.possessive = tok(end - 1).possessive;
    return s;
  };
  std::size_t reached = 0;  // words before this are inside an earlier mention
  for (auto [a, b] : runs) {
    for (std::size_t w = std::max(a, reached); w < b;) {
      if (blocked[w] || !tok(w).capitalized) {
        ++w;
        continue;
      }
      std::string key;
      std::size_t best_end = 0;
      gazetteer::KeyInfo best;
      for (std::size_t e = w; e < n && e < b + 2; ++e) {
        if (e > w && (!contiguous(e) || blocked[e])) break;
        if (e > w) key += ' ';
        key += tok(e).norm;
        auto info = gaz_.exact(key);
        if (info.found) {
          best = info;
          best_end = e + 1;
        }
        if (!info.is_prefix) break;
      }
      if (best_end) {
        bool single = best_end == w + 1;
        const auto& t = tok(w);
        bool keep = !(single && surname[w]);
        // A lowercase tail ("… river") may finish a name, but not one that begins as an
        // ordinary word: "The river" is no place.
        if (best_end > b && (lex_.common_words.count(t.norm) || gaz_.exact(t.norm).common_word)) keep = false;
        if (single) {
          std::size_t ti = ws.idx[w];
          bool abbreviation = t.end - t.start <= 3 && !t.all_caps && ti + 1 < tokens.size() &&
                              tokens[ti + 1].type == TokenType::punct && !tokens[ti + 1].space_before &&
                              text.substr(tokens[ti + 1].start, 1) == ".";  // "Pa.", "St.", "Sen."
          static const std::unordered_set<std::string> locative = {"in", "at", "from", "near", "of", "to",
                                                                   "across", "around", "outside", "inside", "into", "within"};
          bool after_locative = w > 0 && contiguous(w) && locative.count(tok(w - 1).norm);
          bool speaker = !after_locative && best_end < n && contiguous(best_end) &&
                         lex_.speech_verbs.count(tok(best_end).norm);
          if (lex_.common_words.count(t.norm)) keep = false;
          else if (best.common_word && (t.sentence_start || !strong(best))) keep = false;
          else if (t.all_caps && t.end - t.start <= 5 && !curated_or_admin(best)) keep = false;
          else if (t.norm.size() <= 2 && !curated_or_admin(best)) keep = false;
          else if (abbreviation && !curated_or_admin(best)) keep = false;
          else if (speaker && !strong(best)) keep = false;  // "Jones said": a person speaks
        }
        if (keep) {
          Span s = span_over(w, best_end);
          for (const auto& p : best.postings)
            s.candidates.push_back(Candidate{p.place, static_cast<format::NameKind>(p.name_kind), false});
          out.spans.push_back(std::move(s));
          w = reached = best_end;
          continue;
        }
        w = best_end;
        continue;
      }
      // No exact name: try spelling variants of up to three words.
      std::size_t fuzzy_end = 0;
      std::vector<format::Posting> fuzzy_hits;
      std::string fkey_src;
      for (std::size_t e = w; e < b && e < w + 3; ++e) {
        if (e > w && (!contiguous(e) || blocked[e])) break;
        if (e > w) fkey_src += ' ';
        fkey_src += tok(e).norm;
        auto fk = gazetteer::fuzzy_key(fkey_src);
        if (fk.size() < 5) continue;
        auto hits = gaz_.fuzzy(fk);
        if (!hits.empty()) {
          fuzzy_hits.assign(hits.begin(), hits.end());
          fuzzy_end = e + 1;
        } else if (fk.size() >= 8 && !tok(w).sentence_start) {
          auto near = gaz_.fuzzy_one_edit(fk);
          if (!near.empty()) {
            fuzzy_hits = std::move(near);
            fuzzy_end = e + 1;
          }
        }
      }
      const auto& t = tok(w);
      // Ordinary English words ("Mutual", "Several") are never spelling variants of a place.
      bool ordinary = lex_.common_words.count(t.norm) || gaz_.exact(t.norm).common_word;
      bool ok = fuzzy_end && !ordinary && !(t.all_caps && fuzzy_end == w + 1) && !(surname[w] && fuzzy_end == w + 1);
      if (ok) {
        Span s = span_over(w, fuzzy_end);
        s.fuzzy = true;
        for (const auto& p : fuzzy_hits) {
          // Spelling variants are trusted only for places an analyst of this region would name.
          auto k = gaz_.kind(p.place);
          bool notable = k == Kind::country || k == Kind::admin1 || k == Kind::admin2 ||
                         gaz_.id(p.place).starts_with("bordermap:") || gaz_.rank(p.place) >= 5 ||
                         gaz_.population(p.place) >= 20000;
          if (notable) s.candidates.push_back(Candidate{p.place, static_cast<format::NameKind>(p.name_kind), true});
        }
        if (!s.candidates.empty()) {
          out.spans.push_back(std::move(s));
          w = reached = fuzzy_end;
          continue;
        }
      }
      ++w;
    }
  }

  add_cues(text, tokens, out);
  std::sort(out.spans.begin(), out.spans.end(), [](auto& x, auto& y) { return x.start < y.start; });
  return out;
}


void Recognizer::add_cues(std::string_view text, const std::vector<Token>& tokens, Recognition& out) const {
  WordSeq ws = words_of(text, tokens);
  const std::size_t n = ws.idx.size();
  auto tok = [&](std::size_t w) -> const Token& { return tokens[ws.idx[w]]; };
  auto contiguous = [&](std::size_t w) { return !ws.break_before[w] && !tok(w - 1).possessive; };
  // Generic words beside a span say what kind of place it is.
  std::vector<std::size_t> word_pos(tokens.size(), SIZE_MAX);
  for (std::size_t w = 0; w < n; ++w) word_pos[ws.idx[w]] = w;
  for (auto& s : out.spans) {
    std::size_t first = word_pos[s.tok_begin], last = word_pos[s.tok_end - 1];
    if (last + 1 < n && contiguous(last + 1)) {
      if (auto it = lex_.generics.find(tok(last + 1).norm); it != lex_.generics.end() && !it->second.before)
        s.cue = it->second.kind;
    }
    if (first > 0 && contiguous(first) && tok(first - 1).norm == "the") s.article = true;
    // A demonym just before, over generic words: "the Afghan district of Darwaz", "Tajik Ishkoshim".
    for (std::size_t back = first, steps = 0; back > 0 && steps < 4 && contiguous(back); ++steps) {
      const auto& prev = tok(back - 1).norm;
      if (auto d = lex_.demonyms.find(prev); d != lex_.demonyms.end() && tok(back - 1).capitalized) {
        s.country_cue = d->second;
        break;
      }
      if (prev != "of" && prev != "the" && !lex_.generics.count(prev)) break;
      --back;
    }
    if (!s.cue && first > 0 && contiguous(first)) {
      const auto& prev = tok(first - 1).norm;
      if (auto it = lex_.generics.find(prev); it != lex_.generics.end() && it->second.before)
        s.cue = it->second.kind;
      else if (prev == "of" && first > 1 && contiguous(first - 1)) {
        if (auto g = lex_.generics.find(tok(first - 2).norm); g != lex_.generics.end()) s.cue = g->second.kind;
      }
    }
  }
}

Recognition Recognizer::given(std::string_view text, const std::vector<Token>& tokens,
                              const std::vector<std::pair<std::size_t, std::size_t>>& spans,
                              const std::map<std::string, std::uint32_t>& country_place) const {
  Recognition out;
  for (const auto& t : tokens)
    if (t.type == TokenType::word && t.capitalized)
      if (auto it = lex_.demonyms.find(t.norm); it != lex_.demonyms.end()) out.demonym_countries[it->second] += 1;
  for (auto [start, end] : spans) {
    if (start >= end || end > text.size()) continue;
    Span s;
    s.start = start;
    s.end = end;
    s.tok_begin = s.tok_end = SIZE_MAX;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].type != TokenType::word) continue;
      if (tokens[i].start >= start && tokens[i].end <= end) {
        if (s.tok_begin == SIZE_MAX) s.tok_begin = i;
        s.tok_end = i + 1;
        s.possessive = tokens[i].possessive;
      }
    }
    auto key = gazetteer::normalize_name(text.substr(start, end - start));
    if (auto d = lex_.demonyms.find(key); d != lex_.demonyms.end()) {
      if (auto c = country_place.find(d->second); c != country_place.end()) {
        s.candidates.push_back(Candidate{c->second, format::kCurated, false});
        out.spans.push_back(std::move(s));
        continue;
      }
    }
    auto info = gaz_.exact(key);
    for (const auto& p : info.postings)
      s.candidates.push_back(Candidate{p.place, static_cast<format::NameKind>(p.name_kind), false});
    if (s.candidates.empty()) {
      auto fk = gazetteer::fuzzy_key(key);
      if (fk.size() >= 4) {
        for (const auto& p : gaz_.fuzzy(fk))
          s.candidates.push_back(Candidate{p.place, static_cast<format::NameKind>(p.name_kind), true});
        if (s.candidates.empty() && fk.size() >= 8)
          for (const auto& p : gaz_.fuzzy_one_edit(fk))
            s.candidates.push_back(Candidate{p.place, static_cast<format::NameKind>(p.name_kind), true});
        s.fuzzy = !s.candidates.empty();
      }
    }
    out.spans.push_back(std::move(s));
  }
  std::vector<Span> with_tokens, without;
  for (auto& s : out.spans) (s.tok_begin == SIZE_MAX ? without : with_tokens).push_back(std::move(s));
  out.spans = std::move(with_tokens);
  add_cues(text, tokens, out);
  for (auto& s : without) out.spans.push_back(std::move(s));
  std::sort(out.spans.begin(), out.spans.end(), [](auto& x, auto& y) { return x.start < y.start; });
  return out;
}

}  // namespace bordermap::geoparse
