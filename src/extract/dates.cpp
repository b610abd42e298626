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

std::vector<DateExpression> find_dates(std::string_view text, std::optional<Date> document_date, std::size_t base) {
  std::vector<DateExpression> out;
  auto toks = tokenize_words(text, base);
  for (std::size_t i = 0; i < toks.size();) {
    auto hit = date_rules::match(toks, i, document_date);
    if (!hit) {
      ++i;
      continue;
    }
    DateExpression e;
    e.start = toks[i].start;
    e.end = toks[hit->end_tok - 1].end;
    e.text = std::string(text.substr(e.start - base, e.end - e.start));
    e.status = hit->status;
    e.relative = hit->relative;
    e.note = hit->note;
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
    out.push_back(std::move(e));
    i = hit->end_tok;
  }
  return out;
}

const DateExpression* event_date_of(const std::vector<DateExpression>& found) {
  const DateExpression* best = nullptr;
  int best_len = 0;
  for (const auto& e : found) {
    if (e.status != DateStatus::resolved || !e.span) continue;
    int len = days_between(e.span->start, e.span->end);
    if (!best || len < best_len) {
      best = &e;
      best_len = len;
    }
  }
  return best;
}

}  // namespace bordermap::events
