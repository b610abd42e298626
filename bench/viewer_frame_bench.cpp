// Frame time of the real viewer (`bordermap view`) with N synthetic events while the
// timeline plays: each frame re-filters the layer by time, rebuilds the symbol buffer (or
// the density raster past the threshold), draws the basemap, the labels and every panel,
// and waits for the GPU (glFinish). Runs under xvfb-run, so the GL is Mesa's llvmpipe,
// the software renderer the issue sets the 33 ms budget on.
//
//   viewer_frame_bench [BORDERMAP_BINARY] [N …]        default N: 10000 100000 1000000
//
// Environment: BENCH_FRAMES (default 150), BENCH_SIZE (default 1280x800),
// BENCH_WINDOW_DAYS (default 30: a month-long window sliding over a year of events),
// BENCH_KEEP=1 keeps the generated CSV files (for profiling the viewer on them).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "events/event.hpp"
#include "formats/export.hpp"

namespace {

using bordermap::events::Date;
using bordermap::events::Event;

// Points scattered within ~60 km of a coarse trace of the Panj (lon, lat), a year of days.
std::vector<Event> synthetic_events(std::size_t n, unsigned seed) {
  static const double trace[][2] = {{67.8, 37.2}, {68.9, 37.3}, {69.5, 37.6}, {70.1, 37.6},
                                    {70.6, 38.0}, {71.2, 38.4}, {71.5, 37.8}, {71.6, 37.0},
                                    {72.3, 36.9}, {73.5, 37.3}, {74.9, 37.2}};
  static const char* types[] = {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments"};
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> segment(0, 9), day(0, 364), type(0, 5), precision(1, 3);
  std::uniform_real_distribution<double> t(0, 1);
  std::normal_distribution<double> jitter(0, 0.25);
  std::vector<Event> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto& e = out[i];
    int s = segment(rng);
    double u = t(rng);
    e.id = "bench-" + std::to_string(i);
    e.location.lon = trace[s][0] + u * (trace[s + 1][0] - trace[s][0]) + jitter(rng);
    e.location.lat = trace[s][1] + u * (trace[s + 1][1] - trace[s][1]) + jitter(rng);
    e.location.name = "synthetic";
    int d = day(rng);
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int m = 0;
    while (d >= month_days[m]) d -= month_days[m++];
    e.event_date = Date{2021, m + 1, d + 1};
    e.time_precision = 1;
    e.event_type = types[type(rng)];
    e.geo_precision = precision(rng);
    e.source_reliability = "B";
  }
  return out;
}

std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string binary = argc > 1 ? argv[1] : "build/bordermap";
  std::vector<std::size_t> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
  if (sizes.empty()) sizes = {10000, 100000, 1000000};
  std::string frames = env_or("BENCH_FRAMES", "150"), size = env_or("BENCH_SIZE", "1280x800"),
              window = env_or("BENCH_WINDOW_DAYS", "30");
  if (std::system("command -v xvfb-run >/dev/null 2>&1") != 0) {
    std::fprintf(stderr, "viewer_frame_bench: xvfb-run is needed (Debian package xvfb)\n");
    return 1;
  }
  auto dir = std::filesystem::temp_directory_path() / ("bordermap_viewer_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  int status = 0;
  for (auto n : sizes) {
    auto file = dir / ("events-" + std::to_string(n) + ".csv");
    bordermap::events::export_events(synthetic_events(n, 42), bordermap::events::ExportFormat::csv, file);
    std::printf("%zu events, %s, %s frames, %s-day window playing:\n", n, size.c_str(), frames.c_str(),
                window.c_str());
    std::fflush(stdout);
    std::string cmd = "xvfb-run -a -s '-screen 0 " + size + "x24' '" + binary + "' view '" + file.string() +
                      "' --frames " + frames + " --size " + size + " --ui-scale 1 --play --window-days " + window +
                      " --frame-stats 2>/dev/null";
    if (std::system(cmd.c_str()) != 0) {
      std::fprintf(stderr, "viewer_frame_bench: the viewer failed for %zu events\n", n);
      status = 1;
    }
    if (!std::getenv("BENCH_KEEP")) std::filesystem::remove(file);
  }
  if (std::getenv("BENCH_KEEP")) std::printf("kept the event files in %s\n", dir.c_str());
  else std::filesystem::remove_all(dir);
  return status;
}
