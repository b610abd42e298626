// The per-frame and per-load costs of the event map core on synthetic events:
// make_event_layer (once per load), visible_events, make_histogram, pick_event and
// density_raster (whenever the range, filters or view change).
//   map_filter_bench [--events N] [--repeat R]
// Without --events it runs 100,000 and 1,000,000 events. Each per-frame figure is the
// median of R runs (default 9). Not part of the test suite.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/lcg.hpp"
#include "map/event_filter.hpp"
#include "map/event_layer.hpp"
#include "map/hit_test.hpp"
#include "map/timeline.hpp"

using namespace bordermap;
using namespace bordermap::map;

namespace {

const char* kUsage =
    "map_filter_bench [--events N] [--repeat R]\n"
    "  times the map core on N synthetic events (default: 100000 and 1000000), median of R runs\n";

using bench::Lcg;

// Events scattered over the border region (AF/TJ, 36.5–39°N, 67–75°E) across 2020–2022,
// a quarter with multi-day ranges, 5% without a place, ACLED's six types.
std::vector<events::Event> synthesise(std::size_t n) {
  static const char* types[] = {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments"};
  static const char* actors[] = {"Taliban", "Jamaat Ansorullah", "Tajik border guards", "National Resistance Front",
                                 "ISIS-K", "Tajik security forces"};
  Lcg rng;
  std::vector<events::Event> out(n);
  const Day start = day_number({2020, 1, 1});
  for (auto& e : out) {
    const Day day = start + static_cast<Day>(rng.pick(3 * 365));
    e.event_date = date_of_day(day);
    if (rng.pick(4) == 0) {
      e.date_start = date_of_day(day - static_cast<Day>(rng.pick(7)));
      e.date_end = e.event_date;
    }
    e.event_type = types[rng.pick(std::size(types))];
    e.actor1 = actors[rng.pick(std::size(actors))];
    if (rng.pick(2)) e.actor2 = actors[rng.pick(std::size(actors))];
    if (rng.pick(20) != 0) {
      e.location.lat = 36.5 + rng.unit() * 2.5;
      e.location.lon = 67 + rng.unit() * 8;
      e.border.side = rng.pick(2) ? "AF" : "TJ";
      e.border.border_km = rng.unit() * 1240;
      e.border.distance_to_border_km = rng.unit() * 80;
    }
    e.geo_precision = 1 + static_cast<int>(rng.pick(3));
    e.source_reliability = std::string(1, static_cast<char>('A' + rng.pick(6)));
  }
  return out;
}

template <typename Fn>
double median_ms(int repeat, Fn&& fn) {
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    bench::Stopwatch sw;
    fn();
    ms.push_back(sw.seconds() * 1000);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

void run(std::size_t n, int repeat) {
  std::printf("== %zu events\n", n);
  auto events = synthesise(n);
  const MapProjection projection;
  bench::Stopwatch sw;
  const EventLayer layer = make_event_layer("synthetic", std::move(events), projection);
  std::printf("  make_event_layer                %9.1f ms (once per load)\n", sw.seconds() * 1000);

  AttributeFilter all;
  AttributeFilter some;  // what an analyst might set: two types off, grades A–C
  some.hidden_types = {0, 3};
  some.max_reliability = 3;
  const TimeRange month{day_number({2021, 9, 1}), day_number({2021, 9, 30})};
  std::vector<std::uint32_t> visible;

  double t = median_ms(repeat, [&] { visible = visible_events(layer, {}, TimeMode::Window, all); });
  std::printf("  visible_events (all pass)       %9.2f ms  -> %zu\n", t, visible.size());
  t = median_ms(repeat, [&] { visible = visible_events(layer, month, TimeMode::Window, some); });
  std::printf("  visible_events (window+filter)  %9.2f ms  -> %zu\n", t, visible.size());
  t = median_ms(repeat, [&] { visible = visible_events(layer, month, TimeMode::Cumulative, all); });
  std::printf("  visible_events (cumulative)     %9.2f ms  -> %zu\n", t, visible.size());

  const auto everything = visible_events(layer, {}, TimeMode::Window, all);
  Histogram h;
  const Bin bin = choose_bin(layer.first_day, layer.last_day);
  t = median_ms(repeat, [&] { h = make_histogram(layer, everything, bin); });
  std::printf("  make_histogram (%s bins)       %9.2f ms  -> %zu bins\n",
              bin == Bin::Day ? "day " : bin == Bin::Week ? "week" : "mon.", t, h.starts.size());

  Viewport view;
  view.width = 1920;
  view.height = 1080;
  view.fit(layer.extent);
  std::optional<std::uint32_t> picked;
  t = median_ms(repeat, [&] { picked = pick_event(layer, everything, view, {960, 540}, 8); });
  std::printf("  pick_event                      %9.2f ms  -> %s\n", t, picked ? "hit" : "none");

  DensityRaster r;
  t = median_ms(repeat, [&] { r = density_raster(layer, everything, view, 4); });
  std::printf("  density_raster (1920x1080, 4px) %9.2f ms  -> %dx%d, max %.0f\n", t, r.width, r.height,
              static_cast<double>(r.max_count));
}

}  // namespace

int main(int argc, char** argv) {
  bench::Args args(argc, argv, {"--events", "--repeat"}, {}, kUsage);
  const int repeat = std::max(1, args.get_int("--repeat", 9));
  if (args.has("--events")) {
    run(static_cast<std::size_t>(std::max(1, args.get_int("--events", 100000))), repeat);
  } else {
    run(100000, repeat);
    run(1000000, repeat);
  }
  return 0;
}
