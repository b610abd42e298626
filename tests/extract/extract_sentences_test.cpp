// Sentence splitting: abbreviations, decimals, quotations, paragraphs, headline and dateline.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/sentences.hpp"

using namespace bordermap::events;

namespace {

std::vector<std::string> texts(const std::string& s, const SentenceSplit& split) {
  std::vector<std::string> out;
  for (auto& x : split.sentences) out.push_back(s.substr(x.start, x.end - x.start));
  return out;
}

}  // namespace

TEST_CASE("abbreviations, initials, decimals and dates do not end a sentence") {
  std::string s =
      "Gen. Mirzo met Mr. Karimov on Sept. 25 in the U.S. embassy. Turnout was 2.5 per cent. "
      "A. Saidov said so. The end";
  auto split = split_sentences(s);
  auto t = texts(s, split);
  REQUIRE(t.size() == 4);
  CHECK(t[0] == "Gen. Mirzo met Mr. Karimov on Sept. 25 in the U.S. embassy.");
  CHECK(t[1] == "Turnout was 2.5 per cent.");
  CHECK(t[2] == "A. Saidov said so.");
  CHECK(t[3] == "The end");
  CHECK_FALSE(split.dateline);
}

TEST_CASE("quotations: the closing quote belongs to the sentence; a lower-case word after ?! goes on") {
  std::string s =
      "He said: \xE2\x80\x9CWe will respond.\xE2\x80\x9D The ministry declined to comment. "
      "\"Why now?\" asked one officer. Fighting stopped!";
  auto t = texts(s, split_sentences(s));
  REQUIRE(t.size() == 4);
  CHECK(t[0] == "He said: \xE2\x80\x9CWe will respond.\xE2\x80\x9D");
  CHECK(t[1] == "The ministry declined to comment.");
  CHECK(t[2] == "\"Why now?\" asked one officer.");
  CHECK(t[3] == "Fighting stopped!");
}

TEST_CASE("headline, dateline and paragraphs") {
  std::string s =
      "Troops move north\n\nDUSHANBE, 27 September 2021 \xE2\x80\x94 Units were sent to the border. More followed\n"
      "on Monday.\n\nA second paragraph without a full stop\n\nLast one.";
  auto split = split_sentences(s);
  auto t = texts(s, split);
  REQUIRE(t.size() == 5);
  CHECK(split.sentences[0].headline);
  CHECK(t[0] == "Troops move north");
  REQUIRE(split.dateline);
  CHECK(s.substr(split.dateline->start, split.dateline->end - split.dateline->start) ==
        "DUSHANBE, 27 September 2021 \xE2\x80\x94");
  CHECK(t[1] == "Units were sent to the border.");
  CHECK(t[2] == "More followed\non Monday.");
  CHECK(t[3] == "A second paragraph without a full stop");
  CHECK_FALSE(split.sentences[3].headline);
  CHECK(t[4] == "Last one.");
}

TEST_CASE("datelines in other styles, and none where the first words are not capitals") {
  std::string a = "KABUL, Sept. 25 (Reuters) - Fighting was reported.";
  auto sa = split_sentences(a);
  REQUIRE(sa.dateline);
  CHECK(a.substr(sa.dateline->end) == " Fighting was reported.");
  REQUIRE(sa.sentences.size() == 1);
  CHECK(a.substr(sa.sentences[0].start, sa.sentences[0].end - sa.sentences[0].start) == "Fighting was reported.");

  std::string b = "Kabul, the capital, was calm - for now. Then shots.";
  auto sb = split_sentences(b);
  CHECK_FALSE(sb.dateline);
  CHECK(sb.sentences.size() == 2);
}

TEST_CASE("byte spans are exact for multi-byte text") {
  std::string s = "  Kŭlob was quiet.  Qal\xE2\x80\x99" "a-i Khumb was not.  ";
  auto split = split_sentences(s);
  auto t = texts(s, split);
  REQUIRE(t.size() == 2);
  CHECK(t[0] == "Kŭlob was quiet.");
  CHECK(t[1] == "Qal\xE2\x80\x99" "a-i Khumb was not.");
  CHECK(split_sentences("").sentences.empty());
  CHECK(split_sentences(" \n\n ").sentences.empty());
}
