#pragma once
// The text → places pipeline: recognise toponym mentions, then resolve each against the
// gazetteer with document context and the active border as priors.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geoparse/mention.hpp"

namespace bordermap::gazetteer { class Gazetteer; }
namespace bordermap::geo { class Border; }

namespace bordermap::geoparse {

struct GeoparserOptions {
  std::string pair = "AF-TJ";  // the border that acts as the region prior
  int max_alternatives = 3;
};

class Geoparser {
 public:
  // Opens the gazetteer index, lexicon and border from the runtime data folder.
  Geoparser(const std::filesystem::path& data_dir, GeoparserOptions options = {});
  ~Geoparser();
  Geoparser(Geoparser&&) noexcept;
  Geoparser& operator=(Geoparser&&) noexcept;

  // Thread-safe: one Geoparser serves any number of threads.
  DocumentResult parse(std::string_view utf8_text) const;
  // Resolution only, for evaluation against gold toponyms: the spans (UTF-8 byte offsets)
  // are taken as given, one mention each, in text order.
  DocumentResult resolve_spans(std::string_view utf8_text,
                               const std::vector<std::pair<std::size_t, std::size_t>>& spans) const;

  // Candidates for a bare name, best first: exact names, then spelling variants, ranked by
  // prominence, name quality and nearness to the border (`bordermap place`).
  std::vector<Alternative> search(std::string_view name, std::size_t limit) const;

  const gazetteer::Gazetteer& gazetteer() const;
  const geo::Border& border() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bordermap::geoparse
