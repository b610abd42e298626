#version 330 core
// Event symbols from the pre-drawn atlas (symbol.frag.glsl drew each shape and size
// once): a quad per event whose texels match screen pixels one to one.
layout(location = 0) in vec2 a_corner;   // (+-1, +-1)
layout(location = 1) in vec2 a_pos;      // metres relative to the origin
layout(location = 2) in vec4 a_color;    // alpha includes grade and layer opacity
layout(location = 3) in vec4 a_params;   // reach px, atlas column, atlas row, unused
uniform mat4 u_clip_from_world;
uniform vec2 u_clip_per_px;
uniform float u_tile_px;                 // edge of one atlas tile
uniform vec2 u_atlas_px;                 // atlas size
out vec2 v_uv;
flat out vec4 v_color;

void main() {
  float reach = a_params.x;
  vec4 p = u_clip_from_world * vec4(a_pos, 0.0, 1.0);
  // The atlas is sampled texel for pixel (nearest), so the centre goes to a pixel corner,
  // where each tile's centre lies; symbols move by under half a pixel.
  vec2 px = floor((p.xy / p.w + 1.0) / u_clip_per_px + 0.5);
  gl_Position = vec4(px * u_clip_per_px - 1.0 + a_corner * reach * u_clip_per_px, 0.0, 1.0);
  vec2 centre = (vec2(a_params.y, a_params.z) + 0.5) * u_tile_px;
  v_uv = (centre + a_corner * reach) / u_atlas_px;
  v_color = a_color;
}
