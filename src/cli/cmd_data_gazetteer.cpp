#include <cstdio>

#include "cli/commands.hpp"
#include "data/build_gazetteer.hpp"

namespace bordermap::cli {

void register_data_build_gazetteer(CLI::App& data, GlobalOptions& global) {
  auto* cmd = data.add_subcommand("build-gazetteer", "Build the gazetteer index from GeoNames, admin names, countries and the supplement");
  auto src = std::make_shared<data::GazetteerSources>();
  auto out = std::make_shared<std::string>();
  global.hold(src);
  global.hold(out);
  src->words = "/usr/share/dict/american-english";
  cmd->add_option("--cities", src->cities, "GeoNames cities500.txt")->required()->check(CLI::ExistingFile);
  cmd->add_option("--admin1", src->admin1, "admin1.json (code, name)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--admin2", src->admin2, "admin2.json (code, name)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--countries", src->countries, "countries.gpkg from build-borders");
  cmd->add_option("--iso-codes", src->iso_codes, "iso-codes iso_3166-1.json");
  cmd->add_option("--supplement", src->supplement, "curated supplement TSV")->required()->check(CLI::ExistingFile);
  cmd->add_option("--lexicon", src->lexicon, "lexicon folder (copied beside the index)");
  cmd->add_option("--words", src->words, "lowercase English word list");
  cmd->add_option("--out", *out, "index file to write (gazetteer.bmx)")->required();
  cmd->callback([src, out, &global] {
    auto report = data::build_gazetteer(*src, *out);
    for (auto& w : report.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    std::printf("gazetteer: %zu places (%zu GeoNames, %zu admin1, %zu admin2, %zu countries, %zu curated) + %zu curated aliases -> %s\n",
                report.places, report.geonames, report.admin1, report.admin2, report.countries,
                report.curated_places, report.curated_aliases, out->c_str());
    (void)global;
  });
}

}  // namespace bordermap::cli
