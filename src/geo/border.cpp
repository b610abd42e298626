#include "geo/border.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "geo/border_index.hpp"
#include "geo/border_layer.hpp"
#include "geo/gdal_handle.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"

namespace bordermap::geo {
namespace {

namespace L = border_layer;

struct PairCodes {
  std::string a, b;
  std::string key() const { return a < b ? a + "-" + b : b + "-" + a; }
};

PairCodes parse_pair(std::string_view pair) {
  std::string s(pair);
  for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  auto alpha2 = [](std::string_view c) {
    return c.size() == 2 && std::isalpha(static_cast<unsigned char>(c[0])) &&
           std::isalpha(static_cast<unsigned char>(c[1]));
  };
  auto dash = s.find('-');
  if (dash == std::string::npos || !alpha2(std::string_view(s).substr(0, dash)) ||
      !alpha2(std::string_view(s).substr(dash + 1)))
    throw InputError("border pair '" + std::string(pair) +
                     "' is not two ISO alpha-2 codes joined by '-', e.g. AF-TJ");
  PairCodes p{s.substr(0, dash), s.substr(dash + 1)};
  if (p.a == p.b) throw InputError("border pair '" + std::string(pair) + "' names one country twice");
  return p;
}

std::string field_string(OGRFeatureH f, const char* name) {
  int i = OGR_F_GetFieldIndex(f, name);
  if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return {};
  return OGR_F_GetFieldAsString(f, i);
}

std::optional<double> field_double(OGRFeatureH f, const char* name) {
  int i = OGR_F_GetFieldIndex(f, name);
  if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return std::nullopt;
  return OGR_F_GetFieldAsDouble(f, i);
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<std::vector<LonLat>> read_lines(OGRGeometryH g) {
  std::vector<std::vector<LonLat>> lines;
  if (!g) return lines;
  auto read_one = [&](OGRGeometryH line) {
    std::vector<LonLat> pts(static_cast<size_t>(OGR_G_GetPointCount(line)));
    for (int i = 0; i < static_cast<int>(pts.size()); ++i)
      pts[static_cast<size_t>(i)] = {OGR_G_GetX(line, i), OGR_G_GetY(line, i)};
    lines.push_back(std::move(pts));
  };
  if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbLineString) {
    read_one(g);
  } else {
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) read_one(OGR_G_GetGeometryRef(g, i));
  }
  return lines;
}

std::vector<Tripoint> parse_tripoints(const std::string& text, const std::string& what) {
  std::vector<Tripoint> out;
  if (text.empty()) return out;
  try {
    for (const auto& t : nlohmann::json::parse(text))
      out.push_back({t.at("country").get<std::string>(), {t.at("lon").get<double>(), t.at("lat").get<double>()}});
  } catch (const nlohmann::json::exception& e) {
    throw DataError(what + ": unreadable tripoints: " + e.what());
  }
  return out;
}

struct OpenBorders {
  std::filesystem::path path;
  GdalDataset ds;
  OGRLayerH layer = nullptr;
};

OpenBorders open_borders(const std::filesystem::path& data_dir) {
  OpenBorders o;
  o.path = require_data_file(data_dir, L::kFile);
  try {
    o.ds = open_vector(o.path);
  } catch (const GeoError& e) {
    throw DataError(e.what());
  }
  o.layer = require_layer(o.ds, o.path, L::kBorders);
  return o;
}

}  // namespace

std::vector<std::string> available_pairs(const std::filesystem::path& data_dir) {
  auto o = open_borders(data_dir);
  std::vector<std::string> pairs;
  OGR_L_ResetReading(o.layer);
  while (OgrFeature f{OGR_L_GetNextFeature(o.layer)}) pairs.push_back(field_string(f.get(), L::kPair));
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

Border load_border(const std::filesystem::path& data_dir, std::string_view pair) {
  const PairCodes asked = parse_pair(pair);
  const std::string key = asked.key();
  auto o = open_borders(data_dir);
  const std::string what = o.path.string() + " pair " + key;

  std::vector<std::string> pairs;
  OgrFeature found;
  OGR_L_ResetReading(o.layer);
  while (OgrFeature f{OGR_L_GetNextFeature(o.layer)}) {
    std::string p = field_string(f.get(), L::kPair);
    pairs.push_back(p);
    if (p == key) found = std::move(f);
  }
  if (!found) {
    std::sort(pairs.begin(), pairs.end());
    auto known = [&](const std::string& code) {
      return std::any_of(pairs.begin(), pairs.end(), [&](const std::string& p) {
        return p.compare(0, 2, code) == 0 || p.compare(p.size() - 2, 2, code) == 0;
      });
    };
    std::string why = asked.a + " and " + asked.b + " share no land border";
    for (const auto& code : {asked.a, asked.b})
      if (!known(code)) why = code + " is not among the countries with borders";
    throw InputError(why + " in " + o.path.string() + "; available pairs: " + join(pairs));
  }

  Border b;
  b.a = asked.a;
  b.b = asked.b;
  b.lines = read_lines(OGR_F_GetGeometryRef(found.get()));
  if (b.lines.empty()) throw DataError(what + " has no geometry");
  b.length_km = field_double(found.get(), L::kLengthKm).value_or(0);
  b.tripoints = parse_tripoints(field_string(found.get(), L::kTripoints), what);
  b.source = field_string(found.get(), L::kSource);
  b.reference_km = field_double(found.get(), L::kReferenceKm);
  b.reference_source = field_string(found.get(), L::kReferenceSource);
  std::string index_text = field_string(found.get(), L::kIndex);
  if (index_text.empty()) throw DataError(what + " has no " + L::kIndex + "; rebuild the data");
  double tolerance = 0;
  auto parts = index_from_json(index_text, what, &tolerance);
  b.index = make_border_index(parts, tolerance);
  return b;
}

double Border::distance_km(LonLat p) const {
  if (!index) throw std::logic_error("Border::distance_km needs the index load_border builds");
  return index->nearest(p).distance_km;
}

double Border::along_km(LonLat p) const {
  if (!index) throw std::logic_error("Border::along_km needs the index load_border builds");
  return index->nearest(p).along_km;
}

}  // namespace bordermap::geo
