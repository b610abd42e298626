#pragma once
// The patterns behind find_dates (dates.hpp): each rule looks at the tokens from one
// position and, when it recognises a date expression there, says how far it reaches and
// what it means. Internal to the events module.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/dates.hpp"
#include "extract/words.hpp"

namespace bordermap::events::date_rules {

struct Hit {
  std::size_t end_tok = 0;     // one past the expression's last token
  DateStatus status = DateStatus::resolved;
  bool relative = false;
  std::optional<Date> start, end;  // when the span is known
  std::string note;
  bool report_date = false;    // as in DateExpression
  int days_before_report = 0;  // as in DateExpression
};

// What the sentence has said so far, for expressions that lean on an earlier one.
struct Context {
  std::optional<Date> doc;     // the document date
  std::optional<Date> anchor;  // the last single day named before ("two days earlier" counts from it)
  std::optional<Date> month;   // the last month named before, any day of it ("the 15th" falls in it)
};

// The longest expression starting at token `i`, or nothing.
std::optional<Hit> match(const std::vector<Tok>& toks, std::size_t i, const Context& ctx);

// "As reported on", "Reported on", "reported": true when the date at token `i` is introduced
// as the date of a report rather than of the event.
bool report_cue_before(const std::vector<Tok>& toks, std::size_t i);

// ", over the past 24 hours", "in the last 24 hours", "as happening overnight" right after a
// report date at token `k`: one past the phrase's last token, or nothing.
std::optional<std::size_t> report_window_after(const std::vector<Tok>& toks, std::size_t k);

}  // namespace bordermap::events::date_rules
