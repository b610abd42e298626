#pragma once
// Country codes for ACLED's columns: the model keeps ISO alpha-2 ("AF"); ACLED writes the
// ISO numeric code (iso = 4) and an English name (country = "Afghanistan").
#include <optional>
#include <string>
#include <string_view>

namespace bordermap::events::countries {

std::optional<int> numeric_of(std::string_view alpha2);  // "AF" → 4
std::string alpha2_of_numeric(int numeric);              // 762 → "TJ"; "" unknown
std::string alpha2_of_name(std::string_view name);       // ACLED or ISO spelling, any case
std::string acled_name_of(std::string_view alpha2);      // "RU" → "Russia"

}  // namespace bordermap::events::countries
