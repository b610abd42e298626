#include "synthetic_frame.hpp"

#include <cmath>

#include "map/event_layer.hpp"
#include "map/projection.hpp"

namespace bordermap::test {

SyntheticMap synthetic_map(int width, int height) {
  map::MapProjection projection(map::ProjectionKind::LambertConic);
  auto P = [&](double lon, double lat) { return projection.forward({lon, lat}); };
  auto source = std::make_shared<map::BasemapSource>();
  auto b = std::make_shared<map::ProjectedBasemap>();
  b->projection = map::ProjectionKind::LambertConic;

  std::vector<map::XY> border;
  for (double lon = 68.0; lon <= 74.0001; lon += 0.05)
    border.push_back(P(lon, 37.4 + 0.45 * std::sin(lon * 2.1)));
  b->border.push_back(border);
  for (bool north : {true, false}) {
    map::ProjectedBasemap::Country c;
    c.iso_a2 = north ? "TJ" : "AF";
    c.name = north ? "Tajikistan" : "Afghanistan";
    double edge_lat = north ? 39.6 : 35.4;
    for (std::size_t i = 0; i + 1 < border.size(); ++i) {
      map::XY a = border[i], d = border[i + 1];
      map::XY fa = P(68.0 + 0.05 * static_cast<double>(i), edge_lat), fd = P(68.0 + 0.05 * static_cast<double>(i + 1), edge_lat);
      c.triangles.insert(c.triangles.end(), {a, d, fd, a, fd, fa});
    }
    c.rings.push_back(border);
    c.label_at = P(71, north ? 38.8 : 36.0);
    b->countries.push_back(c);
  }
  for (double lon = 68; lon <= 74; lon += 1) {
    map::ProjectedBasemap::Graticule g{true, lon, {}};
    for (double lat = 35; lat <= 40; lat += 0.25) g.points.push_back(P(lon, lat));
    b->graticule.push_back(g);
  }
  for (double lat = 35; lat <= 40; lat += 1) {
    map::ProjectedBasemap::Graticule g{false, lat, {}};
    for (double lon = 67.5; lon <= 74.5; lon += 0.25) g.points.push_back(P(lon, lat));
    b->graticule.push_back(g);
  }
  std::vector<map::XY> river;
  for (double lat = 39.4; lat >= 37.6; lat -= 0.05) river.push_back(P(69.6 + 0.2 * std::sin(lat * 6), lat));
  b->rivers.push_back(river);
  b->river_level.push_back(1);
  for (std::size_t i = 0; i < border.size(); i += 4) {
    map::BorderTick t;
    t.at = border[i];
    t.normal = {0, 1};
    t.km = static_cast<double>(i) * 5.0;
    t.major = (i / 4) % 5 == 0;
    b->border_ticks.push_back(t);
  }
  struct P3 {
    const char* name;
    double lon, lat;
    long population;
  };
  for (const P3& p : {P3{"Khorugh", 71.553, 37.490, 30000}, P3{"Fayzabad", 70.580, 37.117, 50000},
                      P3{"Kulob", 69.784, 37.914, 100000}, P3{"Taloqan", 69.534, 36.736, 200000}}) {
    map::Place place;
    place.name = p.name;
    place.kind = "populated_place";
    place.population = p.population;
    place.prominence = static_cast<double>(p.population);
    source->places.push_back(place);
    b->place_at.push_back(P(p.lon, p.lat));
  }
  for (const auto& p : border) b->border_extent.include(p);
  b->region_extent.include(P(66, 34.5));
  b->region_extent.include(P(76, 40.5));
  b->origin = b->border_extent.center();
  source->pair = "AF-TJ";

  auto layer = std::make_shared<map::EventLayer>();
  layer->name = "synthetic";
  layer->types = {"Battles", "Protests", "Strategic developments"};
  auto add = [&](double lon, double lat, std::uint16_t type, int precision, map::Day day) {
    map::EventPoint p;
    p.located = true;
    p.lonlat = {lon, lat};
    p.at = P(lon, lat);
    p.type = type;
    p.geo_precision = static_cast<std::uint8_t>(precision);
    p.reliability = 1;
    p.first = p.last = day;
    layer->points.push_back(p);
    return static_cast<std::uint32_t>(layer->points.size() - 1);
  };
  map::Day sept20 = map::day_number({2021, 9, 20});
  SyntheticMap out;
  out.battle = add(72.8, 38.3, 0, 1, sept20);
  add(69.0, 36.6, 1, 1, sept20 + 2);
  add(70.4, 37.9, 1, 2, sept20 + 3);
  add(73.4, 36.8, 2, 3, sept20 + 4);
  add(71.2, 36.5, 0, 2, sept20 + 5);
  layer->first_day = sept20;
  layer->last_day = sept20 + 5;
  for (const auto& p : layer->points) layer->extent.include(p.at);

  out.layer = layer;
  out.frame.basemap = b;
  out.frame.basemap_source = source;
  std::vector<std::uint32_t> all;
  for (std::uint32_t i = 0; i < layer->points.size(); ++i) all.push_back(i);
  out.frame.layers.push_back({layer, all, true, 1.0f});
  out.frame.viewport.width = width;
  out.frame.viewport.height = height;
  out.frame.viewport.fit(b->border_extent, 8);
  return out;
}

}  // namespace bordermap::test
