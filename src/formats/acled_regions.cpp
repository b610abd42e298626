#include "formats/acled_regions.hpp"

#include <array>

namespace bordermap::events::acled {
namespace {

struct Region {
  std::string_view name;
  std::string_view countries;  // ISO alpha-2 codes, space-separated
};

// ACLED's regions as its exports name them (the `region` column; ACLED's "Regions"
// coverage list, also shipped as the acled_countries data set of its R package acledR),
// for Asia, the Middle East and Europe: the countries bordermap's borders touch and their
// neighbours. Africa and the Americas are left out until an event there needs them.
constexpr std::array<Region, 6> kRegions = {{
    {"Caucasus and Central Asia", "AM AZ GE KZ KG TJ TM UZ"},
    {"South Asia", "AF BD BT IN MV NP PK LK"},
    {"Southeast Asia", "BN KH ID LA MY MM PH SG TH TL VN"},
    {"East Asia", "CN HK MO JP KP KR MN TW"},
    {"Middle East", "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE"},
    {"Europe", "AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK "
               "NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA"},
}};

}  // namespace

std::string region_of(std::string_view alpha2) {
  if (alpha2.size() != 2) return {};
  for (const auto& r : kRegions)
    for (std::size_t i = 0; i + 2 <= r.countries.size(); i += 3)
      if (r.countries.substr(i, 2) == alpha2) return std::string(r.name);
  return {};
}

}  // namespace bordermap::events::acled
