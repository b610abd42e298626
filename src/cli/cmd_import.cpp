// `bordermap import`: events from GeoJSON, bordermap CSV, ACLED's CSV export or a bordermap
// GeoPackage into the store. Exit 0 when every row came in, 1 when some rows were bad (each
// reported on stderr with its line or feature), 2 when the file cannot be used at all.
#include <cstdio>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "formats/import.hpp"
#include "store/store.hpp"
#include "util/terminal_text.hpp"

namespace bordermap::cli {
namespace {

struct ImportArgs {
  std::string file, store = "events.gpkg";
  bool check_only = false;
};

// The same id twice in one file is almost always a mistake in the other tool's export; the
// store keeps the last one (upsert semantics), so say which ids were collapsed.
void warn_duplicate_ids(const std::string& file, const std::vector<events::Event>& events) {
  std::map<std::string, std::size_t> seen;
  for (const auto& e : events) ++seen[e.id];
  for (const auto& [id, n] : seen)
    if (n > 1)
      std::fprintf(stderr, "bordermap: %s: warning: id '%s' appears %zu times; only the last one is kept\n",
                   util::terminal_safe(file).c_str(), util::terminal_safe(id).c_str(), n);
}

}  // namespace

void register_import(CLI::App& app, GlobalOptions& global) {
  auto a = std::make_shared<ImportArgs>();
  global.hold(a);
  auto* cmd = app.add_subcommand("import", "Read events from GeoJSON, CSV (bordermap's or ACLED's export) or GeoPackage");
  cmd->add_option("FILE", a->file, "File to import")->required();
  cmd->add_option("--store", a->store, "Event store: a GeoPackage path or a PG: connection string")->capture_default_str();
  cmd->add_flag("--check", a->check_only, "Only read and report; store nothing");
  cmd->callback([a, &global] {
    auto result = events::import_events(a->file);  // InputError → exit 2: the file is unusable
    for (const auto& e : result.errors) std::fprintf(stderr, "bordermap: %s\n", util::terminal_safe(e).c_str());
    warn_duplicate_ids(a->file, result.events);
    std::printf("%s: %zu events read (%s), %zu errors\n", util::terminal_safe(a->file).c_str(), result.events.size(),
                result.detected_format.c_str(), result.errors.size());
    if (!a->check_only && !result.events.empty()) {
      auto store = events::EventStore::open(a->store, /*create=*/true);
      auto r = store.upsert(result.events);
      std::printf("into %s: %zu added, %zu updated, %zu kept as the analyst left them, %zu without a location\n",
                  util::terminal_safe(store.name()).c_str(), r.added, r.updated, r.kept_reviewed, r.flagged);
    }
    if (!result.errors.empty()) global.exit_code = 1;
  });
}

}  // namespace bordermap::cli
