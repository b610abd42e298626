#include "geo/proj_handle.hpp"

#include "util/error.hpp"

namespace bordermap::geo {

PjContext::PjContext() : h_(proj_context_create()) {
  if (!h_) throw GeoError("PROJ: cannot create a context");
  // Keep PROJ quiet on stderr; failures surface as exceptions with its message.
  proj_log_level(h_, PJ_LOG_NONE);
}

Pj make_projection(const PjContext& ctx, const std::string& definition) {
  Pj p(proj_create(ctx.get(), definition.c_str()));
  if (!p) {
    int err = proj_context_errno(ctx.get());
    throw GeoError("PROJ cannot create '" + definition + "': " +
                   proj_context_errno_string(ctx.get(), err));
  }
  return p;
}

}  // namespace bordermap::geo
