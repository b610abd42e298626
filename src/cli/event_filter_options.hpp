#pragma once
// The event filter options `events` and `export` share.
#include <CLI/CLI.hpp>
#include <string>

#include "store/store.hpp"

namespace bordermap::cli {

struct FilterArgs {
  std::string from, to, type, actor, claimant, side, bbox;
  double within_km = -1;
};

void add_filter_options(CLI::App& cmd, FilterArgs& args);
// Throws InputError naming the option whose value is wrong.
events::EventFilter to_filter(const FilterArgs& args);

}  // namespace bordermap::cli
