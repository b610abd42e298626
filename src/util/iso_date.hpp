#pragma once
#include <optional>
#include <string_view>

namespace bordermap {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// Strict YYYY-MM-DD with a real calendar day (2021-02-30 is rejected).
std::optional<CivilDate> parse_iso_date(std::string_view s);

}  // namespace bordermap
