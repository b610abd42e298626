#include "data/build_gazetteer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "data/country_points.hpp"
#include "util/tsv.hpp"
#include "geo/gpkg_writer.hpp"
#include "gazetteer/index_builder.hpp"
#include "gazetteer/normalize.hpp"
#include "util/error.hpp"

namespace bordermap::data {
namespace fs = std::filesystem;
using gazetteer::IndexBuilder;
using gazetteer::Kind;
using gazetteer::Place;
namespace format = gazetteer::format;

namespace {

std::uint8_t rank_of(std::string_view fcode) {
  static const std::unordered_map<std::string_view, std::uint8_t> ranks = {
      {"PCLI", 7}, {"PPLC", 7}, {"ADM1", 6}, {"PPLA", 6}, {"PPLG", 6}, {"PPLA2", 5},
      {"ADM2", 4}, {"PPLA3", 4}, {"PPLA4", 3}, {"PPLA5", 3}, {"PPL", 2},  {"PPLS", 1},
      {"PPLF", 1}, {"PPLL", 1}, {"PPLR", 1}, {"PPLX", 1}, {"PPLH", 0}, {"PPLQ", 0},
      {"PPLW", 0}, {"PPLCH", 0}};
  auto it = ranks.find(fcode);
  return it == ranks.end() ? 2 : it->second;
}

double parse_double(std::string_view s, const std::string& where, const char* field) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
    throw InputError(where + ": field " + field + " is not a number: '" + std::string(s) + "'");
  return v;
}

std::int64_t parse_int(std::string_view s) {
  std::int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

nlohmann::json read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read " + path.string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path.string() + ": not valid JSON: " + e.what());
  }
}

// Alternate names worth indexing: the scripts analysts read, and not codes or links.
bool wanted_alternate(std::string_view name) {
  if (name.empty() || name.size() > 120) return false;
  if (name.find("http") != std::string_view::npos) return false;
  bool has_digit = false, all_upper = true;
  for (unsigned char c : name) {
    if (c >= '0' && c <= '9') has_digit = true;
    if (c >= 'a' && c <= 'z') all_upper = false;
  }
  if (has_digit) return false;
  if (all_upper && name.size() <= 4 && gazetteer::is_ascii(name)) return false;  // IATA/ICAO codes
  return gazetteer::is_indexed_script(name);
}

// "Darvozskiy Rayon" → "Darvoz", "Khatlon Region" → "Khatlon": the bare names admin units
// go by in prose.
std::vector<std::string> admin_stems(const std::string& name) {
  static const std::vector<std::string> suffixes = {
      " Rayon", " rayon", " Raion", " District", " Region", " Province", " Oblast", " Oblast'",
      " Viloyati", " Wilayat", " Velayat", " Wuleswali", " Municipality", " Nohiyai"};
  static const std::vector<std::string> prefixes = {"Nohiyai ", "Wuleswali ", "Rayon "};
  std::string base = name;
  for (auto& s : suffixes)
    if (base.size() > s.size() && base.compare(base.size() - s.size(), s.size(), s) == 0) {
      base.resize(base.size() - s.size());
      break;
    }
  for (auto& p : prefixes)
    if (base.size() > p.size() && base.compare(0, p.size(), p) == 0) {
      base = base.substr(p.size());
      break;
    }
  std::vector<std::string> out;
  if (base != name) out.push_back(base);
  for (const char* adj : {"skiy", "skij", "sky", "skaya"}) {
    std::string a = adj;
    if (base.size() > a.size() + 3 && base.compare(base.size() - a.size(), a.size(), a) == 0) {
      out.push_back(base.substr(0, base.size() - a.size()));
      break;
    }
  }
  return out;
}

struct Accumulator {
  double lat = 0, lon = 0;
  std::int64_t population = 0;
  std::size_t n = 0;
  void add(double la, double lo, std::int64_t pop) {
    lat += la;
    lon += lo;
    population += pop;
    ++n;
  }
};

struct GeoNamesRow {
  std::string country, admin1, admin2;
};

class Builder {
 public:
  Builder(const GazetteerSources& s, GazetteerBuildReport& r) : src_(s), report_(r) {}

  void run(const fs::path& out) {
    read_admin_names();
    read_cities();
    add_admin_units();
    add_countries();
    read_supplement();
    index_.set_common_words(read_common_words());
    report_.places = index_.place_count();
    index_.write(out);
    write_gpkg(out.parent_path() / "gazetteer.gpkg");
    copy_lexicon(out.parent_path() / "lexicon");
  }

