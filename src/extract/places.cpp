#include "extract/places.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

namespace bordermap::events {
namespace {

using gazetteer::Kind;
using Words = std::initializer_list<std::string_view>;

enum class Role { location, seat, reference, metonym, attribution, container };

const char* role_note(Role r) {
  switch (r) {
    case Role::seat: return "seat of those named";
    case Role::reference: return "reference point";
    case Role::metonym: return "stands for its government";
    case Role::attribution: return "in an actor's name or the attribution";
    case Role::container: return "contains a more precise place";
    case Role::location: break;
  }
  return "";
}

// Do the words right before token `ti` (an article skipped) read `cue`?
bool cue_before(const std::vector<Tok>& toks, std::size_t ti, Words cue) {
  std::size_t k = ti;
  if (k > 0 && toks[k - 1].lower == "the") --k;
  if (k < cue.size()) return false;
  std::size_t j = k - cue.size();
  for (auto w : cue) {
    const Tok& t = toks[j++];
    if (t.kind == TokKind::punct || t.lower != w) return false;
  }
  return true;
}

bool any_cue(const std::vector<Tok>& toks, std::size_t ti, std::initializer_list<Words> cues) {
  return std::any_of(cues.begin(), cues.end(), [&](Words c) { return cue_before(toks, ti, c); });
}

bool seat_cue(const std::vector<Tok>& toks, std::size_t ti) {
  return any_cue(toks, ti,
                 {{"officials", "in"}, {"official", "in"}, {"authorities", "in"}, {"government", "in"},
                  {"rulers", "in"}, {"leadership", "in"}, {"leaders", "in"}, {"regime", "in"},
                  {"administration", "in"}, {"cabinet", "in"}, {"embassy", "in"}, {"ministry", "in"},
                  {"spokesman", "in"}, {"spokesperson", "in"}, {"correspondent", "in"}, {"reporters", "in"},
                  {"journalists", "in"}, {"sources", "in"}, {"officials", "from"}, {"delegation", "from"},
                  {"envoy", "to"}, {"ambassador", "to"}});
}

bool reference_cue(const std::vector<Tok>& toks, std::size_t ti) {
  return any_cue(toks, ti,
                 {{"across", "the", "river", "from"}, {"across", "the", "border", "from"}, {"across", "from"},
                  {"opposite"}, {"bordering"}, {"borders"}, {"neighbouring"}, {"neighboring"}, {"banned", "in"},
                  {"outlawed", "in"}, {"prohibited", "in"}, {"illegal", "in"}, {"designated", "in"},
                  {"recognised", "in"}, {"recognized", "in"}, {"natives", "of"}, {"native", "of"},
                  {"nationals", "of"}, {"citizens", "of"}, {"born", "in"}});
}

bool near_cue(const std::vector<Tok>& toks, std::size_t ti) {
  return any_cue(toks, ti,
                 {{"near"}, {"nearby"}, {"outside"}, {"close", "to"}, {"outskirts", "of"}, {"vicinity", "of"},
                  {"north", "of"}, {"south", "of"}, {"east", "of"}, {"west", "of"}, {"northeast", "of"},
                  {"northwest", "of"}, {"southeast", "of"}, {"southwest", "of"}, {"km", "from"},
                  {"kilometres", "from"}, {"kilometers", "from"}, {"miles", "from"}});
}

// Words after which a country or capital is a place, not its government.
bool locative_before(const std::vector<Tok>& toks, std::size_t ti) {
  static constexpr std::array<std::string_view, 53> words{
      "in", "into", "inside", "within", "at", "near", "from", "to", "towards", "toward", "across", "along",
      "on", "onto", "through", "throughout", "via", "around", "outside", "over", "under", "between", "of",
      "off", "beyond", "enter", "entered", "entering", "enters", "cross", "crossed", "crossing", "invade",
      "invaded", "invading", "reach", "reached", "reaching", "leave", "left", "leaving", "visit", "visited",
      "return", "returned", "northern", "southern", "eastern", "western", "central", "north", "south", "all"};
  std::size_t k = ti;
  if (k > 0 && toks[k - 1].lower == "the") --k;
  if (k == 0) return false;
  const Tok& t = toks[k - 1];
  return t.kind != TokKind::punct && std::find(words.begin(), words.end(), t.lower) != words.end();
}

// Tokens between two mentions that make the second a member of the first's list.
enum class Join { none, list, possessive };

Join join_between(const std::vector<Tok>& toks, const geoparse::Mention& a, const geoparse::Mention& b) {
  std::size_t i = token_at_or_after(toks, a.end), j = token_at_or_after(toks, b.start);
  std::vector<std::string_view> between;
  for (std::size_t k = i; k < j; ++k) between.push_back(toks[k].lower);
  if (between.empty()) {
    std::size_t last = i == 0 ? 0 : i - 1;
    return i > 0 && toks[last].possessive ? Join::possessive : Join::none;
  }
  using V = std::vector<std::string_view>;
  for (const V& sep : {V{","}, V{"and"}, V{",", "and"}, V{"or"}, V{",", "or"}, V{"/"}})
    if (between == sep) return Join::list;
  return Join::none;
}

bool is_country_or_capital(const gazetteer::Place& p) { return p.kind == Kind::country || p.feature_code == "PPLC"; }

// Is `inner` inside `outer` by the gazetteer's codes?
bool contains(const gazetteer::Place& outer, const gazetteer::Place& inner) {
  if (outer.id == inner.id) return false;
  switch (outer.kind) {
    case Kind::country:
      return inner.kind != Kind::country && !inner.country.empty() && inner.country == outer.country;
    case Kind::admin1:
      return inner.kind != Kind::country && inner.kind != Kind::admin1 && !outer.admin1_code.empty() &&
             inner.admin1_code == outer.admin1_code;
    case Kind::admin2:
      return (inner.kind == Kind::populated_place || inner.kind == Kind::facility) &&
             inner.admin1_code == outer.admin1_code && !inner.admin2.empty() &&
             (inner.admin2 == outer.name || inner.admin2 == outer.admin2);
    default:
      return false;
  }
}

void precision_of(const gazetteer::Place& p, bool near, PlacedMention& out) {
  switch (p.kind) {
    case Kind::populated_place:
      out.geo_precision = 1, out.where_prec = 1;
      out.radius_m = p.population >= 100000 ? 15000 : p.population >= 10000 ? 5000 : 2000;
      break;
    case Kind::facility: out.geo_precision = 1, out.where_prec = 1, out.radius_m = 1000; break;
    case Kind::admin2: out.geo_precision = 2, out.where_prec = 3, out.radius_m = 25000; break;
    case Kind::admin1: out.geo_precision = 3, out.where_prec = 4, out.radius_m = 100000; break;
    case Kind::country: out.geo_precision = 3, out.where_prec = 6, out.radius_m = 500000; break;
    case Kind::river: out.geo_precision = 3, out.where_prec = 5, out.radius_m = 100000; break;
    case Kind::mountain: out.geo_precision = 3, out.where_prec = 5, out.radius_m = 25000; break;
    case Kind::region:
    case Kind::other: out.geo_precision = 3, out.where_prec = 5, out.radius_m = 50000; break;
  }
  if (near && (p.kind == Kind::populated_place || p.kind == Kind::facility)) {
    out.geo_precision = 2, out.where_prec = 2, out.radius_m = 25000;
  }
}

}  // namespace

PlaceChoice choose_places(const PlaceContext& ctx) {
  const auto& toks = ctx.toks;
  std::vector<Role> roles;
  std::vector<Join> joins;
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i) {
    const auto& m = *ctx.mentions[i];
    const auto& place = *m.place;
    std::size_t ti = token_at_or_after(toks, m.start);
    Role role = Role::location;
    bool inside = std::any_of(ctx.excluded.begin(), ctx.excluded.end(),
                              [&](auto& s) { return m.start < s.second && s.first < m.end; });
    Join join = i > 0 ? join_between(toks, *ctx.mentions[i - 1], m) : Join::none;
    joins.push_back(join);
    std::size_t after = token_at_or_after(toks, m.end);
    bool based = after < toks.size() && toks[after].joiner == '-' && toks[after].lower == "based";
    // "Caucasus natives", "Tajikistan nationals": where people come from, not where they are.
    bool origin = after < toks.size() && toks[after].kind == TokKind::word &&
                  (toks[after].lower == "natives" || toks[after].lower == "nationals" || toks[after].lower == "citizens");
    if (inside) role = Role::attribution;
    else if (seat_cue(toks, ti) || based) role = Role::seat;
    else if (reference_cue(toks, ti) || origin) role = Role::reference;
    else if (join == Join::list) role = roles[i - 1];
    else if (join == Join::possessive && (roles[i - 1] == Role::seat || roles[i - 1] == Role::reference))
      role = roles[i - 1];
    else if (is_country_or_capital(place) && !locative_before(toks, ti) && join != Join::possessive)
      role = Role::metonym;
    // A country that only owns the next place ("Tajikistan's Khatlon Region") is its container.
    if (role == Role::metonym && i + 1 < ctx.mentions.size() &&
        join_between(toks, m, *ctx.mentions[i + 1]) == Join::possessive)
      role = Role::location;
    roles.push_back(role);
  }
  // The most precise places win: one that contains another kept place is only its context.
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i) {
    if (roles[i] != Role::location) continue;
    for (std::size_t j = 0; j < ctx.mentions.size(); ++j)
      if (j != i && roles[j] == Role::location && contains(*ctx.mentions[i]->place, *ctx.mentions[j]->place)) {
        roles[i] = Role::container;
        break;
      }
  }
  PlaceChoice out;
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i) {
    const auto& m = *ctx.mentions[i];
    if (roles[i] == Role::seat) out.seats.push_back(placed(m, false));
    if (roles[i] != Role::location) {
      std::string note = m.text + " (" + role_note(roles[i]) + ")";
      if (std::find(out.set_aside.begin(), out.set_aside.end(), note) == out.set_aside.end()) out.set_aside.push_back(note);
      continue;
    }
    bool seen = std::any_of(out.kept.begin(), out.kept.end(),
                            [&](const PlacedMention& k) { return k.mention->place->id == m.place->id; });
    if (seen) continue;
    out.kept.push_back(placed(m, near_cue(toks, token_at_or_after(toks, m.start))));
    out.kept.back().listed = joins[i] == Join::list;
  }
  // A river or a range is a line hundreds of km long: beside a town it only says where the
  // town lies ("on the Panj near Khorugh" happened at Khorugh).
  bool precise = std::any_of(out.kept.begin(), out.kept.end(), [](const PlacedMention& p) {
    auto k = p.mention->place->kind;
    return k != Kind::river && k != Kind::mountain && k != Kind::region && k != Kind::country;
  });
  if (precise)
    std::erase_if(out.kept, [&](const PlacedMention& p) {
      auto k = p.mention->place->kind;
      bool line = k == Kind::river || k == Kind::mountain;
      if (line) out.set_aside.push_back(p.mention->text + " (a line beside a more precise place)");
      return line;
    });
  return out;
}

const PlacedMention* most_precise_place(const std::vector<PlacedMention>& places) {
  const PlacedMention* best = nullptr;
  for (const auto& p : places)
    if (!best || p.geo_precision < best->geo_precision) best = &p;
  return best;
}

PlacedMention placed(const geoparse::Mention& m, bool near) {
  PlacedMention pm;
  pm.mention = &m;
  precision_of(*m.place, near, pm);
  return pm;
}

}  // namespace bordermap::events
