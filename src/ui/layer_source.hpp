#pragma once
// Where an event layer came from and how an analyst's edit goes back there: a store
// (GeoPackage or PostGIS) saves each edit in its own transaction; a GeoJSON/CSV file is
// re-exported whole, atomically, so an edit is never lost and never half-written.
#include <filesystem>
#include <string>
#include <vector>

#include "events/event.hpp"

namespace bordermap::ui {

struct LayerSource {
  std::string target;      // path or "PG:…"
  bool is_store = false;   // false: a file that is re-exported on save
};

// A ".gpkg" path or a "PG:" string is a store; anything else is imported as a file.
LayerSource classify_source(const std::string& target);

// Throws InputError / DataError naming the source when it cannot be read.
std::vector<events::Event> load_events(const LayerSource& source, std::vector<std::string>& warnings);

// Writes one edited event back. `all` is the layer's full event list after the edit
// (used when the source is a file). Throws on failure, leaving the old file intact.
void save_event(const LayerSource& source, const events::Event& edited, const std::vector<events::Event>& all);

// The layer opened when no source is given: <data>/events/sample-events.geojson, else the
// copy in the source tree.
std::filesystem::path bundled_layer(const std::filesystem::path& data_dir);

}  // namespace bordermap::ui
