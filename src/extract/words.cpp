#include "extract/words.hpp"

#include <algorithm>

namespace bordermap::events {
namespace {

bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t char_len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;  // a stray continuation byte: one byte, treated as punctuation
}

enum class CharClass { space, alnum, punct };

// Only what matters for English news text: Latin-1 symbols (U+0080–U+00BF) and the General
// Punctuation block (quotes, dashes, ellipsis, U+2000–U+206F) are punctuation, a few of them
// spaces; every other non-ASCII character is a letter of some script.
CharClass classify(std::string_view s, std::size_t i, std::size_t len) {
  auto c = static_cast<unsigned char>(s[i]);
  if (len == 1) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::space;
    if (c >= 0x80) return CharClass::punct;
    return ascii_alnum(c) ? CharClass::alnum : CharClass::punct;
  }
  auto c1 = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC2) return c1 == 0xA0 ? CharClass::space : CharClass::punct;
  if (c == 0xE2 && c1 >= 0x80 && c1 <= 0x81) {
    auto c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF)) return CharClass::space;
    return CharClass::punct;
  }
  if (c == 0xE3 && c1 == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x80) return CharClass::space;
  return CharClass::alnum;
}

bool is_apostrophe(std::string_view s, std::size_t i, std::size_t len) {
  return (len == 1 && s[i] == '\'') || (len == 3 && s.substr(i, 3) == "\xE2\x80\x99");
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

std::vector<Tok> tokenize_words(std::string_view text, std::size_t base) {
  std::vector<Tok> toks;
  std::size_t i = 0, n = text.size();
  bool space_before = true;
  char pending_joiner = 0;
  auto len_at = [&](std::size_t at) { return std::min(char_len(static_cast<unsigned char>(text[at])), n - at); };
  while (i < n) {
    std::size_t len = len_at(i);
    auto cls = classify(text, i, len);
    if (cls == CharClass::space) {
      space_before = true;
      pending_joiner = 0;
      i += len;
      continue;
    }
    if (cls == CharClass::punct) {
      // A hyphen, slash or full stop between two word characters joins them.
      char c = text[i];
      bool joiner_char = len == 1 && (c == '-' || c == '/' || c == '.');
      bool prev_word = !toks.empty() && !space_before && toks.back().kind != TokKind::punct;
      if (joiner_char && prev_word && i + 1 < n) {
        std::size_t nl = len_at(i + 1);
        if (classify(text, i + 1, nl) == CharClass::alnum) {
          pending_joiner = c;
          space_before = false;
          i += 1;
          continue;
        }
      }
      Tok t;
      t.start = base + i;
      t.end = base + i + len;
      t.kind = TokKind::punct;
      t.raw = std::string(text.substr(i, len));
      t.lower = t.raw;
      t.glued = !space_before;
      toks.push_back(std::move(t));
      space_before = false;
      pending_joiner = 0;
      i += len;
      continue;
    }
    // A word: letters and digits, with apostrophes inside it ("Qal'a") but not a final 's.
    std::size_t j = i;
    while (j < n) {
      std::size_t l = len_at(j);
      auto k = classify(text, j, l);
      if (k == CharClass::alnum) {
        j += l;
        continue;
      }
      if (is_apostrophe(text, j, l) && j + l < n) {
        std::size_t after = j + l;
        bool s_then_end = (text[after] == 's' || text[after] == 'S') &&
                          (after + 1 >= n || classify(text, after + 1, len_at(after + 1)) != CharClass::alnum);
        if (!s_then_end && classify(text, after, len_at(after)) == CharClass::alnum) {
          j = after;
          continue;
        }
      }
      break;
    }
    Tok t;
    t.start = base + i;
    t.end = base + j;
    t.raw = std::string(text.substr(i, j - i));
    t.lower = ascii_lower(t.raw);
    auto first = static_cast<unsigned char>(text[i]);
    t.kind = (first >= '0' && first <= '9') ? TokKind::number : TokKind::word;
    t.glued = !space_before;
    t.joiner = pending_joiner;
    if (t.kind == TokKind::word) {
      t.capitalized = first >= 0x80 || (first >= 'A' && first <= 'Z');
      int letters = 0, upper = 0;
      for (unsigned char ch : t.raw) {
        if (ch >= 'A' && ch <= 'Z') ++letters, ++upper;
        else if (ch >= 'a' && ch <= 'z') ++letters;
      }
      t.all_caps = letters >= 2 && letters == upper;
    }
    // Possessive 's / ’s: a flag on the word, not a token.
    if (j < n) {
      std::size_t l = len_at(j);
      if (is_apostrophe(text, j, l) && j + l < n && (text[j + l] == 's' || text[j + l] == 'S')) {
        std::size_t after = j + l + 1;
        if (after >= n || classify(text, after, len_at(after)) != CharClass::alnum) {
          t.possessive = true;
          j = after;
        }
      }
    }
    toks.push_back(std::move(t));
    space_before = false;
    pending_joiner = 0;
    i = j;
  }
  return toks;
}

std::size_t token_at_or_after(const std::vector<Tok>& toks, std::size_t offset) {
  auto it = std::lower_bound(toks.begin(), toks.end(), offset,
                             [](const Tok& t, std::size_t off) { return t.start < off; });
  return static_cast<std::size_t>(it - toks.begin());
}

std::optional<Pattern> Pattern::compile(std::string_view phrase, std::string& error) {
  Pattern p;
  p.text_ = std::string(phrase);
  auto toks = tokenize_words(phrase);
  int letters = 0, upper = 0;
  for (unsigned char ch : phrase) {
    if (ch >= 'A' && ch <= 'Z') ++letters, ++upper;
    else if (ch >= 'a' && ch <= 'z') ++letters;
  }
  p.case_sensitive_ = letters >= 2 && letters == upper;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto& t = toks[i];
    if (t.kind == TokKind::punct) {
      if (t.raw != "*") continue;
      if (t.glued && !p.items_.empty() && !p.items_.back().gap) {
        p.items_.back().prefix = true;
      } else {
        p.items_.push_back({"", false, true});
      }
      continue;
    }
    p.items_.push_back({p.case_sensitive_ ? t.raw : t.lower, false, false, t.possessive});
  }
  if (p.word_count() == 0) {
    error = "phrase '" + std::string(phrase) + "' has no words";
    return std::nullopt;
  }
  if (p.items_.front().gap || p.items_.back().gap) {
    error = "phrase '" + std::string(phrase) + "' starts or ends with a '*' gap";
    return std::nullopt;
  }
  for (std::size_t i = 1; i < p.items_.size(); ++i)
    if (p.items_[i].gap && p.items_[i - 1].gap) {
      error = "phrase '" + std::string(phrase) + "' has two '*' gaps in a row";
      return std::nullopt;
    }
  return p;
}

