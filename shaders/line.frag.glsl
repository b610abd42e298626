#version 330 core
uniform vec4 u_color;
uniform float u_half_width;
in float v_across;
out vec4 frag_color;

void main() {
  float coverage = clamp(u_half_width + 0.5 - abs(v_across), 0.0, 1.0);
  frag_color = vec4(u_color.rgb, u_color.a * coverage);
}
