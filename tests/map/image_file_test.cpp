#include <doctest/doctest.h>

#include <cpl_conv.h>
#include <gdal.h>

#include <filesystem>

#include "geo/gdal_handle.hpp"
#include "map/image_file.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

using namespace bordermap;

namespace {
map::Image gradient(int w, int h) {
  map::Image img{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 4)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      auto* p = img.pixel(x, y);
      p[0] = static_cast<std::uint8_t>(x * 7);
      p[1] = static_cast<std::uint8_t>(y * 11);
      p[2] = 200;
      p[3] = static_cast<std::uint8_t>(255 - x);
    }
  return img;
}
}  // namespace

TEST_CASE("PNG write and read round trip keeps pixels and text metadata, no sidecar") {
  test::TempDir dir("png");
  auto img = gradient(37, 23);
  map::write_png(dir / "map.png", img, {{"Title", "AF-TJ border"}, {"CRS", "lcc"}});
  auto back = map::read_png(dir / "map.png");
  CHECK(back.width == 37);
  CHECK(back.height == 23);
  auto diff = map::compare_images(img, back, 0);
  CHECK(diff.mean_abs == 0);
  CHECK(diff.changed_fraction == 0);
  auto md = map::read_png_metadata(dir / "map.png");
  bool title = false, crs = false;
  for (auto& [k, v] : md) {
    title = title || (k == "Title" && v == "AF-TJ border");
    crs = crs || (k == "CRS" && v == "lcc");
  }
  CHECK(title);
  CHECK(crs);
  int files = 0;
  for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);
}

TEST_CASE("compare_images counts changed pixels") {
  auto a = gradient(10, 10), b = a;
  b.pixel(3, 3)[0] ^= 0xFF;
  auto d = map::compare_images(a, b, 16);
  CHECK(d.changed_fraction == doctest::Approx(0.01));
  CHECK(map::compare_images(a, gradient(5, 5)).changed_fraction == 1);
}

TEST_CASE("GeoTIFF carries the geotransform and CRS") {
  test::TempDir dir("tif");
  map::Extent e;
  e.include(map::XY{-100000, -50000});
  e.include(map::XY{100000, 50000});
  const char* wkt_in = "EPSG:32642";
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRSetFromUserInput(srs, wkt_in);
  char* wkt = nullptr;
  OSRExportToWkt(srs, &wkt);
  map::write_geotiff(dir / "map.tif", gradient(40, 20), e, wkt);
  CPLFree(wkt);
  OSRRelease(srs);
  geo::GdalDataset ds(GDALOpen((dir / "map.tif").c_str(), GA_ReadOnly));
  REQUIRE(ds);
  double gt[6];
  REQUIRE(GDALGetGeoTransform(ds.get(), gt) == CE_None);
  CHECK(gt[0] == doctest::Approx(-100000));
  CHECK(gt[1] == doctest::Approx(5000));
  CHECK(gt[3] == doctest::Approx(50000));
  CHECK(gt[5] == doctest::Approx(-5000));
  CHECK(std::string(GDALGetProjectionRef(ds.get())).find("42N") != std::string::npos);
  CHECK(GDALGetRasterCount(ds.get()) == 4);
  CHECK(!std::filesystem::exists(dir / "map.tif.aux.xml"));
}

TEST_CASE("image paths that are not local files are refused") {
  auto img = gradient(4, 4);
  CHECK_THROWS_AS(map::write_png("/vsicurl/http://example.com/x.png", img), InputError);
  CHECK_THROWS_AS(map::write_png("http://example.com/x.png", img), InputError);
  CHECK_THROWS_AS(map::read_png("/vsicurl/http://example.com/x.png"), InputError);
}
