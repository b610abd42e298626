#pragma once
// RGBA images and their files: PNG with text chunks (title, time range, bbox, CRS) and
// GeoTIFF georeferenced in the map projection, both through GDAL, written atomically.
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "map/geometry.hpp"

namespace bordermap::map {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // row-major, top row first, 4 bytes per pixel
  std::uint8_t* pixel(int x, int y) { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
  const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};

using ImageMetadata = std::vector<std::pair<std::string, std::string>>;  // key, value

// Throws InputError naming the path when it cannot be written; never leaves a partial file.
void write_png(const std::filesystem::path& path, const Image& image, const ImageMetadata& metadata = {});
// `extent` is what the image covers in the projection whose WKT is given (pixel-is-area).
void write_geotiff(const std::filesystem::path& path, const Image& image, const Extent& extent,
                   const std::string& crs_wkt, const ImageMetadata& metadata = {});
Image read_png(const std::filesystem::path& path);            // for tests and golden comparisons
ImageMetadata read_png_metadata(const std::filesystem::path& path);

struct ImageDiff {
  double mean_abs = 0;          // mean absolute channel difference, 0–255
  double changed_fraction = 0;  // share of pixels with any channel off by more than the tolerance
};
ImageDiff compare_images(const Image& a, const Image& b, int channel_tolerance = 16);

}  // namespace bordermap::map
