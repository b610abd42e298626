#include "cli/commands.hpp"

namespace bordermap::cli {

void register_ingest(CLI::App& app, GlobalOptions& global) {
  (void)app;
  (void)global;  // TODO(bordermap): in progress (issue: events from text)
}

}  // namespace bordermap::cli
