#include "cli/commands.hpp"

namespace bordermap::cli {

void register_border(CLI::App& app, GlobalOptions& global) {
  (void)app;
  (void)global;  // TODO(bordermap): in progress
}

}  // namespace bordermap::cli
