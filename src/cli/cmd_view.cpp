// Placeholder until the viewer lands (issue 4).
#include "cli/commands.hpp"

namespace bordermap::cli {

void register_view(CLI::App& app, GlobalOptions& global) {
  (void)global;
  app.add_subcommand("view", "Interactive map viewer (OpenGL window)");
}

}  // namespace bordermap::cli
