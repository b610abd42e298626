#include "formats/acled_columns.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "events/countries.hpp"
#include "formats/acled_regions.hpp"
#include "formats/export_properties.hpp"
#include "events/event_text.hpp"

namespace bordermap::events::acled {
namespace {

constexpr std::array<std::string_view, 8> kAttributeColumns = {
    "disorder_type", "assoc_actor_2", "iso", "region", "country", "admin3", "source_scale", "timestamp"};

const std::string* attribute(const Event& e, std::string_view name) {
  for (const auto& [k, v] : e.attributes)
    if (k == name) return &v;
  return nullptr;
}

bool ieq(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// assoc_actors holds both of ACLED's lists; those named in the assoc_actor_2 attribute go
// to that column, the rest to assoc_actor_1.
std::string assoc_actor_1(const Event& e) {
  const std::string* second = attribute(e, "assoc_actor_2");
  if (!second) return props::list_cell(e.assoc_actors);
  auto others = props::split_list(*second);
  std::vector<std::string> first;
  for (const auto& a : e.assoc_actors)
    if (std::find(others.begin(), others.end(), a) == others.end()) first.push_back(a);
  return props::list_cell(first);
}

// The inter columns: the model's code, else what an import of ACLED's 2024 format kept as
// text ("State forces"). An empty interaction is not filled in from the codes: the coder
// (extract/inter_codes.hpp) sets all three, and an import keeps what its file said.
std::string inter_cell(std::string_view c, const Event& e) {
  const std::optional<int>& code = c == "inter1" ? e.inter1 : c == "inter2" ? e.inter2 : e.interaction;
  if (code) return std::to_string(*code);
  if (const std::string* a = attribute(e, c)) return *a;
  return {};
}

// Unix seconds of an ISO 8601 UTC time as the store writes it ("2021-09-25T10:00:00Z").
std::optional<long long> unix_seconds(std::string_view iso) {
  auto day = props::parse_iso_day(iso);
  if (!day) return std::nullopt;
  int hh = 0, mm = 0, ss = 0;
  if (iso.size() >= 19 && (iso[10] == 'T' || iso[10] == ' ')) {
    auto two = [&](std::size_t at) { return (iso[at] - '0') * 10 + (iso[at + 1] - '0'); };
    hh = two(11), mm = two(14), ss = two(17);
  }
  using namespace std::chrono;
  const sys_days d = year_month_day{year{day->year}, month{static_cast<unsigned>(day->month)},
                                    std::chrono::day{static_cast<unsigned>(day->day)}};
  return d.time_since_epoch().count() * 86400LL + hh * 3600LL + mm * 60LL + ss;
}

}  // namespace

bool is_acled_column(std::string_view column) {
  return std::find(kColumns.begin(), kColumns.end(), column) != kColumns.end();
}

bool is_attribute_column(std::string_view column) {
  return std::find(kAttributeColumns.begin(), kAttributeColumns.end(), column) != kAttributeColumns.end();
}

bool writes_attribute(std::string_view column) {
  return is_attribute_column(column) || column == "inter1" || column == "inter2" || column == "interaction";
}

std::string derived(std::string_view c, const Event& e) {
  if (c == "disorder_type") return disorder_type(e.event_type, e.sub_event_type);
  if (c == "iso") {
    auto n = countries::numeric_of(e.location.country);
    return n ? std::to_string(*n) : std::string();
  }
  if (c == "country") return countries::acled_name_of(e.location.country);
  if (c == "region") return region_of(e.location.country);
  // ACLED's timestamp is when its row last changed: the store's modified time, else created.
  if (c == "timestamp") {
    auto t = unix_seconds(e.modified.empty() ? e.created : e.modified);
    return t ? std::to_string(*t) : std::string();
  }
  return {};
}

std::string cell(std::string_view c, const Event& e) {
  if (is_attribute_column(c)) {
    if (const std::string* a = attribute(e, c)) return *a;
    return derived(c, e);
  }
  if (c == "event_id_cnty") return e.id;
  if (c == "event_date") return e.event_date ? text::iso_date(*e.event_date) : std::string();
  if (c == "year") return e.event_date ? std::to_string(e.event_date->year) : std::string();
  if (c == "time_precision") return std::to_string(e.time_precision);
  if (c == "event_type") return e.event_type;
  if (c == "sub_event_type") return e.sub_event_type;
  if (c == "actor1") return e.actor1;
  if (c == "assoc_actor_1") return assoc_actor_1(e);
  if (c == "actor2") return e.actor2;
  if (c == "inter1" || c == "inter2" || c == "interaction") return inter_cell(c, e);
  if (c == "civilian_targeting") return e.civilian_targeting;
  if (c == "admin1") return e.location.admin1;
  if (c == "admin2") return e.location.admin2;
  if (c == "location") return e.location.name;
  if (c == "latitude") return e.location.lat ? text::number_text(*e.location.lat, 6) : std::string();
  if (c == "longitude") return e.location.lon ? text::number_text(*e.location.lon, 6) : std::string();
  if (c == "geo_precision") return std::to_string(e.geo_precision);
  if (c == "source") return e.source.publication;
  if (c == "notes") return e.notes;
  if (c == "fatalities") return e.fatalities_best ? std::to_string(*e.fatalities_best) : std::string();
  if (c == "tags") return props::list_cell(e.tags);
  return {};
}

std::optional<Date> parse_date(std::string_view s) {
  if (auto iso = props::parse_iso_day(s)) return iso;
  // "25 September 2021" / "25 Sep 2021" (also with '-' between the parts).
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  std::size_t i = 0;
  int day = 0, year = 0, digits = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && digits < 2) day = day * 10 + (s[i++] - '0'), ++digits;
  if (digits == 0 || i >= s.size() || (s[i] != ' ' && s[i] != '-')) return std::nullopt;
  std::size_t start = ++i;
  while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  std::string_view word = s.substr(start, i - start);
  int month = 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (ieq(word, kMonths[m]) || (word.size() == 3 && ieq(word, kMonths[m].substr(0, 3))) ||
        (m == 8 && ieq(word, "sept")))
      month = static_cast<int>(m) + 1;
  if (month == 0 || i >= s.size() || (s[i] != ' ' && s[i] != '-')) return std::nullopt;
  ++i;
  if (s.size() - i != 4) return std::nullopt;
  for (; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
    year = year * 10 + (s[i] - '0');
  }
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                  std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{year, month, day};
}

std::string disorder_type(std::string_view event_type, std::string_view sub_event_type) {
  if (event_type == "Battles" || event_type == "Explosions/Remote violence" ||
      event_type == "Violence against civilians")
    return "Political violence";
  if (event_type == "Protests") return "Demonstrations";
  if (event_type == "Riots") return sub_event_type == "Mob violence" ? "Political violence" : "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  return {};
}

int date_prec_from_time_precision(int time_precision) {
  return time_precision == 1 ? 1 : time_precision == 2 ? 3 : 4;
}

int where_prec_from_geo_precision(int geo_precision) {
  return geo_precision == 1 ? 1 : geo_precision == 2 ? 2 : 4;
}

}  // namespace bordermap::events::acled
