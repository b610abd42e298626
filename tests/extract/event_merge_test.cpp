// Readings of one event merge; readings of two stay apart. Readings are built by hand here:
// the rules are about dates, places, agents and types, not about any sentence.
#include <doctest/doctest.h>

#include <deque>

#include "extract/event_merge.hpp"

using namespace bordermap;
using namespace bordermap::events;

namespace {

struct Fixture {
  std::deque<geoparse::Mention> mentions;  // stable addresses for PlacedMention

  PlacedMention place(const std::string& id, double lat, double lon, gazetteer::Kind kind = gazetteer::Kind::populated_place,
                      const std::string& admin1_code = "AF.24") {
    geoparse::Mention m;
    m.text = id;
    gazetteer::Place p;
    p.id = id;
    p.kind = kind;
    p.country = admin1_code.substr(0, 2);
    p.admin1_code = admin1_code;
    p.lat = lat;
    p.lon = lon;
    m.place = p;
    mentions.push_back(m);
    PlacedMention pm;
    pm.mention = &mentions.back();
    pm.geo_precision = kind == gazetteer::Kind::populated_place ? 1 : 3;
    return pm;
  }
};

EventReading reading(const std::string& type, const std::string& sub, std::optional<Date> own = std::nullopt) {
  EventReading r;
  r.event_type = type;
  r.sub_event_type = sub;
  r.violent = type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians";
  r.statement = sub == "Threat or statement";
  if (own) {
    r.date = make_span(*own, *own);
    r.own_date = true;
  }
  r.text = sub;
  return r;
}

ActorRef named(const std::string& name) { return ActorRef{0, 0, name, "state forces", std::nullopt}; }

}  // namespace

TEST_CASE("merge: the details of an event join it") {
  Fixture f;
  auto attack = reading("Battles", "Armed clash", Date{2022, 3, 4});
  attack.actor1 = named("Taliban");
  attack.places = {f.place("kunduz-province", 36.7, 68.8, gazetteer::Kind::admin1)};
  attack.fatalities = 2;
  auto deaths = reading("Battles", "Armed clash");  // "Two soldiers were killed." (typed by its target)
  deaths.generic_type = true;
  deaths.fatalities = 3;
  auto arrests = reading("Strategic developments", "Arrests");  // "Two attackers were detained."
  auto merged = merge_readings({attack, deaths, arrests});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].sub_event_type == "Armed clash");
  CHECK(*merged[0].fatalities == 3);  // the largest report, not the sum
  CHECK(merged[0].actor1->name == "Taliban");
}

TEST_CASE("merge: a later sentence's precise place and own date fill in") {
  Fixture f;
  auto vague = reading("Battles", "Armed clash");
  vague.places = {f.place("kunduz-province", 36.7, 68.8, gazetteer::Kind::admin1)};
  auto precise = reading("Battles", "Armed clash", Date{2022, 3, 4});
  precise.places = {f.place("imam-sahib", 37.18, 68.91)};  // inside the province
  auto merged = merge_readings({vague, precise});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].places[0].mention->place->id == "imam-sahib");
  CHECK(merged[0].own_date);
}

TEST_CASE("merge: another day, a distant place, another agent or another paragraph stay apart") {
  Fixture f;
  auto a = reading("Battles", "Armed clash", Date{2022, 3, 4});
  auto b = reading("Battles", "Armed clash", Date{2022, 3, 5});
  CHECK(merge_readings({a, b}).size() == 2);

  auto here = reading("Battles", "Armed clash");
  here.places = {f.place("khorog", 37.49, 71.55, gazetteer::Kind::populated_place, "TJ.01")};
  auto there = reading("Battles", "Armed clash");
  there.places = {f.place("kunduz", 36.73, 68.86)};
  CHECK(merge_readings({here, there}).size() == 2);

  auto taliban = reading("Strategic developments", "Troop deployment");
  taliban.actor1 = named("Taliban");
  auto tajik = reading("Strategic developments", "Troop deployment");
  tajik.actor1 = named("Tajik security forces");
  CHECK(merge_readings({taliban, tajik}).size() == 2);

  auto first = reading("Battles", "Armed clash");
  auto second = reading("Battles", "Armed clash");
  second.paragraph = 1;  // no shared place to say it is the same fight
  CHECK(merge_readings({first, second}).size() == 2);
}

TEST_CASE("merge: threats stay events of their own; arrests after a protest make it an intervention") {
  auto clash = reading("Battles", "Armed clash");
  auto warning = reading("Strategic developments", "Threat or statement");
  warning.actor1 = named("Government of Tajikistan");
  CHECK(merge_readings({clash, warning}).size() == 2);

  auto protest = reading("Protests", "Peaceful protest", Date{2022, 5, 1});
  protest.priority = 14;
  auto detained = reading("Strategic developments", "Arrests");
  auto merged = merge_readings({protest, detained});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].sub_event_type == "Protest with intervention");
}
