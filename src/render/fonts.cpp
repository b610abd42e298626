#include "render/fonts.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <filesystem>

namespace bordermap::render {
namespace {

constexpr const char* kNotoDir = "/usr/share/fonts/truetype/noto/";
constexpr const char* kBoldName = "bordermap Noto Sans Bold";

// Static: ImGui keeps the pointer, not a copy, until the atlas is built.
const ImWchar kLatinCyrillic[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x0100, 0x024F,  // Latin Extended-A and -B (Kŭlob, Nūsay)
    0x0259, 0x0259,  // schwa, used in some romanisations
    0x02BB, 0x02BC,  // modifier letter apostrophes (Uzbek, Tajik Latin)
    0x0300, 0x036F,  // combining marks
    0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement (Tajik Ӯ, Ғ, Қ, Ҳ, Ҷ)
    0x1E00, 0x1EFF,  // Latin Extended Additional
    0x2010, 0x205E,  // dashes, quotes, bullets
    0x2070, 0x20CF,  // super/subscripts, currency
    0x2190, 0x21FF,  // arrows
    0x2212, 0x2212,  // minus sign
    0,
};
const ImWchar kArabic[] = {
    0x0600, 0x06FF,  // Arabic (Dari and Pashto letters included)
    0x0750, 0x077F,  // Arabic Supplement
    0xFB50, 0xFDFF,  // presentation forms A
    0xFE70, 0xFEFF,  // presentation forms B
    0,
};

bool exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

void warn_once(const std::string& message) {
  static bool warned = false;
  if (warned) return;
  warned = true;
  std::fprintf(stderr, "bordermap: warning: %s\n", message.c_str());
}

ImFont* add_face(ImFontAtlas* atlas, const std::string& file, float size, const char* name, bool with_arabic) {
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  std::snprintf(config.Name, sizeof config.Name, "%s", name);
  ImFont* font = atlas->AddFontFromFileTTF(file.c_str(), size, &config, kLatinCyrillic);
  if (!font) return nullptr;
  std::string arabic = std::string(kNotoDir) + "NotoSansArabic-Regular.ttf";
  if (with_arabic && exists(arabic)) {
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;
    atlas->AddFontFromFileTTF(arabic.c_str(), size, &merge, kArabic);
  }
  return font;
}

}  // namespace

MapFonts load_map_fonts(float pixel_size, bool arabic) {
  MapFonts fonts;
  fonts.pixel_size = pixel_size;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  std::string regular = std::string(kNotoDir) + "NotoSans-Regular.ttf";
  std::string bold = std::string(kNotoDir) + "NotoSans-Bold.ttf";
  if (exists(regular)) fonts.regular = add_face(atlas, regular, pixel_size, "bordermap Noto Sans Regular", arabic);
  if (fonts.regular && exists(bold)) fonts.bold = add_face(atlas, bold, pixel_size, kBoldName, arabic);
  if (!fonts.regular) {
    fonts.warning = "Noto Sans not found in " + std::string(kNotoDir) +
                    " (install fonts-noto-core); using ImGui's built-in font, which has Latin only";
    ImFontConfig config;
    config.SizePixels = pixel_size;
    fonts.regular = atlas->AddFontDefault(&config);
    warn_once(fonts.warning);
  }
  if (!fonts.bold) fonts.bold = fonts.regular;
  fonts.noto = fonts.warning.empty();
  return fonts;
}

ImFont* find_bold_font() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  for (ImFont* font : atlas->Fonts)
    if (font->ConfigData && std::strcmp(font->ConfigData->Name, kBoldName) == 0) return font;
  return atlas->Fonts.empty() ? nullptr : atlas->Fonts[0];
}

}  // namespace bordermap::render
