#include <doctest/doctest.h>

#include "util/iso_date.hpp"

using bordermap::parse_iso_date;

TEST_CASE("parse_iso_date accepts real calendar days only") {
  auto d = parse_iso_date("2021-09-25");
  REQUIRE(d);
  CHECK(d->year == 2021);
  CHECK(d->month == 9);
  CHECK(d->day == 25);
  CHECK(parse_iso_date("2024-02-29"));
  for (const char* bad : {"2021-02-30", "2023-02-29", "2021-13-01", "2021-00-10", "2021-9-25", "25-09-2021",
                          "2021-09-25T00:00", "", "abcd-ef-gh", "99999-01-01"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_date(bad));
  }
}
