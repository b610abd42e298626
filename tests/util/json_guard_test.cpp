// JSON from users, checked before nlohmann reads it: nesting depth and integers beyond 64 bits.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/json_guard.hpp"

using namespace bordermap::util;

TEST_CASE("json_too_deep finds the first bracket past the limit and ignores brackets in strings") {
  CHECK_FALSE(json_too_deep(R"({"a":[[1,2],[3]]})"));
  CHECK_FALSE(json_too_deep(std::string(64, '[') + std::string(64, ']')));
  CHECK(json_too_deep(std::string(65, '[') + std::string(65, ']')) == std::optional<std::size_t>(64));
  CHECK_FALSE(json_too_deep("\"" + std::string(1000, '[') + "\""));
  CHECK_FALSE(json_too_deep(R"(["\"[[[[", 1])", 2));
}

TEST_CASE("quote_big_integers keeps integers beyond 64 bits as text and leaves the rest") {
  CHECK(quote_big_integers(R"({"id":123456789012345678901234567890})") == R"({"id":"123456789012345678901234567890"})");
  CHECK(quote_big_integers(R"({"id":18446744073709551615,"n":-9223372036854775808})") ==
        R"({"id":18446744073709551615,"n":-9223372036854775808})");
  CHECK(quote_big_integers(R"([18446744073709551616,-9223372036854775809])") ==
        R"(["18446744073709551616","-9223372036854775809"])");
  CHECK(quote_big_integers(R"([1.5e400, 12345678901234567890123.5, "123456789012345678901234567890"])") ==
        R"([1.5e400, 12345678901234567890123.5, "123456789012345678901234567890"])");
}

TEST_CASE("object_keys_in_order lists member names as written, nested values and strings skipped") {
  using V = std::vector<std::string>;
  CHECK(object_keys_in_order(R"({"b":1,"a":{"x":[1,{"y":"}"}]},"c":"a,b}","b":2})") == V{"b", "a", "c", "b"});
  CHECK(object_keys_in_order(" { \"k\\u00e9\" : null } ") == V{"k\xc3\xa9"});
  CHECK(object_keys_in_order("{}").empty());
  CHECK(object_keys_in_order("[1,2]").empty());
}
