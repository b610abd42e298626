#pragma once
// Turns a bag of closed rings with no shell/hole flags -- what GMT prints for a DCW
// country -- into one valid MultiPolygon: nesting decides shells and holes, since
// the rings' orientation does not (DCW exports every ring clockwise, and repeats an
// enclave's outline once per orientation).
#include <vector>

#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

namespace bordermap::geo {

struct AssemblyStats {
  size_t rings = 0;       // rings given
  size_t degenerate = 0;  // fewer than 3 distinct points: dropped
  size_t duplicates = 0;  // the same outline given twice: kept once
  size_t shells = 0;
  size_t holes = 0;
  bool made_valid = false;  // GEOS found the assembled polygons invalid and repaired them
};

GeosGeom assemble_polygons(const GeosContext& ctx, std::vector<std::vector<LonLat>> rings,
                           AssemblyStats* stats = nullptr);

// Any polygonal geometry as a MultiPolygon, repaired with GEOSMakeValid when invalid.
GeosGeom valid_multipolygon(const GeosContext& ctx, GeosGeom g, bool* repaired = nullptr);

}  // namespace bordermap::geo
