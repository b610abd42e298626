#pragma once
// Name keys for matching. normalize_name gives the exact key (case folded, marks
// stripped, punctuation to single spaces); fuzzy_key folds the spelling variants that
// Persian, Tajik and Russian names take in English text.
#include <string>
#include <string_view>

namespace bordermap::gazetteer {

// "Kŭlob" → "kulob", "Gorno-Badakhshan" → "gorno badakhshan", "Roshtqal'a" → "roshtqala".
std::string normalize_name(std::string_view utf8);

// Applied to a normalized key: "moy may" and "maymay" → "mama"; "khorog" and "khorugh"
// → "harag"; "taluqan"/"taloqan" → "talakan". Empty when the key has no Latin letters.
std::string fuzzy_key(std::string_view normalized);

// True when every code point is Latin, Cyrillic or Arabic script (plus digits,
// punctuation and spaces): the scripts bordermap indexes alternate names in.
bool is_indexed_script(std::string_view utf8);

bool is_ascii(std::string_view s);

}  // namespace bordermap::gazetteer
