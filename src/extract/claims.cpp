#include "extract/claims.hpp"

#include <algorithm>
#include <array>

namespace bordermap::events {
namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Verbs of saying, reporting and posting. Words that are as often nouns ("reports",
// "claims", "states") are left out: "Tajik media reports" is a phrase, not a clause.
constexpr std::array<std::string_view, 45> kSpeechVerbs{
    "said", "says", "say", "told", "tells", "reported", "posted", "tweeted", "wrote", "writes", "claimed",
    "announced", "announces", "stated", "added", "adds", "confirmed", "confirms", "denied", "denies", "alleged",
    "alleges", "warned", "warns", "insisted", "insists", "shared", "published", "pressed", "urged", "urges",
    "described", "describes", "accused", "accuses", "declared", "declares", "noted", "stressed", "quoted",
    "cited", "explained", "argued", "asserted", "pointed"};
// Words between a subject and its verb: "has also said", "had earlier announced".
constexpr std::array<std::string_view, 22> kSkipBack{
    "has", "have", "had", "is", "was", "were", "also", "reportedly", "openly", "later", "previously",
    "repeatedly", "further", "then", "recently", "officially", "publicly", "again", "earlier", "already",
    "allegedly", "once"};
// Words that open a clause: a subject never reaches back past them.
constexpr std::array<std::string_view, 18> kClauseWords{
    "that", "which", "who", "whom", "whose", "while", "as", "but", "when", "after", "before", "because", "if",
    "since", "though", "although", "where", "whereas"};
// Before a participle they make it an adjective: "their shared border", "the reported attack".
constexpr std::array<std::string_view, 12> kDeterminers{"the", "a", "an", "their", "its", "his", "her", "our",
                                                        "this", "that", "these", "those"};
constexpr std::array<std::string_view, 6> kPronouns{"he", "she", "they", "it", "we", "i"};
// Subjects that point back at the claimant of the sentences before.
constexpr std::array<std::string_view, 9> kBackReferences{
    "the same reports", "same reports", "these reports", "those reports", "the reports", "the same report",
    "the report", "the same sources", "same sources"};
// Nouns that make a lower-case subject a source ("officials said", "local residents said").
constexpr std::array<std::string_view, 36> kSourceNouns{
    "officials", "official", "media", "sources", "source", "reports", "report", "spokesman", "spokesperson",
    "spokeswoman", "ministry", "agency", "police", "authorities", "residents", "witnesses", "villagers",
    "analysts", "commanders", "commander", "government", "statement", "army", "guards", "forces", "troops",
    "militants", "fighters", "activists", "observers", "secretary", "minister", "chief", "head", "leader",
    "governor"};
constexpr std::array<std::string_view, 7> kOpeners{"in", "on", "at", "during", "after", "before", "meanwhile"};

bool is_punct(const Tok& t) { return t.kind == TokKind::punct; }

bool clause_punct(const Tok& t) {
  return is_punct(t) && t.raw != "'" && t.raw != "\xE2\x80\x99";
}

std::string slice(const SentenceView& s, std::size_t a, std::size_t b) {
  return std::string(s.text.substr(s.toks[a].start, s.toks[b - 1].end - s.toks[a].start));
}

// "the state-run Bakhtar News Agency" → "state-run Bakhtar News Agency".
Claim make(const SentenceView& s, std::size_t a, std::size_t b) {
  while (a < b && s.toks[a].kind == TokKind::word && (s.toks[a].lower == "the" || s.toks[a].lower == "a" || s.toks[a].lower == "an"))
    ++a;
  if (a >= b) return {};
  return Claim{slice(s, a, b), a, b, false};
}

bool credible(const SentenceView& s, std::size_t a, std::size_t b) {
  for (std::size_t k = a; k < b; ++k) {
    const Tok& t = s.toks[k];
    if (t.kind != TokKind::word) continue;
    if (t.capitalized && !(k == 0 && one_of(kDeterminers, t.lower))) return true;
    if (one_of(kSourceNouns, t.lower) || one_of(kPronouns, t.lower)) return true;
  }
  return false;
}

// Where the grammatical subject begins: after an opening date ("On 25 September 2021 …",
// "Earlier, …") or an opening phrase closed by a comma ("In his speech …, he …").
std::size_t subject_start(const SentenceView& s) {
  const auto& t = s.toks;
  std::size_t k = 0;
  for (const auto& [ds, de] : s.date_spans) {
    std::size_t at = k < t.size() && t[k].kind == TokKind::word && one_of(kOpeners, t[k].lower) ? k + 1 : k;
    if (at < t.size() && t[at].start == ds) {
      k = token_at_or_after(t, de);
      break;
    }
  }
  if (k < t.size() && t[k].raw == ",") ++k;
  if (k < t.size() && t[k].kind == TokKind::word && one_of(kOpeners, t[k].lower)) {
    for (std::size_t j = k + 1; j < t.size(); ++j)
      if (t[j].raw == ",") return j + 1;
  }
  return k;
}

// The subject of a verb whose own subject is far back: ", told …", "…, and wrote".
Claim sentence_subject(const SentenceView& s, std::size_t v) {
  const auto& t = s.toks;
  std::size_t k = subject_start(s);
  if (k >= v) return {};
  std::size_t c = k;
  while (c < v && t[c].raw != ",") ++c;
  if (c == v) {
    // "Tajikistan's foreign ministry rejected the accusation and said": the subject ends at
    // its own verb, which in news prose is mostly a past tense or an auxiliary.
    static constexpr std::array<std::string_view, 10> aux{"has", "have", "had", "is", "was", "were", "will",
                                                          "would", "could", "can"};
    std::size_t e = k;
    while (e < v) {
      const Tok& w = t[e];
      bool verb = w.kind == TokKind::word && !w.capitalized &&
                  ((w.lower.size() > 3 && w.lower.ends_with("ed")) || one_of(kSpeechVerbs, w.lower) || one_of(aux, w.lower));
      if (verb || is_punct(w)) break;
      ++e;
    }
    return make(s, k, e);
  }
  std::size_t end = c;
  // An appositive naming a role ("Mujahid, the movement's chief spokesman, posted") belongs to
  // the claimant; a relative clause ("Baradar, who holds …, told") does not.
  std::size_t c2 = c + 1;
  while (c2 < v && t[c2].raw != ",") ++c2;
  if (c2 < v && c2 > c + 1 && c2 - c - 1 <= 8 && !one_of(kClauseWords, t[c + 1].lower)) {
    bool verb_follows = true;
    for (std::size_t j = c2 + 1; j < v; ++j)
      if (!one_of(kSkipBack, t[j].lower) && t[j].lower != "and") verb_follows = false;
    if (verb_follows) end = c2;
  }
  return make(s, k, end);
}

// Everything up to the end of the clause: the source named after "according to" or "by".
// "according to a statement posted by the Taliban's spokesman": the source follows "by".
Claim phrase_after(const SentenceView& s, std::size_t a) {
  std::size_t b = a;
  while (b < s.toks.size() && !clause_punct(s.toks[b]) && s.toks[b].lower != "that") ++b;
  for (std::size_t k = a; k + 1 < b; ++k)
    if (s.toks[k].lower == "by") {
      a = k + 1;
      break;
    }
  return make(s, a, b);
}

Claim resolve(Claim c, const std::string& previous) {
  std::string lower = ascii_lower(c.text);
  // "No group claimed the attack", "Nobody said …": a denial that anyone speaks.
  for (std::string_view none : {"no ", "nobody", "none ", "no one", "neither "})
    if (lower.rfind(none, 0) == 0 || lower == "none") return {};
  if (one_of(kPronouns, lower) || one_of(kBackReferences, lower)) {
    if (previous.empty()) return {};
    return Claim{previous, 0, 0, true, c.verb_tok};
  }
  return c;
}

}  // namespace

Claim find_claimant(const SentenceView& s, const std::string& previous) {
  const auto& t = s.toks;
  for (std::size_t i = 0; i + 1 < t.size(); ++i)
    if (t[i].lower == "according" && t[i + 1].lower == "to") {
      Claim c = phrase_after(s, i + 2);
      if (!c.text.empty()) return resolve(c, previous);
    }
  for (std::size_t v = 1; v < t.size(); ++v) {
    const Tok& verb = t[v];
    if (verb.kind != TokKind::word || verb.capitalized || !one_of(kSpeechVerbs, verb.lower)) continue;
    if (one_of(kDeterminers, t[v - 1].lower)) continue;  // "their shared border"
    if (v + 1 < t.size() && t[v + 1].lower == "by") {     // "was reported by Tajik media"
      Claim c = phrase_after(s, v + 2);
      c.verb_tok = v;
      if (!c.text.empty()) return resolve(c, previous);
      continue;
    }
    std::size_t k = v;
    while (k > 0 && t[k - 1].kind == TokKind::word && one_of(kSkipBack, t[k - 1].lower)) --k;
    if (k == 0) continue;
    const Tok& before = t[k - 1];
    if (before.raw == "," || before.lower == "and") {
      Claim c = sentence_subject(s, v);
      c.verb_tok = v;
      if (!c.text.empty()) return resolve(c, previous);
      continue;
    }
    if (is_punct(before)) continue;
    if (before.lower == "be" || before.lower == "been") continue;  // "it should be noted": no one speaks
    std::size_t a = k;
    while (a > 0 && k - a < 8) {
      const Tok& p = t[a - 1];
      if (clause_punct(p) || one_of(kClauseWords, p.lower)) break;
      if (p.lower == "and" && a >= 2 && t[a - 2].raw == ",") break;
      --a;
    }
    if (a == k || !credible(s, a, k)) continue;
    Claim c = make(s, a, k);
    c.verb_tok = v;
    return resolve(c, previous);
  }
  return {};
}

bool speaks(const std::vector<Tok>& toks, std::size_t end) {
  std::size_t k = end;
  while (k < toks.size() && toks[k].kind == TokKind::word && one_of(kSkipBack, toks[k].lower)) ++k;
  return k < toks.size() && toks[k].kind == TokKind::word && !toks[k].capitalized && one_of(kSpeechVerbs, toks[k].lower) &&
         !(k + 1 < toks.size() && toks[k + 1].lower == "by");
}

bool pronoun_subject(const SentenceView& s) {
  std::size_t k = subject_start(s);
  if (k >= s.toks.size()) return false;
  const auto& w = s.toks[k].lower;
  return w == "he" || w == "she" || w == "they";
}

}  // namespace bordermap::events
