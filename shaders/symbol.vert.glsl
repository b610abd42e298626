#version 330 core
// Event symbols: one screen-aligned quad per event (instanced), shaped in the fragment
// shader by a signed distance in pixels.
layout(location = 0) in vec2 a_corner;   // (+-1, +-1)
layout(location = 1) in vec2 a_pos;      // metres relative to the origin (per instance)
layout(location = 2) in vec4 a_color;    // per instance, alpha includes grade and layer opacity
layout(location = 3) in vec4 a_params;   // size px, shape, hollow, outline px
uniform mat4 u_clip_from_world;
uniform vec2 u_clip_per_px;
out vec2 v_px;
flat out vec4 v_color;
flat out vec4 v_params;

void main() {
  float reach = a_params.x * 0.5 + a_params.w + 1.5;
  vec4 p = u_clip_from_world * vec4(a_pos, 0.0, 1.0);
  gl_Position = vec4(p.xy + a_corner * reach * u_clip_per_px, p.z, p.w);
  v_px = a_corner * reach;
  v_color = a_color;
  v_params = a_params;
}
