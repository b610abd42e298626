// The JSONL document-line reader shared by geocode, ingest and the JSONL fuzz target.
#include <doctest/doctest.h>

#include <string>

#include "formats/document_line.hpp"

using namespace bordermap::events;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("document line: every field read") {
  auto d = parse_document_line(
      R"({"id":"r-7","text":"Clashes near Khorugh.","date":"2021-09-25","source":"Asia-Plus","url":"https://example.org/a"})");
  CHECK(d.error.empty());
  CHECK(id_text(d.id) == "r-7");
  CHECK(d.text == "Clashes near Khorugh.");
  REQUIRE(d.date);
  CHECK(*d.date == Date{2021, 9, 25});
  CHECK(d.source == "Asia-Plus");
  CHECK(d.url == "https://example.org/a");
}

TEST_CASE("document line: optional fields may be absent or null; a numeric id keeps its JSON form") {
  auto d = parse_document_line(R"({"id":17,"text":"Kunduz","date":null,"source":null})");
  CHECK(d.error.empty());
  CHECK(id_text(d.id) == "17");
  CHECK_FALSE(d.date);
  CHECK(d.source.empty());
  CHECK(id_text(parse_document_line(R"({"text":"Kunduz"})").id).empty());
}

TEST_CASE("document line: refusals name the field and keep the id when it was readable") {
  struct Case {
    const char* line;
    const char* says;
  };
  const Case cases[] = {
      {R"({"id":"a","text":"Kunduz","date":"2021-02-30"})", "field 'date'"},
      {R"({"id":"a","text":"Kunduz","date":"99999-01-01"})", "field 'date'"},
      {R"({"id":"a","text":"Kunduz","date":""})", "field 'date'"},
      {R"({"id":"a","text":"Kunduz","date":20210925})", "field 'date' must be a string"},
      {R"({"id":"a","text":"Kunduz","source":["x"]})", "field 'source' must be a string"},
      {R"({"id":"a","text":"Kunduz","url":1})", "field 'url' must be a string"},
      {R"({"id":"a","text":" \t "})", "field 'text' is empty"},
      {R"({"id":"a","text":5})", "field 'text' is missing"},
      {R"({"id":"a"})", "field 'text' is missing"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    auto d = parse_document_line(c.line);
    CHECK(has(d.error, c.says));
    CHECK(id_text(d.id) == "a");
  }
  CHECK(has(parse_document_line(R"({"id":{"x":1},"text":"Kunduz"})").error, "field 'id'"));
  CHECK(has(parse_document_line("[1,2]").error, "not a JSON object"));
  CHECK(has(parse_document_line(R"({"text":)").error, "not valid JSON"));
  CHECK(has(parse_document_line("{\"text\":\"Kunduz \xFF\"}").error, "not valid JSON"));
  CHECK(has(parse_document_line(std::string("{\"text\":\"a\0b\"}", 14)).error, "not valid JSON"));
}
