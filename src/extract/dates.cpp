#include "extract/dates.hpp"

#include "extract/date_rules.hpp"
#include "extract/words.hpp"

namespace bordermap::events {

std::string_view status_name(DateStatus s) {
  switch (s) {
    case DateStatus::resolved: return "resolved";
    case DateStatus::unresolved: return "unresolved";
    case DateStatus::historical: return "historical";
    case DateStatus::rejected: return "rejected";
  }
  return "?";
}

namespace {

// The sentence's context for the expressions that follow `e`: the day it names, its month.
void remember(const DateExpression& e, date_rules::Context& ctx) {
  if (e.status != DateStatus::resolved || !e.span) return;
  const DateSpan& s = *e.span;
  if (s.start == s.end) ctx.anchor = s.start;
  if (s.start.year == s.end.year && s.start.month == s.end.month) ctx.month = s.start;
}

// "As reported on X": X is a report's date. With "over the past 24 hours" or "as happening
// overnight" after it ACLED codes the event to the day before; the phrase joins the hit.
void read_as_report(const std::vector<Tok>& toks, std::size_t first_tok, date_rules::Hit& hit) {
  bool one_day = hit.status == DateStatus::resolved && hit.start && hit.end && *hit.start == *hit.end;
  if (!one_day || !date_rules::report_cue_before(toks, first_tok)) return;
  hit.report_date = true;
  if (auto window_end = date_rules::report_window_after(toks, hit.end_tok)) {
    hit.end_tok = *window_end;
    hit.start = hit.end = add_days(*hit.start, -1);
    hit.days_before_report = 1;
  }
}

}  // namespace

std::vector<DateExpression> find_dates(std::string_view text, std::optional<Date> document_date, std::size_t base,
                                       std::optional<Date> anchor) {
  std::vector<DateExpression> out;
  auto toks = tokenize_words(text, base);
  date_rules::Context ctx;
  ctx.doc = document_date;
  ctx.anchor = anchor;
  for (std::size_t i = 0; i < toks.size();) {
    auto hit = date_rules::match(toks, i, ctx);
    if (!hit) {
      ++i;
      continue;
    }
    read_as_report(toks, i, *hit);
    DateExpression e;
    e.status = hit->status;
    e.relative = hit->relative;
    e.note = hit->note;
    e.report_date = hit->report_date;
    e.days_before_report = hit->days_before_report;
    e.start = toks[i].start;
    e.end = toks[hit->end_tok - 1].end;
    e.text = std::string(text.substr(e.start - base, e.end - e.start));
    if (hit->start && hit->end) {
      // "since May", "since Tuesday": from then until the report.
      Date end = *hit->end;
      if (i > 0 && toks[i - 1].lower == "since" && document_date && end < *document_date) end = *document_date;
      e.span = make_span(*hit->start, end);
    }
    // A dated span that ended more than a year before the report is background to it.
    if (e.status == DateStatus::resolved && e.span && document_date &&
        days_between(e.span->end, *document_date) > 365) {
      e.status = DateStatus::historical;
      e.note = "more than a year before the document date";
    }
    remember(e, ctx);
    out.push_back(std::move(e));
    i = hit->end_tok;
  }
  return out;
}

namespace {

// Whether `a` is a better event date than `b` (both resolved): narrower, then the event's
// own date over a report's, then absolute over relative.
bool better_event_date(const DateExpression& a, const DateExpression& b) {
  int la = days_between(a.span->start, a.span->end), lb = days_between(b.span->start, b.span->end);
  if (la != lb) return la < lb;
  if (a.report_date != b.report_date) return !a.report_date;
  return !a.relative && b.relative;
}

}  // namespace

const DateExpression* event_date_of(const std::vector<DateExpression>& found) {
  const DateExpression* best = nullptr;
  for (const auto& e : found) {
    if (e.status != DateStatus::resolved || !e.span) continue;
    if (!best || better_event_date(e, *best)) best = &e;
  }
  return best;
}

}  // namespace bordermap::events
