#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "geoparse/geoparser.hpp"
#include "geoparse/mention_json.hpp"
#include "util/data_dir.hpp"

namespace bordermap::cli {

void register_place(CLI::App& app, GlobalOptions& global) {
  struct Args {
    std::string name;
    bool json = false;
    std::size_t limit = 10;
    std::string pair = "AF-TJ";
  };
  auto args = std::make_shared<Args>();
  global.hold(args);
  auto* cmd = app.add_subcommand("place", "Ranked gazetteer candidates for a name");
  cmd->add_option("NAME", args->name, "Place name, any spelling")->required();
  cmd->add_flag("--json", args->json, "JSON output");
  cmd->add_option("--limit", args->limit, "How many candidates")->check(CLI::Range(1, 1000))->capture_default_str();
  cmd->add_option("--pair", args->pair, "Border whose nearness counts as the region prior")->capture_default_str();
  cmd->callback([args, &global] {
    geoparse::GeoparserOptions options;
    options.pair = args->pair;
    geoparse::Geoparser parser(resolve_data_dir(global.data_dir), options);
    auto hits = parser.search(args->name, args->limit);
    if (args->json) {
      nlohmann::json arr = nlohmann::json::array();
      for (auto& h : hits) {
        auto j = geoparse::place_json(h.place, true);
        j["score"] = h.score;
        arr.push_back(j);
      }
      std::cout << nlohmann::json{{"query", args->name}, {"candidates", arr}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      if (hits.empty()) std::printf("no gazetteer entry matches '%s'\n", args->name.c_str());
      for (auto& h : hits) {
        const auto& p = h.place;
        std::printf("%-22s %-28s %-16s %-3s %-22s %9.5f %10.5f %10lld  %.3f\n", p.id.c_str(), p.name.c_str(),
                    std::string(gazetteer::kind_name(p.kind)).c_str(), p.country.c_str(), p.admin1.c_str(), p.lat,
                    p.lon, static_cast<long long>(p.population), h.score);
      }
    }
    if (hits.empty()) global.exit_code = 1;
  });
}

}  // namespace bordermap::cli
