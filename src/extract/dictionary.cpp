#include "extract/dictionary.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

#include "util/tsv.hpp"
#include "extract/words.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::events {
namespace {

namespace fs = std::filesystem;

// ACLED's actor types (its inter codes 1–8), which `kind` must be one of.
constexpr std::array<std::string_view, 8> kActorKinds{"state forces", "rebel group", "political militia",
                                                      "identity militia", "rioters", "protesters",
                                                      "civilians", "external forces"};
// ACLED's six event types; bordermap's own categories are sub-event types under them.
constexpr std::array<std::string_view, 6> kEventTypes{"Battles", "Explosions/Remote violence",
                                                      "Violence against civilians", "Protests", "Riots",
                                                      "Strategic developments"};

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

template <std::size_t N>
std::string joined(const std::array<std::string_view, N>& list) {
  std::string out;
  for (auto s : list) out += (out.empty() ? "" : ", ") + std::string(s);
  return out;
}

// "a|b|c" → {"a","b","c"}; an empty alternative is an error (a stray '|').
std::vector<std::string> split_bars(std::string_view field, const util::TsvReader& tsv, const char* what) {
  std::vector<std::string> out;
  if (trim(field).empty()) return out;
  std::size_t pos = 0;
  while (true) {
    auto bar = field.find('|', pos);
    auto part = trim(field.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos));
    if (part.empty()) throw InputError(tsv.where() + ": empty " + what + " between '|' separators");
    out.push_back(std::move(part));
    if (bar == std::string_view::npos) return out;
    pos = bar + 1;
  }
}

// The key under which two phrases count as the same: the words the matcher compares.
std::string phrase_key(const std::string& phrase, const util::TsvReader& tsv) {
  std::string error;
  if (!Pattern::compile(phrase, error)) throw InputError(tsv.where() + ": " + error);
  std::string key;
  bool caps = std::none_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  for (const auto& t : tokenize_words(phrase)) {
    if (t.kind == TokKind::punct && t.raw != "*") continue;
    key += (key.empty() ? "" : " ") + (caps ? t.raw : t.lower);
  }
  return key;
}

void open_checked(const fs::path& path) {
  if (!fs::exists(path))
    throw InputError(path.string() + ": dictionary file missing (the data build copies events/*.tsv into <data>/events)");
}

// The first row must name the columns, so a file with shifted columns fails loudly.
void expect_header(util::TsvReader& tsv, std::vector<std::string_view>& f, std::string_view header) {
  if (!tsv.next(f)) throw InputError(tsv.path().string() + ": empty file; expected the header '" + std::string(header) + "'");
  std::string got;
  for (std::size_t i = 0; i < f.size(); ++i) got += (i ? "\t" : "") + trim(f[i]);
  if (got != header) throw InputError(tsv.where() + ": expected the header '" + std::string(header) + "' (tab-separated)");
}

