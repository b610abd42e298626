#include "render/basemap_buffers.hpp"

#include <algorithm>
#include <map>

namespace bordermap::render {
namespace {

void line_attributes() {
  auto stride = static_cast<GLsizei>(sizeof(LineVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(LineVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(LineVertex, ex)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(LineVertex, side)));
}

}  // namespace

void LineBatch::upload(const std::vector<LineVertex>& vertices) {
  vao = make_vertex_array();
  vbo = make_buffer();
  glBindVertexArray(vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(LineVertex)), vertices.data(),
               GL_STATIC_DRAW);
  line_attributes();
  glBindVertexArray(0);
  count = static_cast<GLsizei>(vertices.size());
}

void LineBatch::draw() const {
  if (count == 0) return;
  glBindVertexArray(vao.get());
  glDrawArrays(GL_TRIANGLES, 0, count);
}

BasemapBuffers::BasemapBuffers(const map::ProjectedBasemap& basemap, const map::BasemapSource* source)
    : origin(basemap.origin) {
  // Country fills, one range per country so each gets its own tint.
  std::vector<float> fill;
  for (const auto& c : basemap.countries) {
    CountryRange range{c.iso_a2, static_cast<GLint>(fill.size() / 2), 0};
    for (const auto& p : c.triangles) {
      fill.push_back(static_cast<float>(p.x - origin.x));
      fill.push_back(static_cast<float>(p.y - origin.y));
    }
    range.count = static_cast<GLsizei>(fill.size() / 2) - range.first;
    countries.push_back(range);
  }
  fill_vao = make_vertex_array();
  fill_vbo = make_buffer();
  glBindVertexArray(fill_vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, fill_vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(fill.size() * sizeof(float)), fill.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);

  std::vector<LineVertex> lines;
  for (const auto& c : basemap.countries)
    for (const auto& ring : c.rings) append_polyline(lines, ring, origin);
  outlines.upload(lines);

  lines.clear();
  for (const auto& g : basemap.graticule) append_polyline(lines, g.points, origin);
  graticule.upload(lines);

  lines.clear();
  for (const auto& part : basemap.border) append_polyline(lines, part, origin);
  border.upload(lines);

  std::map<int, std::vector<LineVertex>> by_level;
  for (std::size_t i = 0; i < basemap.rivers.size(); ++i) {
    int level = i < basemap.river_level.size() ? basemap.river_level[i] : 1;
    append_polyline(by_level[std::max(level, 1)], basemap.rivers[i], origin);
  }
  for (auto& [level, vertices] : by_level) {
    rivers.emplace_back(level, LineBatch{});
    rivers.back().second.upload(vertices);
  }

  if (basemap.relief_mesh && source && source->relief && source->relief->width > 0 && source->relief->height > 0 &&
      source->relief->shade.size() >= static_cast<std::size_t>(source->relief->width) * source->relief->height) {
    const auto& mesh = *basemap.relief_mesh;
    const auto& relief = *source->relief;
    std::vector<float> vertices;
    vertices.reserve(mesh.positions.size() * 4);
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
      vertices.push_back(static_cast<float>(mesh.positions[i].x - origin.x));
      vertices.push_back(static_cast<float>(mesh.positions[i].y - origin.y));
      vertices.push_back(2 * i + 1 < mesh.uv.size() ? mesh.uv[2 * i] : 0.f);
      vertices.push_back(2 * i + 1 < mesh.uv.size() ? mesh.uv[2 * i + 1] : 0.f);
    }
    std::vector<GLuint> indices;
    for (int r = 0; r + 1 < mesh.ny; ++r)
      for (int c = 0; c + 1 < mesh.nx; ++c) {
        GLuint a = static_cast<GLuint>(r * mesh.nx + c), b = a + 1, d = a + static_cast<GLuint>(mesh.nx), e = d + 1;
        indices.insert(indices.end(), {a, b, e, a, e, d});
      }
    relief_vao = make_vertex_array();
    relief_vbo = make_buffer();
    relief_ibo = make_buffer();
    glBindVertexArray(relief_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, relief_vbo.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(float)), vertices.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, relief_ibo.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(GLuint)), indices.data(),
                 GL_STATIC_DRAW);
    relief_indices = static_cast<GLsizei>(indices.size());

    relief_texture = make_texture();
    glBindTexture(GL_TEXTURE_2D, relief_texture.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, relief.width, relief.height, 0, GL_RED, GL_UNSIGNED_BYTE,
                 relief.shade.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

}  // namespace bordermap::render
