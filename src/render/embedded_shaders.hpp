#pragma once
// The GLSL sources of shaders/, compiled into the binary by the build.
#include <string_view>
#include <vector>

namespace bordermap::render {

struct EmbeddedShader {
  std::string_view name;    // file name, "points.vert.glsl"
  std::string_view source;
};

const std::vector<EmbeddedShader>& embedded_shaders();
// Throws RenderError naming the shader when there is none of that name.
std::string_view shader_source(std::string_view name);

}  // namespace bordermap::render
