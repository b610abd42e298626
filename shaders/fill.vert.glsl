#version 330 core
// Country polygons, triangulated on the CPU; positions in metres relative to the
// basemap origin so that float keeps sub-metre precision.
layout(location = 0) in vec2 a_pos;
uniform mat4 u_clip_from_world;

void main() { gl_Position = u_clip_from_world * vec4(a_pos, 0.0, 1.0); }
