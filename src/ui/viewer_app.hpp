#pragma once
// The interactive viewer: a GLFW window with OpenGL 3.3 core and Dear ImGui panels over
// the map (layers, filters, event table, inspector, timeline, space-time, ingest, export).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bordermap::ui {

struct ViewerOptions {
  std::filesystem::path data_dir;
  std::vector<std::string> sources;     // stores ("x.gpkg", "PG:…") or files; empty = the bundled layer
  std::string pair = "AF-TJ";
  std::string projection = "lcc";
  int width = 1280, height = 800;
  std::optional<int> frames;            // run this many frames, then exit (scripts, tests)
  std::filesystem::path screenshot;     // with frames: write the last frame's image here
  std::optional<std::string> from, to;  // initial time window (ISO dates)
  float ui_scale = 0;                   // 0 = from the monitor's content scale
  bool play = false;                    // start with the timeline playing
  std::optional<int> window_days;       // start in window mode with a window this many days long
  bool frame_stats = false;             // print frame-time statistics on exit (bench/)
};

// Returns the process exit code; throws InputError / DataError / RenderError for the CLI edge.
int run_viewer(const ViewerOptions& options);

}  // namespace bordermap::ui
