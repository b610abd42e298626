#version 330 core
in vec2 v_px;            // pixels from the symbol centre, y up
flat in vec4 v_color;
flat in vec4 v_params;
uniform bool u_channels;  // write coverage and colour share to r and g (the atlas pass)
out vec4 frag_color;

const float PI = 3.14159265;

float box(vec2 p, vec2 half_size) {
  vec2 q = abs(p) - half_size;
  return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}

// Distance to a convex regular polygon given by its apothem and edge normals; exact
// inside, close enough outside for a one-pixel antialiased edge.
float triangle(vec2 p, float r) {
  float apothem = r * 0.55;
  p.y += r * 0.18;  // the centroid sits low in an upward triangle; centre it visually
  float d = dot(p, vec2(0.0, -1.0));
  d = max(d, dot(p, vec2(0.8660254, 0.5)));
  d = max(d, dot(p, vec2(-0.8660254, 0.5)));
  return d - apothem;
}

// Five-pointed star: fold the angle into one half point, then the distance to the edge
// from the outer tip to the inner corner.
float star(vec2 p, float r) {
  float sector = 2.0 * PI / 5.0;
  float a = atan(p.x, p.y);
  a = mod(a + sector * 0.5, sector) - sector * 0.5;
  a = abs(a);
  vec2 q = length(p) * vec2(sin(a), cos(a));
  vec2 tip = vec2(0.0, r * 1.25);
  float inner = r * 0.55;
  vec2 corner = inner * vec2(sin(sector * 0.5), cos(sector * 0.5));
  vec2 n = normalize(vec2(tip.y - corner.y, corner.x - tip.x));
  return dot(q - tip, n);
}

float shape_distance(vec2 p, int shape, float r) {
  if (shape == 1) return box(p, vec2(r * 0.82));
  if (shape == 2) return triangle(p, r * 1.12);
  if (shape == 3) return (abs(p.x) + abs(p.y) - r * 1.1) * 0.7071068;
  if (shape == 4) return star(p, r * 1.05);
  if (shape == 5) return min(box(p, vec2(r, r * 0.34)), box(p, vec2(r * 0.34, r)));
  return length(p) - r;
}

void main() {
  float r = v_params.x * 0.5;
  int shape = int(v_params.y + 0.5);
  bool hollow = v_params.z > 0.5;
  float outline = v_params.w;
  float d = shape_distance(v_px, shape, r);
  vec3 dark = vec3(0.12, 0.12, 0.14);
  if (hollow) {
    // A ring for events placed only to a region: the colour band inside a dark edge.
    float band = max(1.6, r * 0.32);
    float ring = abs(d + band * 0.5) - band * 0.5;
    float cover = clamp(0.5 - (ring - outline), 0.0, 1.0);
    float core = clamp(0.5 - ring, 0.0, 1.0);
    frag_color = u_channels ? vec4(cover, core, 0.0, 1.0) : vec4(mix(dark, v_color.rgb, core), v_color.a * cover);
    return;
  }
  float cover = clamp(0.5 - d, 0.0, 1.0);
  float core = clamp(0.5 - (d + outline), 0.0, 1.0);
  frag_color = u_channels ? vec4(cover, core, 0.0, 1.0) : vec4(mix(dark, v_color.rgb, core), v_color.a * cover);
}
