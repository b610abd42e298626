#include <cstdio>
#include <exception>

#include "cli/commands.hpp"
#include "geo/gdal_handle.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/terminal_text.hpp"

int main(int argc, char** argv) {
  using namespace bordermap;
  geo::silence_gdal_stderr();
  CLI::App app{"bordermap: reports about a contested border, turned into a map"};
  app.set_version_flag("--version", BORDERMAP_VERSION);
  app.require_subcommand(1);
  cli::GlobalOptions global;
  app.add_option("--data", global.data_dir, "Folder of derived runtime data")->envname("BORDERMAP_DATA");

  cli::register_all_commands(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message and usage
    return 2;     // bad arguments are bad input, whatever CLI11's own code
  } catch (const InputError& e) {
    std::fprintf(stderr, "bordermap: %s\n", util::terminal_safe(e.what()).c_str());
    return 2;
  } catch (const DataError& e) {
    std::fprintf(stderr, "bordermap: %s\n", util::terminal_safe(e.what()).c_str());
    return 3;
  } catch (const events::StoreBusyError& e) {
    std::fprintf(stderr, "bordermap: %s\n", e.what());
    return 4;  // not bad input nor a failure of this run's data: the same command may succeed later
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bordermap: error: %s\n", util::terminal_safe(e.what()).c_str());
    return 1;
  }
  return global.exit_code;
}
