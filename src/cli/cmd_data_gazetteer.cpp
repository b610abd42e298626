#include "cli/commands.hpp"

namespace bordermap::cli {

void register_data_build_gazetteer(CLI::App& data, GlobalOptions& global) {
  (void)data;
  (void)global;  // TODO(bordermap): in progress
}

}  // namespace bordermap::cli
