// Actors named by what they are: whose forces "soldiers" are (a demonym, else the event's
// country and date), unidentified gunmen, civilians, and nouns that only continue a name.
#include <doctest/doctest.h>

#include <filesystem>

#include "extract/dictionary.hpp"
#include "extract/generic_actors.hpp"

using namespace bordermap::events;

namespace {

const std::vector<StateForces>& forces() {
  static const Dictionaries d = Dictionaries::load(std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events");
  return d.state_forces;
}

std::vector<GenericMention> find(const std::string& s, std::vector<std::pair<std::size_t, std::size_t>> named = {}) {
  return find_generic_actors(tokenize_words(s), forces(), named);
}

}  // namespace

TEST_CASE("generic actors: demonyms name the country, modifiers stay in the phrase") {
  auto g = find("Pakistani security forces and Iranian police arrested two smugglers.");
  REQUIRE(g.size() == 2);  // "smugglers" is a named actor of the dictionary, not a generic noun
  CHECK(g[0].kind == GenericKind::state_forces);
  CHECK(g[0].country == "PK");
  CHECK(g[0].first_tok == 0);
  CHECK(g[1].country == "IR");
}

TEST_CASE("generic actors: 'forces' needs a demonym; unidentified gunmen are marked") {
  CHECK(find("Resistance forces held the pass.").empty());
  auto g = find("Afghan forces repelled the attack.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].country == "AF");
  g = find("Unknown gunmen opened fire on a bus.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].kind == GenericKind::armed_group);
  CHECK(g[0].unidentified);
  g = find("Three villagers and a teacher were hurt.");
  REQUIRE(g.size() == 2);
  CHECK(g[0].kind == GenericKind::civilians);
}

TEST_CASE("generic actors: a noun that continues or belongs to a named actor is not another actor") {
  // "Taliban" (tokens 0–1) is named; "militants" continues it, "checkpoint" belongs to it.
  CHECK(find("Taliban militants attacked.", {{0, 1}}).empty());
  CHECK(find("Taliban checkpoint burned.", {{0, 1}}).empty());
  // "fighters of Jamaat Ansorullah": tokens 2–4 are the name.
  CHECK(find("fighters of Jamaat Ansorullah gathered.", {{2, 4}}).empty());
}

TEST_CASE("state forces by country and era") {
  CHECK(state_forces_name(forces(), "AF", "2019-07-01") == "Former Afghan security forces");
  CHECK(state_forces_name(forces(), "AF", "2021-08-14") == "Former Afghan security forces");
  CHECK(state_forces_name(forces(), "AF", "2021-08-15") == "Taliban");
  CHECK(state_forces_name(forces(), "AF", "") == "Taliban");  // undated: the current era
  CHECK(state_forces_name(forces(), "TJ", "2022-01-01") == "Tajik security forces");
  CHECK(state_forces_name(forces(), "IN", "2022-01-01") == "Military Forces of India");
  CHECK(state_forces_name(forces(), "FR", "2022-01-01") == "Military Forces of France");  // not in the table
  CHECK(state_forces_name(forces(), "", "2022-01-01").empty());
}
