#pragma once
// ISO 3166-1 codes from Debian's iso-codes JSON (/usr/share/iso-codes/json/iso_3166-1.json).
#include <filesystem>
#include <map>
#include <string>

namespace bordermap::data {

struct IsoCountry {
  std::string alpha2, alpha3, numeric, name;
};

// Keyed by the three-digit numeric code as written there ("004").
using IsoByNumeric = std::map<std::string, IsoCountry>;

IsoByNumeric load_iso_codes(const std::filesystem::path& path);

}  // namespace bordermap::data
