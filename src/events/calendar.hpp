#pragma once
// Calendar days: validity, arithmetic, ISO 8601 text, and the span of days an event's date
// covers with its ACLED time_precision / UCDP date_prec codes. The table of those codes is
// in extract/dates.hpp, where text becomes spans.
#include <optional>
#include <string>
#include <string_view>

#include "events/event.hpp"

namespace bordermap::events {

struct DateSpan {
  Date start, end;         // inclusive
  Date event_date;         // the best single day
  int time_precision = 1;  // ACLED 1–3
  int date_prec = 1;       // UCDP 1–5
};

// The span and precision codes of [start, end] by the table above.
DateSpan make_span(Date start, Date end);

// An event whose sentence gives no date of its own: the report tells of something that
// happened by its date, within the days before it. [D−5, D], event_date D, precision 2 / 2.
DateSpan inherited_span(Date document_date);

// Calendar arithmetic on whole days.
bool valid_date(int year, int month, int day);
Date add_days(Date d, int days);
int days_between(Date from, Date to);  // to − from
int weekday_of(Date d);                // 0 Monday … 6 Sunday
int days_in_month(int year, int month);
std::string format_date(const Date& d);  // "2021-09-25"
std::optional<Date> parse_date(std::string_view iso);  // strict YYYY-MM-DD, real days only

}  // namespace bordermap::events
