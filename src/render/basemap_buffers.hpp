#pragma once
// A ProjectedBasemap uploaded to the GPU once: country fill triangles, outline, river,
// graticule and border line meshes, and the relief grid with its hillshade texture.
#include <memory>
#include <string>
#include <vector>

#include "map/basemap.hpp"
#include "render/gl_objects.hpp"
#include "render/line_mesh.hpp"

namespace bordermap::render {

struct LineBatch {
  GlVertexArray vao;
  GlBuffer vbo;
  GLsizei count = 0;
  void upload(const std::vector<LineVertex>& vertices);
  void draw() const;
};

struct BasemapBuffers {
  map::XY origin;
  GlVertexArray fill_vao;
  GlBuffer fill_vbo;
  struct CountryRange {
    std::string iso_a2;
    GLint first = 0;
    GLsizei count = 0;
  };
  std::vector<CountryRange> countries;
  LineBatch outlines, graticule, border;
  std::vector<std::pair<int, LineBatch>> rivers;  // by WDBII level, 1 (major) first
  GlVertexArray relief_vao;
  GlBuffer relief_vbo, relief_ibo;
  GLsizei relief_indices = 0;
  GlTexture relief_texture;

  // Needs a current GL context; `source` may be null (no relief then).
  BasemapBuffers(const map::ProjectedBasemap& basemap, const map::BasemapSource* source);
};

}  // namespace bordermap::render
