// `bordermap render`: briefing images with no display at all (EGL surfaceless), one
// image or a time series, PNG with metadata or a georeferenced GeoTIFF.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.hpp"
#include "cli/render_options.hpp"
#include "cli/render_video.hpp"
#include "formats/import.hpp"
#include "store/store.hpp"
#include "map/basemap.hpp"
#include "map/event_filter.hpp"
#include "map/event_layer.hpp"
#include "map/image_file.hpp"
#include "map/projection.hpp"
#include "map/timeline.hpp"
#include "render/briefing.hpp"
#include "render/headless_gl.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"
#include "util/output_target.hpp"
#include "util/terminal_text.hpp"

namespace fs = std::filesystem;

namespace bordermap::cli {
namespace {

struct RenderArgs {
  std::string out, store, from, to, at, window = "7d", fit = "border", bbox, size, paper, title, subtitle, banner;
  std::vector<std::string> events_files;
  std::string layers = "all", projection = "lcc", format, frames, video, pair = "AF-TJ", draw = "auto";
  int dpi = 300, fps = 4;
  bool portrait = false, cumulative = false, sources = false, no_legend = false, no_inset = false;
};

map::Day parse_day(const std::string& option, const std::string& text) {
  return map::day_number(parse_date(option, text));
}

struct Loaded {
  std::vector<events::Event> events;
  std::string name;
};

Loaded load_events(const RenderArgs& a, const fs::path& data_dir) {
  if (!a.store.empty()) {
    auto store = events::EventStore::open(a.store, /*create=*/false);
    return {store.query({}), store.name()};
  }
  std::vector<fs::path> files(a.events_files.begin(), a.events_files.end());
  if (files.empty()) {
    // The bundled layer: the installed copy, else the one in the source tree.
    fs::path installed = data_dir / "events" / "sample-events.geojson";
    files.push_back(fs::exists(installed) ? installed
                                          : fs::path(BORDERMAP_SOURCE_DIR) / "events" / "sample-events.geojson");
  }
  Loaded loaded;
  for (const auto& f : files) {
    auto result = events::import_events(f);
    for (const auto& e : result.errors) std::fprintf(stderr, "bordermap: warning: %s\n", util::terminal_safe(e).c_str());
    loaded.events.insert(loaded.events.end(), result.events.begin(), result.events.end());
    loaded.name += (loaded.name.empty() ? "" : ", ") + f.filename().string();
  }
  return loaded;
}

map::Extent project_box(const map::GeoBox& box, const map::MapProjection& projection) {
  map::Extent e;
  // Edges densified: parallels curve once projected.
  for (int i = 0; i <= 24; ++i) {
    double t = i / 24.0, lon = box.west + (box.east - box.west) * t, lat = box.south + (box.north - box.south) * t;
    for (geo::LonLat p : {geo::LonLat{lon, box.south}, geo::LonLat{lon, box.north}, geo::LonLat{box.west, lat},
                          geo::LonLat{box.east, lat}}) {
      auto xy = projection.forward(p);
      if (std::isfinite(xy.x) && std::isfinite(xy.y)) e.include(xy);
    }
  }
  return e;
}

// At least `min_m` across, centred where it was: one event or one place still gets a map.
map::Extent padded(map::Extent e, double min_m) {
  auto c = e.center();
  double hw = std::max(e.width(), min_m) / 2, hh = std::max(e.height(), min_m) / 2;
  return {c.x - hw, c.y - hh, c.x + hw, c.y + hh};
}

map::Extent fit_extent(const RenderArgs& a, const map::BasemapSource& source, const map::ProjectedBasemap& basemap,
                       const map::EventLayer& layer, const std::vector<std::uint32_t>& visible,
                       const map::MapProjection& projection) {
  if (!a.bbox.empty()) return project_box(parse_bbox(a.bbox), projection);
  std::string fit = a.fit;
  for (auto& c : fit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (fit == "border") return basemap.border_extent.empty() ? basemap.region_extent : basemap.border_extent;
  if (fit == "region") return basemap.region_extent;
  if (fit == "events") {
    map::Extent e;
    for (auto i : visible)
      if (layer.points[i].located) e.include(layer.points[i].at);
    if (e.empty()) return basemap.border_extent;  // nothing to fit: the border, and the image says "no events"
    return padded(e, 60000);
  }
  for (std::size_t i = 0; i < source.places.size() && i < basemap.place_at.size(); ++i) {
    std::string name = source.places[i].name;
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == fit) {
      map::Extent e;
      e.include(basemap.place_at[i]);
      return padded(e, 150000);
    }
  }
  throw InputError("--fit '" + a.fit + "' is not border, events, region or the name of a place on the map");
}

std::string bbox_text(const map::Extent& e, const map::MapProjection& projection) {
  auto sw = projection.inverse({e.min_x, e.min_y}), ne = projection.inverse({e.max_x, e.max_y});
  auto nw = projection.inverse({e.min_x, e.max_y}), se = projection.inverse({e.max_x, e.min_y});
  char text[160];
  std::snprintf(text, sizeof text, "%.5f,%.5f,%.5f,%.5f", std::min(sw.lon, nw.lon), std::min(sw.lat, se.lat),
                std::max(ne.lon, se.lon), std::max(ne.lat, nw.lat));
  return text;
}

void render_command(const RenderArgs& a, GlobalOptions& global) {
  // Every argument is checked before EGL or any data is touched.
  PixelSize size = !a.paper.empty() ? paper_size(a.paper, a.dpi, a.portrait)
                                    : parse_size(a.size.empty() ? "1920x1080" : a.size);
  if (!a.paper.empty() && !a.size.empty()) throw InputError("give --size or --paper, not both");
  auto toggles = parse_layers(a.layers);
  auto kind = map::parse_projection(a.projection);
  if (!kind) throw InputError("--projection '" + a.projection + "' is not one of lcc, utm42n, webmercator, platecarree");
  if (!a.bbox.empty()) parse_bbox(a.bbox);
  std::string format = a.format;
  if (format.empty()) {
    auto ext = fs::path(a.out).extension().string();
    format = (ext == ".tif" || ext == ".tiff") ? "geotiff" : "png";
  }
  if (format != "png" && format != "geotiff") throw InputError("--format '" + a.format + "' is not png or geotiff");
  if (!a.at.empty() && (!a.from.empty() || !a.to.empty())) throw InputError("give --at with --window, or --from/--to, not both");
  map::TimeRange range;
  if (!a.from.empty()) range.from = parse_day("--from", a.from);
  if (!a.to.empty()) range.to = parse_day("--to", a.to);
  if (!a.at.empty()) {
    range.to = parse_day("--at", a.at);
    range.from = range.to - parse_window_days(a.window) + 1;
  }
  if (range.from != map::kNoDay && range.to != map::kNoDay && range.from > range.to)
    throw InputError("--from " + a.from + " is after --to " + a.to);
  int step_days = 0;
  if (!a.frames.empty()) {
    if (a.frames != "daily" && a.frames != "weekly") throw InputError("--frames '" + a.frames + "' is not daily or weekly");
    if (range.from == map::kNoDay || range.to == map::kNoDay) throw InputError("--frames needs --from and --to");
    if (range.to - range.from > 3660) throw InputError("--frames: more than ten years of frames");
    step_days = a.frames == "daily" ? 1 : 7;
  }
  if (!a.video.empty() && a.frames.empty()) throw InputError("--video needs --frames daily|weekly");
  std::vector<std::string> inputs = a.events_files;
  inputs.push_back(a.store);
  if (a.frames.empty()) util::require_regular_output(a.out, "cannot render to");
  util::require_not_an_input(a.out, inputs, "cannot render to");
  if (!a.video.empty()) {
    util::require_regular_output(a.video, "cannot write the video to");
    util::require_not_an_input(a.video, inputs, "cannot write the video to");
  }
  if (a.fps < 1 || a.fps > 60) throw InputError("--fps must be 1–60");
  render::EventDrawMode draw_mode = a.draw == "symbols"   ? render::EventDrawMode::Symbols
                                    : a.draw == "density" ? render::EventDrawMode::Density
                                    : a.draw == "auto"    ? render::EventDrawMode::Auto
                                                          : throw InputError("--draw '" + a.draw + "' is not auto, symbols or density");

  auto data_dir = resolve_data_dir(global.data_dir);
  map::MapProjection projection(*kind);
  map::BasemapOptions basemap_options;
  basemap_options.pair = a.pair;
  auto source = std::make_shared<map::BasemapSource>(map::load_basemap(data_dir, basemap_options));
  auto basemap = std::make_shared<map::ProjectedBasemap>(map::project_basemap(*source, projection));
  auto loaded = load_events(a, data_dir);
  auto layer = std::make_shared<map::EventLayer>(map::make_event_layer(loaded.name, std::move(loaded.events), projection));
  map::TimeMode mode = a.cumulative ? map::TimeMode::Cumulative : map::TimeMode::Window;
  if (a.frames.empty() && range.from == map::kNoDay && range.to == map::kNoDay) {
    range.from = layer->first_day;  // the whole layer, so the date stamp says which dates
    range.to = layer->last_day;
  }

  render::FrameSnapshot frame;
  frame.basemap = basemap;
  frame.basemap_source = source;
  frame.toggles = toggles;
  frame.draw_mode = draw_mode;
  map::AttributeFilter filter;
  auto all_visible = map::visible_events(*layer, range, mode, filter);
  frame.viewport.width = size.width;
  frame.viewport.height = size.height;
  frame.viewport.fit(fit_extent(a, *source, *basemap, *layer, all_visible, projection), 24);

  render::BriefingSpec spec;
  spec.width = size.width;
  spec.height = size.height;
  spec.ui_scale = size.ui_scale;
  spec.title = a.title;
  spec.subtitle = a.subtitle;
  spec.banner = a.banner;
  spec.sources = a.sources;
  spec.legend = !a.no_legend;
  spec.inset = !a.no_inset;
  spec.mode = mode;
  spec.map_only = format == "geotiff";

  render::HeadlessGl gl;
  render::BriefingRenderer renderer;
  auto render_one = [&](const map::TimeRange& r, const fs::path& path) {
    frame.layers = {render::EventLayerView{layer, map::visible_events(*layer, r, mode, filter), true, 1.0f}};
    spec.range = r;
    auto image = renderer.render(spec, frame);
    auto extent = renderer.last_map_viewport().visible_extent();
    map::ImageMetadata meta = {{"Title", a.title.empty() ? "Afghanistan - Tajikistan border" : a.title},
                               {"Description", a.subtitle},
                               {"TimeRange", map::describe_range(r, mode)},
                               {"BBox", bbox_text(extent, projection)},
                               {"CRS", projection.epsg().empty() ? projection.definition() : projection.epsg()},
                               {"Projection", std::string(map::projection_label(*kind))},
                               {"Source", loaded.name},
                               {"Software", std::string("bordermap ") + BORDERMAP_VERSION}};
    if (format == "geotiff")
      map::write_geotiff(path, image, extent, projection.wkt(), meta);
    else
      map::write_png(path, image, meta);
    return frame.layers[0].visible.size();
  };

  if (a.frames.empty()) {
    auto shown = render_one(range, a.out);
    std::printf("%s: %dx%d, %zu events, %s\n", a.out.c_str(), size.width, size.height, shown,
                map::describe_range(range, mode).c_str());
    return;
  }
  fs::path dir = a.out;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir)) throw InputError("--frames: cannot make the folder " + dir.string());
  int n = 0;
  for (map::Day d = range.from; d <= range.to; d += step_days) {
    map::TimeRange step{mode == map::TimeMode::Cumulative ? range.from : d, std::min(range.to, d + step_days - 1)};
    char name[32];
    std::snprintf(name, sizeof name, "frame-%04d.png", ++n);
    render_one(step, dir / name);
  }
  std::printf("%d frames in %s\n", n, dir.c_str());
  if (!a.video.empty()) {
    encode_video(dir / "frame-%04d.png", a.fps, a.video);
    std::printf("video: %s\n", a.video.c_str());
  }
}

}  // namespace

