#pragma once
// The fast side of a Border: a simplified copy of the line, projected once into a
// local azimuthal equidistant frame and indexed by a bounding-box tree over its
// segments. Each kept vertex carries its distance along the *full* line, so
// along_km agrees with length_km even though the copy is simplified.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geo/border.hpp"

namespace bordermap::geo {

struct IndexVertex {
  double lon = 0, lat = 0;
  double along_km = 0;  // from the western end of the chained full line
};
using IndexParts = std::vector<std::vector<IndexVertex>>;

// Build time: Douglas-Peucker in a local ellipsoidal frame (PROJ aeqd), keeping the
// copy within tolerance_km of `lines`; parts are chained in the order given.
IndexParts simplify_for_index(const std::vector<std::vector<LonLat>>& lines, double tolerance_km);

// The kept vertex indices of `xy` (x,y pairs) for a Douglas-Peucker tolerance.
std::vector<size_t> douglas_peucker(const std::vector<std::pair<double, double>>& xy,
                                    double tolerance);

std::string index_to_json(const IndexParts& parts, double tolerance_km);
// `what` names the source in DataError messages.
IndexParts index_from_json(std::string_view json, const std::string& what,
                           double* tolerance_km = nullptr);

// Spherical azimuthal equidistant projection about a centre: distances and azimuths
// from the centre are exact on the sphere, so far points still find the right side.
struct LocalFrame {
  double lon0 = 0, sin_lat0 = 0, cos_lat0 = 1;  // radians / trig of the centre
  explicit LocalFrame(LonLat centre = {});
  void forward(LonLat p, double& x, double& y) const;  // km
};

struct Border::Index {
  LocalFrame frame;
  double tolerance_km = 0;
  std::vector<IndexVertex> vertices;   // all parts, concatenated
  std::vector<double> x, y;            // frame coordinates of each vertex
  std::vector<uint32_t> segments;      // first vertex of each segment (never across parts)
  struct Node {
    double minx, miny, maxx, maxy;
    uint32_t lo, hi;       // segment range
    int32_t left, right;   // children; -1 on leaves
  };
  std::vector<Node> nodes;  // nodes[0] is the root

  struct Hit {
    LonLat foot;            // nearest point of the simplified line
    double distance_km = 0;
    double along_km = 0;
  };
  Hit nearest(LonLat p) const;
};

std::shared_ptr<const Border::Index> make_border_index(const IndexParts& parts, double tolerance_km);

}  // namespace bordermap::geo
