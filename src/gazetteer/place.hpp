#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bordermap::gazetteer {

// What a place is, in the vocabulary of the CLI contract.
enum class Kind : std::uint8_t {
  country,
  admin1,
  admin2,
  populated_place,
  river,
  region,
  mountain,
  facility,
  other,
};

std::string_view kind_name(Kind kind);
std::optional<Kind> parse_kind(std::string_view name);

// A gazetteer entry as the rest of the program sees it.
struct Place {
  std::string id;            // "geonames:1142170", "admin1:AF.01", "country:AF", "bordermap:…"
  std::string name;          // preferred display name
  Kind kind = Kind::other;
  std::string feature_code;  // GeoNames feature code where known (PPLA, ADM1, PCLI …)
  std::string country;       // ISO 3166-1 alpha-2; empty for features of no one country
  std::string admin1_code;   // GeoNames admin1 code "AF.01"; empty when none
  std::string admin1;        // admin1 name "Badakhshan"
  std::string admin2;        // admin2 name where known
  double lat = 0;
  double lon = 0;
  std::int64_t population = 0;
};

}  // namespace bordermap::gazetteer
