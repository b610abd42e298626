// The gazetteer build from small source files written here: GeoNames rows, admin names,
// the supplement's four kinds of reference, and the errors a malformed row gives.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "data/build_gazetteer.hpp"
#include "gazetteer/gazetteer.hpp"
#include "geo/gdal_handle.hpp"
#include "gazetteer/normalize.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;
using namespace bordermap;

namespace {

struct Fixture {
  test::TempDir tmp{"build_gazetteer"};
  fs::path dir = tmp.path();
  data::GazetteerSources src;

  Fixture() {
    fs::create_directories(dir / "lexicon");
    write("cities.txt",
          "1142170\tFayzabad\tFayzabad\tFaizabad,Feyzabad,Файзабад,法扎巴德\t37.11664\t70.58002\tP\tPPLA\tAF\t\t01\t\t\t\t44421\t\t1200\tAsia/Kabul\t2020-01-01\n"
          "1133657\tMāymay\tMaymay\tMahmai,Maymey\t38.40856\t71.03839\tP\tPPLA2\tAF\t\t01\t1110\t\t\t0\t\t1500\tAsia/Kabul\t2020-01-01\n"
          "1221328\tKhorugh\tKhorugh\tKhorog,Хорог\t37.48974\t71.55304\tP\tPPLA\tTJ\t\t01\t\t\t\t30000\t\t2100\tAsia/Dushanbe\t2020-01-01\n");
    write("admin1.json", R"([{"code":"AF.01","name":"Badakhshan"},{"code":"TJ.01","name":"Gorno-Badakhshan"}])");
    write("admin2.json", R"([{"code":"AF.01.1110","name":"Darwāz-e Pā'īn District"}])");
    write("iso.json", R"({"3166-1":[{"alpha_2":"AF","name":"Afghanistan","official_name":"Islamic Republic of Afghanistan"},
                                    {"alpha_2":"TJ","name":"Tajikistan"}]})");
    write("lexicon/common_words.txt", "May\n");
    write("words.txt", "may\nMoscow\n");
    src.cities = dir / "cities.txt";
    src.admin1 = dir / "admin1.json";
    src.admin2 = dir / "admin2.json";
    src.iso_codes = dir / "iso.json";
    src.lexicon = dir / "lexicon";
    src.words = dir / "words.txt";
    src.supplement = dir / "supplement.tsv";
  }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; }
  void supplement(const std::string& rows) {
    write("supplement.tsv", "ref\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tsource\tnote\n" + rows);
  }
};

}  // namespace

TEST_CASE("build_gazetteer indexes GeoNames names, admin units, countries and curated entries") {
  Fixture fx;
  fx.supplement(
      "geonames:1133657\tMoy May\t\t\t\t\t\t\tspelling in 2021 reports\t\n"
      "admin1:TJ.01\tGBAO\t\t\t\t\t\t\tcommon abbreviation\t\n"
      "country:TJ\tTojikiston\t\t\t\t\t\t\tTajik name\t\n"
      "bordermap:panj-river\tPanj River\triver\t\t\t37.1108\t68.3147\t\tmouth of the river\t\n"
      "bordermap:panj-river\tPyanj\t\t\t\t\t\t\tRussian spelling\t\n");
  auto out = fx.dir / "gaz.bmx";
  auto report = data::build_gazetteer(fx.src, out);
  CHECK(report.geonames == 3);
  CHECK(report.admin1 == 2);
  CHECK(report.admin2 == 1);
  CHECK(report.countries == 2);  // located at their capital when no country polygons are given
  CHECK(report.curated_places == 1);
  CHECK(report.curated_aliases == 4);
  CHECK(fs::exists(fx.dir / "lexicon" / "common_words.txt"));

  // the GeoPackage copy holds the same places with every name
  auto ds = geo::open_vector(fx.dir / "gazetteer.gpkg");
  auto layer = geo::require_layer(ds, fx.dir / "gazetteer.gpkg", "places");
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == static_cast<GIntBig>(report.places));
  OGR_L_SetAttributeFilter(layer, "place_id = 'geonames:1133657'");
  geo::OgrFeature f{OGR_L_GetNextFeature(layer)};
  REQUIRE(f);
  CHECK(std::string(OGR_F_GetFieldAsString(f.get(), OGR_F_GetFieldIndex(f.get(), "names"))) == "Māymay|Maymay|Mahmai|Maymey|Moy May");
  CHECK(OGR_G_GetY(OGR_F_GetGeometryRef(f.get()), 0) == doctest::Approx(38.40856));

  auto g = gazetteer::Gazetteer::open(out);
  auto id_of = [&](const char* name) {
    auto info = g.exact(gazetteer::normalize_name(name));
    return info.postings.empty() ? std::string() : std::string(g.id(info.postings[0].place));
  };
  CHECK(id_of("Moy May") == "geonames:1133657");
  CHECK(id_of("GBAO") == "admin1:TJ.01");
  CHECK(id_of("Tojikiston") == "country:TJ");
  CHECK(id_of("Pyanj") == "bordermap:panj-river");
  CHECK(id_of("Хорог") == "geonames:1221328");
  CHECK(id_of("Darwaz e Pain") == "admin2:AF.01.1110");  // the bare name without "District"
  CHECK(id_of("法扎巴德").empty());                          // scripts bordermap does not index
  auto fz = g.exact("fayzabad");
  REQUIRE(fz.found);
  auto place = g.place(fz.postings[0].place);
  CHECK(place.admin1 == "Badakhshan");
  CHECK(place.country == "AF");
  CHECK(g.exact("may").common_word);
  CHECK_FALSE(g.exact("moscow").common_word);  // capitalised dictionary words are names, not common words
  auto tj = g.exact("tajikistan");
  REQUIRE(tj.found);
  CHECK(g.lat(tj.postings[0].place) == doctest::Approx(37.48974));
}

TEST_CASE("build_gazetteer names the file, line and field of a bad supplement row") {
  Fixture fx;
  auto out = fx.dir / "gaz.bmx";
  fx.supplement("bordermap:x\tSomewhere\triver\t\t\tnorth\t68.3\t\tsome source\t\n");
  CHECK_THROWS_WITH_AS(data::build_gazetteer(fx.src, out), doctest::Contains("supplement.tsv:2: field lat"), InputError);
  fx.supplement("bordermap:x\tSomewhere\tlake\t\t\t37\t68\t\tsome source\t\n");
  CHECK_THROWS_WITH_AS(data::build_gazetteer(fx.src, out), doctest::Contains("field 'kind'"), InputError);
  fx.supplement("bordermap:x\tSomewhere\triver\t\t\t37\t68\t\t\t\n");
  CHECK_THROWS_WITH_AS(data::build_gazetteer(fx.src, out), doctest::Contains("'source' is empty"), InputError);
  fx.supplement("x\tSomewhere\n");
  CHECK_THROWS_AS(data::build_gazetteer(fx.src, out), InputError);
  fx.supplement("geonames:999\tNowhere\t\t\t\t\t\t\tsome source\t\n");
  auto report = data::build_gazetteer(fx.src, out);  // an alias of an unknown place is a warning
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("geonames:999") != std::string::npos);
}

TEST_CASE("build_gazetteer reports a short GeoNames row by line") {
  Fixture fx;
  fx.supplement("");
  fx.write("cities.txt", "1\tA\tA\n");
  CHECK_THROWS_WITH_AS(data::build_gazetteer(fx.src, fx.dir / "g.bmx"), doctest::Contains("cities.txt:1"), InputError);
}
