// `bordermap view --frames N --screenshot` under Xvfb: the map shows a known event's
// symbol where the viewer's own viewport puts it, the border in its colour, and no
// symbol there when the time window excludes the event.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/run_cli.hpp"
#include "formats/import.hpp"
#include "map/image_file.hpp"
#include "map/projection.hpp"
#include "map/style.hpp"
#include "map/viewport.hpp"
#include "support/temp_dir.hpp"

namespace {

using namespace bordermap;

bool have_xvfb() { return std::system("command -v xvfb-run >/dev/null 2>&1") == 0; }

std::string meta(const map::ImageMetadata& m, const std::string& key) {
  for (const auto& [k, v] : m)
    if (k == key) return v;
  return {};
}

// The viewport and map rectangle the viewer recorded in the PNG.
struct RecordedView {
  map::Viewport viewport;
  double map_x = 0, map_y = 0;
  std::string projection;
};

RecordedView recorded_view(const std::filesystem::path& png) {
  auto m = map::read_png_metadata(png);
  RecordedView v;
  std::istringstream rect(meta(m, "MapRect")), view(meta(m, "Viewport"));
  rect >> v.map_x >> v.map_y >> v.viewport.width >> v.viewport.height;
  view >> v.viewport.center.x >> v.viewport.center.y >> v.viewport.meters_per_pixel;
  v.projection = meta(m, "ProjectionKey");
  return v;
}

// Pixels within `radius` of (x, y) whose colour is within `tol` of `c`.
int near_colour(const map::Image& img, double x, double y, int radius, map::Rgba c, int tol) {
  int n = 0;
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx) {
      int px = static_cast<int>(x) + dx, py = static_cast<int>(y) + dy;
      if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
      auto* p = img.pixel(px, py);
      if (std::abs(p[0] - c.r) <= tol && std::abs(p[1] - c.g) <= tol && std::abs(p[2] - c.b) <= tol) ++n;
    }
  return n;
}

std::string view_command(const std::filesystem::path& fixture, const std::filesystem::path& out, const std::string& extra) {
  return "view '" + fixture.string() + "' --frames 5 --ui-scale 1 --size 1280x800 --screenshot '" + out.string() + "' " +
         extra;
}

}  // namespace

TEST_CASE("ui: the viewer's screenshot shows a located event and the border, and hides it outside the window") {
  if (!have_xvfb()) {
    MESSAGE("xvfb-run is not installed: the viewer screenshot test is skipped");
    return;
  }
  if (!test::runtime_data_built()) {
    MESSAGE("runtime data not built: skipped");
    return;
  }
  std::filesystem::path fixture = std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events" / "sample-events.geojson";
  auto imported = events::import_events(fixture);
  // A town-precise, dated, typed event: drawn as a filled symbol of its type's colour.
  const events::Event* known = nullptr;
  for (const auto& e : imported.events)
    if (e.location.lat && e.location.lon && e.event_date && e.geo_precision == 1 && !e.event_type.empty()) known = &e;
  REQUIRE(known != nullptr);
  char day[16];
  std::snprintf(day, sizeof day, "%04d-%02d-%02d", known->event_date->year, known->event_date->month,
                known->event_date->day);

  test::TempDir dir("viewer_shot");
  auto shown = dir / "shown.png";
  auto hidden = dir / "hidden.png";
  auto run = [&](const std::string& args) {
    // Under AddressSanitizer (scripts/test-sanitizers.sh), GLX unloads Mesa's driver
    // before LeakSanitizer reports, so the driver's allocations show up unattributable
    // ("<unknown module>") and no suppression can name them. Leak checks of the viewer's
    // child process are off; its memory errors and UB are still caught.
    const char* asan = std::getenv("ASAN_OPTIONS");
    std::string env = asan ? "ASAN_OPTIONS='" + std::string(asan) + ":detect_leaks=0' " : "";
    std::string cmd = env + "xvfb-run -a -s '-screen 0 1280x800x24' '" + std::string(BORDERMAP_BINARY) + "' " + args +
                      " >'" + (dir / "log.txt").string() + "' 2>&1";
    int rc = std::system(cmd.c_str());
    if (rc != 0) {
      std::ifstream log(dir / "log.txt");
      std::stringstream text;
      text << log.rdbuf();
      MESSAGE("bordermap view failed:\n" << text.str());
    }
    return rc;
  };
  REQUIRE(run(view_command(fixture, shown, std::string("--from ") + day + " --to " + day)) == 0);
  REQUIRE(run(view_command(fixture, hidden, "--from 1990-01-01 --to 1990-01-02")) == 0);

  auto img = map::read_png(shown);
  CHECK(img.width == 1280);
  CHECK(img.height == 800);
  auto view = recorded_view(shown);
  auto kind = map::parse_projection(view.projection);
  REQUIRE(kind);
  map::MapProjection projection(*kind);
  auto at = view.viewport.to_screen(projection.forward({*known->location.lon, *known->location.lat}));
  double x = view.map_x + at.x, y = view.map_y + at.y;
  auto colour = map::style_for_type(known->event_type).color;
  CHECK(near_colour(img, x, y, 4, colour, 40) > 3);

  auto none = map::read_png(hidden);
  auto hview = recorded_view(hidden);
  CHECK(hview.viewport.center.x == doctest::Approx(view.viewport.center.x));
  CHECK(near_colour(none, x, y, 4, colour, 40) == 0);

  // The border's red runs through the map in both images.
  map::BasemapColors palette;
  int border_pixels = 0;
  for (int py = static_cast<int>(view.map_y); py < view.map_y + view.viewport.height; py += 2)
    for (int px = static_cast<int>(view.map_x); px < view.map_x + view.viewport.width; px += 2) {
      auto* p = none.pixel(px, py);
      if (std::abs(p[0] - palette.border.r) < 30 && std::abs(p[1] - palette.border.g) < 30 &&
          std::abs(p[2] - palette.border.b) < 30)
        ++border_pixels;
    }
  CHECK(border_pixels > 50);
}
