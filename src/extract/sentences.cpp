#include "extract/sentences.hpp"

#include <array>
#include <string>

#include "extract/words.hpp"

namespace bordermap::events {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

struct Span {
  std::size_t start, end;
};

// Paragraphs are separated by lines holding only white space.
std::vector<Span> paragraphs(std::string_view text) {
  std::vector<Span> out;
  std::size_t i = 0, n = text.size();
  while (i < n) {
    while (i < n && is_space(text[i])) ++i;
    if (i >= n) break;
    std::size_t start = i, end = i;
    while (i < n) {
      std::size_t nl = text.find('\n', i);
      std::size_t line_end = nl == std::string_view::npos ? n : nl;
      std::size_t k = i;
      while (k < line_end && is_space(text[k])) ++k;
      if (k == line_end && i != start) break;  // a blank line
      std::size_t e = line_end;
      while (e > i && is_space(text[e - 1])) --e;
      if (e > i) end = e;
      i = nl == std::string_view::npos ? n : nl + 1;
    }
    out.push_back({start, end});
  }
  return out;
}

// Closing characters that may follow a sentence's final punctuation.
std::size_t closer_len(std::string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  char c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (t.substr(i, 3) == "\xE2\x80\x9D" || t.substr(i, 3) == "\xE2\x80\x99") return 3;  // ” ’
  if (t.substr(i, 2) == "\xC2\xBB") return 2;                                          // »
  return 0;
}

std::size_t terminator_len(std::string_view t, std::size_t i) {
  char c = t[i];
  if (c == '.' || c == '!' || c == '?') return 1;
  if (t.substr(i, 3) == "\xE2\x80\xA6") return 3;  // …
  return 0;
}

// Can a sentence start with the character at i? Capitals, digits, opening quotes and
// brackets, and letters of other scripts can; a lower-case letter cannot.
bool can_start(std::string_view t, std::size_t i) {
  if (i >= t.size()) return true;
  auto c = static_cast<unsigned char>(t[i]);
  if (c >= 'a' && c <= 'z') return false;
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' || c == '[';
  return true;
}

// Words that take a full stop but do not end a sentence.
bool is_title_abbreviation(const std::string& w) {
  static constexpr std::array<std::string_view, 34> list{
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "brig", "adm", "cmdr", "gov",
      "sen", "rep", "pres", "rev", "hon", "st", "mt", "ft", "no", "nos", "vs", "approx", "jr", "sr", "gens", "messrs",
      "cf", "fig"};
  for (auto a : list)
    if (w == a) return true;
  return false;
}

bool is_month_abbreviation(const std::string& w) {
  static constexpr std::array<std::string_view, 11> list{"jan", "feb", "mar", "apr", "jun", "jul",
                                                         "aug", "sep", "sept", "oct", "nov"};
  for (auto a : list)
    if (w == a) return true;
  return w == "dec";
}

// Does the full stop at `dot` end a sentence, judging by the word before it and what follows?
bool stop_ends_sentence(std::string_view t, std::size_t lo, std::size_t dot, std::size_t next) {
  std::size_t b = dot;
  while (b > lo && !is_space(t[b - 1]) && t[b - 1] != '(' && t[b - 1] != '"') --b;
  std::string word = ascii_lower(t.substr(b, dot - b));
  if (word.empty()) return true;
  if (word.size() == 1 && ((word[0] >= 'a' && word[0] <= 'z'))) return false;  // an initial: "A. Smith"
  if (word.find('.') != std::string::npos) return false;                        // "U.S.", "a.m."
  if (is_title_abbreviation(word)) return false;
  if (is_month_abbreviation(word) && next < t.size() && t[next] >= '0' && t[next] <= '9') return false;
  return true;
}

std::optional<Dateline> find_dateline(std::string_view text, Span para) {
  auto toks = tokenize_words(text.substr(para.start, para.end - para.start), para.start);
  std::size_t k = 0;
  while (k < toks.size() && toks[k].kind == TokKind::word && toks[k].all_caps) ++k;
  if (k == 0 || k >= toks.size()) return std::nullopt;
  if (toks[k].raw != "," && toks[k].raw != "(") return std::nullopt;
  for (std::size_t j = k + 1; j < toks.size() && j < k + 20; ++j) {
    const Tok& t = toks[j];
    if (t.kind != TokKind::punct) continue;
    if (t.raw == "." && j + 1 < toks.size() && !toks[j + 1].glued && toks[j + 1].capitalized &&
        toks[j + 1].kind == TokKind::word && !is_month_abbreviation(toks[j - 1].lower))
      return std::nullopt;  // a sentence ended first: no dateline
    bool dash = t.raw == "\xE2\x80\x94" || t.raw == "\xE2\x80\x93" ||
                (t.raw == "-" && !t.glued && j + 1 < toks.size() && !toks[j + 1].glued);
    std::size_t end = t.end;
    if (t.raw == "-" && j + 1 < toks.size() && toks[j + 1].raw == "-" && toks[j + 1].glued) {
      dash = true;
      end = toks[j + 1].end;
    }
    if (dash) return Dateline{para.start, end};
  }
  return std::nullopt;
}

void split_paragraph(std::string_view t, Span p, std::vector<Sentence>& out) {
  std::size_t i = p.start;
  while (i < p.end && is_space(t[i])) ++i;
  std::size_t start = i;
  while (i < p.end) {
    std::size_t tl = terminator_len(t, i);
    if (!tl) {
      ++i;
      continue;
    }
    std::size_t dot = i;
    std::size_t j = i + tl;
    while (j < p.end && terminator_len(t, j)) j += terminator_len(t, j);
    while (std::size_t cl = closer_len(t, j)) j += cl;
    if (j < p.end && !is_space(t[j])) {  // "2.5", "U.S.A", "end.The": no break inside a word
      i = j;
      continue;
    }
    std::size_t next = j;
    while (next < p.end && is_space(t[next])) ++next;
    bool ends = next >= p.end || can_start(t, next);
    if (ends && t[dot] == '.' && tl == 1 && j == dot + 1) ends = stop_ends_sentence(t, start, dot, next);
    if (ends) {
      out.push_back({start, j, false});
      start = next;
    }
    i = next > j ? next : j;
  }
  std::size_t e = p.end;
  while (e > start && is_space(t[e - 1])) --e;
  if (e > start) out.push_back({start, e, false});
}

bool ends_with_closing_punctuation(std::string_view t, Span p) {
  std::size_t e = p.end;
  while (e > p.start) {
    std::size_t back = 1;
    if (e - p.start >= 3 && (t.substr(e - 3, 3) == "\xE2\x80\x9D" || t.substr(e - 3, 3) == "\xE2\x80\x99")) back = 3;
    else if (e - p.start >= 2 && t.substr(e - 2, 2) == "\xC2\xBB") back = 2;
    else if (t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == ')') back = 1;
    else break;
    e -= back;
  }
  if (e == p.start) return false;
  return terminator_len(t, e - 1) || (e - p.start >= 3 && t.substr(e - 3, 3) == "\xE2\x80\xA6");
}

}  // namespace

SentenceSplit split_sentences(std::string_view text) {
  SentenceSplit out;
  auto paras = paragraphs(text);
  std::size_t first_body = 0;
  if (paras.size() >= 2) {
    const Span& h = paras[0];
    std::string_view head = text.substr(h.start, h.end - h.start);
    if (head.find('\n') == std::string_view::npos && head.size() <= 250 && !ends_with_closing_punctuation(text, h)) {
      out.sentences.push_back({h.start, h.end, true});
      first_body = 1;
    }
  }
  for (std::size_t k = first_body; k < paras.size(); ++k) {
    Span p = paras[k];
    if (k == first_body) {
      if (auto d = find_dateline(text, p)) {
        out.dateline = d;
        p.start = d->end;
      }
    }
    split_paragraph(text, p, out.sentences);
  }
  return out;
}

}  // namespace bordermap::events
