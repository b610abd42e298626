// The actor and event-type dictionaries: loading, their errors (file:line), and the golden
// tables of phrases → actors and sentences → event types.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "util/tsv.hpp"
#include "extract/dictionary.hpp"
#include "extract/actors.hpp"
#include "extract/types.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;
using namespace bordermap;
using namespace bordermap::events;

namespace {

const Dictionaries& shipped() {
  static const Dictionaries d = Dictionaries::load(fs::path(BORDERMAP_SOURCE_DIR) / "events");
  return d;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("bordermap-dict-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name, std::ios::binary) << text; }
};

const char* kActorsHeader = "name\taliases\tkind\tcountry\tnote\n";
const char* kForcesHeader = "country\tdemonyms\tname\tuntil\tnote\n";
const char* kTypesHeader = "event_type\tsub_event_type\ttriggers\tnote\n";
const char* kGoodTypes = "event_type\tsub_event_type\ttriggers\tnote\nBattles\tArmed clash\tclash*|fighting\t\n";
const char* kGoodActors = "name\taliases\tkind\tcountry\tnote\nTaliban\tIslamic Emirate\tstate forces\tAF\t\n";

std::string load_error(const TempDir& dir) {
  try {
    Dictionaries::load(dir.path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the shipped dictionaries load and are large enough") {
  const auto& d = shipped();
  CHECK(d.actors.size() >= 25);
  CHECK(d.event_types.size() >= 20);
  auto has_type = [&](const std::string& t, const std::string& s) {
    return std::any_of(d.event_types.begin(), d.event_types.end(),
                       [&](const EventType& e) { return e.event_type == t && e.sub_event_type == s; });
  };
  for (auto* s : {"Troop deployment", "Militant presence", "Alert or mobilisation", "Threat or statement",
                  "Border crossing", "Agreement", "Headquarters or base established", "Arrests"})
    CHECK_MESSAGE(has_type("Strategic developments", s), s);
  CHECK(has_type("Battles", "Armed clash"));
  CHECK(has_type("Protests", "Peaceful protest"));
  CHECK(d.event_types.back().sub_event_type == "Other");
}

TEST_CASE("golden actor table: phrase → canonical actor") {
  ActorMatcher m(shipped());
  util::TsvReader tsv(fs::path(BORDERMAP_TEST_DATA_DIR) / "events" / "actor_cases.tsv");
  std::vector<std::string_view> f;
  REQUIRE(tsv.next(f));
  int rows = 0;
  while (tsv.next(f)) {
    REQUIRE_MESSAGE(f.size() >= 2, tsv.where());
    ++rows;
    std::string text(f[0]), want(f[1]);
    INFO(tsv.where(), ": '", text, "'");
    auto got = m.first_in(text);
    CHECK(got == (want == "-" ? "" : want));
  }
  CHECK(rows >= 30);
  MESSAGE(rows, " actor rows");
}

TEST_CASE("golden type table: sentence → event type") {
  TypeMatcher m(shipped());
  util::TsvReader tsv(fs::path(BORDERMAP_TEST_DATA_DIR) / "events" / "type_cases.tsv");
  std::vector<std::string_view> f;
  REQUIRE(tsv.next(f));
  int rows = 0;
  while (tsv.next(f)) {
    REQUIRE_MESSAGE(f.size() >= 3, tsv.where());
    ++rows;
    std::string sentence(f[0]), type(f[1]), sub(f[2]);
    INFO(tsv.where(), ": '", sentence, "'");
    auto got = m.classify(tokenize_words(sentence));
    if (type == "-") {
      CHECK_MESSAGE(!got, "typed as ", got ? shipped().event_types[got->type].sub_event_type : "");
      continue;
    }
    REQUIRE(got);
    CHECK(shipped().event_types[got->type].event_type == type);
    CHECK(shipped().event_types[got->type].sub_event_type == sub);
  }
  CHECK(rows >= 30);
  MESSAGE(rows, " type rows");
}

TEST_CASE("dictionary errors name the file and line") {
  TempDir dir;
  CHECK(load_error(dir).find("actors.tsv: dictionary file missing") != std::string::npos);

  dir.write("event_types.tsv", kGoodTypes);
  dir.write("actors.tsv", std::string(kActorsHeader) + "Taliban\tIslamic Emirate\tstate forces\n");
  CHECK(load_error(dir).find("actors.tsv:2: expected 4 or 5 tab-separated fields") != std::string::npos);

  dir.write("actors.tsv", std::string(kActorsHeader) + "Taliban\tIslamic Emirate\tgovernment\tAF\t\n");
  CHECK(load_error(dir).find("actors.tsv:2: unknown actor kind 'government'") != std::string::npos);

  dir.write("actors.tsv", std::string(kActorsHeader) + "Taliban\tIslamic Emirate\tstate forces\tAFG\t\n");
  CHECK(load_error(dir).find("actors.tsv:2: country 'AFG'") != std::string::npos);

  dir.write("actors.tsv", std::string(kActorsHeader) + "Taliban\tIslamic Emirate||IEA\tstate forces\tAF\t\n");
  CHECK(load_error(dir).find("actors.tsv:2: empty alias") != std::string::npos);

  dir.write("actors.tsv", std::string(kActorsHeader) + "# a comment\nTaliban\tIslamic Emirate\tstate forces\tAF\t\n"
                                                       "NRF group\tislamic emirate\trebel group\tAF\t\n");
  CHECK(load_error(dir).find("actors.tsv:4: alias 'islamic emirate' of 'NRF group' already names 'Taliban' (line 3)") !=
        std::string::npos);

  dir.write("actors.tsv", std::string(kActorsHeader) + "Taliban\t\tstate forces\tAF\t\nTaliban\t\tstate forces\tAF\t\n");
  CHECK(load_error(dir).find("actors.tsv:3: actor 'Taliban' already defined (line 2)") != std::string::npos);

  dir.write("actors.tsv", "name\tkind\n");
  CHECK(load_error(dir).find("actors.tsv:1: expected the header") != std::string::npos);

  dir.write("actors.tsv", kActorsHeader);
  CHECK(load_error(dir).find("no actors") != std::string::npos);

  dir.write("actors.tsv", kGoodActors);
  dir.write("event_types.tsv", std::string(kTypesHeader) + "Skirmishes\tSmall\tskirmish\t\n");
  CHECK(load_error(dir).find("event_types.tsv:2: unknown event type 'Skirmishes'") != std::string::npos);

  dir.write("event_types.tsv", std::string(kTypesHeader) + "Battles\tArmed clash\t\t\n");
  CHECK(load_error(dir).find("event_types.tsv:2: 'Armed clash' has no triggers") != std::string::npos);

  dir.write("event_types.tsv", std::string(kTypesHeader) + "Battles\tArmed clash\t* clash\t\n");
  CHECK(load_error(dir).find("event_types.tsv:2: phrase '* clash' starts or ends with a '*' gap") != std::string::npos);

  dir.write("event_types.tsv", std::string(kTypesHeader) + "Battles\tArmed clash\tclash\t\nRiots\tMob violence\tClash\t\n");
  CHECK(load_error(dir).find("event_types.tsv:3: trigger 'Clash' already listed for 'Armed clash' (line 2)") !=
        std::string::npos);

  dir.write("event_types.tsv", std::string(kTypesHeader) + "Battles\tArmed clash\tclash\t\nBattles\tArmed clash\tfight\t\n");
  CHECK(load_error(dir).find("event_types.tsv:3: 'Battles / Armed clash' already defined (line 2)") != std::string::npos);

  dir.write("event_types.tsv", kGoodTypes);
  CHECK(load_error(dir).find("state_forces.tsv: dictionary file missing") != std::string::npos);

  dir.write("state_forces.tsv", std::string(kForcesHeader) + "AFG\tAfghan\tAfghan forces\t\t\n");
  CHECK(load_error(dir).find("state_forces.tsv:2: country 'AFG' is not an ISO alpha-2 code") != std::string::npos);
  dir.write("state_forces.tsv", std::string(kForcesHeader) + "AF\tAfghan\tAfghan forces\t15 August 2021\t\n");
  CHECK(load_error(dir).find("state_forces.tsv:2: until '15 August 2021' is not a YYYY-MM-DD date") != std::string::npos);
  dir.write("state_forces.tsv", std::string(kForcesHeader) + "AF\tAfghan\n");
  CHECK(load_error(dir).find("state_forces.tsv:2: expected 3 to 5 tab-separated fields") != std::string::npos);

  dir.write("state_forces.tsv", std::string(kForcesHeader) + "AF\tAfghan|Afghanistan's\tOld forces\t2021-08-15\t\n"
                                                         "AF\tAfghan\tNew forces\t\t\n");
  auto d = Dictionaries::load(dir.path);
  REQUIRE(d.state_forces.size() == 2);
  CHECK(d.state_forces[0].demonyms == std::vector<std::string>{"Afghan", "Afghanistan's"});
  CHECK(d.state_forces[0].until == "2021-08-15");
  CHECK(d.state_forces[1].until.empty());
  REQUIRE(d.actors.size() == 1);
  CHECK(d.actors[0].aliases == std::vector<std::string>{"Islamic Emirate"});
  REQUIRE(d.event_types.size() == 1);
  CHECK(d.event_types[0].triggers == std::vector<std::string>{"clash*", "fighting"});
}

TEST_CASE("phrase patterns: prefixes, gaps, capitals, possessives") {
  std::string err;
  auto match = [&](const std::string& phrase, const std::string& text) {
    auto p = Pattern::compile(phrase, err);
    REQUIRE(p);
    auto toks = tokenize_words(text);
    for (std::size_t i = 0; i < toks.size(); ++i)
      if (p->match_at(toks, i)) return true;
    return false;
  };
  CHECK(match("deploy*", "troops were redeployed and deployment began"));
  CHECK(match("sent * units", "sent extra army units"));
  CHECK_FALSE(match("sent * units", "sent a lot of extra army units"));  // four words: too far
  CHECK_FALSE(match("sent * units", "sent extra, army units"));          // a gap never crosses punctuation
  CHECK(match("IS", "the IS cell"));
  CHECK_FALSE(match("IS", "this is it"));
  CHECK(match("Islamic Emirate", "the Islamic Emirate's army"));
  CHECK_FALSE(match("Islamic Emirate Mansoori Army", "the Islamic Emirate's Mansoori Army"));
  CHECK(match("People's Liberation Army", "the People's Liberation Army"));
  CHECK(match("Lashkar-e Mansouri", "Lashkar-e-Mansouri"));
  CHECK_FALSE(Pattern::compile("*", err));
  CHECK_FALSE(Pattern::compile("clash *", err));
}
