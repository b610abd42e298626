// The GL plumbing under the renderer: a headless context, shader builds with readable
// errors, the embedded shaders, and tiled offscreen rendering with row flipping.
#include <doctest/doctest.h>

#include <string>

#include "render/embedded_shaders.hpp"
#include "render/gl_program.hpp"
#include "render/headless_gl.hpp"
#include "render/offscreen.hpp"
#include "render/render_error.hpp"
#include "shared_gl.hpp"

using namespace bordermap;
using namespace bordermap::render;

namespace {

HeadlessGl& gl() { return test::shared_gl(); }

// Paints rows [0, band) of the whole image red and the rest blue, in whatever tile is bound.
map::Image banded_image(int width, int height, int band, int tile_size) {
  return render_tiled(width, height, tile_size, [&](const Tile& tile) {
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    int rows = std::min(band, tile.y + tile.height) - tile.y;  // band rows inside this tile
    if (rows <= 0) return;
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, tile.height - rows, tile.width, rows);  // image rows are top-down, GL's bottom-up
    glClearColor(1, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
  });
}

}  // namespace

TEST_CASE("render: a headless OpenGL 3.3 core context starts without a display") {
  gl();
  GLint major = 0, minor = 0;
  glGetIntegerv(GL_MAJOR_VERSION, &major);
  glGetIntegerv(GL_MINOR_VERSION, &minor);
  CHECK(major * 10 + minor >= 33);
  CHECK(max_tile_size() >= 1024);
  CHECK(max_tile_size(100) == 100);
}

TEST_CASE("render: every embedded shader pair compiles and links") {
  gl();
  int programs = 0;
  for (const auto& s : embedded_shaders()) {
    std::string name(s.name);
    auto dot = name.find(".vert.glsl");
    if (dot == std::string::npos) continue;
    std::string frag = name.substr(0, dot) + ".frag.glsl";
    CHECK_NOTHROW(build_program(name, frag));
    ++programs;
  }
  CHECK(programs >= 5);
  CHECK_THROWS_AS(shader_source("missing.vert.glsl"), RenderError);
}

TEST_CASE("render: a shader that does not compile gives its name and the compiler's log") {
  gl();
  const char* vs = "#version 330 core\nvoid main() { gl_Position = vec4(0.0); }\n";
  const char* bad_fs = "#version 330 core\nout vec4 c;\nvoid main() { c = undefined_thing; }\n";
  try {
    build_program_from_source(vs, bad_fs, "test-shader");
    FAIL("expected a RenderError");
  } catch (const RenderError& e) {
    std::string what = e.what();
    CHECK(what.find("test-shader (fragment)") != std::string::npos);
    CHECK(what.find("undefined_thing") != std::string::npos);
  }
}

TEST_CASE("render: tiled rendering gives the same image as one piece, top row first") {
  gl();
  auto whole = banded_image(70, 50, 12, 4096);
  REQUIRE(whole.width == 70);
  REQUIRE(whole.height == 50);
  CHECK(whole.pixel(0, 0)[0] == 255);
  CHECK(whole.pixel(69, 11)[0] == 255);
  CHECK(whole.pixel(0, 12)[2] == 255);
  CHECK(whole.pixel(0, 12)[0] == 0);
  CHECK(whole.pixel(69, 49)[2] == 255);
  for (int tile : {16, 23, 64}) {
    CAPTURE(tile);
    auto tiled = banded_image(70, 50, 12, tile);
    CHECK(tiled.rgba == whole.rgba);
  }
  CHECK_THROWS_AS(render_tiled(0, 10, 64, [](const Tile&) {}), RenderError);
}
