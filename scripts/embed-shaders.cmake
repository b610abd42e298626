# Writes every shaders/*.glsl into one C++ source as a name → text table, so that the
# binary needs no shader files at run time. Run by the build (see CMakeLists.txt).
file(GLOB shaders "${SHADER_DIR}/*.glsl")
list(SORT shaders)
set(body "// Generated from shaders/*.glsl by scripts/embed-shaders.cmake; do not edit.\n#include \"render/embedded_shaders.hpp\"\n\nnamespace bordermap::render {\n\nconst std::vector<EmbeddedShader>& embedded_shaders() {\n  static const std::vector<EmbeddedShader> table = {\n")
foreach(f ${shaders})
  get_filename_component(name "${f}" NAME)
  file(READ "${f}" text)
  string(APPEND body "    {\"${name}\", R\"bmglsl(${text})bmglsl\"},\n")
endforeach()
string(APPEND body "  };\n  return table;\n}\n\n}  // namespace bordermap::render\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
