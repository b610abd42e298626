#version 330 core
// Multiplied over the land colours (blend DST_COLOR, ZERO): flat ground (shade ~ 180 of
// 255 for a sun 45 degrees up) leaves the colour as it is, shadowed slopes darken it.
uniform sampler2D u_shade;
uniform float u_opacity;
in vec2 v_uv;
out vec4 frag_color;

void main() {
  float shade = texture(u_shade, v_uv).r;
  float factor = clamp(shade / 0.71, 0.0, 1.12);
  frag_color = vec4(vec3(mix(1.0, factor, u_opacity)), 1.0);
}
