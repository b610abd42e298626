// libFuzzer target: the CLI11 argument parser with every bordermap subcommand and option
// registered exactly as the binary does. The subcommands' callbacks are removed, so a
// parse never runs a command (and never writes a file): only parsing and the option
// validators are exercised. Input: NUL-separated arguments. The App is re-parsed (CLI11
// clears its results between parses), so the executions go to parsing rather than to
// registering the same options again; it is rebuilt every few thousand parses because
// CLI11 2.1's clear() keeps each parse's option order, which would grow without bound.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"

using namespace bordermap;

namespace {

void drop_callbacks(CLI::App* app) {
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) {
    sub->callback(std::function<void()>{});
    sub->parse_complete_callback(std::function<void()>{});
    sub->preparse_callback(std::function<void(std::size_t)>{});
    drop_callbacks(sub);
  }
}

struct Parser {
  CLI::App app{"bordermap"};
  cli::GlobalOptions global;
  Parser() {
    app.require_subcommand(1);
    app.add_option("--data", global.data_dir, "Folder of derived runtime data");
    cli::register_all_commands(app, global);
    drop_callbacks(&app);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args;
  args.emplace_back();
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0) args.emplace_back();
    else args.back().push_back(static_cast<char>(data[i]));
  }
  if (args.size() > 64) return 0;  // argv length is not where the parser's bugs live

  static auto p = std::make_unique<Parser>();
  static unsigned parses = 0;
  if (++parses % 4096 == 0) p = std::make_unique<Parser>();
  // CLI11 wants argv order reversed in its vector overload.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    p->app.clear();
    p->app.parse(reversed);
  } catch (const CLI::Error&) {
  }
  return 0;
}
