#version 330 core
// The hillshade grid, projected vertex by vertex so that it bends with the projection.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
uniform mat4 u_clip_from_world;
out vec2 v_uv;

void main() {
  v_uv = a_uv;
  gl_Position = u_clip_from_world * vec4(a_pos, 0.0, 1.0);
}
