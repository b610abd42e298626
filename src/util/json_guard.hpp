#pragma once
// Guards for JSON from files and lines users hand us, applied before nlohmann sees it:
// its parser is iterative, but dump() and the code that walks a value recurse, so a
// value nested 50,000 deep (100 KB of '[') overflows the stack; and an integer beyond
// 64 bits becomes a double, so two long numeric ids collapse into one.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::util {

// Deeper than any GeoJSON geometry or attribute bordermap reads (a MultiPolygon is 4).
inline constexpr int kMaxJsonDepth = 64;

// The byte offset of the first '[' or '{' (outside strings) deeper than `max_depth`, if any.
std::optional<std::size_t> json_too_deep(std::string_view text, int max_depth = kMaxJsonDepth);

// "… nested deeper than 64 levels (at byte N)": the message for json_too_deep's finding.
std::string json_depth_message(std::size_t offset, int max_depth = kMaxJsonDepth);

// One member of a JSON object as written: its decoded name and its value's raw text.
struct JsonMember {
  std::string name;
  std::string_view value;
};

// The members of the JSON object `text` in the order written (duplicates too), each
// value as raw text; empty when `text` is not a well-formed object.
std::vector<JsonMember> object_members(std::string_view text);

// The member names of the JSON object `text`, in the order written (duplicates too);
// empty when `text` is not an object. nlohmann's ordered_json keeps order by searching
// its keys linearly on every insert, quadratic for an object of 100,000 attributes: parse
// into the hashed `json` and take the order from here instead.
std::vector<std::string> object_keys_in_order(std::string_view text);

// `text` with every integer that fits neither int64 nor uint64 written as a JSON string
// of its digits, so it is read exactly (as text) instead of rounded to a double.
std::string quote_big_integers(std::string_view text);

}  // namespace bordermap::util
