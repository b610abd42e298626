#include "geo/geos_handle.hpp"


#include "util/error.hpp"

namespace bordermap::geo {
namespace {

void keep_message(const char* message, void* userdata) {
  // GEOS reports through this callback and then returns null/0/2; the caller turns
  // that into an exception carrying the text kept here.
  auto* last = static_cast<std::string*>(userdata);
  *last = message ? message : "";
}

void ignore_notice(const char*, void*) {}

}  // namespace

GeosContext::GeosContext() : state_(std::make_unique<State>()) {
  state_->handle = GEOS_init_r();
  if (!state_->handle) throw GeoError("GEOS: cannot create a context");
  GEOSContext_setErrorMessageHandler_r(state_->handle, keep_message, &state_->last_error);
  GEOSContext_setNoticeMessageHandler_r(state_->handle, ignore_notice, nullptr);
}

GeosContext::~GeosContext() {
  if (state_ && state_->handle) GEOS_finish_r(state_->handle);
}

GeosContext::GeosContext(GeosContext&&) noexcept = default;

GeosContext& GeosContext::operator=(GeosContext&& o) noexcept {
  if (this != &o) {
    if (state_ && state_->handle) GEOS_finish_r(state_->handle);
    state_ = std::move(o.state_);
  }
  return *this;
}

const std::string& GeosContext::last_error() const {
  static const std::string none;
  return state_ ? state_->last_error : none;
}

void GeosContext::fail(std::string_view what) const {
  std::string msg = "GEOS: " + std::string(what) + " failed";
  if (state_ && !state_->last_error.empty()) msg += ": " + state_->last_error;
  throw GeoError(msg);
}

GeosGeom GeosContext::own(GEOSGeometry* g, std::string_view what) const {
  if (!g) fail(what);
  return GeosGeom(get(), g);
}

GeosPrepared::GeosPrepared(const GeosContext& ctx, const GEOSGeometry* g)
    : ctx_(ctx.get()), p_(GEOSPrepare_r(ctx.get(), g)) {
  if (!p_) ctx.fail("preparing a geometry");
}

GeosStrTree::GeosStrTree(const GeosContext& ctx, size_t node_capacity)
    : ctx_(ctx.get()), t_(GEOSSTRtree_create_r(ctx.get(), node_capacity)) {
  if (!t_) ctx.fail("creating an STR tree");
}

}  // namespace bordermap::geo
