#pragma once
#include "util/error.hpp"

namespace bordermap::render {

// OpenGL or EGL refused: no context, a shader that does not compile, an incomplete framebuffer.
struct RenderError : Error {
  using Error::Error;
};

}  // namespace bordermap::render
