// libFuzzer target: JSONL input as `geocode --input-format jsonl` and `ingest` read it —
// each line through the one document-line reader (JSON, id/text/date/source/url checks),
// an accepted line's text geoparsed. A bad line must be refused with a message, never
// crash the run.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/document_line.hpp"
#include "fuzz_support.hpp"
#include "geoparse/geoparser.hpp"
#include "util/error.hpp"

using namespace bordermap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const geoparse::Geoparser parser{fuzz::data_dir()};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    auto line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    auto doc = events::parse_document_line(line);
    if (!doc.error.empty()) continue;
    (void)events::id_text(doc.id);
    try {
      (void)parser.parse(doc.text);
    } catch (const Error&) {
    }
  }
  return 0;
}
