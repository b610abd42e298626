#include "cli/commands.hpp"

namespace bordermap::cli {

void register_data_build_borders(CLI::App& data, GlobalOptions& global);
void register_data_build_gazetteer(CLI::App& data, GlobalOptions& global);

void register_data(CLI::App& app, GlobalOptions& global) {
  auto* data = app.add_subcommand("data", "Derive the runtime data from the pinned sources");
  data->require_subcommand(1);
  register_data_build_borders(*data, global);
  register_data_build_gazetteer(*data, global);
}

}  // namespace bordermap::cli
