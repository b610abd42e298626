#pragma once
// Each subcommand lives in its own cmd_*.cpp and registers itself on the app here.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

namespace bordermap::cli {

// Options every subcommand shares.
struct GlobalOptions {
  std::string data_dir;  // empty: $BORDERMAP_DATA or the build's data folder
  int exit_code = 0;     // a subcommand sets it when it finished with warnings or partial errors

  // The structs the subcommands' options write into live as long as the parser does, not
  // just as long as a callback that captured them (the argument fuzzer drops callbacks).
  void hold(std::shared_ptr<void> storage) { option_storage.push_back(std::move(storage)); }
  std::vector<std::shared_ptr<void>> option_storage;
};

void register_geocode(CLI::App& app, GlobalOptions& global);
void register_place(CLI::App& app, GlobalOptions& global);
void register_border(CLI::App& app, GlobalOptions& global);
void register_data(CLI::App& app, GlobalOptions& global);
void register_ingest(CLI::App& app, GlobalOptions& global);
void register_events(CLI::App& app, GlobalOptions& global);
void register_export(CLI::App& app, GlobalOptions& global);
void register_import(CLI::App& app, GlobalOptions& global);
void register_view(CLI::App& app, GlobalOptions& global);
void register_render(CLI::App& app, GlobalOptions& global);

// Every subcommand, in the order `--help` lists them; main() and the argument fuzzer
// (tests/fuzz/fuzz_cli_args.cpp) build the same parser from it.
inline void register_all_commands(CLI::App& app, GlobalOptions& global) {
  register_geocode(app, global);
  register_place(app, global);
  register_border(app, global);
  register_data(app, global);
  register_ingest(app, global);
  register_events(app, global);
  register_export(app, global);
  register_import(app, global);
  register_view(app, global);
  register_render(app, global);
}

}  // namespace bordermap::cli
