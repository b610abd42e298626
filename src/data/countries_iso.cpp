#include "data/countries_iso.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace bordermap::data {

IsoByNumeric load_iso_codes(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError("cannot open ISO code list " + path.string());
  IsoByNumeric out;
  try {
    auto j = nlohmann::json::parse(in);
    for (const auto& c : j.at("3166-1")) {
      IsoCountry iso{c.at("alpha_2").get<std::string>(), c.at("alpha_3").get<std::string>(),
                     c.at("numeric").get<std::string>(), c.at("name").get<std::string>()};
      out[iso.numeric] = std::move(iso);
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path.string() + " is not an iso-codes 3166-1 list: " + e.what());
  }
  if (out.empty()) throw InputError(path.string() + " lists no countries");
  return out;
}

}  // namespace bordermap::data
