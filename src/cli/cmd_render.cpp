// Placeholder until the renderer lands (issue 5).
#include "cli/commands.hpp"

namespace bordermap::cli {

void register_render(CLI::App& app, GlobalOptions& global) {
  (void)global;
  app.add_subcommand("render", "Briefing images with no display (EGL)");
}

}  // namespace bordermap::cli
