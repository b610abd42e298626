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
};

// The longest expression starting at token `i`, or nothing. `doc` is the document date.
std::optional<Hit> match(const std::vector<Tok>& toks, std::size_t i, const std::optional<Date>& doc);

}  // namespace bordermap::events::date_rules
