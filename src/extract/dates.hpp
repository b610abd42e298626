#pragma once
// Date expressions in a sentence, resolved against the document date.
//
// Every resolved expression is a span of whole days [start, end]. Its precision codes follow
// from the length of the span alone, so the same rule serves "yesterday", "last week",
// "mid-September" and "in 2020":
//
//   days in span   ACLED time_precision     UCDP date_prec (GED codebook)
//   1              1 day                     1 exact day
//   2–6            2 week (or weekend)       2 more than a day, at most six
//   7              2 week                    3 a known week
//   8–31           3 month                   4 a known month (or part of one)
//   more           3 month or vaguer         5 more than a month (a year …)
//
// event_date, the single day ACLED needs, is the middle of the span (rounded down), as ACLED
// codes a week- or month-precise event to the middle of its period.
//
// What each expression means (D = the document date; weeks run Monday to Sunday):
//   "25 Sept 2021", "Sept. 25, 2021", "Sept 25 2021", "2021-09-25", "25.09.2021",
//                 "25-Sep-2021", "25th of September"  that day
//   "25 09 2021"  day first; only two-digit months and four-digit years, standing alone
//   "25/09/2021"  day first (regional and British usage); "09/25/2021" month first only when
//                 the second number cannot be a month
//   "September 25" (no year)  its latest occurrence no more than 7 days after D (reports tell
//                 of the past; "January 2" in a report of 30 December is the coming one);
//                 "in September", "late September" likewise from the first day they cover
//   "12-14 May", "12 – 14 May", "12 to 14 May", "between 12 and 14 May", "30 May to
//                 2 June", "from Monday to Wednesday"  the days of the range (two dates
//                 joined when the second is not before the first and within 93 days); its
//                 event_date the middle one, like every span here
//   "the 15th" (with no month)  that day of the month named before it in the same text,
//                 only where a date can end ("on the 15th.", "the 15th, when …")
//   "in September", "September 2021"  the month; "early/mid/late September" days 1–10,
//                 11–20, 21–end ("the beginning/middle/end of" likewise)
//   "today", "tonight"  D; "yesterday", "last night", "overnight"  D−1; "tomorrow"  D+1
//   "the past 24 hours"  D−1 (ACLED's convention for a daily summary), a report date
//   "As reported on X" / "Reported on X"  X, flagged report_date; followed by "over (the
//                 past|last) 24 hours" or "as happening overnight": X−1, also flagged, the
//                 phrase part of the expression
//   "on Tuesday", "Tuesday"  the latest Tuesday on or before D (a report on a Tuesday that
//                 says "on Tuesday" means that day); "last Tuesday" the one before that;
//                 "next Tuesday" the first after D
//   "N days ago"  D−N; "a week ago", "N weeks ago"  the seven days centred on D−7N
//   "N days earlier"/"prior", "N days later"  counted from A, the last single day named
//                 before in the text (D when there is none); "days earlier" A−6 to A−2,
//                 "weeks earlier" A−28 to A−7, "months earlier" A−180 to A−30 ("several
//                 days ago", "weeks ago" likewise from D)
//   "this week"  Monday of D's week to D; "earlier this week" to D−1; "last week" the
//                 previous Monday–Sunday; "the past week" D−6 to D
//   "this/last/past month", "earlier this month", "this/last year" … likewise
//   "in recent days", "in the past few days"  D−5 to D (a few days: UCDP 2)
//   "in recent weeks"  D−27 to D; "in recent months"  D−89 to D; "recently"  D−29 to D
//   "earlier" (on its own)  D−30 to D−1: some time before the report, within a month
//   "since X"  from the start of X to D
//
// Historical mentions are context, never an event's date: decades ("the mid-1990s"),
// "during the civil war", "Soviet era", "N years ago", "decades ago", and any absolute
// span that ends more than a year before D. They come back with status `historical`.
// Impossible dates ("2021-02-30", "February 30", a year of five digits) are `rejected`,
// never normalised. Without a document date, expressions that need one are `unresolved`.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/calendar.hpp"

namespace bordermap::events {

enum class DateStatus : std::uint8_t { resolved, unresolved, historical, rejected };

struct DateExpression {
  std::size_t start = 0, end = 0;  // UTF-8 byte offsets (plus the caller's base)
  std::string text;
  DateStatus status = DateStatus::resolved;
  bool relative = false;           // needs the document date
  std::optional<DateSpan> span;    // resolved, and historical ones that have a span
  std::string note;                // why rejected, unresolved or historical; how an ambiguity was read
  // The span is the date of a report, not one the text gives the event: "As reported on X",
  // "Reported on X", "in the past 24 hours". ACLED codes the event to it only when the
  // sentence names no day of its own, so event_date_of prefers any other one-day date.
  bool report_date = false;
  // Days the span lies before the reported date: 1 for "Reported on X, over the past 24
  // hours" and "as happening overnight" (ACLED codes those to X−1), else 0. The span is
  // already moved; this says why.
  int days_before_report = 0;
};

// Every date expression in `text`, in text order. `anchor` is the last single day an earlier
// sentence of the paragraph named: "the following day" counts from it.
std::vector<DateExpression> find_dates(std::string_view text, std::optional<Date> document_date,
                                       std::size_t base = 0, std::optional<Date> anchor = std::nullopt);

// The expression an event takes its date from: the narrowest resolved span; on a tie the
// event's own date before a report date, an absolute date before a relative one, then the
// first. Null when there is none.
const DateExpression* event_date_of(const std::vector<DateExpression>& found);

std::string_view status_name(DateStatus s);  // "resolved", "unresolved", "historical", "rejected"

}  // namespace bordermap::events
