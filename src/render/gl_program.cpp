#include "render/gl_program.hpp"

#include <string>

#include "render/embedded_shaders.hpp"
#include "render/render_error.hpp"

namespace bordermap::render {
namespace {

std::string shader_log(GLuint shader) {
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
  if (length > 0) glGetShaderInfoLog(shader, length, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

std::string program_log(GLuint program) {
  GLint length = 0;
  glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
  if (length > 0) glGetProgramInfoLog(program, length, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

GlShader compile(GLenum stage, std::string_view source, std::string_view label) {
  GlShader shader(glCreateShader(stage));
  if (!shader) throw RenderError("glCreateShader failed for " + std::string(label) + " (is a GL context current?)");
  const char* text = source.data();
  GLint length = static_cast<GLint>(source.size());
  glShaderSource(shader.get(), 1, &text, &length);
  glCompileShader(shader.get());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) throw RenderError("shader " + std::string(label) + " does not compile: " + shader_log(shader.get()));
  return shader;
}

}  // namespace

GlProgram build_program_from_source(std::string_view vertex_source, std::string_view fragment_source,
                                    std::string_view label) {
  auto vs = compile(GL_VERTEX_SHADER, vertex_source, std::string(label) + " (vertex)");
  auto fs = compile(GL_FRAGMENT_SHADER, fragment_source, std::string(label) + " (fragment)");
  GlProgram program(glCreateProgram());
  glAttachShader(program.get(), vs.get());
  glAttachShader(program.get(), fs.get());
  glLinkProgram(program.get());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) throw RenderError("program " + std::string(label) + " does not link: " + program_log(program.get()));
  glDetachShader(program.get(), vs.get());
  glDetachShader(program.get(), fs.get());
  return program;
}

GlProgram build_program(std::string_view vertex_name, std::string_view fragment_name) {
  return build_program_from_source(shader_source(vertex_name), shader_source(fragment_name),
                                   std::string(vertex_name) + " + " + std::string(fragment_name));
}

GLint uniform(const GlProgram& program, const char* name) { return glGetUniformLocation(program.get(), name); }

}  // namespace bordermap::render
