// Extraction over golden texts (tests/data/events/documents.tsv, expected_events.tsv): every
// expected event is made, with its type, actors, claimant, date and precision, and no other.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../geoparse/shared_parser.hpp"
#include "util/tsv.hpp"
#include "events/calendar.hpp"
#include "events/event_id.hpp"
#include "extract/extractor.hpp"

namespace fs = std::filesystem;
using namespace bordermap;
using namespace bordermap::events;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in, p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const Dictionaries& dictionaries() {
  static const Dictionaries d = Dictionaries::load(fs::path(BORDERMAP_SOURCE_DIR) / "events");
  return d;
}

std::string dash(const std::string& s) { return s.empty() ? "-" : s; }
std::string date_or_dash(const std::optional<Date>& d) { return d ? format_date(*d) : "-"; }

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (auto& s : v) out += (out.empty() ? "" : "|") + s;
  return dash(out);
}

struct Doc {
  std::string text;
  ExtractionResult result;
  std::vector<bool> matched;
};

}  // namespace

TEST_CASE("golden extraction: the expected events and no others") {
  const auto* parser = test::shared_parser();
  if (!parser) return;
  Extractor extractor(*parser, dictionaries());
  fs::path data = fs::path(BORDERMAP_TEST_DATA_DIR) / "events";

  std::map<std::string, Doc> docs;
  util::TsvReader list(data / "documents.tsv");
  std::vector<std::string_view> f;
  REQUIRE(list.next(f));
  while (list.next(f)) {
    REQUIRE_MESSAGE(f.size() >= 2, list.where());
    std::string path(f[0]), date(f[1]);
    DocumentInput in;
    in.id = path;
    in.text = slurp(fs::path(BORDERMAP_SOURCE_DIR) / path);
    if (date != "-") in.date = parse_date(date);
    in.source.publication = "golden";
    Doc d{in.text, extractor.extract(in), {}};
    d.matched.assign(d.result.events.size(), false);
    docs.emplace(path, std::move(d));
  }
  REQUIRE(docs.size() >= 5);

  util::TsvReader tsv(data / "expected_events.tsv");
  REQUIRE(tsv.next(f));
  int rows = 0;
  while (tsv.next(f)) {
    REQUIRE_MESSAGE(f.size() == 16, tsv.where());
    ++rows;
    std::vector<std::string> c(f.begin(), f.end());
    INFO(tsv.where(), ": '", c[1], "' at ", c[2]);
    auto it = docs.find(c[0]);
    REQUIRE_MESSAGE(it != docs.end(), "document not in documents.tsv");
    Doc& d = it->second;
    const Event* found = nullptr;
    for (std::size_t i = 0; i < d.result.events.size(); ++i) {
      const Event& e = d.result.events[i];
      auto sentence = d.text.substr(e.provenance.sentence_start, e.provenance.sentence_end - e.provenance.sentence_start);
      bool place_ok = c[2] == "-" ? e.flagged_no_location : e.location.place_id == c[2];
      if (sentence.find(c[1]) == std::string::npos || !place_ok) continue;
      CHECK_MESSAGE(!found, "two events match");
      found = &e;
      d.matched[i] = true;
    }
    if (!found) {
      FAIL_CHECK("event not made");
      continue;
    }
    const Event& e = *found;
    CHECK(e.event_type == c[3]);
    CHECK(e.sub_event_type == c[4]);
    CHECK(dash(e.actor1) == c[5]);
    CHECK(dash(e.actor2) == c[6]);
    CHECK(joined(e.assoc_actors) == c[7]);
    CHECK(dash(e.claimant) == c[8]);
    CHECK(date_or_dash(e.event_date) == c[9]);
    CHECK(date_or_dash(e.date_start) == c[10]);
    CHECK(date_or_dash(e.date_end) == c[11]);
    if (c[12] != "-") CHECK(std::to_string(e.time_precision) == c[12]);
    if (c[13] != "-") CHECK(std::to_string(e.date_prec) == c[13]);
    if (c[14] != "-") CHECK(std::to_string(e.geo_precision) == c[14]);
    if (c[15] != "-") CHECK(std::to_string(e.where_prec) == c[15]);
    if (c[2] == "-") {
      CHECK_FALSE(e.location.lat);
      CHECK_FALSE(e.location.lon);
    } else if (c[2].rfind("country:", 0) == 0) {
      // A country is an area: listed with its side, never drawn at a centroid.
      CHECK_FALSE(e.location.lat);
      CHECK(e.location.country == c[2].substr(8));
    } else {
      CHECK(e.location.lat);
      CHECK(e.uncertainty_radius_m);
      CHECK(e.provenance.mention_end > e.provenance.mention_start);
    }
  }
  for (auto& [path, d] : docs)
    for (std::size_t i = 0; i < d.matched.size(); ++i)
      if (!d.matched[i]) {
        const Event& e = d.result.events[i];
        FAIL_CHECK(path, ": unexpected event ", e.sub_event_type, " at ", dash(e.location.place_id), ": ", e.notes);
      }
  CHECK(rows >= 30);
  MESSAGE(rows, " expected events in ", docs.size(), " texts");
}