 private:
  void read_admin_names() {
    for (auto& e : read_json(src_.admin1)) admin1_names_[e.at("code").get<std::string>()] = e.at("name").get<std::string>();
    for (auto& e : read_json(src_.admin2)) admin2_names_[e.at("code").get<std::string>()] = e.at("name").get<std::string>();
  }

  void read_cities() {
    util::TsvReader tsv(src_.cities);
    std::vector<std::string_view> f;
    while (tsv.next(f)) {
      if (f.size() < 19) throw InputError(tsv.where() + ": expected 19 GeoNames columns, found " + std::to_string(f.size()));
      Place p;
      p.id = "geonames:" + std::string(f[0]);
      p.name = std::string(f[1]);
      p.lat = parse_double(f[4], tsv.where(), "latitude");
      p.lon = parse_double(f[5], tsv.where(), "longitude");
      p.feature_code = std::string(f[7]);
      p.kind = f[6] == "P" ? Kind::populated_place : Kind::other;
      p.country = std::string(f[8]);
      if (!f[10].empty() && f[10] != "00") {
        p.admin1_code = p.country + "." + std::string(f[10]);
        if (auto it = admin1_names_.find(p.admin1_code); it != admin1_names_.end()) p.admin1 = it->second;
        if (!f[11].empty()) {
          auto code2 = p.admin1_code + "." + std::string(f[11]);
          if (auto it = admin2_names_.find(code2); it != admin2_names_.end()) p.admin2 = it->second;
          admin2_acc_[code2].add(p.lat, p.lon, parse_int(f[14]));
        }
        admin1_acc_[p.admin1_code].add(p.lat, p.lon, parse_int(f[14]));
      }
      p.population = parse_int(f[14]);
      country_pop_[p.country] += p.population;
      // Where a country has no polygon, its capital (else its largest town) stands for it.
      auto& rep = representative_[p.country];
      bool capital = p.feature_code == "PPLC";
      if ((capital && !rep.capital) || (capital == rep.capital && p.population >= rep.population))
        rep = {p.lat, p.lon, p.population, capital};
      auto idx = index_.add_place(p, rank_of(p.feature_code));
      index_.add_name(idx, f[1], format::kPrimary);
      index_.add_name(idx, f[2], format::kPrimary);
      std::string_view alts = f[3];
      size_t pos = 0;
      while (pos <= alts.size() && !alts.empty()) {
        size_t comma = alts.find(',', pos);
        auto alt = alts.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
        if (wanted_alternate(alt)) index_.add_name(idx, alt, format::kAlternate);
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
      }
      ++report_.geonames;
    }
  }

  // Admin units have no point of their own in cities500: they stand at the mean of their
  // towns, with the towns' summed population as their weight.
  void add_admin_units() {
    report_.admin1 = add_admin_level(admin1_acc_, admin1_names_, Kind::admin1, "admin1:", "ADM1");
    report_.admin2 = add_admin_level(admin2_acc_, admin2_names_, Kind::admin2, "admin2:", "ADM2");
  }

  std::size_t add_admin_level(const std::map<std::string, Accumulator>& accs,
                              const std::unordered_map<std::string, std::string>& names, Kind kind,
                              const std::string& prefix, const char* fcode) {
    std::size_t added = 0;
    for (const auto& [code, acc] : accs) {
      auto it = names.find(code);
      if (it == names.end()) continue;
      Place p;
      p.id = prefix + code;
      p.name = it->second;
      p.kind = kind;
      p.feature_code = fcode;
      p.country = code.substr(0, 2);
      p.admin1_code = kind == Kind::admin1 ? code : code.substr(0, code.find('.', 3));
      if (auto a1 = admin1_names_.find(p.admin1_code); a1 != admin1_names_.end()) p.admin1 = a1->second;
      if (kind == Kind::admin2) p.admin2 = it->second;
      p.lat = acc.lat / static_cast<double>(acc.n);
      p.lon = acc.lon / static_cast<double>(acc.n);
      p.population = acc.population;
      auto idx = index_.add_place(p, rank_of(fcode));
      index_.add_name(idx, p.name, format::kPrimary);
      for (auto& stem : admin_stems(p.name)) index_.add_name(idx, stem, format::kDerived);
      ++added;
    }
    return added;
  }

