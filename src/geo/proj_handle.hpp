#pragma once
// RAII owners for PROJ's context and transformation objects.
#include <proj.h>

#include <string>
#include <utility>

namespace bordermap::geo {

class PjContext {
 public:
  PjContext();
  ~PjContext() { reset(); }
  PjContext(PjContext&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  PjContext& operator=(PjContext&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, nullptr);
    }
    return *this;
  }
  PjContext(const PjContext&) = delete;
  PjContext& operator=(const PjContext&) = delete;

  PJ_CONTEXT* get() const { return h_; }
  PJ_CONTEXT* release() noexcept { return std::exchange(h_, nullptr); }
  void reset() noexcept {
    if (h_) proj_context_destroy(h_);
    h_ = nullptr;
  }

 private:
  PJ_CONTEXT* h_ = nullptr;
};

class Pj {
 public:
  Pj() = default;
  explicit Pj(PJ* p) noexcept : p_(p) {}
  ~Pj() { reset(); }
  Pj(Pj&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  Pj& operator=(Pj&& o) noexcept {
    if (this != &o) {
      reset();
      p_ = std::exchange(o.p_, nullptr);
    }
    return *this;
  }
  Pj(const Pj&) = delete;
  Pj& operator=(const Pj&) = delete;

  PJ* get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }
  PJ* release() noexcept { return std::exchange(p_, nullptr); }
  void reset() noexcept {
    if (p_) proj_destroy(p_);
    p_ = nullptr;
  }

 private:
  PJ* p_ = nullptr;
};

// A PROJ operation from a definition string ("+proj=aeqd ..."); throws GeoError
// naming the definition and PROJ's reason.
Pj make_projection(const PjContext& ctx, const std::string& definition);

}  // namespace bordermap::geo
