#pragma once
// Reports in, analysed events out: the geoparser, the dictionaries, the extractor and the
// border analytics, built once from the runtime data folder and wired the one way every
// caller needs them (`bordermap ingest`, the viewer's ingest panel, the benchmarks).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.hpp"

namespace bordermap::geoparse { class Geoparser; }

namespace bordermap::events {

class BorderAnalyzer;

struct PipelineOptions {
  std::string pair = "AF-TJ";  // the border that is the region prior and the analytics' line
};

class Pipeline {
 public:
  // Throws DataError / InputError naming what is missing or malformed in `data_dir`.
  explicit Pipeline(const std::filesystem::path& data_dir, PipelineOptions options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // One document's events, each measured against the border. Thread-safe.
  ExtractionResult process(const DocumentInput& doc) const;
  // Several documents, in order; the same as process() on each.
  std::vector<ExtractionResult> process(const std::vector<DocumentInput>& batch) const;

  const geoparse::Geoparser& geoparser() const;

 private:
  std::unique_ptr<geoparse::Geoparser> parser_;
  std::unique_ptr<Dictionaries> dict_;
  std::unique_ptr<Extractor> extractor_;
  std::unique_ptr<BorderAnalyzer> analyzer_;
};

}  // namespace bordermap::events
