#include "ui/layer_source.hpp"

#include "formats/export.hpp"
#include "formats/import.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

namespace bordermap::ui {

namespace {
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
}  // namespace

LayerSource classify_source(const std::string& target) {
  LayerSource s{target, false};
  s.is_store = target.rfind("PG:", 0) == 0 || ends_with(target, ".gpkg") || ends_with(target, ".GPKG");
  return s;
}

std::vector<events::Event> load_events(const LayerSource& source, std::vector<std::string>& warnings) {
  if (source.is_store) {
    if (source.target.rfind("PG:", 0) != 0 && !std::filesystem::exists(source.target))
      throw InputError("event store '" + source.target + "' does not exist");
    auto store = events::EventStore::open(source.target, false);
    return store.query(events::EventFilter{});
  }
  auto result = events::import_events(source.target);
  for (auto& e : result.errors) warnings.push_back(e);
  return std::move(result.events);
}

void save_event(const LayerSource& source, const events::Event& edited, const std::vector<events::Event>& all) {
  if (source.is_store) {
    auto store = events::EventStore::open(source.target, false);
    store.save_edit(edited);
    return;
  }
  auto format = ends_with(source.target, ".csv") ? events::ExportFormat::csv : events::ExportFormat::geojson;
  events::export_events(all, format, source.target);
}

std::filesystem::path bundled_layer(const std::filesystem::path& data_dir) {
  auto in_data = data_dir / "events" / "sample-events.geojson";
  if (std::filesystem::exists(in_data)) return in_data;
#ifdef BORDERMAP_SOURCE_DIR
  auto in_tree = std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events" / "sample-events.geojson";
  if (std::filesystem::exists(in_tree)) return in_tree;
#endif
  throw DataError("the bundled event layer events/sample-events.geojson was not found in " + data_dir.string());
}

}  // namespace bordermap::ui