std::vector<Actor> load_actors(const fs::path& path) {
  open_checked(path);
  util::TsvReader tsv(path);
  std::vector<std::string_view> f;
  expect_header(tsv, f, "name\taliases\tkind\tcountry\tnote");
  std::vector<Actor> actors;
  std::map<std::string, std::pair<std::string, std::size_t>> owner;  // phrase key → (actor, line)
  while (tsv.next(f)) {
    if (f.size() < 4 || f.size() > 5)
      throw InputError(tsv.where() + ": expected 4 or 5 tab-separated fields (name, aliases, kind, country, note), found " +
                       std::to_string(f.size()));
    Actor a;
    a.name = trim(f[0]);
    if (a.name.empty()) throw InputError(tsv.where() + ": empty actor name");
    a.aliases = split_bars(f[1], tsv, "alias");
    a.kind = trim(f[2]);
    if (std::find(kActorKinds.begin(), kActorKinds.end(), a.kind) == kActorKinds.end())
      throw InputError(tsv.where() + ": unknown actor kind '" + a.kind + "' (one of: " + joined(kActorKinds) + ")");
    a.country = trim(f[3]);
    if (!a.country.empty() &&
        (a.country.size() != 2 || !std::all_of(a.country.begin(), a.country.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
      throw InputError(tsv.where() + ": country '" + a.country + "' is not an ISO 3166 alpha-2 code");
    std::vector<std::string> phrases{a.name};
    phrases.insert(phrases.end(), a.aliases.begin(), a.aliases.end());
    for (const auto& p : phrases) {
      auto key = phrase_key(p, tsv);
      auto [it, fresh] = owner.emplace(key, std::pair{a.name, tsv.line_number()});
      if (fresh) continue;
      if (it->second.first != a.name)
        throw InputError(tsv.where() + ": alias '" + p + "' of '" + a.name + "' already names '" + it->second.first +
                         "' (line " + std::to_string(it->second.second) + ")");
      if (it->second.second != tsv.line_number())
        throw InputError(tsv.where() + ": actor '" + a.name + "' already defined (line " +
                         std::to_string(it->second.second) + ")");
      // The same row spelling one name two ways ("Lashkar-e Mansouri", "Lashkar-e-Mansouri") is fine.
    }
    actors.push_back(std::move(a));
  }
  if (actors.empty()) throw InputError(path.string() + ": no actors");
  return actors;
}

std::vector<EventType> load_event_types(const fs::path& path) {
  open_checked(path);
  util::TsvReader tsv(path);
  std::vector<std::string_view> f;
  expect_header(tsv, f, "event_type\tsub_event_type\ttriggers\tnote");
  std::vector<EventType> types;
  std::map<std::string, std::pair<std::string, std::size_t>> owner;  // trigger key → (sub type, line)
  std::map<std::string, std::size_t> seen;                             // type/sub type → line
  while (tsv.next(f)) {
    if (f.size() < 3 || f.size() > 4)
      throw InputError(tsv.where() + ": expected 3 or 4 tab-separated fields (event_type, sub_event_type, triggers, note), found " +
                       std::to_string(f.size()));
    EventType t;
    t.event_type = trim(f[0]);
    if (std::find(kEventTypes.begin(), kEventTypes.end(), t.event_type) == kEventTypes.end())
      throw InputError(tsv.where() + ": unknown event type '" + t.event_type + "' (one of: " + joined(kEventTypes) +
                       "; bordermap's own categories are sub-event types)");
    t.sub_event_type = trim(f[1]);
    if (t.sub_event_type.empty()) throw InputError(tsv.where() + ": empty sub_event_type");
    auto [sit, fresh_type] = seen.emplace(t.event_type + "/" + t.sub_event_type, tsv.line_number());
    if (!fresh_type)
      throw InputError(tsv.where() + ": '" + t.event_type + " / " + t.sub_event_type + "' already defined (line " +
                       std::to_string(sit->second) + ")");
    t.triggers = split_bars(f[2], tsv, "trigger");
    if (t.triggers.empty()) throw InputError(tsv.where() + ": '" + t.sub_event_type + "' has no triggers");
    for (const auto& trig : t.triggers) {
      auto key = phrase_key(trig, tsv);
      auto [it, fresh] = owner.emplace(key, std::pair{t.sub_event_type, tsv.line_number()});
      if (!fresh)
        throw InputError(tsv.where() + ": trigger '" + trig + "' already listed for '" + it->second.first + "' (line " +
                         std::to_string(it->second.second) + ")");
    }
    types.push_back(std::move(t));
  }
  if (types.empty()) throw InputError(path.string() + ": no event types");
  return types;
}

std::vector<StateForces> load_state_forces(const fs::path& path) {
  open_checked(path);
  util::TsvReader tsv(path);
  std::vector<std::string_view> f;
  expect_header(tsv, f, "country\tdemonyms\tname\tuntil\tnote");
  std::vector<StateForces> rows;
  while (tsv.next(f)) {
    if (f.size() < 3 || f.size() > 5)
      throw InputError(tsv.where() + ": expected 3 to 5 tab-separated fields (country, demonyms, name, until, note), found " +
                       std::to_string(f.size()));
    StateForces r;
    r.country = trim(f[0]);
    if (r.country.size() != 2 || !std::all_of(r.country.begin(), r.country.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      throw InputError(tsv.where() + ": country '" + r.country + "' is not an ISO alpha-2 code");
    r.demonyms = split_bars(f[1], tsv, "demonym");
    for (const auto& d : r.demonyms) r.demonym_words.push_back(tokenize_words(d));
    r.name = trim(f[2]);
    if (r.name.empty()) throw InputError(tsv.where() + ": empty name");
    if (f.size() > 3) r.until = trim(f[3]);
    if (!r.until.empty() && !parse_iso_date(r.until))
      throw InputError(tsv.where() + ": until '" + r.until + "' is not a YYYY-MM-DD date");
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace

Dictionaries Dictionaries::load(const std::filesystem::path& dir) {
  Dictionaries d;
  d.actors = load_actors(dir / "actors.tsv");
  d.event_types = load_event_types(dir / "event_types.tsv");
  d.state_forces = load_state_forces(dir / "state_forces.tsv");
  return d;
}

}  // namespace bordermap::events
