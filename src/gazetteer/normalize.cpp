#include "gazetteer/normalize.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace bordermap::gazetteer {
namespace {

bool is_apostrophe(utf8proc_int32_t c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BB || c == 0x02BC ||
         c == 0x02BF || c == 0x02BE || c == 0x00B4 || c == 0x02B9;
}

// Letters that carry no combining mark for utf8proc to strip, and Arabic-script
// letters written several ways across Persian, Dari and Arabic text.
utf8proc_int32_t fold_letter(utf8proc_int32_t c) {
  switch (c) {
    case 0x0131: return 'i';   // dotless i
    case 0x0142: return 'l';   // l with stroke
    case 0x00F8: return 'o';   // o with stroke
    case 0x0111: return 'd';   // d with stroke
    case 0x0127: return 'h';   // h with stroke
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // alef forms
    case 0x0649: case 0x064A: return 0x06CC;                            // yeh forms
    case 0x0643: return 0x06A9;                                         // keheh
    case 0x0629: return 0x0647;                                         // teh marbuta
    case 0x0640: return 0;                                              // tatweel
    default: return c;
  }
}

void append_utf8(std::string& out, utf8proc_int32_t c) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(c, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::string normalize_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (unsigned char ch : s) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(ch));
    } else if (ch >= 'A' && ch <= 'Z') {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(ch - 'A' + 'a'));
    } else if (ch == '\'' || ch == '`') {
      // apostrophes join: "Roshtqal'a" → "roshtqala"
    } else {
      pending_space = true;
    }
  }
  return out;
}

}  // namespace

bool is_ascii(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80) return false;
  return true;
}

std::string normalize_name(std::string_view utf8) {
  if (is_ascii(utf8)) return normalize_ascii(utf8);
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                UTF8PROC_IGNORE);
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                          static_cast<utf8proc_ssize_t>(utf8.size()), &mapped, options);
  if (len < 0) return normalize_ascii(utf8);  // invalid UTF-8: keep what ASCII there is
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(mapped, &std::free);

  std::string out;
  out.reserve(static_cast<size_t>(len));
  bool pending_space = false;
  utf8proc_ssize_t pos = 0;
  while (pos < len) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(mapped + pos, len - pos, &c);
    if (n <= 0) break;
    pos += n;
    if (is_apostrophe(c)) continue;
    c = fold_letter(c);
    if (c == 0) continue;
    auto cat = utf8proc_category(c);
    bool keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL ||
                cat == UTF8PROC_CATEGORY_NO;
    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME)
      continue;  // marks utf8proc left attached (Arabic harakat after compat mapping)
    if (!keep) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    append_utf8(out, c);
  }
  return out;
}

namespace {

// Russian Cyrillic to the Latin letters English text uses for the same names.
const char* cyrillic_to_latin(utf8proc_int32_t c) {
  switch (c) {
    case 0x0430: return "a";  case 0x0431: return "b";  case 0x0432: return "v";
    case 0x0433: return "g";  case 0x0434: return "d";  case 0x0435: return "e";
    case 0x0451: return "e";  case 0x0436: return "zh"; case 0x0437: return "z";
    case 0x0438: return "i";  case 0x0439: return "y";  case 0x043A: return "k";
    case 0x043B: return "l";  case 0x043C: return "m";  case 0x043D: return "n";
    case 0x043E: return "o";  case 0x043F: return "p";  case 0x0440: return "r";
    case 0x0441: return "s";  case 0x0442: return "t";  case 0x0443: return "u";
    case 0x0444: return "f";  case 0x0445: return "kh"; case 0x0446: return "ts";
    case 0x0447: return "ch"; case 0x0448: return "sh"; case 0x0449: return "shch";
    case 0x044A: return "";   case 0x044B: return "y";  case 0x044C: return "";
    case 0x044D: return "e";  case 0x044E: return "yu"; case 0x044F: return "ya";
    case 0x04B3: return "h";  case 0x049B: return "q";  case 0x0493: return "gh";
    case 0x04B7: return "j";  case 0x04E3: return "i";  case 0x04EF: return "u";
    default: return nullptr;
  }
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// a, o, u sound alike across these transliterations, and so do e, i, y.
char vowel_class(char c) { return (c == 'a' || c == 'o' || c == 'u') ? 'a' : 'i'; }

}  // namespace

std::string fuzzy_key(std::string_view normalized) {
  // 1. Latin letters only, Cyrillic transliterated; izafe and article tokens dropped.
  std::string latin;
  latin.reserve(normalized.size());
  size_t pos = 0;
  while (pos < normalized.size()) {
    size_t end = normalized.find(' ', pos);
    if (end == std::string_view::npos) end = normalized.size();
    std::string_view token = normalized.substr(pos, end - pos);
    pos = end + 1;
    if (token == "e" || token == "i" || token == "ye" || token == "al" || token == "el" ||
        token == "ul" || token == "the")
      continue;
    // An izafe written onto the word before the next ("Shahri Buzurg", "Kuhistoni
    // Badakhshon") is the same name as the hyphenated "Shahr-e Buzurg".
    bool more_follow = pos < normalized.size();
    if (more_follow && token.size() >= 4 && (token.back() == 'i' || token.back() == 'e')) {
      token.remove_suffix(1);
      if (token.back() == 'y') token.remove_suffix(1);
    }
    size_t i = 0;
    while (i < token.size()) {
      unsigned char ch = static_cast<unsigned char>(token[i]);
      if (ch < 0x80) {
        if (ch >= 'a' && ch <= 'z') latin.push_back(static_cast<char>(ch));
        ++i;
        continue;
      }
      utf8proc_int32_t c;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(token.data() + i),
                                static_cast<utf8proc_ssize_t>(token.size() - i), &c);
      if (n <= 0) break;
      i += static_cast<size_t>(n);
      if (const char* t = cyrillic_to_latin(c)) latin += t;
    }
  }
  if (latin.empty()) return {};

