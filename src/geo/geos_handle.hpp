#pragma once
// RAII owners for the reentrant GEOS C API: the context, geometries, prepared
// geometries and buffers GEOS allocates. A geometry remembers its context, so the
// context must outlive every geometry made with it.
#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

#include <memory>
#include <string>
#include <string_view>

namespace bordermap::geo {

class GeosGeom;

class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(GeosContext&&) noexcept;
  GeosContext& operator=(GeosContext&&) noexcept;
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  GEOSContextHandle_t get() const { return state_ ? state_->handle : nullptr; }

  // Takes ownership of what a GEOS call returned; a null result throws GeoError
  // naming `what` and GEOS's own message.
  GeosGeom own(GEOSGeometry* g, std::string_view what) const;
  [[noreturn]] void fail(std::string_view what) const;
  const std::string& last_error() const;

 private:
  // Heap-held so the message handler's user pointer stays valid across moves.
  struct State {
    GEOSContextHandle_t handle = nullptr;
    std::string last_error;
  };
  std::unique_ptr<State> state_;
};

class GeosGeom {
 public:
  GeosGeom() = default;
  GeosGeom(GEOSContextHandle_t ctx, GEOSGeometry* g) noexcept : ctx_(ctx), g_(g) {}
  ~GeosGeom() { reset(); }
  GeosGeom(GeosGeom&& o) noexcept : ctx_(o.ctx_), g_(o.release()) {}
  GeosGeom& operator=(GeosGeom&& o) noexcept {
    if (this != &o) {
      reset();
      ctx_ = o.ctx_;
      g_ = o.release();
    }
    return *this;
  }
  GeosGeom(const GeosGeom&) = delete;
  GeosGeom& operator=(const GeosGeom&) = delete;

  GEOSGeometry* get() const { return g_; }
  explicit operator bool() const { return g_ != nullptr; }
  // Hands the geometry to a GEOS call that takes ownership (e.g. a collection).
  GEOSGeometry* release() noexcept {
    auto* g = g_;
    g_ = nullptr;
    return g;
  }
  void reset() noexcept {
    if (g_) GEOSGeom_destroy_r(ctx_, g_);
    g_ = nullptr;
  }

 private:
  GEOSContextHandle_t ctx_ = nullptr;
  GEOSGeometry* g_ = nullptr;
};

class GeosPrepared {
 public:
  GeosPrepared() = default;
  // Prepares `g`, which must outlive this object (GEOS keeps a pointer to it).
  GeosPrepared(const GeosContext& ctx, const GEOSGeometry* g);
  ~GeosPrepared() { reset(); }
  GeosPrepared(GeosPrepared&& o) noexcept : ctx_(o.ctx_), p_(o.p_) { o.p_ = nullptr; }
  GeosPrepared& operator=(GeosPrepared&& o) noexcept {
    if (this != &o) {
      reset();
      ctx_ = o.ctx_;
      p_ = o.p_;
      o.p_ = nullptr;
    }
    return *this;
  }
  GeosPrepared(const GeosPrepared&) = delete;
  GeosPrepared& operator=(const GeosPrepared&) = delete;

  const GEOSPreparedGeometry* get() const { return p_; }
  void reset() noexcept {
    if (p_) GEOSPreparedGeom_destroy_r(ctx_, p_);
    p_ = nullptr;
  }

 private:
  GEOSContextHandle_t ctx_ = nullptr;
  const GEOSPreparedGeometry* p_ = nullptr;
};

// GEOS's sort-tile-recursive tree; items are caller-owned pointers, geometries must
// outlive the tree.
class GeosStrTree {
 public:
  GeosStrTree(const GeosContext& ctx, size_t node_capacity = 10);
  ~GeosStrTree() { reset(); }
  GeosStrTree(GeosStrTree&& o) noexcept : ctx_(o.ctx_), t_(o.t_) { o.t_ = nullptr; }
  GeosStrTree& operator=(GeosStrTree&& o) noexcept {
    if (this != &o) {
      reset();
      ctx_ = o.ctx_;
      t_ = o.t_;
      o.t_ = nullptr;
    }
    return *this;
  }
  GeosStrTree(const GeosStrTree&) = delete;
  GeosStrTree& operator=(const GeosStrTree&) = delete;

  GEOSSTRtree* get() const { return t_; }
  void reset() noexcept {
    if (t_) GEOSSTRtree_destroy_r(ctx_, t_);
    t_ = nullptr;
  }

 private:
  GEOSContextHandle_t ctx_ = nullptr;
  GEOSSTRtree* t_ = nullptr;
};

// Memory GEOS hands out with GEOSFree_r (WKB buffers, strings).
struct GeosFree {
  GEOSContextHandle_t ctx;
  void operator()(void* p) const noexcept { GEOSFree_r(ctx, p); }
};
using GeosBuffer = std::unique_ptr<unsigned char, GeosFree>;

}  // namespace bordermap::geo
