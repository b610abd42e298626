#pragma once
// ACLED's `region` column from the event's country.
#include <string>
#include <string_view>

namespace bordermap::events::acled {

// "Caucasus and Central Asia" for "TJ", "South Asia" for "AF"; "" for a country outside the
// table (the column stays empty rather than guessed).
std::string region_of(std::string_view alpha2);

}  // namespace bordermap::events::acled