void register_render(CLI::App& app, GlobalOptions& global) {
  auto a = std::make_shared<RenderArgs>();
  global.hold(a);
  auto* cmd = app.add_subcommand("render", "Briefing images with no display (EGL): PNG, GeoTIFF, time series, video");
  cmd->add_option("OUT", a->out, "Output image (replaced atomically), or the folder for --frames")->required();
  cmd->add_option("--store", a->store, "Event store: a GeoPackage path or a PG: connection string");
  cmd->add_option("--events", a->events_files, "Event files (GeoJSON, CSV, ACLED CSV) instead of a store");
  cmd->add_option("--from", a->from, "First day shown (YYYY-MM-DD)");
  cmd->add_option("--to", a->to, "Last day shown (YYYY-MM-DD)");
  cmd->add_option("--at", a->at, "Last day of a window ending here (with --window)");
  cmd->add_option("--window", a->window, "Window length before --at: 7d, 2w")->capture_default_str();
  cmd->add_flag("--cumulative", a->cumulative, "Everything that began up to the end of the range");
  cmd->add_option("--fit", a->fit, "Frame the map on: border, events, region or a place name")->capture_default_str();
  cmd->add_option("--bbox", a->bbox, "Frame the map on W,S,E,N (degrees)");
  cmd->add_option("--size", a->size, "Image size in pixels, WIDTHxHEIGHT (default 1920x1080)");
  cmd->add_option("--paper", a->paper, "Paper size: A5, A4, A3, A2, letter, legal, tabloid (landscape)");
  cmd->add_option("--dpi", a->dpi, "Dots per inch with --paper")->capture_default_str();
  cmd->add_flag("--portrait", a->portrait, "Portrait paper");
  cmd->add_option("--title", a->title, "Title");
  cmd->add_option("--subtitle", a->subtitle, "Subtitle");
  cmd->add_option("--banner", a->banner, "Handling banner at the top and bottom");
  cmd->add_option("--layers", a->layers, "Layers shown: " + layer_names() + ", or all")->capture_default_str();
  cmd->add_option("--projection", a->projection, "lcc, utm42n, webmercator, platecarree")->capture_default_str();
  cmd->add_option("--pair", a->pair, "Border pair")->capture_default_str();
  cmd->add_option("--draw", a->draw, "Events as auto, symbols or density")->capture_default_str();
  cmd->add_flag("--sources", a->sources, "List the sources of the events shown");
  cmd->add_flag("--no-legend", a->no_legend, "Leave out the legend");
  cmd->add_flag("--no-inset", a->no_inset, "Leave out the inset locator map");
  cmd->add_option("--format", a->format, "png or geotiff (default: from OUT's extension)");
  cmd->add_option("--frames", a->frames, "daily or weekly: one image per step from --from to --to into OUT/");
  cmd->add_option("--video", a->video, "With --frames: also encode OUT.mp4 or OUT.gif through ffmpeg");
  cmd->add_option("--fps", a->fps, "Frames per second of --video")->capture_default_str();
  cmd->callback([a, &global] { render_command(*a, global); });
}

}  // namespace bordermap::cli
