// Who did it to whom: agent and target around the event's verb, in both voices, with the
// generic actors ("soldiers", "gunmen", "villagers") beside the dictionary's named ones.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/generic_actors.hpp"
#include "extract/roles.hpp"
#include "extract/types.hpp"

using namespace bordermap::events;

namespace {

const Dictionaries& shipped() {
  static const Dictionaries d = Dictionaries::load(std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events");
  return d;
}

struct Read {
  std::string actor1, actor2;  // names; generic state forces as "state:CC", other generic kinds by name
  bool passive = false;
};

// Roles around the sentence's trigger (the dictionary's choice), as the extractor reads them.
Read read(const std::string& sentence, bool done_to = true) {
  const auto& d = shipped();
  ActorMatcher m(d);
  TypeMatcher t(d);
  auto toks = tokenize_words(sentence);
  std::vector<ActorRef> refs;
  std::vector<std::pair<std::size_t, std::size_t>> named;
  for (const auto& a : m.find(toks)) {
    named.emplace_back(a.first_tok, a.end_tok);
    refs.push_back({a.first_tok, a.end_tok, d.actors[a.actor].name, d.actors[a.actor].kind, std::nullopt});
  }
  for (const auto& g : find_generic_actors(toks, d.state_forces, named))
    refs.push_back({g.first_tok, g.end_tok, "", g.kind == GenericKind::civilians ? "civilians" : "generic", g});
  std::sort(refs.begin(), refs.end(), [](auto& a, auto& b) { return a.first_tok < b.first_tok; });
  auto type = t.classify(toks);
  REQUIRE_MESSAGE(type, sentence);
  auto r = assign_roles(toks, refs, type->first_tok, 0, 0, true, done_to);
  auto name = [&](std::optional<std::size_t> i) -> std::string {
    if (!i) return "-";
    const auto& a = refs[*i];
    if (!a.generic) return a.name;
    if (a.generic->kind == GenericKind::state_forces) return "state:" + a.generic->country;
    return generic_actor_name(*a.generic, d.state_forces, "", "");
  };
  return {name(r.actor1), name(r.actor2), r.passive};
}

}  // namespace

TEST_CASE("roles: the agent before an active verb, its object after it") {
  auto r = read("Taliban fighters ambushed Afghan soldiers near Kunduz.");
  CHECK(r.actor1 == "Taliban");
  CHECK(r.actor2 == "state:AF");
  CHECK_FALSE(r.passive);
  r = read("The National Resistance Front clashed with the Taliban in the valley.");
  CHECK(r.actor1 == "National Resistance Front");
  CHECK(r.actor2 == "Taliban");
  // Inside a gapped trigger ("attacked * checkpoint") the owner of the checkpoint is the target.
  r = read("Unknown gunmen attacked a Taliban checkpoint in Rustaq.");
  CHECK(r.actor1 == "Unidentified armed group");
  CHECK(r.actor2 == "Taliban");
}

TEST_CASE("roles: passive subjects are targets, 'by X' and the actor after the verb act") {
  auto r = read("Three border guards were shot and killed by Jamaat Ansorullah fighters.");
  CHECK(r.passive);
  CHECK(r.actor1 == "Jamaat Ansorullah");
  CHECK(r.actor2 == "state:");  // border guards with no demonym: the event's country decides whose
  r = read("Seven suspected ISIS-K militants were killed during Iranian army operations.");
  CHECK(r.actor1 == "state:IR");
  CHECK(r.actor2 == "ISIS-K");
  // A deployment is not done to anyone: its passive subject is the one deployed.
  r = read("Kyrgyz soldiers were deployed to Batken.", false);
  CHECK_FALSE(r.passive);
  CHECK(r.actor1 == "state:KG");
}

TEST_CASE("roles: victims are never the agent; the one blamed is") {
  auto r = read("Two villagers were wounded when a shell hit their house.");
  CHECK(r.actor1 == "-");
  CHECK(r.actor2 == "Civilians");
  r = read("Shepherds were attacked near the river, and local officials blamed Uzbek troops.");
  CHECK(r.actor1 == "state:UZ");
  CHECK(r.actor2 == "Civilians");
}

TEST_CASE("roles: the deed's noun followed by 'by X' or 'conducted by X' names X as the agent") {
  auto r = read("A militia commander was wounded in an ambush by Jamaat Ansorullah near the river.");
  CHECK(r.actor1 == "Jamaat Ansorullah");
  r = read("Ten ISIS-K fighters were killed in an airstrike conducted by Pakistani forces.");
  CHECK(r.actor1 == "Pakistani security forces");  // a named actor of the dictionary
  CHECK(r.actor2 == "ISIS-K");
}