std::string Pattern::first_word() const { return items_.front().prefix ? std::string() : items_.front().word; }

std::size_t Pattern::word_count() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Item& it) { return !it.gap; }));
}

bool Pattern::match_from(const std::vector<Tok>& toks, std::size_t ti, std::size_t pi, std::size_t& end) const {
  if (pi == items_.size()) {
    end = ti;
    return true;
  }
  const Item& item = items_[pi];
  if (item.gap) {
    // Up to three words, never across punctuation; the shortest gap that completes wins.
    for (std::size_t skip = 0; skip <= 3; ++skip) {
      if (skip > 0) {
        std::size_t k = ti + skip - 1;
        if (k >= toks.size() || toks[k].kind == TokKind::punct || toks[k].possessive) return false;
      }
      if (match_from(toks, ti + skip, pi + 1, end)) return true;
    }
    return false;
  }
  if (ti >= toks.size() || toks[ti].kind == TokKind::punct) return false;
  // A possessive word ends a match unless the phrase has one there too: "Islamic Emirate's
  // Mansoori Army" holds two names, "People's Liberation Army" one.
  if (ti > 0 && pi > 0 && toks[ti - 1].possessive && !items_[pi - 1].possessive) return false;
  const std::string& w = case_sensitive_ ? toks[ti].raw : toks[ti].lower;
  bool ok = item.prefix ? w.compare(0, item.word.size(), item.word) == 0 : w == item.word;
  if (!ok) return false;
  return match_from(toks, ti + 1, pi + 1, end);
}

std::optional<std::size_t> Pattern::match_at(const std::vector<Tok>& toks, std::size_t i) const {
  std::size_t end = 0;
  if (match_from(toks, i, 0, end)) return end;
  return std::nullopt;
}

}  // namespace bordermap::events
