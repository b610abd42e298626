#include "geo/ring_assembly.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "geo/geos_convert.hpp"

namespace bordermap::geo {
namespace {

struct Ring {
  std::vector<LonLat> pts;  // closed
  double area = 0;          // absolute, square degrees: only compared with each other
  Bbox box;
};

double shoelace(const std::vector<LonLat>& p) {
  double s = 0;
  for (size_t i = 1; i < p.size(); ++i) s += p[i - 1].lon * p[i].lat - p[i].lon * p[i - 1].lat;
  return s / 2;
}

size_t distinct_points(const std::vector<LonLat>& p) {
  std::vector<std::pair<double, double>> v;
  v.reserve(p.size());
  for (const auto& q : p) v.emplace_back(q.lon, q.lat);
  std::sort(v.begin(), v.end());
  return static_cast<size_t>(std::unique(v.begin(), v.end()) - v.begin());
}

Bbox box_of(const std::vector<LonLat>& p) {
  Bbox b{p[0].lon, p[0].lat, p[0].lon, p[0].lat};
  for (auto& q : p) {
    b.minx = std::min(b.minx, q.lon);
    b.maxx = std::max(b.maxx, q.lon);
    b.miny = std::min(b.miny, q.lat);
    b.maxy = std::max(b.maxy, q.lat);
  }
  return b;
}

bool box_contains(const Bbox& outer, const Bbox& inner) {
  return outer.minx <= inner.minx && outer.miny <= inner.miny && outer.maxx >= inner.maxx &&
         outer.maxy >= inner.maxy;
}

// Same outline regardless of start vertex and direction.
bool same_outline(const Ring& a, const Ring& b) {
  if (a.pts.size() != b.pts.size()) return false;
  auto key = [](const Ring& r) {
    std::vector<std::pair<double, double>> v;
    v.reserve(r.pts.size() - 1);
    for (size_t i = 0; i + 1 < r.pts.size(); ++i) v.emplace_back(r.pts[i].lon, r.pts[i].lat);
    std::sort(v.begin(), v.end());
    return v;
  };
  return key(a) == key(b);
}

}  // namespace

GeosGeom valid_multipolygon(const GeosContext& ctx, GeosGeom g, bool* repaired) {
  if (repaired) *repaired = false;
  char valid = GEOSisValid_r(ctx.get(), g.get());
  if (valid == 2) ctx.fail("checking polygon validity");
  if (!valid) {
    // The "structure" method keeps areas as areas (no stray lines from collapsed
    // slivers), which is what a country outline is.
    struct Params {
      GEOSContextHandle_t ctx;
      GEOSMakeValidParams* p;
      ~Params() { GEOSMakeValidParams_destroy_r(ctx, p); }
    } params{ctx.get(), GEOSMakeValidParams_create_r(ctx.get())};
    if (!params.p) ctx.fail("creating make-valid parameters");
    GEOSMakeValidParams_setMethod_r(ctx.get(), params.p, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx.get(), params.p, 0);
    g = ctx.own(GEOSMakeValidWithParams_r(ctx.get(), g.get(), params.p), "repairing a polygon");
    if (repaired) *repaired = true;
  }
  if (GEOSGeomTypeId_r(ctx.get(), g.get()) == GEOS_MULTIPOLYGON) return g;
  std::vector<GeosGeom> polys;
  for (const GEOSGeometry* m : members_of(ctx, g.get())) {
    int type = GEOSGeomTypeId_r(ctx.get(), m);
    if (type == GEOS_POLYGON) {
      polys.push_back(ctx.own(GEOSGeom_clone_r(ctx.get(), m), "cloning a polygon"));
    } else if (type == GEOS_MULTIPOLYGON) {
      for (const GEOSGeometry* p : members_of(ctx, m))
        polys.push_back(ctx.own(GEOSGeom_clone_r(ctx.get(), p), "cloning a polygon"));
    }
  }
  return make_collection(ctx, GEOS_MULTIPOLYGON, std::move(polys));
}

namespace {

// Valid polygons may still overlap each other (DCW islands quantised onto the coast),
// which makes the MultiPolygon invalid. Repairing the whole of China that way takes
// seconds; finding the few polygons that meet and uniting just those takes a fraction.
GeosGeom merge_overlaps(const GeosContext& ctx, std::vector<GeosGeom> polys, bool* merged) {
  *merged = false;
  const size_t n = polys.size();
  GeosStrTree tree(ctx);
  std::vector<size_t> ids(n);
  for (size_t i = 0; i < n; ++i) {
    ids[i] = i;
    GEOSSTRtree_insert_r(ctx.get(), tree.get(), polys[i].get(), &ids[i]);
  }
  std::vector<size_t> group(n);
  std::iota(group.begin(), group.end(), size_t{0});
  auto root = [&](size_t i) {
    while (group[i] != i) i = group[i] = group[group[i]];
    return i;
  };
  struct Query {
    size_t self;
    std::vector<size_t> hits;
  } q;
  auto collect = [](void* item, void* user) {
    auto* query = static_cast<Query*>(user);
    size_t j = *static_cast<size_t*>(item);
    if (j > query->self) query->hits.push_back(j);
  };
  for (size_t i = 0; i < n; ++i) {
    q.self = i;
    q.hits.clear();
    GEOSSTRtree_query_r(ctx.get(), tree.get(), polys[i].get(), collect, &q);
    if (q.hits.empty()) continue;
    GeosPrepared pi(ctx, polys[i].get());
    for (size_t j : q.hits) {
      char meet = GEOSPreparedIntersects_r(ctx.get(), pi.get(), polys[j].get());
      if (meet == 2) ctx.fail("testing polygons for overlap");
      if (meet) group[root(j)] = root(i);
    }
  }
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[root(i)].push_back(i);
  tree.reset();  // it points into polys, which the loop below consumes

  std::vector<GeosGeom> out;
  for (const auto& m : members) {
    if (m.size() == 1) out.push_back(std::move(polys[m[0]]));
    if (m.size() <= 1) continue;
    *merged = true;
    std::vector<GeosGeom> parts;
    for (size_t i : m) parts.push_back(std::move(polys[i]));
    GeosGeom bag = make_collection(ctx, GEOS_GEOMETRYCOLLECTION, std::move(parts));
    GeosGeom united = ctx.own(GEOSUnaryUnion_r(ctx.get(), bag.get()), "uniting overlapping polygons");
    for (const GEOSGeometry* p : members_of(ctx, united.get()))
      if (GEOSGeomTypeId_r(ctx.get(), p) == GEOS_POLYGON)
        out.push_back(ctx.own(GEOSGeom_clone_r(ctx.get(), p), "cloning a polygon"));
  }
  return make_collection(ctx, GEOS_MULTIPOLYGON, std::move(out));
}

}  // namespace

GeosGeom assemble_polygons(const GeosContext& ctx, std::vector<std::vector<LonLat>> input,
                           AssemblyStats* stats) {
  AssemblyStats st;
  st.rings = input.size();
  std::vector<Ring> rings;
  for (auto& pts : input) {
    if (!pts.empty() && (pts.front().lon != pts.back().lon || pts.front().lat != pts.back().lat))
      pts.push_back(pts.front());
    if (distinct_points(pts) < 3) {
      ++st.degenerate;
      continue;
    }
    Ring r;
    // Only orders rings by size; a self-crossing ring may net to zero and is repaired later.
    r.area = std::fabs(shoelace(pts));
    r.box = box_of(pts);
    r.pts = std::move(pts);
    rings.push_back(std::move(r));
  }

  // Largest first, so every ring's possible containers come before it.
  std::sort(rings.begin(), rings.end(), [](const Ring& a, const Ring& b) { return a.area > b.area; });
  std::vector<Ring> unique;
  for (auto& r : rings) {
    bool dup = false;
    for (auto it = unique.rbegin(); it != unique.rend() && it->area <= r.area * (1 + 1e-12); ++it)
      if (same_outline(*it, r)) {
        dup = true;
        break;
      }
    if (dup) {
      ++st.duplicates;
      continue;
    }
    unique.push_back(std::move(r));
  }

  // Depth = how many larger rings contain this one; the innermost container is its
  // parent. Even depth: a shell; odd: a hole in its parent.
  const size_t n = unique.size();
  std::vector<GeosGeom> areas(n);
  std::vector<GeosPrepared> prepared(n);
  auto prepared_area = [&](size_t j) -> const GEOSPreparedGeometry* {
    if (!prepared[j].get()) {
      areas[j] = make_polygon(ctx, make_ring(ctx, unique[j].pts), {});
      prepared[j] = GeosPrepared(ctx, areas[j].get());
    }
    return prepared[j].get();
  };
  std::vector<int> depth(n, 0);
  std::vector<long> parent(n, -1);
  for (size_t i = 0; i < n; ++i) {
    GeosGeom probe;
    for (size_t j = i; j-- > 0;) {
      if (!box_contains(unique[j].box, unique[i].box)) continue;
      if (!probe) probe = make_polygon(ctx, make_ring(ctx, unique[i].pts), {});
      char inside = GEOSPreparedContains_r(ctx.get(), prepared_area(j), probe.get());
      if (inside == 2) ctx.fail("testing ring nesting");
      if (!inside) continue;
      if (parent[i] < 0) parent[i] = static_cast<long>(j);  // first hit from the small end
      ++depth[i];
    }
  }

  std::vector<std::vector<size_t>> holes_of(n);
  for (size_t i = 0; i < n; ++i)
    if (depth[i] % 2 == 1) holes_of[static_cast<size_t>(parent[i])].push_back(i);
  std::vector<GeosGeom> polys;
  for (size_t i = 0; i < n; ++i) {
    if (depth[i] % 2 == 1) continue;
    std::vector<GeosGeom> holes;
    for (size_t h : holes_of[i]) holes.push_back(make_ring(ctx, unique[h].pts));
    st.holes += holes.size();
    ++st.shells;
    // Repairing each polygon on its own is far cheaper than repairing the whole
    // country: DCW's quantisation leaves hundreds of small islands self-crossing.
    bool repaired = false;
    GeosGeom poly = valid_multipolygon(
        ctx, make_polygon(ctx, make_ring(ctx, unique[i].pts), std::move(holes)), &repaired);
    st.made_valid = st.made_valid || repaired;
    for (const GEOSGeometry* part : members_of(ctx, poly.get()))
      polys.push_back(ctx.own(GEOSGeom_clone_r(ctx.get(), part), "cloning a polygon"));
  }
  prepared.clear();
  areas.clear();
  bool merged = false;
  GeosGeom multi = merge_overlaps(ctx, std::move(polys), &merged);
  // Whatever merging could not fix (it should be nothing) falls to GEOSMakeValid.
  bool repaired = false;
  multi = valid_multipolygon(ctx, std::move(multi), &repaired);
  st.made_valid = st.made_valid || merged || repaired;
  if (stats) *stats = st;
  return multi;
}

}  // namespace bordermap::geo
