// libFuzzer target: JSONL input as `geocode --input-format jsonl` and `ingest` read it —
// each line parsed as JSON, its id/text/date checked, the text geoparsed. A bad line must
// be reported and skipped, never crash the run.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "fuzz_support.hpp"
#include "geoparse/geoparser.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"

using namespace bordermap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const geoparse::Geoparser parser{fuzz::data_dir()};
  std::istringstream lines(std::string(reinterpret_cast<const char*>(data), size));
  std::string line;
  while (std::getline(lines, line)) {
    try {
      auto j = nlohmann::json::parse(line);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      if (j.contains("id") && j["id"].is_string()) (void)j["id"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) (void)parse_iso_date(j["date"].get<std::string>());
      (void)parser.parse(j["text"].get<std::string>());
    } catch (const nlohmann::json::exception&) {
    } catch (const Error&) {
    }
  }
  return 0;
}
