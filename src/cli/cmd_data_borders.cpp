#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "data/build_borders.hpp"

namespace bordermap::cli {

void register_data_build_borders(CLI::App& data, GlobalOptions& global) {
  (void)global;  // writes to --out, never to the runtime data folder it might name
  auto opts = std::make_shared<data::BuildBordersOptions>();
  global.hold(opts);
  auto* cmd = data.add_subcommand("build-borders",
                                  "Write countries.gpkg and borders.gpkg (DCW outlines, rivers, shared borders)");
  cmd->add_option("--topojson", opts->topojson, "world-atlas countries-10m.json")->required();
  cmd->add_option("--iso-codes", opts->iso_codes, "iso-codes iso_3166-1.json")->required();
  cmd->add_option("--raw", opts->raw_dir, "Folder of gmt exports: dcw_XX.txt, rivers.txt")->required();
  cmd->add_option("--out", opts->out_dir, "Folder to write the GeoPackages to")->required();
  cmd->add_option("--tolerance-m", opts->tolerance_m,
                  "Widest gap between two neighbours' copies of a border")->capture_default_str();
  cmd->add_option("--index-tolerance-km", opts->index_tolerance_km,
                  "Simplification of the runtime copy of each border")->capture_default_str();
  cmd->add_option("--dcw-version", opts->dcw_version, "DCW version for the source note [gmt --show-dcw]");

  cmd->callback([opts] {
    auto t0 = std::chrono::steady_clock::now();
    auto report = data::build_borders(*opts, &std::cerr);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const auto& p : report.pairs) {
      std::printf("%-6s %8.1f km (other side %8.1f km)  parts %zu  vertices %zu -> index %zu", p.pair.c_str(),
                  p.length_km, p.other_side_km, p.parts, p.vertices, p.index_vertices);
      if (p.reference_km) std::printf("  reference %.0f km", *p.reference_km);
      for (const auto& t : p.tripoints) std::printf("  %s@%.4f,%.4f", t.third_country.c_str(), t.at.lon, t.at.lat);
      std::printf("\n");
    }
    std::printf("build-borders: %zu countries, %zu DCW countries, %zu shared borders, %zu river lines in %.1f s\n",
                report.countries.features, report.dcw_codes.size(), report.pairs.size(), report.river_lines, secs);
  });
}

}  // namespace bordermap::cli
