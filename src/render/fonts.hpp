#pragma once
// Debian's Noto fonts in the current ImGui font atlas: Noto Sans Regular and Bold with
// Latin, Latin Extended and Cyrillic, merged with Noto Sans Arabic for Arabic-script
// names. Falls back to ImGui's built-in font, with a warning, when the files are missing
// (package fonts-noto-core).
#include <string>

struct ImFont;

namespace bordermap::render {

struct MapFonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;       // == regular when only one face could be loaded
  float pixel_size = 0;
  bool noto = false;            // false: ImGui's default font stands in
  std::string warning;          // why Noto is not used; "" when it is
};

// Adds both faces at `pixel_size` (Arabic merged in unless `arabic` is false: titles need
// no Arabic, and every merged range costs atlas build time) to ImGui::GetIO().Fonts (the current context's atlas).
// Call before the atlas is built (before the first NewFrame, or rebuild the backend's
// font texture after). Prints the warning to stderr once per process.
MapFonts load_map_fonts(float pixel_size, bool arabic = true);

// The bold face registered by load_map_fonts in the current atlas, else the default font.
ImFont* find_bold_font();

}  // namespace bordermap::render
