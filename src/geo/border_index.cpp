#include "geo/border_index.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <numbers>

#include "geo/geodesic.hpp"
#include "geo/proj_handle.hpp"
#include "util/error.hpp"

namespace bordermap::geo {
namespace {

constexpr double kDeg = std::numbers::pi / 180;
constexpr double kEarthRadiusKm = 6371.0088;  // mean radius; the frame only ranks segments
constexpr size_t kLeafSegments = 8;

LonLat centre_of(const std::vector<std::vector<LonLat>>& lines) {
  double minx = 1e9, miny = 1e9, maxx = -1e9, maxy = -1e9;
  for (auto& l : lines)
    for (auto& p : l) {
      minx = std::min(minx, p.lon);
      maxx = std::max(maxx, p.lon);
      miny = std::min(miny, p.lat);
      maxy = std::max(maxy, p.lat);
    }
  return {(minx + maxx) / 2, (miny + maxy) / 2};
}

double segment_distance2(double px, double py, double ax, double ay, double bx, double by,
                         double& t) {
  const double dx = bx - ax, dy = by - ay;
  const double len2 = dx * dx + dy * dy;
  t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
  const double ex = ax + t * dx - px, ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

int32_t build_node(Border::Index& ix, uint32_t lo, uint32_t hi) {
  Border::Index::Node n{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest(),
                        lo, hi, -1, -1};
  for (uint32_t s = lo; s < hi; ++s)
    for (uint32_t v : {ix.segments[s], ix.segments[s] + 1}) {
      n.minx = std::min(n.minx, ix.x[v]);
      n.maxx = std::max(n.maxx, ix.x[v]);
      n.miny = std::min(n.miny, ix.y[v]);
      n.maxy = std::max(n.maxy, ix.y[v]);
    }
  auto id = static_cast<int32_t>(ix.nodes.size());
  ix.nodes.push_back(n);
  // Segments follow the line, so halving the range keeps each box tight.
  if (hi - lo > kLeafSegments) {
    uint32_t mid = lo + (hi - lo) / 2;
    int32_t l = build_node(ix, lo, mid);
    int32_t r = build_node(ix, mid, hi);
    ix.nodes[static_cast<size_t>(id)].left = l;
    ix.nodes[static_cast<size_t>(id)].right = r;
  }
  return id;
}

double box_distance2(const Border::Index::Node& n, double px, double py) {
  const double dx = std::max({n.minx - px, 0.0, px - n.maxx});
  const double dy = std::max({n.miny - py, 0.0, py - n.maxy});
  return dx * dx + dy * dy;
}

}  // namespace

LocalFrame::LocalFrame(LonLat centre)
    : lon0(centre.lon * kDeg), sin_lat0(std::sin(centre.lat * kDeg)), cos_lat0(std::cos(centre.lat * kDeg)) {}

void LocalFrame::forward(LonLat p, double& x, double& y) const {
  const double lat = p.lat * kDeg, dlon = p.lon * kDeg - lon0;
  const double sl = std::sin(lat), cl = std::cos(lat), sd = std::sin(dlon), cd = std::cos(dlon);
  const double cos_c = std::clamp(sin_lat0 * sl + cos_lat0 * cl * cd, -1.0, 1.0);
  const double c = std::acos(cos_c);
  // c/sin(c) tends to 1 at the centre and grows without bound at the antipode;
  // capping it there keeps far points finite and still on the right side.
  const double s = std::sin(c);
  const double k = c < 1e-9 ? 1.0 : c / std::max(s, 1e-6);
  x = kEarthRadiusKm * k * cl * sd;
  y = kEarthRadiusKm * k * (cos_lat0 * sl - sin_lat0 * cl * cd);
}

std::vector<size_t> douglas_peucker(const std::vector<std::pair<double, double>>& xy,
                                    double tolerance) {
  const size_t n = xy.size();
  if (n <= 2) {
    std::vector<size_t> all(n);
    for (size_t i = 0; i < n; ++i) all[i] = i;
    return all;
  }
  std::vector<char> keep(n, 0);
  keep[0] = keep[n - 1] = 1;
  std::vector<std::pair<size_t, size_t>> stack{{0, n - 1}};
  const double tol2 = tolerance * tolerance;
  while (!stack.empty()) {
    auto [lo, hi] = stack.back();
    stack.pop_back();
    double worst = -1, t = 0;
    size_t at = lo;
    for (size_t i = lo + 1; i < hi; ++i) {
      double d = segment_distance2(xy[i].first, xy[i].second, xy[lo].first, xy[lo].second,
                                   xy[hi].first, xy[hi].second, t);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    // A closed ring has lo == hi in position: every vertex is "far", so it splits too.
    if (at != lo && worst > tol2) {
      keep[at] = 1;
      stack.push_back({lo, at});
      stack.push_back({at, hi});
    }
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(i);
  return out;
}

IndexParts simplify_for_index(const std::vector<std::vector<LonLat>>& lines, double tolerance_km) {
  IndexParts out;
  if (lines.empty()) return out;
  const LonLat c = centre_of(lines);
  PjContext ctx;
  Pj aeqd = make_projection(ctx, "+proj=aeqd +lat_0=" + std::to_string(c.lat) + " +lon_0=" +
                                     std::to_string(c.lon) + " +ellps=WGS84 +units=km");
  double offset = 0;
  for (const auto& line : lines) {
    std::vector<std::pair<double, double>> xy(line.size());
    for (size_t i = 0; i < line.size(); ++i) {
      PJ_COORD in = proj_coord(proj_torad(line[i].lon), proj_torad(line[i].lat), 0, 0);
      PJ_COORD o = proj_trans(aeqd.get(), PJ_FWD, in);
      if (!std::isfinite(o.xy.x)) throw GeoError("PROJ aeqd cannot project a border vertex");
      xy[i] = {o.xy.x, o.xy.y};
    }
    auto along = cumulative_km(line);
    std::vector<IndexVertex> part;
    for (size_t i : douglas_peucker(xy, tolerance_km))
      part.push_back({line[i].lon, line[i].lat, offset + along[i]});
    offset += along.empty() ? 0 : along.back();
    out.push_back(std::move(part));
  }
  return out;
}

std::string index_to_json(const IndexParts& parts, double tolerance_km) {
  nlohmann::json j;
  j["tolerance_km"] = tolerance_km;
  auto& arr = j["parts"] = nlohmann::json::array();
  for (const auto& part : parts) {
    auto p = nlohmann::json::array();
    for (const auto& v : part) {
      // 1e-7 degree is ~1 cm and 1e-4 km is 10 cm: below anything the index resolves.
      p.push_back({std::round(v.lon * 1e7) / 1e7, std::round(v.lat * 1e7) / 1e7,
                   std::round(v.along_km * 1e4) / 1e4});
    }
    arr.push_back(std::move(p));
  }
  return j.dump();
}

IndexParts index_from_json(std::string_view text, const std::string& what, double* tolerance_km) {
  IndexParts out;
  try {
    auto j = nlohmann::json::parse(text);
    if (tolerance_km) *tolerance_km = j.value("tolerance_km", 0.0);
    for (const auto& p : j.at("parts")) {
      std::vector<IndexVertex> part;
      part.reserve(p.size());
      for (const auto& v : p) part.push_back({v.at(0).get<double>(), v.at(1).get<double>(), v.at(2).get<double>()});
      if (part.size() < 2) throw DataError(what + ": an index part has fewer than 2 vertices");
      out.push_back(std::move(part));
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(what + ": unreadable border index: " + e.what());
  }
  return out;
}

std::shared_ptr<const Border::Index> make_border_index(const IndexParts& parts, double tolerance_km) {
  auto ix = std::make_shared<Border::Index>();
  ix->tolerance_km = tolerance_km;
  std::vector<std::vector<LonLat>> plain;
  for (const auto& part : parts) {
    std::vector<LonLat> l;
    for (const auto& v : part) l.push_back({v.lon, v.lat});
    plain.push_back(std::move(l));
  }
  if (plain.empty()) return ix;
  ix->frame = LocalFrame(centre_of(plain));
  for (const auto& part : parts) {
    const auto first = static_cast<uint32_t>(ix->vertices.size());
    for (const auto& v : part) {
      double x, y;
      ix->frame.forward({v.lon, v.lat}, x, y);
      ix->vertices.push_back(v);
      ix->x.push_back(x);
      ix->y.push_back(y);
    }
    for (uint32_t i = first; i + 1 < ix->vertices.size(); ++i) ix->segments.push_back(i);
  }
  if (!ix->segments.empty()) build_node(*ix, 0, static_cast<uint32_t>(ix->segments.size()));
  return ix;
}

Border::Index::Hit Border::Index::nearest(LonLat p) const {
  Hit hit;
  if (segments.empty()) {
    hit.distance_km = std::numeric_limits<double>::infinity();
    return hit;
  }
  double px, py;
  frame.forward(p, px, py);
  double best = std::numeric_limits<double>::max(), best_t = 0;
  uint32_t best_seg = 0;
  // Depth is log2(segments / 8): 64 entries hold any line that fits in memory.
  int32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& n = nodes[static_cast<size_t>(stack[--top])];
    if (box_distance2(n, px, py) >= best) continue;
    if (n.left < 0) {
      for (uint32_t s = n.lo; s < n.hi; ++s) {
        const uint32_t v = segments[s];
        double t;
        double d = segment_distance2(px, py, x[v], y[v], x[v + 1], y[v + 1], t);
        if (d < best) {
          best = d;
          best_t = t;
          best_seg = s;
        }
      }
      continue;
    }
    const Node& l = nodes[static_cast<size_t>(n.left)];
    const Node& r = nodes[static_cast<size_t>(n.right)];
    // Push the farther child first so the nearer one is searched first and prunes more.
    bool left_first = box_distance2(l, px, py) <= box_distance2(r, px, py);
    stack[top++] = left_first ? n.right : n.left;
    stack[top++] = left_first ? n.left : n.right;
  }
  const IndexVertex& a = vertices[segments[best_seg]];
  const IndexVertex& b = vertices[segments[best_seg] + 1];
  // Segments of the simplified line are short enough for linear interpolation in
  // degrees; the distance itself is then taken on the ellipsoid, not in the frame.
  hit.foot = {a.lon + best_t * (b.lon - a.lon), a.lat + best_t * (b.lat - a.lat)};
  hit.along_km = a.along_km + best_t * (b.along_km - a.along_km);
  hit.distance_km = lambert_km(p, hit.foot);
  return hit;
}

}  // namespace bordermap::geo
