#include <doctest/doctest.h>

#include "geoparse/text.hpp"

using namespace bordermap::geoparse;

TEST_CASE("clean_utf8 replaces invalid bytes without moving offsets") {
  std::string in = "Khorog\xff and \xc3 Kulob";
  auto clean = clean_utf8(in);
  CHECK(clean.text.size() == in.size());
  REQUIRE(clean.invalid.size() == 2);
  CHECK(clean.invalid[0] == 6);
  CHECK(clean.invalid[1] == 12);
  CHECK(clean.text.substr(14) == "Kulob");
}

TEST_CASE("tokenize gives byte offsets, capitals, possessives and sentence starts") {
  std::string text = "Afghanistan’s Takhar province borders Gorno-Badakhshan. Roshtqal'a is quiet";
  auto toks = tokenize(text);
  std::vector<std::string> words;
  for (auto& t : toks)
    if (t.type == TokenType::word) words.push_back(text.substr(t.start, t.end - t.start));
  CHECK(words == std::vector<std::string>{"Afghanistan", "Takhar", "province", "borders", "Gorno", "Badakhshan",
                                          "Roshtqal'a", "is", "quiet"});
  CHECK(toks[0].possessive);
  CHECK(toks[0].capitalized);
  CHECK(toks[0].sentence_start);
  CHECK_FALSE(toks[1].sentence_start);
  const Token* rosh = nullptr;
  for (auto& t : toks)
    if (t.norm == "roshtqala") rosh = &t;
  REQUIRE(rosh);
  CHECK(rosh->sentence_start);
  CHECK(text.substr(rosh->start, rosh->end - rosh->start) == "Roshtqal'a");
}

TEST_CASE("tokenize handles Cyrillic capitals and caseless Arabic script") {
  std::string text = "Хорог и کابل";
  auto toks = tokenize(text);
  REQUIRE(toks.size() == 3);
  CHECK(toks[0].capitalized);
  CHECK_FALSE(toks[1].capitalized);
  CHECK(toks[2].capitalized);
  CHECK(toks[2].start == text.find("کابل"));
}

TEST_CASE("tokenize survives empty input, lone marks and NUL bytes") {
  CHECK(tokenize("").empty());
  std::string nul("a\0b", 3);
  auto clean = clean_utf8(nul);
  CHECK(clean.text[1] == ' ');
  CHECK(tokenize(clean.text).size() == 2);
  CHECK_NOTHROW(tokenize("\xcc\x81\xcc\x81 ..."));
}
