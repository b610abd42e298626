#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "geoparse/lexicon.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;
using bordermap::geoparse::Lexicon;

TEST_CASE("Lexicon::load reads every list by normalised key, and a missing list is empty") {
  bordermap::test::TempDir tmp("lexicon");
  auto dir = tmp.path();
  std::ofstream(dir / "demonyms.tsv") << "word\tcountry\nTajik\tTJ\nAfghans\tAF\n";
  std::ofstream(dir / "nonplaces.tsv") << "phrase\ttype\tnote\nBakhtar News Agency\tmedia\t\nAl Jazeera\tmedia\t\n";
  std::ofstream(dir / "generics.tsv") << "word\tkind\tposition\nprovince\tadmin1\tafter\nMount\tmountain\tbefore\n";
  std::ofstream(dir / "given_names.txt") << "# comment\nZabihullah\n";
  auto lx = Lexicon::load(dir);
  CHECK(lx.demonyms.at("tajik") == "TJ");
  CHECK(lx.demonyms.at("afghans") == "AF");
  CHECK(lx.nonplaces.at("bakhtar news agency") == "media");
  CHECK(lx.nonplace_max_tokens == 3);
  CHECK(lx.generics.at("mount").before);
  CHECK_FALSE(lx.generics.at("province").before);
  CHECK(lx.given_names.count("zabihullah"));
  CHECK(lx.common_words.empty());

  std::ofstream(dir / "generics.tsv") << "word\tkind\tposition\nlake\tpond\tafter\n";
  CHECK_THROWS_WITH_AS(Lexicon::load(dir), doctest::Contains("generics.tsv:2"), bordermap::InputError);
  std::ofstream(dir / "generics.tsv") << "word\tkind\tposition\nlake\tother\tinside\n";
  CHECK_THROWS_WITH_AS(Lexicon::load(dir), doctest::Contains("position"), bordermap::InputError);
}
