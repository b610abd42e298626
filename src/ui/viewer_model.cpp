#include "ui/viewer_model.hpp"

#include <algorithm>

#include "store/store.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::ui {

namespace {

constexpr std::size_t kUndoDepth = 200;

map::Day parse_day(const std::optional<std::string>& text, const char* option) {
  if (!text || text->empty()) return map::kNoDay;
  auto d = parse_iso_date(*text);
  if (!d) throw InputError(std::string(option) + " '" + *text + "' is not a valid YYYY-MM-DD date");
  return map::day_number(events::Date{d->year, d->month, d->day});
}

map::ProjectionKind projection_of(const std::string& key) {
  auto kind = map::parse_projection(key);
  if (kind) return *kind;
  std::string known;
  for (auto k : map::all_projections()) known += (known.empty() ? "" : ", ") + std::string(map::projection_key(k));
  throw InputError("unknown projection '" + key + "' (choose one of: " + known + ")");
}

}  // namespace

ViewerState open_viewer_state(const ViewerOptions& options) {
  ViewerState s;
  s.data_dir = options.data_dir;
  s.pair = options.pair;
  s.projection = std::make_unique<map::MapProjection>(projection_of(options.projection));
  map::BasemapOptions bopt;
  bopt.pair = options.pair;
  auto source = std::make_shared<map::BasemapSource>(map::load_basemap(options.data_dir, bopt));
  s.basemap = std::make_shared<map::ProjectedBasemap>(map::project_basemap(*source, *s.projection));
  s.basemap_source = std::move(source);

  std::vector<std::string> targets = options.sources;
  if (targets.empty()) targets.push_back(bundled_layer(options.data_dir).string());
  for (const auto& t : targets) {
    ViewerLayer vl;
    vl.source = classify_source(t);
    std::vector<std::string> warnings;
    auto evs = load_events(vl.source, warnings);
    if (!warnings.empty())
      s.status = t + ": " + std::to_string(warnings.size()) + " rows skipped (first: " + warnings.front() + ")";
    vl.layer = std::make_shared<map::EventLayer>(
        map::make_event_layer(std::filesystem::path(t).filename().string(), std::move(evs), *s.projection));
    s.layers.push_back(std::move(vl));
  }

  // The clock's bounds are the dated span over all layers.
  for (const auto& l : s.layers) {
    if (l.layer->first_day == map::kNoDay) continue;
    if (s.playback.first == map::kNoDay || l.layer->first_day < s.playback.first) s.playback.first = l.layer->first_day;
    if (s.playback.last == map::kNoDay || l.layer->last_day > s.playback.last) s.playback.last = l.layer->last_day;
  }
  s.playback.range = {s.playback.first, s.playback.last};
  auto from = parse_day(options.from, "--from");
  auto to = parse_day(options.to, "--to");
  if (from != map::kNoDay && to != map::kNoDay && from > to)
    throw InputError("--from " + *options.from + " is after --to " + *options.to);
  if (from != map::kNoDay) s.playback.range.from = from;
  if (to != map::kNoDay) s.playback.range.to = to;

  s.viewport.width = options.width;
  s.viewport.height = options.height;
  fit_border(s);
  refresh_visible(s);
  return s;
}

void refresh_visible(ViewerState& s) {
  for (auto& l : s.layers) {
    l.visible = map::visible_events(*l.layer, s.playback.range, s.playback.mode, s.filter);
    l.attr_visible = map::visible_events(*l.layer, map::TimeRange{}, map::TimeMode::Window, s.filter);
  }
  s.filters_dirty = false;
  ++s.generation;
}

void set_projection(ViewerState& s, map::ProjectionKind kind) {
  if (s.projection && s.projection->kind() == kind) return;
  // Keep the same place in the middle of the screen across the switch.
  geo::LonLat centre = s.projection->inverse(s.viewport.center);
  double old_border_width = s.basemap->border_extent.width();
  auto projection = std::make_unique<map::MapProjection>(kind);
  auto basemap = std::make_shared<map::ProjectedBasemap>(map::project_basemap(*s.basemap_source, *projection));
  for (auto& l : s.layers) {
    auto copy = std::make_shared<map::EventLayer>(*l.layer);
    map::reproject(*copy, *projection);
    l.layer = std::move(copy);
  }
  double ratio = old_border_width > 0 ? basemap->border_extent.width() / old_border_width : 1.0;
  s.projection = std::move(projection);
  s.basemap = std::move(basemap);
  s.viewport.center = s.projection->forward(centre);
  s.viewport.meters_per_pixel *= ratio;
  s.viewport.clamp_scale();
  s.filters_dirty = true;
}

