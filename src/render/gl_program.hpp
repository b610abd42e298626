#pragma once
// Shader programs built from the embedded GLSL sources, with the compiler's log in the
// error when a stage does not compile or the program does not link.
#include <string_view>

#include "render/gl_objects.hpp"

namespace bordermap::render {

// Compiles `<vertex>` and `<fragment>` (names in embedded_shaders()) and links them.
// Throws RenderError naming the shader and quoting the GL info log.
GlProgram build_program(std::string_view vertex_name, std::string_view fragment_name);

// Compiles sources given directly (tests, and the error path for bad GLSL).
GlProgram build_program_from_source(std::string_view vertex_source, std::string_view fragment_source,
                                    std::string_view label);

// The location of a uniform, or -1 (GL ignores writes to -1, so an optimised-out
// uniform is not an error).
GLint uniform(const GlProgram& program, const char* name);

}  // namespace bordermap::render
