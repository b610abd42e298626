// Named bad-input suite, part 7: what messages show. A password in a connection string
// is masked wherever the string is named, and escape sequences in ids from a file are
// written as text, never sent to the terminal raw.
#include <doctest/doctest.h>

#include <string>

#include "bad_input/bad_input_support.hpp"

using namespace bordermap::test;
using namespace bordermap::test::bad_input;

TEST_CASE("bad input: a password in a PG URI or key=value string is never echoed") {
  for (const std::string target : {"PG:postgresql://analyst:hunter2secret@127.0.0.1:1/events",
                                   "PG:host=127.0.0.1 port=1 dbname=events password=hunter2secret",
                                   "PG:postgresql://127.0.0.1:1/events?user=a&password=hunter2secret&sslmode=disable"}) {
    auto r = run_cli("events --store " + q(target));
    CHECK(r.exit_code != 0);
    CHECK_MESSAGE(!contains(r.out + r.err, "hunter2secret"), target);
    r = run_cli("import " + q(target));
    CHECK(r.exit_code == 2);
    CHECK_MESSAGE(!contains(r.out + r.err, "hunter2secret"), target);
  }
}

TEST_CASE("bad input: escape sequences in document ids do not reach the terminal raw") {
  if (!runtime_data_built()) return;
  TempDir dir("escape_ids");
  const auto input = write(dir, "docs.jsonl",
                           R"({"id":"\u001b]0;owned\u0007\u001b[2Jdoc","text":"Fighting was reported in Khorugh.","date":"2021-09-02"})"
                           "\n");
  auto r = run_cli("ingest --input-format jsonl --store " + q((dir / "s.gpkg").string()) + " " + q(input));
  CHECK(contains(r.out, "\\x1B]0;owned\\x07\\x1B[2Jdoc"));
  CHECK_FALSE(contains(r.out + r.err, "\x1b"));
  CHECK_FALSE(contains(r.out + r.err, "\x07"));
}
