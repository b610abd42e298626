// `bordermap export`: events from the store, filtered, into a file for other tools.
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/event_filter_options.hpp"
#include "formats/export.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/output_target.hpp"
#include "util/terminal_text.hpp"

namespace bordermap::cli {
namespace {

struct ExportArgs {
  std::string store = "events.gpkg", format, out;
  FilterArgs filter;
};

// --format, else the output's extension.
events::ExportFormat format_of(const ExportArgs& a) {
  std::string name = a.format;
  if (name.empty()) {
    name = std::filesystem::path(a.out).extension().string();
    if (!name.empty()) name.erase(0, 1);
  }
  auto f = events::parse_export_format(name);
  if (!f)
    throw InputError(a.format.empty() ? "cannot tell the format from '" + a.out + "': give --format geojson|gpkg|kml|csv"
                                      : "--format '" + a.format + "' is not one of geojson, gpkg, kml, csv");
  return *f;
}

}  // namespace

void register_export(CLI::App& app, GlobalOptions& global) {
  auto a = std::make_shared<ExportArgs>();
  global.hold(a);
  auto* cmd = app.add_subcommand("export", "Write events from the store as GeoJSON, GeoPackage, KML or ACLED-style CSV");
  cmd->add_option("OUT", a->out, "Output file (replaced atomically)")->required();
  cmd->add_option("--store", a->store, "Event store: a GeoPackage path or a PG: connection string")->capture_default_str();
  cmd->add_option("--format", a->format, "geojson, gpkg, kml or csv (default: from OUT's extension)");
  add_filter_options(*cmd, a->filter);
  cmd->callback([a, &global] {
    (void)global;
    auto format = format_of(*a);
    auto filter = to_filter(a->filter);
    util::require_regular_output(a->out, "cannot export to");
    util::require_not_an_input(a->out, {a->store}, "cannot export to");
    auto store = events::EventStore::open(a->store, /*create=*/false);
    auto events = store.query(filter);
    events::export_events(events, format, a->out);
    std::printf("%zu events from %s written to %s\n", events.size(), util::terminal_safe(store.name()).c_str(), util::terminal_safe(a->out).c_str());
  });
}

}  // namespace bordermap::cli
