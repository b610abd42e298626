// Text that reaches messages: terminal-safe ids, masked passwords.
#include <doctest/doctest.h>

#include <string>

#include "util/safe_path.hpp"
#include "util/terminal_text.hpp"

using namespace bordermap::util;

TEST_CASE("terminal_safe escapes C0, DEL and C1 controls and keeps UTF-8 and tabs") {
  CHECK(terminal_safe("a\x1b[31mb\x07") == "a\\x1B[31mb\\x07");
  CHECK(terminal_safe("line\nforged\r") == "line\\x0Aforged\\x0D");
  CHECK(terminal_safe("\xc2\x9b" "2J") == "\\u009B2J");
  CHECK(terminal_safe("Хорог\tخاروغ") == "Хорог\tخاروغ");
}

TEST_CASE("mask_password hides URI user info and password= values") {
  CHECK(mask_password("PG:postgresql://user:pw@host/db") == "PG:postgresql://user:***@host/db");
  CHECK(mask_password("PG:dbname=x password=secret host=h") == "PG:dbname=x password=*** host=h");
  CHECK(mask_password("PG:postgresql://h/db?user=u&password=secret&x=1") == "PG:postgresql://h/db?user=u&password=***&x=1");
  CHECK(mask_password("PG:postgresql://user@host/db") == "PG:postgresql://user@host/db");
}