  // 2. Consonant spellings that stand for one sound.
  std::string cons;
  cons.reserve(latin.size());
  for (size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    char next = i + 1 < latin.size() ? latin[i + 1] : '\0';
    char next2 = i + 2 < latin.size() ? latin[i + 2] : '\0';
    if (c == 'd' && next == 'z' && next2 == 'h') { cons.push_back('j'); i += 2; continue; }
    if (c == 'd' && next == 'j') { cons.push_back('j'); ++i; continue; }
    if (c == 'z' && next == 'h') { cons.push_back('j'); ++i; continue; }
    if (c == 'k' && next == 'h') { cons.push_back('h'); ++i; continue; }
    if (c == 'g' && next == 'h') { cons.push_back('g'); ++i; continue; }
    if (c == 'p' && next == 'h') { cons.push_back('f'); ++i; continue; }
    if (c == 'c' && next == 'k') { cons.push_back('k'); ++i; continue; }
    switch (c) {
      case 'x': cons.push_back('h'); break;
      case 'q': cons.push_back('k'); break;
      case 'w': cons.push_back('v'); break;
      default: cons.push_back(c);
    }
  }

  // 3. Vowel runs to one class letter; doubled consonants to one.
  std::string key;
  key.reserve(cons.size());
  for (size_t i = 0; i < cons.size();) {
    char c = cons[i];
    if (is_vowel(c)) {
      char cls = 'i';
      while (i < cons.size() && is_vowel(cons[i])) {
        if (vowel_class(cons[i]) == 'a') cls = 'a';
        ++i;
      }
      key.push_back(cls);
      continue;
    }
    if (key.empty() || key.back() != c) key.push_back(c);
    ++i;
  }
  return key;
}

bool is_indexed_script(std::string_view utf8) {
  if (is_ascii(utf8)) return true;
  utf8proc_ssize_t pos = 0;
  auto len = static_cast<utf8proc_ssize_t>(utf8.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  while (pos < len) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(p + pos, len - pos, &c);
    if (n <= 0) return false;
    pos += n;
    if (c < 0x0250) continue;                    // Latin incl. Extended-A/B
    if (c >= 0x1E00 && c <= 0x1EFF) continue;    // Latin Extended Additional
    if (c >= 0x0300 && c <= 0x036F) continue;    // combining marks
    if (c >= 0x02B0 && c <= 0x02FF) continue;    // modifier letters (ʻ ʼ)
    if (c >= 0x0400 && c <= 0x052F) continue;    // Cyrillic
    if (c >= 0x0600 && c <= 0x06FF) continue;    // Arabic
    if (c >= 0x0750 && c <= 0x077F) continue;    // Arabic Supplement
    if (c >= 0xFB50 && c <= 0xFDFF) continue;    // Arabic presentation forms A
    if (c >= 0xFE70 && c <= 0xFEFF) continue;    // Arabic presentation forms B (+BOM)
    if (c >= 0x2000 && c <= 0x206F) continue;    // general punctuation
    return false;
  }
  return true;
}

}  // namespace bordermap::gazetteer
