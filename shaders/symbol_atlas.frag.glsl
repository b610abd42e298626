#version 330 core
in vec2 v_uv;
flat in vec4 v_color;
uniform sampler2D u_atlas;               // r: coverage, g: the colour's share (1 - outline)
out vec4 frag_color;

void main() {
  vec2 t = texture(u_atlas, v_uv).rg;
  vec3 dark = vec3(0.12, 0.12, 0.14);
  frag_color = vec4(mix(dark, v_color.rgb, t.g), v_color.a * t.r);
}