  void add_countries() {
    std::map<std::string, CountryPoint> points;
    if (!src_.countries.empty() && fs::exists(src_.countries))
      for (auto& c : read_country_points(src_.countries))
        // Natural Earth gives some territories their sovereign's code (Ashmore and Cartier
        // Is. as AU): the largest feature speaks for the country.
        if (!c.iso_a2.empty() && (!points.count(c.iso_a2) || points[c.iso_a2].area < c.area)) points[c.iso_a2] = c;
    std::map<std::string, std::vector<std::string>> names;
    if (!src_.iso_codes.empty() && fs::exists(src_.iso_codes)) {
      auto iso = read_json(src_.iso_codes);
      for (auto& e : iso.at("3166-1")) {
        auto a2 = e.at("alpha_2").get<std::string>();
        for (const char* field : {"name", "common_name", "official_name"})
          if (e.contains(field)) names[a2].push_back(e[field].get<std::string>());
      }
    }
    for (auto& [a2, pt] : points) names[a2].insert(names[a2].begin(), pt.name);
    for (auto& [a2, list] : names) {
      Place p;
      p.id = "country:" + a2;
      p.name = list.front();
      p.kind = Kind::country;
      p.feature_code = "PCLI";
      p.country = a2;
      if (auto it = points.find(a2); it != points.end()) {
        p.lat = it->second.lat;
        p.lon = it->second.lon;
      } else if (auto c = representative_.find(a2); c != representative_.end()) {
        p.lat = c->second.lat;
        p.lon = c->second.lon;
      } else {
        report_.warnings.push_back("country " + a2 + " has no location; left out");
        continue;
      }
      p.population = country_pop_[a2];
      auto idx = index_.add_place(p, rank_of("PCLI"));
      for (auto& n : list) index_.add_name(idx, n, format::kPrimary);
      ++report_.countries;
    }
  }

  void read_supplement() {
    util::TsvReader tsv(src_.supplement);
    std::vector<std::string_view> f;
    bool header = true;
    std::unordered_set<std::string> defined;
    while (tsv.next(f)) {
      if (header) {
        header = false;
        if (f.empty() || f[0] != "ref") throw InputError(tsv.where() + ": expected the header row starting with 'ref'");
        continue;
      }
      if (f.size() < 9) throw InputError(tsv.where() + ": expected at least 9 tab-separated fields (ref … source), found " + std::to_string(f.size()));
      std::string ref(f[0]);
      std::string name(f[1]);
      if (name.empty()) throw InputError(tsv.where() + ": field 'name' is empty");
      if (f[8].empty()) throw InputError(tsv.where() + ": field 'source' is empty; every curated fact needs one");
      auto colon = ref.find(':');
      if (colon == std::string::npos) throw InputError(tsv.where() + ": field 'ref' must look like geonames:ID, admin1:CC.NN, country:CC or bordermap:slug");
      auto scheme = ref.substr(0, colon);
      if (scheme == "bordermap" && !defined.count(ref) && !index_.find(ref)) {
        define_place(tsv, f, ref);
        defined.insert(ref);
        continue;
      }
      auto target = index_.find(ref);
      if (!target) {
        report_.warnings.push_back(tsv.where() + ": " + ref + " is not in the gazetteer; alias '" + name + "' left out");
        continue;
      }
      index_.add_name(*target, name, format::kCurated);
      ++report_.curated_aliases;
    }
  }

