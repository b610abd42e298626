#include "export_fixture_test.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <variant>

#include "formats/export_properties.hpp"

namespace bordermap::test {

using events::Date;
using events::Event;

std::vector<Event> fixture_events() {
  std::vector<Event> out;
  auto base = [](std::string id) {
    Event e;
    e.id = std::move(id);
    e.created = "2021-09-26T08:00:00Z";
    e.modified = "2021-09-26T09:30:00Z";
    return e;
  };

  Event a = base("ev-00000000000000a1");
  a.event_date = Date{2021, 9, 25};
  a.date_start = a.date_end = a.event_date;
  a.time_precision = 1;
  a.date_prec = 1;
  a.event_type = "Strategic developments";
  a.sub_event_type = "Troop deployment";
  a.actor1 = "Taliban";
  a.location = {"geonames:1142170", "Fayzabad", "Badakhshan", "Fayzabad District", "AF", 37.11664, 70.58002};
  a.geo_precision = 1;
  a.where_prec = 1;
  a.uncertainty_radius_m = 2500.5;
  a.border = {"AF-TJ", "AF", 41.25, 612.875, "Badakhshan (AF) – Gorno-Badakhshan (TJ)"};
  a.source = {"Bakhtar News Agency", "https://example.org/report?id=7&lang=en", Date{2021, 9, 26}};
  a.claimant = "Taliban spokesman";
  a.source_reliability = "B";
  a.info_credibility = "2";
  a.notes = "Reinforcements \"arrived\", reportedly, by road";
  a.tags = {"deployment", "border"};
  a.provenance = {"reports/2021-09-26.txt", 120, 260, 150, 158};
  out.push_back(a);

  Event b = base("ev-00000000000000b2");
  b.event_date = Date{2021, 9, 24};
  b.time_precision = 1;
  b.event_type = "alert or mobilisation";
  b.actor1 = "Tajik security forces";
  b.location = {"geonames:1221194", "Kŭlob", "Khatlon", "", "TJ", 37.91459, 69.78454};
  b.geo_precision = 1;
  b.border = {"AF-TJ", "TJ", 48.5, 301.125, ""};
  b.source = {"Asia-Plus", "", std::nullopt};
  b.notes = "First line\nsecond line, with a comma";
  b.analyst_reviewed = true;
  out.push_back(b);

  Event c = base("ev-00000000000000c3");
  c.event_date = Date{2021, 9, 23};
  c.event_type = "Battles";
  c.sub_event_type = "Armed clash";
  c.actor1 = "Taliban";
  c.actor2 = "Jamaat Ansorullah";
  c.assoc_actors = {"Lashkar-e Mansouri", "National Resistance Front"};
  c.location = {"", "Хорог", "Gorno-Badakhshan", "", "TJ", 37.48974, 71.55304};
  c.claimant = "Mujahid's office";
  c.fatalities_best = 2;
  c.fatalities_low = 1;
  c.fatalities_high = 4;
  c.notes = "Quote: \"\"double\"\", comma, and a tab\there";
  out.push_back(c);

  Event d = base("ev-00000000000000d4");  // no place: null geometry, kept and flagged
  d.event_date = Date{2021, 9, 22};
  d.event_type = "threat or statement";
  d.flagged_no_location = true;
  d.where_prec = 6;
  out.push_back(d);

  Event e = base("ev-00000000000000e5");  // a week-long span
  e.event_date = Date{2021, 9, 20};
  e.date_start = Date{2021, 9, 20};
  e.date_end = Date{2021, 9, 26};
  e.time_precision = 2;
  e.date_prec = 3;
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Shelling/artillery/missile attack";
  e.location = {"geonames:1133657", "Māymay", "Badakhshan", "", "AF", 38.40856, 71.03839};
  e.geo_precision = 2;
  e.where_prec = 2;
  e.fatalities_best = 0;
  out.push_back(e);

  Event f = base("ev-00000000000000f6");  // nothing optional at all
  f.event_type = "";
  out.push_back(f);

  Event g = base("acled:AFG0001");  // as an ACLED import leaves it
  g.event_date = Date{2021, 9, 18};
  g.event_type = "Protests";
  g.sub_event_type = "Peaceful protest";
  g.actor1 = "Protesters (Afghanistan)";
  g.location = {"", "Taloqan", "Takhar", "Taloqan", "AF", 36.73605, 69.53451};
  g.geo_precision = 1;
  g.where_prec = 1;
  g.date_prec = 1;
  g.time_precision = 1;
  g.source = {"Pajhwok Afghan News", "", std::nullopt};
  g.inter1 = 6;
  g.interaction = 60;
  g.attributes = {{"source_scale", "National"}, {"population_best", "1200"}};
  out.push_back(g);

  Event h = base("ev-00000000000000h8");
  h.event_date = Date{2021, 9, 25};
  h.event_type = "crossing of the border";
  h.actor1 = "Tajik border guards";
  h.location = {"geonames:1131591", "Nūsay", "Badakhshan", "", "AF", 38.4435, 70.80413};
  h.border = {"AF-TJ", "AF", 0.75, 480, "Badakhshan (AF) – Gorno-Badakhshan (TJ)"};
  h.notes = "Ends with a newline\n";
  h.tags = {"river; crossing"};  // a semicolon inside one tag
  out.push_back(h);

  Event i = base("ev-00000000000000i9");  // southern and western hemisphere values
  i.event_date = Date{2020, 2, 29};
  i.event_type = "agreement";
  i.location = {"", "Test point", "", "", "", -33.865143, -151.2099};
  out.push_back(i);

  Event j = base("ev-00000000000000j0");
  j.event_date = Date{2021, 9, 27};
  j.event_type = "Battles";
  j.actor1 = "Taliban";
  j.location = {"geonames:1221614", "Ishqoshim", "Gorno-Badakhshan", "", "TJ", 36.72484, 71.61331};
  j.notes = "<b>not markup</b> & ampersand";
  out.push_back(j);
  return out;
}

namespace {

struct ViewEq {
  bool operator()(const events::props::View& a, const events::props::View& b) const {
    if (a.index() != b.index()) return false;
    if (auto* x = std::get_if<double>(&a)) return std::fabs(*x - std::get<double>(b)) < 1e-9;
    if (auto* x = std::get_if<const std::vector<std::string>*>(&a))
      return **x == *std::get<const std::vector<std::string>*>(b);
    if (auto* x = std::get_if<const events::props::Attributes*>(&a))
      return **x == *std::get<const events::props::Attributes*>(b);
    return a == b;
  }
};

std::string show(const events::props::View& v) {
  struct S {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(std::string_view s) const { return "'" + std::string(s) + "'"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return std::to_string(d); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const Date& d) const {
      return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day);
    }
    std::string operator()(const std::vector<std::string>* l) const {
      std::string s = "[";
      for (const auto& x : *l) s += "'" + x + "' ";
      return s + "]";
    }
    std::string operator()(const events::props::Attributes* a) const {
      std::string s = "{";
      for (const auto& [k, x] : *a) s += k + "='" + x + "' ";
      return s + "}";
    }
  };
  return std::visit(S{}, v);
}

void check_coordinate(const char* what, const std::optional<double>& a, const std::optional<double>& b) {
  INFO(what);
  REQUIRE(a.has_value() == b.has_value());
  if (a) CHECK(std::fabs(*a - *b) < 1e-6);
}

}  // namespace

void check_same_events(const std::vector<Event>& expected, const std::vector<Event>& actual) {
  REQUIRE(expected.size() == actual.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Event& a = expected[i];
    const Event& b = actual[i];
    INFO("event " << i << " (" << a.id << ")");
    for (const auto& p : events::props::properties()) {
      auto va = p.get(a), vb = p.get(b);
      INFO("field " << p.name() << ": expected " << show(va) << ", got " << show(vb));
      CHECK(ViewEq{}(va, vb));
    }
    check_coordinate("lat", a.location.lat, b.location.lat);
    check_coordinate("lon", a.location.lon, b.location.lon);
  }
}

namespace {

// The per-process folder of all fresh_dir()s, removed when the test run ends.
struct TempRoot {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("bordermap_evio_" + std::to_string(::getpid()));
  ~TempRoot() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

std::filesystem::path fresh_dir(const std::string& name) {
  static TempRoot root;
  auto d = root.path / name;
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path events_io_data(const std::string& name) {
  return std::filesystem::path(BORDERMAP_TEST_DATA_DIR) / "events_io" / name;
}

}  // namespace bordermap::test
