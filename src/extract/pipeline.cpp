#include "extract/pipeline.hpp"

#include "analytics/border_analytics.hpp"
#include "geoparse/geoparser.hpp"

namespace bordermap::events {

Pipeline::Pipeline(const std::filesystem::path& data_dir, PipelineOptions options) {
  geoparse::GeoparserOptions geo;
  geo.pair = options.pair;
  parser_ = std::make_unique<geoparse::Geoparser>(data_dir, geo);
  dict_ = std::make_unique<Dictionaries>(Dictionaries::load(data_dir / "events"));
  extractor_ = std::make_unique<Extractor>(*parser_, *dict_);
  analyzer_ = std::make_unique<BorderAnalyzer>(parser_->border(), parser_->gazetteer(), data_dir);
}

Pipeline::~Pipeline() = default;

ExtractionResult Pipeline::process(const DocumentInput& doc) const {
  auto result = extractor_->extract(doc);
  for (auto& e : result.events) analyzer_->annotate(e);
  return result;
}

std::vector<ExtractionResult> Pipeline::process(const std::vector<DocumentInput>& batch) const {
  std::vector<ExtractionResult> out;
  out.reserve(batch.size());
  for (const auto& doc : batch) out.push_back(process(doc));
  return out;
}

const geoparse::Geoparser& Pipeline::geoparser() const { return *parser_; }

}  // namespace bordermap::events