void fit_border(ViewerState& s) {
  auto e = s.basemap->border_extent.empty() ? s.basemap->region_extent : s.basemap->border_extent;
  if (!e.empty()) s.viewport.fit(e, 32);
}

void fit_layers(ViewerState& s) {
  map::Extent e;
  for (const auto& l : s.layers)
    if (l.shown) e.include(l.layer->extent);
  if (e.empty()) return fit_border(s);
  // A single point would zoom in to the metre: keep at least ~20 km across.
  if (e.width() < 20000 && e.height() < 20000) {
    auto c = e.center();
    e.include(map::XY{c.x - 10000, c.y - 10000});
    e.include(map::XY{c.x + 10000, c.y + 10000});
  }
  s.viewport.fit(e, 48);
  s.viewport.clamp_scale();
}

void center_on(ViewerState& s, map::XY at) { s.viewport.center = at; }

void apply_edit(ViewerState& s, std::size_t layer, std::size_t index, events::Event edited) {
  auto& vl = s.layers.at(layer);
  if (index >= vl.layer->events.size()) throw InputError("no event " + std::to_string(index) + " to edit");
  edited.analyst_reviewed = true;
  auto copy = std::make_shared<map::EventLayer>(*vl.layer);
  UndoEntry undo{layer, index, copy->events[index]};
  map::update_event(*copy, index, edited, *s.projection);
  // Save first: if the store refuses, the layer in memory stays as it was.
  save_event(vl.source, copy->events[index], copy->events);
  vl.layer = std::move(copy);
  s.undo.push_back(std::move(undo));
  if (s.undo.size() > kUndoDepth) s.undo.pop_front();
  s.filters_dirty = true;
  s.status = "saved " + edited.id + " to " + vl.source.target;
  s.status_is_error = false;
}

bool undo_last_edit(ViewerState& s) {
  if (s.undo.empty()) return false;
  auto entry = s.undo.back();
  auto& vl = s.layers.at(entry.layer);
  auto copy = std::make_shared<map::EventLayer>(*vl.layer);
  map::update_event(*copy, entry.index, entry.before, *s.projection);
  save_event(vl.source, copy->events[entry.index], copy->events);
  vl.layer = std::move(copy);
  s.undo.pop_back();
  s.filters_dirty = true;
  s.status = "undid the edit of " + entry.before.id;
  s.status_is_error = false;
  return true;
}

void add_events(ViewerState& s, std::size_t layer, const std::vector<events::Event>& added) {
  auto& vl = s.layers.at(layer);
  auto all = vl.layer->events;
  for (const auto& e : added) {
    auto same = std::find_if(all.begin(), all.end(), [&](const events::Event& x) { return x.id == e.id; });
    if (same == all.end()) all.push_back(e);
    else if (!same->analyst_reviewed) *same = e;
  }
  if (vl.source.is_store) {
    auto store = events::EventStore::open(vl.source.target, false);
    store.upsert(added);
  } else {
    save_event(vl.source, added.empty() ? events::Event{} : added.front(), all);
  }
  vl.layer = std::make_shared<map::EventLayer>(map::make_event_layer(vl.layer->name, std::move(all), *s.projection));
  s.filters_dirty = true;
}

render::FrameSnapshot make_snapshot(const ViewerState& s) {
  render::FrameSnapshot f;
  f.viewport = s.viewport;
  f.basemap = s.basemap;
  f.basemap_source = s.basemap_source;
  for (const auto& l : s.layers) f.layers.push_back({l.layer, l.visible, l.shown, l.opacity});
  f.toggles = s.toggles;
  f.draw_mode = s.draw_mode;
  f.selected = s.selected;
  f.hovered = s.hovered;
  f.brushed = s.brushed;
  f.ui_scale = s.ui_scale;
  if (s.measure_points.size() == 2) f.measure = std::make_pair(s.measure_points[0], s.measure_points[1]);
  return f;
}

std::vector<events::Event> filtered_events(const ViewerState& s) {
  std::vector<events::Event> out;
  for (const auto& l : s.layers) {
    if (!l.shown) continue;
    for (auto i : l.visible)
      if (i < l.layer->events.size()) out.push_back(l.layer->events[i]);
  }
  return out;
}

}  // namespace bordermap::ui
