#pragma once
// Chooses a gazetteer entry for every recognised span: prominence, document context
// (countries and admin units named, "X, Y", "X, the capital of Y", generic words),
// nearness to the active border, and the spatial coherence of the document's places.
#include <string_view>
#include <vector>

#include "geoparse/mention.hpp"
#include "geoparse/recognizer.hpp"
#include "geoparse/region_prior.hpp"

namespace bordermap::geoparse {

struct ResolverOptions {
  int max_alternatives = 3;
};

class Resolver {
 public:
  Resolver(const gazetteer::Gazetteer& gazetteer, const RegionPrior& prior, ResolverOptions options)
      : gaz_(gazetteer), prior_(prior), opt_(options) {}

  std::vector<Mention> resolve(std::string_view text, const std::vector<Token>& tokens,
                               const Recognition& recognition) const;

 private:
  const gazetteer::Gazetteer& gaz_;
  const RegionPrior& prior_;
  ResolverOptions opt_;
};

}  // namespace bordermap::geoparse
