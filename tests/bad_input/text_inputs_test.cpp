// Named bad-input suite, part 1: what analysts paste into `geocode` and `ingest` — broken
// encodings, huge single lines, binary files, empty files, NUL bytes, right-to-left and
// mixed scripts, impossible dates. Each must give a message naming the input (and the
// position where there is one), a non-zero exit or a warning, and never a crash.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "bad_input/bad_input_support.hpp"

using namespace bordermap::test;
using namespace bordermap::test::bad_input;
using nlohmann::json;

namespace {

// A crash shows up as a shell exit code above 128 (signal) or -1 from run_cli.
bool exited_normally(const CliResult& r) { return r.exit_code >= 0 && r.exit_code < 128; }

bool on_utf8_boundary(const std::string& s, std::size_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

}  // namespace

TEST_CASE("bad input: invalid UTF-8 is replaced with a warning naming the file and byte offset") {
  if (!runtime_data_built()) return;
  TempDir dir("bad_utf8");
  auto file = write(dir, "broken.txt", "Shelling near Khorugh \xC3\x28 and \xFF\xFE Kunduz.\n");
  auto r = run_cli("geocode --format json " + q(file));
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "broken.txt"));
  CHECK(contains(r.err, "invalid UTF-8 at byte 22"));
  auto j = json::parse(r.out);
  CHECK(j["mentions"].size() >= 2);  // the places around the broken bytes still come out
}

TEST_CASE("bad input: invalid UTF-8 inside a JSONL string fails that line only, naming it") {
  if (!runtime_data_built()) return;
  TempDir dir("bad_utf8_jsonl");
  auto file = write(dir, "docs.jsonl", "{\"id\":\"a\",\"text\":\"Kunduz \xFF\"}\n{\"id\":\"b\",\"text\":\"Khorugh\"}\n");
  auto r = run_cli("geocode --input-format jsonl --format jsonl " + q(file));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "docs.jsonl:1"));
  CHECK(contains(r.out, "\"line\":1"));
  CHECK(contains(r.out, "\"id\":\"b\""));
}

TEST_CASE("bad input: a 100 MB single-line text file is geocoded in bounded memory") {
  if (!runtime_data_built()) return;
  TempDir dir("huge_line");
  std::string text(100u << 20, 'a');
  text.replace(text.size() / 2, 8, " Kunduz ");
  auto file = write(dir, "huge.txt", text);
  text.clear();
  text.shrink_to_fit();
  auto r = run_cli("geocode --format jsonl " + q(file));
  CHECK(r.exit_code == 0);
  CHECK(contains(r.out, "Kunduz"));
  MESSAGE("peak RSS of the CLI so far: " << children_peak_rss_mib() << " MiB");
  CHECK(children_peak_rss_mib() < kPeakRssLimitMib);
}

TEST_CASE("bad input: a 100 MB JSONL line does not stop the lines after it") {
  if (!runtime_data_built()) return;
  TempDir dir("huge_jsonl");
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(100u << 20, 'x') + "\"}\n";
  auto file = write(dir, "huge.jsonl", big + "{\"id\":\"after\",\"text\":\"Khorugh\"}\n");
  big.clear();
  big.shrink_to_fit();
  auto r = run_cli("geocode --input-format jsonl --format jsonl " + q(file));
  CHECK(r.exit_code == 0);
  CHECK(contains(r.out, "\"id\":\"big\""));
  CHECK(contains(r.out, "\"id\":\"after\""));
  CHECK(children_peak_rss_mib() < kPeakRssLimitMib);
}

TEST_CASE("bad input: a binary file given as a report gives warnings, not a crash") {
  if (!runtime_data_built()) return;
  TempDir dir("binary_text");
  std::mt19937 rng(42);
  std::string bytes(256 << 10, '\0');
  for (auto& c : bytes) c = static_cast<char>(rng() & 0xFF);
  auto file = write(dir, "noise.bin", bytes);
  auto r = run_cli("geocode --format table " + q(file));
  CHECK(exited_normally(r));
  CHECK(contains(r.err, "noise.bin"));
  CHECK(contains(r.err, "invalid UTF-8 at byte"));
}

TEST_CASE("bad input: an empty report and a whitespace-only report are refused by name") {
  if (!runtime_data_built()) return;
  TempDir dir("empty_text");
  auto empty = write(dir, "empty.txt", "");
  auto blank = write(dir, "blank.txt", " \n\t\r\n");
  for (const auto& file : {empty, blank}) {
    auto r = run_cli("geocode " + q(file));
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, file));
    CHECK(contains(r.err, "empty input"));
  }
}

TEST_CASE("bad input: an empty file given to ingest is reported and stores nothing") {
  if (!runtime_data_built()) return;
  TempDir dir("empty_ingest");
  auto file = write(dir, "empty.txt", "");
  auto store = (dir / "events.gpkg").string();
  auto r = run_cli("ingest " + q(file) + " --store " + q(store));
  CHECK(r.exit_code != 0);
  CHECK(contains(r.err, "empty.txt"));
}

