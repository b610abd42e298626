// `bordermap render` end to end: images with metadata, a GeoTIFF GDAL can read, and
// bad arguments that exit 2 with a message instead of crashing.
#include <doctest/doctest.h>
#include <gdal_priv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../cli/run_cli.hpp"
#include "map/image_file.hpp"
#include "support/temp_dir.hpp"

using bordermap::test::run_cli;
using bordermap::test::runtime_data_built;

namespace {

std::string meta(const bordermap::map::ImageMetadata& m, const std::string& key) {
  for (const auto& [k, v] : m)
    if (k == key) return v;
  return {};
}

}  // namespace

TEST_CASE("render CLI: the bundled layer as a PNG with title, range, bbox and CRS in text chunks") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("render_cli");
  auto out = (tmp / "map.png").string();
  auto r = run_cli("render --size 640x360 --title 'Test map' --banner 'FOR TESTING' '" + out + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto image = bordermap::map::read_png(out);
  CHECK(image.width == 640);
  CHECK(image.height == 360);
  auto m = bordermap::map::read_png_metadata(out);
  CHECK(meta(m, "Title") == "Test map");
  CHECK_FALSE(meta(m, "TimeRange").empty());
  CHECK(meta(m, "BBox").find(',') != std::string::npos);
  CHECK_FALSE(meta(m, "CRS").empty());
}

TEST_CASE("render CLI: a range with no events still renders, and says so") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("render_cli_empty");
  auto out = (tmp / "empty.png").string();
  auto r = run_cli("render --size 480x270 --from 1990-01-01 --to 1990-01-31 '" + out + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find(" 0 events") != std::string::npos);
  CHECK(std::filesystem::exists(out));
}

TEST_CASE("render CLI: --format geotiff writes a georeferenced image") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("render_cli_tif");
  auto out = (tmp / "map.tif").string();
  auto r = run_cli("render --size 400x300 '" + out + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  GDALAllRegister();
  GDALDataset* ds = static_cast<GDALDataset*>(GDALOpen(out.c_str(), GA_ReadOnly));
  REQUIRE(ds != nullptr);
  double gt[6] = {0, 0, 0, 0, 0, 0};
  CHECK(ds->GetGeoTransform(gt) == CE_None);
  CHECK(gt[1] > 0);
  CHECK(gt[5] < 0);
  CHECK(ds->GetSpatialRef() != nullptr);
  CHECK(ds->GetRasterXSize() == 400);
  GDALClose(ds);
}

TEST_CASE("render CLI: bad arguments exit 2 with a message naming the problem") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("render_cli_bad");
  auto out = "'" + (tmp / "x.png").string() + "'";
  struct Case {
    std::string args, says;
  };
  for (const auto& c : {Case{"--size 0x100", "positive"}, Case{"--size big", "WIDTHxHEIGHT"},
                        Case{"--bbox 75,40,70,35", "inverted"}, Case{"--bbox 1,2,3", "four numbers"},
                        Case{"--layers border,bogus", "unknown layer 'bogus'"}, Case{"--layers border,bogus", "relief"},
                        Case{"--from 2021-02-30", "2021-02-30"}, Case{"--from 2021-10-01 --to 2021-09-01", "after"},
                        Case{"--projection mercatorr", "mercatorr"}, Case{"--paper B9", "B9"},
                        Case{"--fit nowhere-at-all", "nowhere-at-all"}, Case{"--frames hourly", "hourly"},
                        Case{"--frames daily", "--from"}, Case{"--format jpeg", "jpeg"}}) {
    CAPTURE(c.args);
    auto r = run_cli("render " + c.args + " " + out);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(c.says) != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(tmp / "x.png"));
}

TEST_CASE("render CLI: --frames writes one image per day") {
  if (!runtime_data_built()) return;
  bordermap::test::TempDir tmp("render_cli_frames");
  auto dir = (tmp / "frames").string();
  auto r = run_cli("render --size 320x200 --frames daily --from 2021-09-20 --to 2021-09-22 '" + dir + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(std::filesystem::exists(tmp / "frames" / "frame-0001.png"));
  CHECK(std::filesystem::exists(tmp / "frames" / "frame-0003.png"));
  CHECK_FALSE(std::filesystem::exists(tmp / "frames" / "frame-0004.png"));
}

TEST_CASE("render CLI: --video encodes the frames with ffmpeg, one video frame per image") {
  if (!runtime_data_built()) return;
  if (std::system("command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1") != 0) {
    MESSAGE("ffmpeg is not installed: --video is not tested");
    return;
  }
  bordermap::test::TempDir tmp("render_cli_video");
  auto dir = (tmp / "frames").string();
  auto video = tmp / "week.mp4";
  auto r = run_cli("render --size 320x200 --frames daily --from 2021-09-20 --to 2021-09-23 --fps 2 --video '" +
                   video.string() + "' '" + dir + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(std::filesystem::exists(video));
  auto probe = tmp / "probe.txt";
  std::string cmd = "ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames,width "
                    "-of default=noprint_wrappers=1 '" + video.string() + "' >'" + probe.string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::ifstream in(probe);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("width=320") != std::string::npos);
  CHECK(text.find("nb_read_frames=4") != std::string::npos);

  auto bad = run_cli("render --size 320x200 --frames daily --from 2021-09-20 --to 2021-09-21 --video '" +
                     (tmp / "x.avi").string() + "' '" + dir + "'");
  CHECK(bad.exit_code == 2);
}
