#pragma once
// One headless GL context for the whole test process, made current on each use: EGL
// displays are shared and a context is cheap to keep, but slow to create per test.
#include "render/headless_gl.hpp"

namespace bordermap::test {

inline render::HeadlessGl& shared_gl() {
  static render::HeadlessGl context;
  context.make_current();
  return context;
}

}  // namespace bordermap::test
