#include <doctest/doctest.h>

#include <sstream>

#include "data/gmt_dcw.hpp"
#include "data/gmt_multisegment.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::data;

namespace {
const std::filesystem::path kRaw = std::filesystem::path(BORDERMAP_TEST_DATA_DIR) / "borders_fixture" / "raw";
}

TEST_CASE("GMT multi-segment text: headers, comments, blank lines, separators, extra columns") {
  std::istringstream ok(
      "# comment\n"
      "1 2\n"
      ">  Tajikistan Segment 0\n"
      "70.5\t39.8\n"
      "\n"
      "70.6,39.9\n"
      "  70.7   40.0   12.5 trailing text\n"  // GMT tables may carry more columns
      "> River Bin # 3990, Level 2\n"
      "62\t45.7\n");
  auto segs = parse_gmt_multisegment(ok, "inline");
  REQUIRE(segs.size() == 3);
  CHECK(segs[0].header.empty());
  CHECK(segs[0].points.size() == 1);
  CHECK(segs[1].header == "Tajikistan Segment 0");
  REQUIRE(segs[1].points.size() == 3);
  CHECK(segs[1].points[1].lon == 70.6);
  CHECK(segs[1].points[2].lat == 40.0);
  CHECK(header_int(segs[2].header, "Level", 0) == 2);
  CHECK(header_int(segs[2].header, "Bin", -1) == 3990);
  CHECK(header_int(segs[2].header, "Depth", -7) == -7);
}

TEST_CASE("a bad line is an InputError naming source and line") {
  std::istringstream in(">  X Segment 0\n70.5 39.8\n70.5 north\n");
  CHECK_THROWS_WITH_AS(parse_gmt_multisegment(in, "dcw_XX.txt"), doctest::Contains("dcw_XX.txt:3"), InputError);
  std::istringstream lat(">\n70 95\n");
  CHECK_THROWS_AS(parse_gmt_multisegment(lat, "x"), InputError);
}

TEST_CASE("the fixture files parse: rings closed, river levels read") {
  auto xa = read_gmt_multisegment(kRaw / "dcw_XA.txt");
  REQUIRE(xa.size() == 3);
  for (const auto& s : xa) {
    REQUIRE(s.points.size() >= 4);
    CHECK(s.points.front().lon == s.points.back().lon);
    CHECK(s.points.front().lat == s.points.back().lat);
  }
  CHECK(xa[1].header == "Alphaland Segment 1");
  auto rivers = read_gmt_multisegment(kRaw / "rivers.txt");
  REQUIRE(rivers.size() == 2);
  CHECK(header_int(rivers[1].header, "Level", 0) == 3);
  CHECK(rivers[1].points[1].lon == 11.4);
  CHECK_THROWS_AS(read_gmt_multisegment(kRaw / "missing.txt"), InputError);
}

TEST_CASE("DCW file names give the country code") {
  CHECK(dcw_code_of("/tmp/raw/dcw_TJ.txt") == "TJ");
  CHECK(dcw_code_of("dcw_tj.txt").empty());
  CHECK(dcw_code_of("rivers.txt").empty());
  CHECK(dcw_code_of("dcw_TJK.txt").empty());
  auto files = find_dcw_files(kRaw);
  REQUIRE(files.size() == 3);
  CHECK(dcw_code_of(files[0]) == "XA");
  CHECK(dcw_code_of(files[2]) == "XC");
}
