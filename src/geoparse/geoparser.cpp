#include "geoparse/geoparser.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <cmath>
#include <unordered_set>

#include "gazetteer/gazetteer.hpp"
#include "gazetteer/normalize.hpp"
#include "geoparse/prominence.hpp"
#include "geo/border.hpp"
#include "geoparse/lexicon.hpp"
#include "geoparse/recognizer.hpp"
#include "geoparse/region_prior.hpp"
#include "geoparse/resolver.hpp"
#include "geoparse/text.hpp"
#include "util/data_dir.hpp"

namespace bordermap::geoparse {

struct Geoparser::Impl {
  gazetteer::Gazetteer gaz;
  Lexicon lexicon;
  geo::Border border;
  RegionPrior prior;
  GeoparserOptions options;
  std::once_flag countries_once;
  std::map<std::string, std::uint32_t> countries;  // alpha-2 → place, built on first need

  const std::map<std::string, std::uint32_t>& country_places() {
    std::call_once(countries_once, [&] {
      for (std::uint32_t i = 0; i < gaz.size(); ++i)
        if (gaz.kind(i) == gazetteer::Kind::country) countries.emplace(std::string(gaz.country(i)), i);
    });
    return countries;
  }

  Impl(const std::filesystem::path& dir, GeoparserOptions opt)
      : gaz(gazetteer::Gazetteer::open(require_data_file(dir, "gazetteer.bmx"))),
        lexicon(Lexicon::load(dir / "lexicon")),
        border(geo::load_border(dir, opt.pair)),
        prior(border),
        options(std::move(opt)) {}
};

Geoparser::Geoparser(const std::filesystem::path& data_dir, GeoparserOptions options)
    : impl_(std::make_unique<Impl>(data_dir, std::move(options))) {}
Geoparser::~Geoparser() = default;
Geoparser::Geoparser(Geoparser&&) noexcept = default;
Geoparser& Geoparser::operator=(Geoparser&&) noexcept = default;

DocumentResult Geoparser::parse(std::string_view input) const {
  DocumentResult result;
  CleanText clean = clean_utf8(input);
  for (auto off : clean.invalid)
    result.warnings.push_back("invalid UTF-8 at byte " + std::to_string(off) + " replaced");
  auto tokens = tokenize(clean.text);
  Recognizer recognizer(impl_->gaz, impl_->lexicon);
  auto recognition = recognizer.run(clean.text, tokens);
  Resolver resolver(impl_->gaz, impl_->prior, ResolverOptions{impl_->options.max_alternatives});
  result.mentions = resolver.resolve(clean.text, tokens, recognition);
  return result;
}

std::vector<Alternative> Geoparser::search(std::string_view name, std::size_t limit) const {
  const auto& g = impl_->gaz;
  auto key = gazetteer::normalize_name(name);
  struct Hit {
    std::uint32_t place;
    double score;
  };
  std::vector<Hit> hits;
  std::unordered_set<std::uint32_t> seen;
  auto add = [&](std::uint32_t p, double quality) {
    if (!seen.insert(p).second) return;
    hits.push_back({p, prominence(g, p) + 0.5 * quality + 0.6 * impl_->prior.at(g.lon(p), g.lat(p))});
  };
  for (const auto& p : g.exact(key).postings)
    add(p.place, p.name_kind <= gazetteer::format::kCurated ? 1.0 : 0.75);
  auto fk = gazetteer::fuzzy_key(key);
  if (fk.size() >= 4)
    for (const auto& p : g.fuzzy(fk)) add(p.place, 0.35);
  std::sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  std::vector<Alternative> out;
  for (auto& h : hits) out.push_back({g.place(h.place), std::round(h.score * 1000) / 1000});
  return out;
}

DocumentResult Geoparser::resolve_spans(std::string_view input,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& spans) const {
  DocumentResult result;
  CleanText clean = clean_utf8(input);
  auto tokens = tokenize(clean.text);
  Recognizer recognizer(impl_->gaz, impl_->lexicon);
  auto recognition = recognizer.given(clean.text, tokens, spans, impl_->country_places());
  Resolver resolver(impl_->gaz, impl_->prior, ResolverOptions{impl_->options.max_alternatives});
  result.mentions = resolver.resolve(clean.text, tokens, recognition);
  return result;
}

const gazetteer::Gazetteer& Geoparser::gazetteer() const { return impl_->gaz; }
const geo::Border& Geoparser::border() const { return impl_->border; }

}  // namespace bordermap::geoparse
