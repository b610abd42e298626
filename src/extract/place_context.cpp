#include "extract/place_context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace bordermap::events {
namespace {

// Words that may stand between a place and the unit that contains it.
bool container_gap(std::string_view gap) {
  static constexpr std::array<std::string_view, 22> kWords{
      "district", "districts", "province", "provinces", "tehsil", "county", "township", "city", "town", "village",
      "area", "of", "in", "the", "region", "state", "governorate", "subdistrict", "sub-district", "municipality",
      "valley", "village,"};
  std::string word;
  std::size_t words = 0;
  auto flush = [&]() {
    if (word.empty()) return true;
    ++words;
    bool ok = std::find(kWords.begin(), kWords.end(), word) != kWords.end();
    word.clear();
    return ok;
  };
  for (char c : gap) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == ' ' || c == ',' || c == '(' || c == '\n' || c == '\t') {
      if (!flush()) return false;
    } else {
      return false;  // a full stop, a semicolon, a closing bracket: another clause
    }
  }
  return flush() && words <= 4;
}

}  // namespace

void prefer_named_containers(std::vector<geoparse::Mention>& mentions, std::string_view text) {
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    auto& m = mentions[i];
    // The nearest resolved mention after it that the gap allows: "X district, Y".
    const geoparse::Mention* container = nullptr;
    for (std::size_t j = i + 1; j < mentions.size() && j <= i + 2; ++j) {
      if (mentions[j].start < m.end || !container_gap(text.substr(m.end, mentions[j].start - m.end))) break;
      if (mentions[j].place && !mentions[j].place->admin1_code.empty()) {
        container = &mentions[j];
        break;
      }
    }
    if (!container || !m.place) continue;
    const std::string& code = container->place->admin1_code;
    if (m.place->admin1_code == code || m.place->kind == gazetteer::Kind::country) continue;
    auto alt = std::find_if(m.alternatives.begin(), m.alternatives.end(),
                            [&](const geoparse::Alternative& a) { return a.place.admin1_code == code; });
    if (alt == m.alternatives.end()) continue;
    geoparse::Alternative was{*m.place, m.confidence};
    m.place = alt->place;
    m.confidence = std::max(alt->score, 0.5);
    *alt = was;
    m.evidence += m.evidence.empty() ? "" : "; ";
    m.evidence += "inside the " + container->text + " named after it";
  }
}

const PlacedMention* most_precise_place(const std::vector<PlacedMention>& places) {
  const PlacedMention* best = nullptr;
  for (const auto& p : places)
    if (!best || p.geo_precision < best->geo_precision) best = &p;
  return best;
}

std::optional<PlacedMention> dateline_place(const std::vector<geoparse::Mention>& mentions, const SentenceSplit& split) {
  if (!split.dateline) return std::nullopt;
  for (const auto& m : mentions)
    if (m.place && m.start >= split.dateline->start && m.end <= split.dateline->end) {
      PlacedMention p = placed(m, false);
      // The story was filed there; the event happened somewhere around it.
      p.geo_precision = std::max(p.geo_precision, 2);
      p.where_prec = std::max(p.where_prec, 2);
      p.radius_m = std::max(p.radius_m, 25000.0);
      return p;
    }
  return std::nullopt;
}

}  // namespace bordermap::events
