// ACLED inter codes from actors.tsv kinds, and the interaction and civilian_targeting that
// follow from two actors and an event type.
#include <doctest/doctest.h>

#include "extract/inter_codes.hpp"

using namespace bordermap::events;

TEST_CASE("inter code of each actor kind actors.tsv uses") {
  struct Case {
    const char* kind;
    std::optional<int> code;
  };
  const Case cases[] = {
      {"state forces", 1},      {"rebel group", 2},       {"political militia", 3}, {"identity militia", 4},
      {"rioters", 5},           {"protesters", 6},        {"civilians", 7},         {"external forces", 8},
      {"State Forces", 1},      {"rebel groups", 2},      {"protestors", 6},        {" civilians ", 7},
      {"", 0},                  {"bandits", std::nullopt}, {"state", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.kind);
    CHECK(inter_code(c.kind) == c.code);
  }
}

TEST_CASE("interaction: the two codes, lower first; a sole actor's code then 0") {
  CHECK(interaction_code(1, 2) == 12);
  CHECK(interaction_code(2, 1) == 12);
  CHECK(interaction_code(1, 7) == 17);
  CHECK(interaction_code(7, 2) == 27);
  CHECK(interaction_code(1, 1) == 11);
  CHECK(interaction_code(8, 1) == 18);
  CHECK(interaction_code(6, 0) == 60);
  CHECK(interaction_code(0, 6) == 60);
  CHECK(interaction_code(0, 0) == 0);
  CHECK_FALSE(interaction_code(9, 1));
  CHECK_FALSE(interaction_code(1, -1));
}

TEST_CASE("an event's codes from its actors' kinds and its type") {
  struct Case {
    const char *kind1, *kind2, *type;
    InterCodes want;
  };
  const Case cases[] = {
      {"state forces", "rebel group", "Battles", {1, 2, 12, ""}},
      {"rebel group", "state forces", "Battles", {2, 1, 12, ""}},
      {"state forces", "civilians", "Violence against civilians", {1, 7, 17, "Civilian targeting"}},
      {"rebel group", "civilians", "Explosions/Remote violence", {2, 7, 27, "Civilian targeting"}},
      {"state forces", "rebel group", "Explosions/Remote violence", {1, 2, 12, ""}},
      {"rioters", "civilians", "Riots", {5, 7, 57, "Civilian targeting"}},
      {"protesters", "", "Protests", {6, 0, 60, ""}},
      {"state forces", "protesters", "Protests", {1, 6, 16, ""}},
      // Civilians in a non-violent event are not targeted in ACLED's sense.
      {"state forces", "civilians", "Strategic developments", {1, 7, 17, ""}},
      {"external forces", "state forces", "Battles", {8, 1, 18, ""}},
      // An unknown kind is no guess: 0, and no interaction.
      {"bandits", "state forces", "Battles", {0, 1, std::nullopt, ""}},
      {"unknown", "civilians", "Violence against civilians", {0, 7, std::nullopt, "Civilian targeting"}},
  };
  for (const auto& c : cases) {
    INFO(c.kind1, " / ", c.kind2, " / ", c.type);
    const InterCodes got = inter_codes(c.kind1, c.kind2, c.type);
    CHECK(got.inter1 == c.want.inter1);
    CHECK(got.inter2 == c.want.inter2);
    CHECK(got.interaction == c.want.interaction);
    CHECK(got.civilian_targeting == c.want.civilian_targeting);
  }
}
