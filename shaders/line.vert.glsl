#version 330 core
// Thick lines: each vertex of a polyline comes twice, pushed to either side along its
// miter. The push is in pixels, so a line keeps its width at every zoom; the map is
// north-up in a conformal projection, so a direction in metres is the same on screen.
layout(location = 0) in vec2 a_pos;      // metres relative to the origin
layout(location = 1) in vec2 a_extrude;  // miter vector, length >= 1
layout(location = 2) in float a_side;    // -1 or +1
uniform mat4 u_clip_from_world;
uniform vec2 u_clip_per_px;              // 2 / viewport size
uniform float u_half_width;              // pixels
out float v_across;                      // pixels from the centre line

void main() {
  float reach = u_half_width + 1.0;      // one extra pixel for the antialiased edge
  vec4 p = u_clip_from_world * vec4(a_pos, 0.0, 1.0);
  gl_Position = vec4(p.xy + a_extrude * reach * u_clip_per_px, p.z, p.w);
  v_across = a_side * reach;
}