TEST_CASE("extraction: ids, provenance, source, warnings") {
  const auto* parser = test::shared_parser();
  if (!parser) return;
  Extractor extractor(*parser, dictionaries());

  DocumentInput doc;
  doc.id = "doc-1";
  doc.text = "DUSHANBE, 1 October 2021 \xE2\x80\x94 Tajik troops were deployed to Khorog yesterday. "
             "A report dated 2021-02-30 said gunmen attacked a post in Kunduz.";
  doc.source = SourceRef{"Asia-Plus", "https://example.org/a", std::nullopt};
  auto r = extractor.extract(doc);
  REQUIRE(r.events.size() == 2);
  const Event& e = r.events[0];
  CHECK(e.location.place_id == "geonames:1221328");
  CHECK(e.location.country == "TJ");
  CHECK(e.location.admin1 == "Gorno-Badakhshan");
  CHECK(format_date(*e.event_date) == "2021-09-30");  // the dateline's date, one day back
  CHECK(e.source.publication == "Asia-Plus");
  CHECK(e.source.url == "https://example.org/a");
  CHECK(e.provenance.document_id == "doc-1");
  CHECK(doc.text.substr(e.provenance.sentence_start, e.provenance.sentence_end - e.provenance.sentence_start) ==
        "Tajik troops were deployed to Khorog yesterday.");
  CHECK(doc.text.substr(e.provenance.mention_start, e.provenance.mention_end - e.provenance.mention_start) == "Khorog");
  CHECK(e.id == event_id("doc-1", e.provenance.sentence_start, e.provenance.sentence_end, "geonames:1221328"));
  CHECK(e.notes.find("Tajik troops were deployed to Khorog yesterday.") == 0);
  CHECK(e.created.empty());
  CHECK(e.border.side.empty());
  // The impossible date is reported and ignored: the event keeps the date the paragraph's
  // previous sentence set ("yesterday").
  CHECK(format_date(*r.events[1].event_date) == "2021-09-30");
  CHECK(r.events[1].date_prec == 1);
  bool warned_date = false, warned_dateline = false;
  for (auto& w : r.warnings) {
    warned_date |= w.find("impossible date '2021-02-30'") != std::string::npos;
    warned_dateline |= w.find("dateline") != std::string::npos;
  }
  CHECK(warned_date);
  CHECK(warned_dateline);
  // The dateline's place is where the story was filed, not an event.
  for (auto& ev : r.events) CHECK(ev.location.place_id != "geonames:1221874");

  // Same input, same ids: re-ingest finds its events again.
  auto again = extractor.extract(doc);
  REQUIRE(again.events.size() == r.events.size());
  for (std::size_t i = 0; i < r.events.size(); ++i) CHECK(again.events[i].id == r.events[i].id);

  // An explicit document date wins over the dateline.
  doc.date = Date{2021, 10, 5};
  CHECK(format_date(*extractor.extract(doc).events[0].event_date) == "2021-10-04");
}

TEST_CASE("extraction: empty text, background sentences, no date at all") {
  const auto* parser = test::shared_parser();
  if (!parser) return;
  Extractor extractor(*parser, dictionaries());
  auto empty = extractor.extract(DocumentInput{"e", " \n\t", std::nullopt, {}});
  CHECK(empty.events.empty());
  REQUIRE(empty.warnings.size() == 1);
  CHECK(empty.warnings[0].find("empty document") != std::string::npos);

  // A place and an actor without a trigger, and a battle told as history: no events.
  auto bg = extractor.extract(DocumentInput{"b",
                                            "The Taliban hold Fayzabad. Heavy fighting raged near Khorog in the mid-1990s.",
                                            Date{2021, 9, 27}, {}});
  CHECK(bg.events.empty());

  auto undated = extractor.extract(DocumentInput{"u", "Gunmen attacked a post near Kunduz on Tuesday.", std::nullopt, {}});
  REQUIRE(undated.events.size() == 1);
  CHECK_FALSE(undated.events[0].event_date);
  CHECK(undated.events[0].notes.find("date unresolved") != std::string::npos);
  bool warned = false;
  for (auto& w : undated.warnings) warned |= w.find("no document date") != std::string::npos;
  CHECK(warned);
}
