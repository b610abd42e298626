#include "extract/inter_codes.hpp"

#include <algorithm>
#include <array>

#include "extract/words.hpp"

namespace bordermap::events {
namespace {

struct KindCode {
  std::string_view kind;
  int code;
};

// Singular forms; actors.tsv writes each kind in whichever number reads best.
constexpr std::array<KindCode, 9> kKinds = {{{"state force", 1},
                                             {"rebel group", 2},
                                             {"political militia", 3},
                                             {"identity militia", 4},
                                             {"rioter", 5},
                                             {"protester", 6},
                                             {"civilian", 7},
                                             {"external force", 8},
                                             {"other force", 8}}};

std::string singular(std::string_view kind) {
  std::string k = ascii_lower(kind);
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!k.empty() && space(k.back())) k.pop_back();
  k.erase(k.begin(), std::find_if(k.begin(), k.end(), [&](char c) { return !space(c); }));
  if (k.ends_with("protestors")) k.replace(k.size() - 10, 10, "protesters");
  if (k.ends_with("s")) k.pop_back();  // "state forces" → "state force", "rioters" → "rioter"
  return k;
}

}  // namespace

std::optional<int> inter_code(std::string_view kind) {
  const std::string k = singular(kind);
  if (k.empty()) return 0;
  for (const auto& [name, code] : kKinds)
    if (k == name) return code;
  return std::nullopt;
}

std::optional<int> interaction_code(int inter1, int inter2) {
  if (inter1 < 0 || inter1 > 8 || inter2 < 0 || inter2 > 8) return std::nullopt;
  if (inter1 == 0 || inter2 == 0) return std::max(inter1, inter2) * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

std::string civilian_targeting(int inter2, std::string_view event_type) {
  constexpr int kCivilians = 7;
  const bool violent = event_type == "Explosions/Remote violence" || event_type == "Riots";
  if (event_type == "Violence against civilians" || (violent && inter2 == kCivilians)) return "Civilian targeting";
  return {};
}

InterCodes inter_codes(std::string_view kind1, std::string_view kind2, std::string_view event_type) {
  InterCodes out;
  const auto a = inter_code(kind1), b = inter_code(kind2);
  out.inter1 = a.value_or(0);
  out.inter2 = b.value_or(0);
  if (a && b) out.interaction = interaction_code(*a, *b);
  out.civilian_targeting = civilian_targeting(out.inter2, event_type);
  return out;
}

}  // namespace bordermap::events
