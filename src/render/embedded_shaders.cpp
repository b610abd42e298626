#include "render/embedded_shaders.hpp"

#include <string>

#include "render/render_error.hpp"

namespace bordermap::render {

std::string_view shader_source(std::string_view name) {
  for (const auto& s : embedded_shaders())
    if (s.name == name) return s.source;
  throw RenderError("no embedded shader named '" + std::string(name) + "'");
}

}  // namespace bordermap::render
