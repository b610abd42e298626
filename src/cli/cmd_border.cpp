#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "geo/border.hpp"
#include "util/data_dir.hpp"

namespace bordermap::cli {
namespace {

struct BorderArgs {
  std::string pair = "AF-TJ";
  bool json = false;
  bool geometry = false;
};

struct Bbox {
  double w = 180, s = 90, e = -180, n = -90;
};

Bbox bbox_of(const geo::Border& b) {
  Bbox box;
  for (const auto& l : b.lines)
    for (const auto& p : l) {
      box.w = std::min(box.w, p.lon);
      box.e = std::max(box.e, p.lon);
      box.s = std::min(box.s, p.lat);
      box.n = std::max(box.n, p.lat);
    }
  return box;
}

// Rounded so JSON shows 1246.3, not 1246.3000000000002: dividing by a power of ten
// lands on the double nearest the decimal, which prints in its shortest form.
double round_to(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

std::optional<double> difference_pct(const geo::Border& b) {
  if (!b.reference_km || *b.reference_km <= 0) return std::nullopt;
  return (b.length_km - *b.reference_km) / *b.reference_km * 100;
}

// ordered_json keeps "pair" first and the fields in the order a reader expects.
nlohmann::ordered_json to_json(const geo::Border& b, bool with_geometry) {
  using json = nlohmann::ordered_json;
  auto box = bbox_of(b);
  json tps = json::array();
  for (const auto& t : b.tripoints)
    tps.push_back({{"country", t.third_country}, {"lon", round_to(t.at.lon, 6)}, {"lat", round_to(t.at.lat, 6)}});
  json j = {{"pair", b.a + "-" + b.b},
            {"a", b.a},
            {"b", b.b},
            {"length_km", round_to(b.length_km, 1)},
            {"tripoints", tps},
            {"source", b.source},
            {"reference_km", b.reference_km ? json(*b.reference_km) : json(nullptr)},
            {"reference_source", b.reference_km ? json(b.reference_source) : json(nullptr)},
            {"difference_pct", difference_pct(b) ? json(round_to(*difference_pct(b), 1)) : json(nullptr)},
            {"parts", b.lines.size()},
            {"bbox", {round_to(box.w, 6), round_to(box.s, 6), round_to(box.e, 6), round_to(box.n, 6)}}};
  if (with_geometry) {
    json lines = json::array();
    for (const auto& l : b.lines) {
      json coords = json::array();
      for (const auto& p : l) coords.push_back({round_to(p.lon, 6), round_to(p.lat, 6)});
      lines.push_back(std::move(coords));
    }
    j["geometry"] = {{"type", "MultiLineString"}, {"coordinates", std::move(lines)}};
  }
  return j;
}

std::string thousands(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string_view s = buf;
  size_t sign = s[0] == '-' ? 1 : 0;
  size_t end = std::min(s.find('.'), s.size());
  std::string out(s.substr(0, sign));
  for (size_t i = sign; i < end; ++i) {
    if (i > sign && (end - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  out.append(s.substr(end));
  return out;
}

void print_text(const geo::Border& b) {
  auto box = bbox_of(b);
  std::printf("pair        %s-%s\n", b.a.c_str(), b.b.c_str());
  std::printf("length      %s km (geodesic, WGS84)\n", thousands(b.length_km, 1).c_str());
  if (b.reference_km)
    std::printf("reference   %s km (%s); measured %+.1f %%\n", thousands(*b.reference_km, 0).c_str(),
                b.reference_source.c_str(), *difference_pct(b));
  else
    std::printf("reference   none on record\n");
  if (b.tripoints.empty()) std::printf("tripoints   none\n");
  for (size_t i = 0; i < b.tripoints.size(); ++i)
    std::printf("%s %s-%s-%s at %.4f E %.4f N\n", i == 0 ? "tripoints  " : "           ", b.a.c_str(), b.b.c_str(),
                b.tripoints[i].third_country.c_str(), b.tripoints[i].at.lon, b.tripoints[i].at.lat);
  std::printf("parts       %zu\n", b.lines.size());
  std::printf("bbox        W %.4f  S %.4f  E %.4f  N %.4f\n", box.w, box.s, box.e, box.n);
  std::printf("source      %s\n", b.source.c_str());
}

}  // namespace

void register_border(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<BorderArgs>();
  global.hold(args);
  auto* cmd = app.add_subcommand("border", "Show the shared border of two countries");
  cmd->add_option("--pair", args->pair, "Two ISO alpha-2 codes, e.g. AF-TJ (order kept)")->capture_default_str();
  cmd->add_flag("--json", args->json, "Print a JSON object");
  cmd->add_flag("--geometry", args->geometry, "With --json: include the line as GeoJSON geometry");
  cmd->callback([args, &global] {
    auto border = geo::load_border(resolve_data_dir(global.data_dir), args->pair);
    if (args->json)
      std::printf("%s\n", to_json(border, args->geometry).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    else
      print_text(border);
  });
}

}  // namespace bordermap::cli
