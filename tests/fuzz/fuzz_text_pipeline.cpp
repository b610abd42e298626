// libFuzzer target: arbitrary bytes as a report through the whole text pipeline —
// recognition, resolution against the real gazetteer, then event extraction (sentences,
// dates, actors, claims); the extractor runs the geoparser itself. Any input must give a
// result or a typed error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extractor.hpp"
#include "fuzz_support.hpp"
#include "geoparse/geoparser.hpp"
#include "util/error.hpp"

using namespace bordermap;

namespace {
struct Pipeline {
  geoparse::Geoparser parser{fuzz::data_dir()};
  events::Dictionaries dict = events::Dictionaries::load(fuzz::data_dir() / "events");
  events::Extractor extractor{parser, dict};
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Pipeline p;
  if (size == 0) return 0;
  // The first byte chooses whether the document has a date, so relative dates are
  // exercised both resolved and unresolved.
  events::DocumentInput doc;
  doc.id = "fuzz";
  if (data[0] & 1) doc.date = events::Date{2021, 9, 25};
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    (void)p.extractor.extract(doc);
  } catch (const Error&) {
    // typed errors are the accepted way to refuse input
  }
  return 0;
}
