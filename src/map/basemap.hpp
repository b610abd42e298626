#pragma once
// The basemap: what is drawn under the events. Loaded once in lon/lat from the derived
// runtime data (countries, the border of the active pair, rivers, places, relief), then
// projected for whichever projection the map uses. Both stages are plain data: the
// renderer uploads a ProjectedBasemap and never reads files itself.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/lonlat.hpp"
#include "map/geometry.hpp"
#include "map/projection.hpp"

namespace bordermap::map {

struct GeoBox {
  double west = 60, south = 32, east = 80, north = 42.5;
};

struct BasemapOptions {
  std::string pair = "AF-TJ";
  GeoBox region;                    // what to load; the default covers the AF–TJ border with margin
  double graticule_step_deg = 1;
  bool relief = true;               // load <data>/relief.tif when present
  std::size_t max_places = 5000;    // most prominent first
};

struct CountryArea {
  std::string iso_a2, name;
  std::vector<geo::LonLat> triangles;             // 3 vertices per triangle (constrained Delaunay)
  std::vector<std::vector<geo::LonLat>> rings;    // outlines, for strokes
  geo::LonLat label_at;
};

struct Place {
  std::string id, name;
  std::string alt_name;   // a name in another script (Cyrillic, Arabic) when the gazetteer has one
  std::string kind;       // gazetteer kind: populated_place, admin1, …
  std::string country, admin1;
  geo::LonLat at;
  double prominence = 0;  // larger = label first
  std::int64_t population = 0;
};

struct GraticuleLine {
  bool meridian = true;   // else a parallel
  double value = 0;       // degrees
  std::vector<geo::LonLat> points;  // densified so that it curves right once projected
};

// Hillshade of ETOPO5 over the region: 8-bit grey, rows north first, cell-centred grid.
struct Relief {
  int width = 0, height = 0;
  GeoBox box;
  std::vector<std::uint8_t> shade;
};

struct BasemapSource {
  std::string pair;                                  // "AF-TJ"
  std::vector<std::vector<geo::LonLat>> border;      // parts, western end first
  double border_length_km = 0;
  std::vector<double> border_part_start_km;          // km at the first vertex of each part
  std::vector<CountryArea> countries;                // DCW polygons of the region, clipped
  std::vector<std::vector<geo::LonLat>> rivers;      // WDBII lines
  std::vector<int> river_level;                      // WDBII level per river line (1 = major)
  std::vector<Place> places;                         // by prominence, descending
  std::vector<GraticuleLine> graticule;
  std::optional<Relief> relief;
  GeoBox region;
};

// Throws DataError naming the file when the runtime data is missing or unreadable.
BasemapSource load_basemap(const std::filesystem::path& data_dir, const BasemapOptions& options = {});

struct BorderTick {
  XY at;
  XY normal;      // unit vector across the line, projected
  double km = 0;  // along the border from its western end
  bool major = false;
};

struct ProjectedBasemap {
  ProjectionKind projection = ProjectionKind::LambertConic;
  XY origin;  // coordinates are world metres; GPU buffers subtract this to keep float precision
  struct Country {
    std::string iso_a2, name;
    std::vector<XY> triangles;
    std::vector<std::vector<XY>> rings;
    XY label_at;
  };
  std::vector<Country> countries;
  std::vector<std::vector<XY>> border;
  std::vector<BorderTick> border_ticks;         // every `tick_km`, major every 5 ticks
  double tick_km = 10;
  std::vector<std::vector<XY>> rivers;
  std::vector<int> river_level;
  struct Graticule {
    bool meridian;
    double value;
    std::vector<XY> points;
  };
  std::vector<Graticule> graticule;
  std::vector<XY> place_at;                     // same order as BasemapSource::places
  struct ReliefMesh {                           // a grid over the relief box, projected
    int nx = 0, ny = 0;                         // vertices per row / column
    std::vector<XY> positions;                  // row-major, north row first
    std::vector<float> uv;                      // 2 per vertex, into the relief texture
  };
  std::optional<ReliefMesh> relief_mesh;
  Extent border_extent, region_extent;
};

ProjectedBasemap project_basemap(const BasemapSource& source, const MapProjection& projection, double tick_km = 10);

}  // namespace bordermap::map
