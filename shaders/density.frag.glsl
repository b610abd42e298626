#version 330 core
// Event counts per cell on a logarithmic ramp from pale yellow to dark red; empty
// cells stay transparent so the basemap shows through.
uniform sampler2D u_counts;
uniform float u_max_count;
uniform float u_opacity;
uniform vec2 u_uv_scale;   // viewport pixels / (cells * cell size): the raster may overhang
in vec2 v_uv;
out vec4 frag_color;

vec3 ramp(float t) {
  vec3 a = vec3(1.0, 0.93, 0.63), b = vec3(0.99, 0.55, 0.24), c = vec3(0.74, 0.0, 0.15);
  return t < 0.5 ? mix(a, b, t * 2.0) : mix(b, c, t * 2.0 - 1.0);
}

void main() {
  float count = texture(u_counts, v_uv * u_uv_scale).r;
  if (count <= 0.0) discard;
  float t = log(1.0 + count) / log(1.0 + max(u_max_count, 1.0));
  frag_color = vec4(ramp(t), u_opacity * (0.45 + 0.5 * t));
}
