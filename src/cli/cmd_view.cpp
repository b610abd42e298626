// `bordermap view`: the interactive map viewer. Parses the options into ViewerOptions;
// everything else lives in src/ui.
#include <cstdio>
#include <cstdlib>

#include "cli/commands.hpp"
#include "cli/render_options.hpp"
#include "ui/viewer_app.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"

namespace bordermap::cli {

namespace {
struct ViewArgs {
  std::vector<std::string> sources;
  std::string pair = "AF-TJ", projection = "lcc", size = "1280x800", screenshot, from, to;
  int frames = 0, window_days = 0;
  float ui_scale = 0;
  bool play = false, frame_stats = false;
};
}  // namespace

void register_view(CLI::App& app, GlobalOptions& global) {
  auto a = std::make_shared<ViewArgs>();
  global.hold(a);
  auto* cmd = app.add_subcommand("view", "Interactive map viewer (OpenGL window)");
  cmd->add_option("SOURCE", a->sources,
                  "Event stores (.gpkg, PG:…) or files (GeoJSON, CSV); none = the bundled sample layer");
  cmd->add_option("--pair", a->pair, "Border to frame and measure against")->capture_default_str();
  cmd->add_option("--projection", a->projection, "lcc, utm42n, webmercator or platecarree")->capture_default_str();
  cmd->add_option("--size", a->size, "Window size WxH")->capture_default_str();
  cmd->add_option("--frames", a->frames, "Run this many frames, then exit (scripts and tests)")->check(CLI::PositiveNumber);
  cmd->add_option("--screenshot", a->screenshot, "With --frames: write the last frame to this PNG");
  cmd->add_option("--from", a->from, "Start of the time window, YYYY-MM-DD");
  cmd->add_option("--to", a->to, "End of the time window, YYYY-MM-DD");
  cmd->add_option("--ui-scale", a->ui_scale, "Text and panel scale; 0 = the monitor's")->check(CLI::Range(0.0, 4.0));
  cmd->add_option("--window-days", a->window_days, "Start with a time window this many days long")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--play", a->play, "Start with the timeline playing");
  cmd->add_flag("--frame-stats", a->frame_stats, "Print frame-time statistics on exit (median, p95, max)");
  cmd->callback([a, &global] {
    if (!a->screenshot.empty() && a->frames == 0)
      throw InputError("--screenshot needs --frames N (the frame to capture)");
    ui::ViewerOptions o;
    o.data_dir = resolve_data_dir(global.data_dir);
    o.sources = a->sources;
    o.pair = a->pair;
    o.projection = a->projection;
    auto size = parse_size(a->size);
    o.width = size.width;
    o.height = size.height;
    if (a->frames > 0) o.frames = a->frames;
    o.screenshot = a->screenshot;
    if (!a->from.empty()) o.from = a->from;
    if (!a->to.empty()) o.to = a->to;
    o.ui_scale = a->ui_scale;
    o.play = a->play;
    o.frame_stats = a->frame_stats;
    if (a->window_days > 0) o.window_days = a->window_days;
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
      std::fprintf(stderr,
                   "bordermap: no display ($DISPLAY is unset): `bordermap render` draws the same map to an image "
                   "without one, or run under xvfb-run\n");
    global.exit_code = ui::run_viewer(o);
  });
}

}  // namespace bordermap::cli
