#version 330 core
// Event symbols: one screen-aligned quad per event (six vertices sharing the event's
// attributes), shaped in the fragment shader by a signed distance in pixels.
layout(location = 0) in vec2 a_corner;   // (+-1, +-1)
layout(location = 1) in vec2 a_pos;      // metres relative to the origin
layout(location = 2) in vec4 a_color;    // alpha includes grade and layer opacity
layout(location = 3) in vec4 a_params;   // size px, shape, hollow, outline px
uniform mat4 u_clip_from_world;
uniform vec2 u_clip_per_px;
out vec2 v_px;
flat out vec4 v_color;
flat out vec4 v_params;

void main() {
  // The shape's farthest point (triangle and star tips reach 1.4 radii, the others 1.2;
  // the outline lies inside the edge) and the antialiased edge: every pixel of the quad
  // costs llvmpipe a fragment, so no more margin than that.
  int shape = int(a_params.y + 0.5);
  float reach = a_params.x * 0.5 * (shape == 2 || shape == 4 ? 1.42 : 1.18) + 0.75;
  vec4 p = u_clip_from_world * vec4(a_pos, 0.0, 1.0);
  gl_Position = vec4(p.xy + a_corner * reach * u_clip_per_px, p.z, p.w);
  v_px = a_corner * reach;
  v_color = a_color;
  v_params = a_params;
}
