#include <doctest/doctest.h>

#include "gazetteer/normalize.hpp"

using bordermap::gazetteer::fuzzy_key;
using bordermap::gazetteer::is_indexed_script;
using bordermap::gazetteer::normalize_name;

TEST_CASE("normalize_name folds case, strips marks and unifies punctuation") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"Kŭlob", "kulob"},
      {"Gorno-Badakhshan", "gorno badakhshan"},
      {"  Māymay ", "maymay"},
      {"Roshtqal'a", "roshtqala"},
      {"Roshtqal’a", "roshtqala"},
      {"Mazār-e Sharīf", "mazar e sharif"},
      {"QALAIKHUMB", "qalaikhumb"},
      {"Хорог", "хорог"},
      {"Łódź", "lodz"},
      {"Shahr‑e Buzurg", "shahr e buzurg"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(normalize_name(r.in) == r.out);
  }
}

TEST_CASE("normalize_name unifies Arabic-script letter forms and drops harakat") {
  // Persian keheh/yeh and Arabic kaf/yeh spell the same names
  CHECK(normalize_name("كابل") == normalize_name("کابل"));
  CHECK(normalize_name("فَيض آباد") == normalize_name("فیض آباد"));
}

TEST_CASE("fuzzy_key joins Persian, Tajik and Russian spellings of one name") {
  const std::pair<const char*, const char*> same[] = {
      {"Moy May", "Maymay"},     {"Khorog", "Khorugh"},       {"Taluqan", "Taloqan"},
      {"Kulyab", "Kulob"},       {"Ishkashim", "Ishkoshim"},  {"Eshkashem", "Ishkashim"},
      {"Panjsher", "Panjshir"},  {"Kunduz", "Kondoz"},        {"Dzhirgatal", "Jirgatol"},
      {"Shahr-e Buzurg", "Shahri Buzurg"}, {"Хорог", "Khorog"}, {"Darvaz", "Darwaz"},
  };
  for (auto [a, b] : same) {
    INFO(a, " ~ ", b);
    CHECK(fuzzy_key(normalize_name(a)) == fuzzy_key(normalize_name(b)));
  }
  const std::pair<const char*, const char*> different[] = {
      {"Kabul", "Kunduz"}, {"Khorog", "Kulob"}, {"Takhar", "Tashkent"}, {"Sughd", "Shughnon"},
  };
  for (auto [a, b] : different) {
    INFO(a, " !~ ", b);
    CHECK(fuzzy_key(normalize_name(a)) != fuzzy_key(normalize_name(b)));
  }
}

TEST_CASE("fuzzy_key is empty for names with no Latin or Cyrillic letters") {
  CHECK(fuzzy_key(normalize_name("کابل")).empty());
}

TEST_CASE("is_indexed_script keeps Latin, Cyrillic and Arabic and drops other scripts") {
  CHECK(is_indexed_script("Fayzabad"));
  CHECK(is_indexed_script("Файзабад"));
  CHECK(is_indexed_script("فیض‌آباد"));
  CHECK(is_indexed_script("Kŭlob"));
  CHECK_FALSE(is_indexed_script("法扎巴德"));
  CHECK_FALSE(is_indexed_script("फ़ैज़ाबाद"));
}
