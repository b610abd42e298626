#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>

#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_builder.hpp"
#include "gazetteer/normalize.hpp"
#include "util/error.hpp"
#include "support/temp_dir.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;
using namespace bordermap::gazetteer;

namespace {

Place make(const char* id, const char* name, Kind kind, const char* cc, const char* a1code, const char* a1,
           double lat, double lon, long pop) {
  Place p;
  p.id = id;
  p.name = name;
  p.kind = kind;
  p.country = cc;
  p.admin1_code = a1code;
  p.admin1 = a1;
  p.lat = lat;
  p.lon = lon;
  p.population = pop;
  p.feature_code = kind == Kind::populated_place ? "PPLA" : "ADM1";
  return p;
}

fs::path build_small_index(const bordermap::test::TempDir& tmp) {
  IndexBuilder b;
  auto fz = b.add_place(make("geonames:1142170", "Fayzabad", Kind::populated_place, "AF", "AF.01", "Badakhshan", 37.11664, 70.58002, 44421), 6);
  b.add_name(fz, "Fayzabad", format::kPrimary);
  b.add_name(fz, "Faizabad", format::kAlternate);
  b.add_name(fz, "Файзабад", format::kAlternate);
  auto gb = b.add_place(make("admin1:TJ.01", "Gorno-Badakhshan", Kind::admin1, "TJ", "TJ.01", "Gorno-Badakhshan", 38.3, 72.5, 0), 6);
  b.add_name(gb, "Gorno-Badakhshan", format::kPrimary);
  b.add_name(gb, "Gorno-Badakhshan Autonomous Province", format::kCurated);
  auto mm = b.add_place(make("geonames:1133657", "Māymay", Kind::populated_place, "AF", "AF.01", "Badakhshan", 38.40856, 71.03839, 0), 5);
  b.add_name(mm, "Māymay", format::kPrimary);
  b.set_common_words({"may"});
  auto may = b.add_place(make("geonames:1", "May", Kind::populated_place, "US", "", "", 31.9, -98.9, 600), 2);
  b.add_name(may, "May", format::kPrimary);
  auto path = tmp / "bordermap_index_test.bmx";
  b.write(path);
  return path;
}

}  // namespace

TEST_CASE("the index finds exact names, prefixes, common words and spelling variants") {
  bordermap::test::TempDir tmp("index");
  auto path = build_small_index(tmp);
  auto g = Gazetteer::open(path);
  CHECK(g.size() == 4);

  auto fz = g.exact("faizabad");
  REQUIRE(fz.found);
  REQUIRE(fz.postings.size() == 1);
  auto p = g.place(fz.postings[0].place);
  CHECK(p.id == "geonames:1142170");
  CHECK(p.admin1 == "Badakhshan");
  CHECK(p.admin1_code == "AF.01");
  CHECK(p.lat == doctest::Approx(37.11664));
  CHECK(g.exact(normalize_name("Файзабад")).found);

  auto gorno = g.exact("gorno");
  CHECK_FALSE(gorno.found);
  CHECK(gorno.is_prefix);
  CHECK(g.exact("gorno badakhshan").is_prefix);  // "… autonomous province" continues it
  CHECK(g.exact("gorno badakhshan autonomous province").found);

  CHECK(g.exact("may").common_word);
  CHECK_FALSE(g.exact("fayzabad").common_word);
  CHECK_FALSE(g.exact("kabul").found);

  auto variants = g.fuzzy(fuzzy_key(normalize_name("Moy May")));
  REQUIRE(variants.size() == 1);
  CHECK(g.id(variants[0].place) == "geonames:1133657");

  auto near = g.fuzzy_one_edit(fuzzy_key(normalize_name("Gordo-Badakhshan")));
  REQUIRE(near.size() == 1);
  CHECK(g.id(near[0].place) == "admin1:TJ.01");
  fs::remove(path);
}

TEST_CASE("a truncated or foreign index file is refused with a message naming it") {
  bordermap::test::TempDir tmp("index");
  auto path = build_small_index(tmp);
  fs::resize_file(path, 100);
  CHECK_THROWS_AS(Gazetteer::open(path), bordermap::DataError);
  bordermap::write_file_atomically(path, std::string(4096, 'x'));
  CHECK_THROWS_WITH_AS(Gazetteer::open(path), doctest::Contains("bordermap_index_test.bmx"), bordermap::DataError);
  fs::remove(path);
  CHECK_THROWS_AS(Gazetteer::open(path), bordermap::DataError);
}

TEST_CASE("a damaged index fails with a message at open or lookup, never a crash or a hang") {
  bordermap::test::TempDir tmp("index_damaged");
  auto good = build_small_index(tmp);
  auto patch = [&](std::size_t offset, const void* bytes, std::size_t n) {
    auto path = tmp / "damaged.bmx";
    fs::copy_file(good, path, fs::copy_options::overwrite_existing);
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(offset));
    f.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(n));
    return path;
  };
  std::uint32_t one = 1;
  auto bad_table = patch(offsetof(format::Header, exact_table_size), &one, sizeof one);
  CHECK_THROWS_WITH_AS(Gazetteer::open(bad_table), doctest::Contains("damaged"), bordermap::DataError);
  std::uint64_t far = 1ull << 40;
  auto bad_offset = patch(offsetof(format::Header, off_places), &far, sizeof far);
  CHECK_THROWS_AS(Gazetteer::open(bad_offset), bordermap::DataError);

  // a posting that points past the places: found on lookup
  auto g = Gazetteer::open(good);
  auto info = g.exact("fayzabad");
  REQUIRE(info.found);
  format::Header h{};
  {
    std::ifstream in(good, std::ios::binary);
    in.read(reinterpret_cast<char*>(&h), sizeof h);
  }
  auto posting_off = static_cast<std::size_t>(h.off_postings);
  std::uint32_t huge = 0x7fffffff;
  // overwrite every posting's place: whichever the lookup reads is out of range
  auto path = tmp / "bad_postings.bmx";
  fs::copy_file(good, path, fs::copy_options::overwrite_existing);
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    for (std::uint32_t i = 0; i < h.n_postings; ++i) {
      f.seekp(static_cast<std::streamoff>(posting_off + i * sizeof(format::Posting)));
      f.write(reinterpret_cast<const char*>(&huge), sizeof huge);
    }
  }
  auto damaged = Gazetteer::open(path);
  CHECK_THROWS_AS(damaged.exact("fayzabad"), bordermap::DataError);
}