  void define_place(const util::TsvReader& tsv, const std::vector<std::string_view>& f, const std::string& ref) {
    Place p;
    p.id = ref;
    p.name = std::string(f[1]);
    auto kind = gazetteer::parse_kind(f[2]);
    if (!kind) throw InputError(tsv.where() + ": field 'kind' has unknown value '" + std::string(f[2]) + "'");
    p.kind = *kind;
    p.country = std::string(f[3]);
    if (!p.country.empty() && p.country.size() != 2) throw InputError(tsv.where() + ": field 'country' must be an ISO alpha-2 code");
    p.admin1_code = std::string(f[4]);
    if (!p.admin1_code.empty()) {
      if (auto it = admin1_names_.find(p.admin1_code); it != admin1_names_.end()) p.admin1 = it->second;
      else report_.warnings.push_back(tsv.where() + ": admin1 code " + p.admin1_code + " is unknown");
    }
    p.lat = parse_double(f[5], tsv.where(), "lat");
    p.lon = parse_double(f[6], tsv.where(), "lon");
    if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) throw InputError(tsv.where() + ": lat/lon out of range");
    p.population = f[7].empty() ? 0 : parse_int(f[7]);
    static const std::unordered_map<Kind, std::string> fcodes = {
        {Kind::populated_place, "PPL"}, {Kind::river, "STM"}, {Kind::region, "RGN"},
        {Kind::mountain, "MTS"}, {Kind::facility, "FCL"}, {Kind::admin1, "ADM1"},
        {Kind::admin2, "ADM2"}, {Kind::country, "PCLI"}, {Kind::other, ""}};
    p.feature_code = fcodes.at(p.kind);
    std::uint8_t rank = p.kind == Kind::admin2 ? 4 : p.kind == Kind::river || p.kind == Kind::region || p.kind == Kind::mountain ? 4 : 2;
    auto idx = index_.add_place(p, rank);
    index_.add_name(idx, p.name, format::kPrimary);
    ++report_.curated_places;
  }

  std::unordered_set<std::string> read_common_words() {
    std::unordered_set<std::string> words;
    auto load = [&](const fs::path& p, bool lowercase_only) {
      std::ifstream in(p);
      std::string w;
      while (std::getline(in, w)) {
        if (w.empty() || w[0] == '#') continue;
        if (lowercase_only && !(w[0] >= 'a' && w[0] <= 'z')) continue;
        if (w.find('\'') != std::string::npos) continue;
        words.insert(gazetteer::normalize_name(w));
      }
    };
    if (!src_.words.empty() && fs::exists(src_.words)) load(src_.words, true);
    if (!src_.lexicon.empty() && fs::exists(src_.lexicon / "common_words.txt")) load(src_.lexicon / "common_words.txt", false);
    return words;
  }

  // The same places for GDAL, QGIS and the viewer: one point layer, all names in a field.
  void write_gpkg(const fs::path& path) {
    geo::GpkgWriter w(path);
    auto layer = w.create_layer("places", wkbPoint,
                                {{"place_id", OFTString}, {"name", OFTString}, {"kind", OFTString},
                                 {"feature_code", OFTString}, {"country", OFTString}, {"admin1_code", OFTString},
                                 {"admin1", OFTString}, {"admin2", OFTString}, {"population", OFTInteger64},
                                 {"names", OFTString}});
    for (std::uint32_t i = 0; i < index_.place_count(); ++i) {
      const Place& p = index_.place(i);
      std::string all;
      for (const auto& n : index_.names(i)) {
        if (!all.empty()) all += '|';
        all += n;
      }
      geo::OgrGeometry pt{OGR_G_CreateGeometry(wkbPoint)};
      OGR_G_SetPoint_2D(pt.get(), 0, p.lon, p.lat);
      geo::NewFeature(layer)
          .set("place_id", p.id)
          .set("name", p.name)
          .set("kind", std::string(gazetteer::kind_name(p.kind)))
          .set("feature_code", p.feature_code)
          .set("country", p.country)
          .set("admin1_code", p.admin1_code)
          .set("admin1", p.admin1)
          .set("admin2", p.admin2)
          .set("population", static_cast<std::int64_t>(p.population))
          .set("names", all)
          .geometry(std::move(pt))
          .write();
    }
    w.finish();
  }

  void copy_lexicon(const fs::path& dest) {
    if (src_.lexicon.empty() || !fs::exists(src_.lexicon)) return;
    fs::create_directories(dest);
    if (fs::equivalent(src_.lexicon, dest)) return;
    for (auto& e : fs::directory_iterator(src_.lexicon))
      if (e.is_regular_file()) fs::copy_file(e.path(), dest / e.path().filename(), fs::copy_options::overwrite_existing);
  }

  const GazetteerSources& src_;
  GazetteerBuildReport& report_;
  IndexBuilder index_;
  std::unordered_map<std::string, std::string> admin1_names_, admin2_names_;
  std::map<std::string, Accumulator> admin1_acc_, admin2_acc_;
  std::unordered_map<std::string, std::int64_t> country_pop_;
  struct Representative {
    double lat = 0, lon = 0;
    std::int64_t population = -1;
    bool capital = false;
  };
  std::unordered_map<std::string, Representative> representative_;
};

}  // namespace

GazetteerBuildReport build_gazetteer(const GazetteerSources& sources, const fs::path& out) {
  GazetteerBuildReport report;
  Builder(sources, report).run(out);
  return report;
}

}  // namespace bordermap::data
