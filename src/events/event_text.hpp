#pragma once
// Text building blocks the exporters share: UTF-8 checks, JSON/XML escaping, numbers
// without 15-digit noise, and ISO 8601 dates. Everything appends to a caller's buffer so a
// streamed writer formats a million features without a heap object per value.
#include <string>
#include <string_view>

#include "events/event.hpp"

namespace bordermap::events::text {

bool is_valid_utf8(std::string_view s);
// Replaces each invalid byte sequence with U+FFFD; valid input comes back unchanged.
std::string sanitize_utf8(std::string_view s);

// A JSON string literal with its quotes; invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view s);
// XML character data / attribute text: & < > " ' escaped, characters XML 1.0 forbids and
// invalid UTF-8 replaced by U+FFFD.
void append_xml(std::string& out, std::string_view s);
std::string xml_escaped(std::string_view s);

// `v` rounded to `decimals` places, in the shortest form that reads back as that value
// ("70.58002", not "70.580019999999993"); -0 is written as 0. Non-finite values are the
// caller's business (they are never valid output): this writes "null".
void append_number(std::string& out, double v, int decimals);
std::string number_text(double v, int decimals);
void append_integer(std::string& out, long long v);

void append_iso_date(std::string& out, const Date& d);      // 2021-09-25
void append_iso_datetime(std::string& out, const Date& d);  // 2021-09-25T00:00:00Z
std::string iso_date(const Date& d);
std::string iso_datetime(const Date& d);

}  // namespace bordermap::events::text
