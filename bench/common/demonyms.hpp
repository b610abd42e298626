#pragma once
// The demonyms bordermap's lexicon knows ("Russian" → RU). Gold corpora annotate adjectival
// uses ("Russian officials") as toponyms; bordermap by design counts them as evidence for a
// country, never as mentions, so the listings say how many misses are of that kind.
#include <filesystem>
#include <string>
#include <string_view>

#include "gazetteer/normalize.hpp"
#include "geoparse/lexicon.hpp"

namespace bench {

class Demonyms {
 public:
  explicit Demonyms(const std::filesystem::path& data_dir)
      : lex_(bordermap::geoparse::Lexicon::load(data_dir / "lexicon")) {}
  bool contains(std::string_view surface) const {
    return lex_.demonyms.count(bordermap::gazetteer::normalize_name(surface)) > 0;
  }

 private:
  bordermap::geoparse::Lexicon lex_;
};

}  // namespace bench
