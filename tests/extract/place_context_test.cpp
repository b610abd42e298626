// Places read with their neighbours: the container named after a place, the countries the
// document agrees on, the event's place among a sentence's. Mentions are built by hand, with
// a stand-in for the gazetteer's candidate search.
#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "extract/place_context.hpp"

using namespace bordermap;
using namespace bordermap::events;

namespace {

gazetteer::Place place(const std::string& id, const std::string& admin1_code, gazetteer::Kind kind = gazetteer::Kind::populated_place) {
  gazetteer::Place p;
  p.id = id;
  p.name = id;
  p.kind = kind;
  p.country = admin1_code.substr(0, 2);
  p.admin1_code = admin1_code;
  return p;
}

geoparse::Mention mention(const std::string& text, std::string_view doc, std::optional<gazetteer::Place> p,
                          double confidence = 0.9, const std::string& evidence = "exact name") {
  geoparse::Mention m;
  m.text = text;
  m.start = doc.find(text);
  m.end = m.start + text.size();
  m.place = std::move(p);
  m.confidence = confidence;
  m.evidence = evidence;
  return m;
}

// Candidates the stand-in gazetteer knows beyond the geoparser's alternatives.
CandidateSearch search_in(std::vector<geoparse::Alternative> extra) {
  return [extra](std::string_view name) {
    std::vector<geoparse::Alternative> out;
    for (const auto& a : extra)
      if (a.place.name.rfind(std::string(name), 0) == 0) out.push_back(a);
    return out;
  };
}

}  // namespace

TEST_CASE("the container named after a place picks the namesake inside it") {
  std::string doc = "Fighting in Dushi district, Baghlan.";
  std::vector<geoparse::Mention> ms{mention("Dushi", doc, place("Dushi (China)", "CN.33")),
                                    mention("Baghlan", doc, place("Baghlan province", "AF.03", gazetteer::Kind::admin1))};
  auto containers = prefer_named_containers(ms, doc, search_in({{place("Dushi (Afghanistan)", "AF.03"), 0.2}}));
  CHECK(ms[0].place->id == "Dushi (Afghanistan)");
  CHECK(ms[0].alternatives.front().place.id == "Dushi (China)");
  CHECK(containers == std::vector<std::size_t>{doc.find("Baghlan")});

  // No candidate inside the container: the namesake is dropped rather than kept abroad.
  std::string doc2 = "Fighting in Chardara district, Kunduz.";
  std::vector<geoparse::Mention> ms2{mention("Chardara", doc2, place("Chardara (Kazakhstan)", "KZ.10")),
                                     mention("Kunduz", doc2, place("Kunduz province", "AF.24", gazetteer::Kind::admin1))};
  prefer_named_containers(ms2, doc2, search_in({}));
  CHECK_FALSE(ms2[0].place);

  // Another clause between them: no container.
  std::string doc3 = "Fighting in Dushi. Baghlan was calm.";
  std::vector<geoparse::Mention> ms3{mention("Dushi", doc3, place("Dushi (China)", "CN.33")),
                                     mention("Baghlan", doc3, place("Baghlan province", "AF.03", gazetteer::Kind::admin1))};
  CHECK(prefer_named_containers(ms3, doc3, search_in({})).empty());
  CHECK(ms3[0].place->id == "Dushi (China)");
}

TEST_CASE("a place in a country nothing else points to takes a candidate in the document's country") {
  std::string doc = "Clashes near Kali village and in Kech, Balochistan.";
  std::vector<geoparse::Mention> ms{
      mention("Kali", doc, place("Cali (Colombia)", "CO.29"), 0.38, "spelling variant"),
      mention("Kech", doc, place("Kech District", "PK.02", gazetteer::Kind::admin2)),
      mention("Balochistan", doc, place("Balochistan", "PK.02", gazetteer::Kind::admin1))};
  cohere_with_document(ms, search_in({}));
  CHECK_FALSE(ms[0].place);  // a weak variant abroad: unresolved
  CHECK(ms[1].place->id == "Kech District");

  std::vector<geoparse::Mention> ms2{
      mention("Kali", doc, place("Cali (Colombia)", "CO.29"), 0.38, "spelling variant"),
      mention("Kech", doc, place("Kech District", "PK.02", gazetteer::Kind::admin2))};
  cohere_with_document(ms2, search_in({{place("Kali (Pakistan)", "PK.02"), 0.1}}));
  REQUIRE(ms2[0].place);
  CHECK(ms2[0].place->id == "Kali (Pakistan)");

  // A capital named exactly, with confidence, stays where it is even alone abroad.
  std::vector<geoparse::Mention> ms3{mention("Moscow", doc, place("Moscow", "RU.48"), 0.95),
                                     mention("Kech", doc, place("Kech District", "PK.02", gazetteer::Kind::admin2))};
  cohere_with_document(ms3, search_in({}));
  CHECK(ms3[0].place->id == "Moscow");
}

TEST_CASE("the event's places: a coder's 'coded as', then agreement, precision and exact names") {
  std::string doc = "Protest near Dordoy market (coded as Bishkek) in Oktyabr district.";
  std::deque<geoparse::Mention> ms{
      mention("Dordoy", doc, place("Dordoy (China)", "CN.32"), 0.3, "spelling variant"),
      mention("Bishkek", doc, place("Bishkek", "KG.01")),
      mention("Oktyabr", doc, place("Oktyabr district", "KG.01", gazetteer::Kind::admin2))};
  auto placed_all = [&](std::deque<geoparse::Mention>& list) {
    std::vector<PlacedMention> kept;
    for (auto& m : list) kept.push_back(placed(m, false));
    return kept;
  };
  auto kept = placed_all(ms);
  auto chosen = event_places(kept, {}, doc);
  REQUIRE(chosen.size() == 1);
  CHECK(chosen[0].mention->place->id == "Bishkek");

  std::string doc2 = "Protest near Dordoy market in Bishkek, Oktyabr district.";
  std::deque<geoparse::Mention> ms2{
      mention("Dordoy", doc2, place("Dordoy (China)", "CN.32"), 0.3, "spelling variant"),
      mention("Bishkek", doc2, place("Bishkek", "KG.01")),
      mention("Oktyabr", doc2, place("Oktyabr district", "KG.01", gazetteer::Kind::admin2))};
  auto kept2 = placed_all(ms2);
  auto chosen2 = event_places(kept2, {}, doc2);
  REQUIRE(chosen2.size() == 1);
  CHECK(chosen2[0].mention->place->id == "Bishkek");  // agreed on and a town: more precise than the district

  // Listed places are one event each: "in Baharak and Chah Ab districts".
  std::string doc3 = "Operations in Baharak and Chah Ab districts.";
  std::deque<geoparse::Mention> ms3{mention("Baharak", doc3, place("Baharak", "AF.26", gazetteer::Kind::admin2)),
                                    mention("Chah Ab", doc3, place("Chah Ab", "AF.26", gazetteer::Kind::admin2))};
  auto kept3 = placed_all(ms3);
  kept3[1].listed = true;
  CHECK(event_places(kept3, {}, doc3).size() == 2);
}