TEST_CASE("bad input: NUL bytes in a report separate words and never truncate the text") {
  if (!runtime_data_built()) return;
  TempDir dir("nul_text");
  auto file = write(dir, "nul.txt", std::string("Kunduz\0Takhar\0\0 and then Khorugh", 33));
  auto r = run_cli("geocode --format json " + q(file));
  CHECK(r.exit_code == 0);
  auto j = json::parse(r.out);
  bool khorugh_after_nuls = false;
  for (const auto& m : j["mentions"])
    if (m["text"] == "Khorugh") khorugh_after_nuls = m["start"].get<int>() > 16;
  CHECK(khorugh_after_nuls);
}

TEST_CASE("bad input: right-to-left and mixed scripts give offsets on UTF-8 boundaries") {
  if (!runtime_data_built()) return;
  TempDir dir("rtl");
  // Persian with a zero-width non-joiner, Hebrew, Cyrillic, Latin, and bidi controls
  // (U+202E right-to-left override, U+200F right-to-left mark).
  const std::string text =
      "\xD8\xAF\xD8\xB1 \xD9\x81\xDB\x8C\xD8\xB6\xE2\x80\x8C\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF \xD9\x88 Khorugh\xD8\x8C "
      "\xD7\x91\xD7\x93\xD7\x99\xD7\xA7\xD7\x94 \xD0\xA5\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB3 \xE2\x80\xAE Kunduz "
      "\xE2\x80\x8F Takhar\n";
  auto file = write(dir, "mixed.txt", text);
  auto r = run_cli("geocode --format json " + q(file));
  CHECK(r.exit_code == 0);
  auto j = json::parse(r.out);
  CHECK(j["mentions"].size() >= 2);
  for (const auto& m : j["mentions"]) {
    auto start = m["start"].get<std::size_t>(), end = m["end"].get<std::size_t>();
    CHECK(start < end);
    CHECK(end <= text.size());
    CHECK(on_utf8_boundary(text, start));
    CHECK(on_utf8_boundary(text, end));
  }
}

TEST_CASE("bad input: impossible --date values are refused naming the option") {
  if (!runtime_data_built()) return;
  TempDir dir("bad_date_opt");
  auto file = write(dir, "r.txt", "Fighting near Kunduz.\n");
  for (const std::string date : {"2021-02-30", "99999-01-01", "2021-13-01", "0000-00-00"}) {
    auto r = run_cli("geocode --date " + date + " " + q(file));
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "--date"));
    CHECK(contains(r.err, date));
  }
  auto store = (dir / "events.gpkg").string();
  auto r = run_cli("ingest --date 2021-02-30 --store " + q(store) + " " + q(file));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "2021-02-30"));
}

TEST_CASE("bad input: impossible dates in JSONL lines fail those lines by number") {
  if (!runtime_data_built()) return;
  TempDir dir("bad_date_jsonl");
  auto file = write(dir, "d.jsonl",
                    "{\"id\":\"a\",\"text\":\"Kunduz\",\"date\":\"2021-02-30\"}\n"
                    "{\"id\":\"b\",\"text\":\"Takhar\",\"date\":\"99999-01-01\"}\n"
                    "{\"id\":\"c\",\"text\":\"Khorugh\",\"date\":\"2021-09-25\"}\n");
  auto r = run_cli("geocode --input-format jsonl --format jsonl " + q(file));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "d.jsonl:1"));
  CHECK(contains(r.err, "d.jsonl:2"));
  CHECK_FALSE(contains(r.err, "d.jsonl:3"));
}

TEST_CASE("bad input: JSONL lines that are not objects or lack text are reported by line") {
  if (!runtime_data_built()) return;
  TempDir dir("jsonl_shapes");
  auto file = write(dir, "s.jsonl", "[1,2]\n{\"id\":{\"nested\":1},\"text\":\"x\"}\n{\"id\":\"t\"}\n{\"text\":\n");
  auto r = run_cli("geocode --input-format jsonl --format jsonl " + q(file));
  CHECK(r.exit_code == 1);
  for (int line = 1; line <= 4; ++line) CHECK(contains(r.err, "s.jsonl:" + std::to_string(line)));
}

TEST_CASE("bad input: a folder or a missing file given as a report is refused by name") {
  if (!runtime_data_built()) return;
  TempDir dir("folder_input");
  auto r = run_cli("geocode " + q(dir.path().string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, dir.path().string()));
  r = run_cli("geocode " + q((dir / "absent.txt").string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "absent.txt"));
}

TEST_CASE("bad input: unknown options and absurd argument values exit 2 with usage") {
  auto r = run_cli("geocode --no-such-option x");
  CHECK(r.exit_code == 2);
  r = run_cli("geocode --threads -5 --format nonsense x");
  CHECK(r.exit_code == 2);
  r = run_cli("export --bbox 1,2,3 out.geojson");
  CHECK(r.exit_code == 2);
  r = run_cli(std::string("place ") + std::string(100000, 'Q'));
  CHECK(exited_normally(r));
}
