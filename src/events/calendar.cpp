#include "events/calendar.hpp"

#include <chrono>
#include <cstdio>

#include "util/iso_date.hpp"

namespace bordermap::events {
namespace {

namespace chr = std::chrono;

chr::sys_days to_days(Date d) {
  return chr::sys_days{chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
                       chr::day{static_cast<unsigned>(d.day)}};
}

Date from_days(chr::sys_days s) {
  chr::year_month_day ymd{s};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

bool valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return chr::year_month_day{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                             chr::day{static_cast<unsigned>(day)}}
      .ok();
}

Date add_days(Date d, int days) { return from_days(to_days(d) + chr::days{days}); }

int days_between(Date from, Date to) { return static_cast<int>((to_days(to) - to_days(from)).count()); }

int weekday_of(Date d) {
  // chrono counts Sunday as 0; ISO weeks (and "this week" here) start on Monday.
  return static_cast<int>((chr::weekday{to_days(d)}.c_encoding() + 6) % 7);
}

int days_in_month(int year, int month) {
  auto last = chr::year_month_day_last{chr::year{year} / chr::month{static_cast<unsigned>(month)} / chr::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::string format_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Date> parse_date(std::string_view iso) {
  auto c = parse_iso_date(iso);
  if (!c) return std::nullopt;
  return Date{c->year, c->month, c->day};
}

DateSpan make_span(Date start, Date end) {
  DateSpan s;
  s.start = start;
  s.end = end;
  int n = days_between(start, end) + 1;
  s.event_date = add_days(start, (n - 1) / 2);
  if (n <= 1) {
    s.time_precision = 1, s.date_prec = 1;
  } else if (n <= 6) {
    s.time_precision = 2, s.date_prec = 2;
  } else if (n == 7) {
    s.time_precision = 2, s.date_prec = 3;
  } else if (n <= 31) {
    s.time_precision = 3, s.date_prec = 4;
  } else {
    s.time_precision = 3, s.date_prec = 5;
  }
  return s;
}

DateSpan inherited_span(Date document_date) {
  DateSpan s = make_span(add_days(document_date, -5), document_date);
  s.event_date = document_date;
  return s;
}

}  // namespace bordermap::events
