#pragma once
// EventFilter in two halves: an SQL condition the database evaluates (with its indexes)
// and the exact check in C++. The SQL half is only ever a pre-selection: it never rejects
// an event the C++ check accepts, so a condition that cannot be written safely in the
// common SQLite/PostgreSQL dialect is simply left to C++.
#include <string>

#include "events/event.hpp"
#include "store/store.hpp"

namespace bordermap::events {

// "" when nothing can be pushed down; otherwise a WHERE condition over the columns of
// events/event_fields.hpp. The bbox is not part of it (it goes to OGR's spatial filter).
std::string filter_sql(const EventFilter& filter);

// The exact test, bbox included (west > east means the box crosses the antimeridian).
bool filter_matches(const Event& event, const EventFilter& filter);

// A string literal for SQL: single quotes, inner quotes doubled.
std::string sql_quote(const std::string& s);

}  // namespace bordermap::events
