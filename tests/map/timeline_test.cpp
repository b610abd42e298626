// Bins, the stacked histogram and the playback clock.
#include <doctest/doctest.h>

#include "event_points.hpp"

#include "map/timeline.hpp"

using namespace bordermap;
using namespace bordermap::map;

namespace {

Day d(int y, int m, int day) { return day_number({y, m, day}); }

EventPoint point(Day first, Day last, std::uint16_t type = 0) { return test::located_point(first, last, type); }

Playback window_playback(Day first, Day last, Day from, Day to, Day step) {
  Playback pb;
  pb.mode = TimeMode::Window;
  pb.first = first;
  pb.last = last;
  pb.range = {from, to};
  pb.step_days = step;
  return pb;
}

}  // namespace

TEST_SUITE("map.timeline") {

TEST_CASE("bin_start: ISO weeks start on Monday, months on the 1st") {
  // 2021-09-27 was a Monday.
  CHECK(bin_start(d(2021, 9, 27), Bin::Week) == d(2021, 9, 27));
  CHECK(bin_start(d(2021, 9, 26), Bin::Week) == d(2021, 9, 20));  // Sunday ends the week before
  CHECK(bin_start(d(2021, 10, 3), Bin::Week) == d(2021, 9, 27));
  CHECK(bin_start(d(1970, 1, 1), Bin::Week) == d(1969, 12, 29));  // day 0, a Thursday
  CHECK(bin_start(d(1969, 12, 28), Bin::Week) == d(1969, 12, 22)); // negative days too
  CHECK(bin_start(d(2021, 9, 25), Bin::Month) == d(2021, 9, 1));
  CHECK(bin_start(d(2024, 2, 29), Bin::Month) == d(2024, 2, 1));
  CHECK(bin_start(d(2021, 9, 25), Bin::Day) == d(2021, 9, 25));
}

TEST_CASE("next_bin: steps of a day, a week, a calendar month") {
  CHECK(next_bin(d(2021, 9, 30), Bin::Day) == d(2021, 10, 1));
  CHECK(next_bin(d(2021, 9, 27), Bin::Week) == d(2021, 10, 4));
  CHECK(next_bin(d(2021, 12, 1), Bin::Month) == d(2022, 1, 1));
  CHECK(next_bin(d(2024, 1, 1), Bin::Month) == d(2024, 2, 1));
  CHECK(next_bin(d(2024, 2, 1), Bin::Month) == d(2024, 3, 1));
  CHECK(next_bin(d(1969, 12, 1), Bin::Month) == d(1970, 1, 1));
}

TEST_CASE("choose_bin: the finest bin under the limit") {
  CHECK(choose_bin(d(2021, 1, 1), d(2021, 12, 31)) == Bin::Day);      // 365 days
  CHECK(choose_bin(d(2021, 1, 1), d(2022, 12, 31)) == Bin::Week);     // 730 days, 105 weeks
  CHECK(choose_bin(d(2000, 1, 1), d(2021, 12, 31)) == Bin::Month);    // 1,148 weeks
  CHECK(choose_bin(d(2021, 1, 1), d(2021, 1, 10), 10) == Bin::Day);
  CHECK(choose_bin(d(2021, 1, 1), d(2021, 1, 11), 10) == Bin::Week);
  CHECK(choose_bin(kNoDay, kNoDay) == Bin::Day);
}

TEST_CASE("make_histogram: counts per bin stacked by type, on the range's middle day") {
  EventLayer layer;
  layer.types = {"Battles", "Protests"};
  layer.points = {
      point(d(2021, 9, 20), d(2021, 9, 20), 0),  // Monday, week 1
      point(d(2021, 9, 26), d(2021, 9, 26), 1),  // Sunday, week 1
      point(d(2021, 9, 27), d(2021, 9, 27), 0),  // Monday, week 2
      point(d(2021, 9, 22), d(2021, 9, 27), 1),  // middle 2021-09-24: week 1
      point(kNoDay, kNoDay, 0),                  // undated: not counted
      point(d(2021, 10, 12), d(2021, 10, 12), 1),
  };
  layer.first_day = d(2021, 9, 20);
  layer.last_day = d(2021, 10, 12);
  const std::vector<std::uint32_t> all{0, 1, 2, 3, 4, 5};

  const Histogram weeks = make_histogram(layer, all, Bin::Week);
  CHECK(weeks.bin == Bin::Week);
  REQUIRE(weeks.starts.size() == 4);  // weeks of 09-20, 09-27, 10-04, 10-11
  CHECK(weeks.starts[0] == d(2021, 9, 20));
  CHECK(weeks.starts[3] == d(2021, 10, 11));
  REQUIRE(weeks.counts.size() == 4);
  CHECK(weeks.counts[0] == std::vector<std::uint32_t>{1, 2});
  CHECK(weeks.counts[1] == std::vector<std::uint32_t>{1, 0});
  CHECK(weeks.counts[2] == std::vector<std::uint32_t>{0, 0});
  CHECK(weeks.counts[3] == std::vector<std::uint32_t>{0, 1});
  CHECK(weeks.max_total == 3);

  const Histogram months = make_histogram(layer, all, Bin::Month);
  REQUIRE(months.starts.size() == 2);
  CHECK(months.starts[1] == d(2021, 10, 1));
  CHECK(months.counts[0] == std::vector<std::uint32_t>{2, 2});
  CHECK(months.max_total == 4);

  const Histogram days = make_histogram(layer, all, Bin::Day);
  CHECK(days.starts.size() == 23);
  CHECK(days.counts[4] == std::vector<std::uint32_t>{0, 1});  // 09-24

  // A subset keeps the whole layer's axis, so the timeline does not jump while filtering.
  const Histogram some = make_histogram(layer, {2}, Bin::Week);
  CHECK(some.starts.size() == 4);
  CHECK(some.max_total == 1);

  const Histogram none = make_histogram(EventLayer{}, {}, Bin::Day);
  CHECK(none.starts.empty());
  CHECK(none.max_total == 0);
}

TEST_CASE("Playback window: moves by a step keeping its length, loops at the end") {
  Playback pb = window_playback(0, 20, 0, 6, 5);
  pb.step();
  CHECK(pb.range.from == 5);
  CHECK(pb.range.to == 11);
  pb.step();
  CHECK(pb.range.to == 16);
  pb.step();  // would pass the end: stops on the last frame first
  CHECK(pb.range.from == 14);
  CHECK(pb.range.to == 20);
  pb.step();  // then loops
  CHECK(pb.range.from == 0);
  CHECK(pb.range.to == 6);
  pb.step(-1);  // backwards from the start wraps to the end
  CHECK(pb.range.from == 14);
  CHECK(pb.range.to == 20);
  pb.step(-2);
  CHECK(pb.range.from == 4);
  CHECK(pb.range.to == 10);
}

TEST_CASE("Playback window: without loop it stops playing at the end") {
  Playback pb = window_playback(0, 10, 0, 3, 4);
  pb.loop = false;
  pb.playing = true;
  pb.step(5);
  CHECK(pb.range.to == 10);
  CHECK(pb.range.from == 7);
  CHECK(pb.playing);
  pb.step();
  CHECK_FALSE(pb.playing);
  CHECK(pb.range.to == 10);
}

TEST_CASE("Playback cumulative: `to` grows to the end, then loops or stops") {
  Playback pb;
  pb.mode = TimeMode::Cumulative;
  pb.first = 100;
  pb.last = 110;
  pb.step_days = 4;
  pb.reset_to_start();
  CHECK(pb.range.to == 100);
  pb.step();
  CHECK(pb.range.to == 104);
  pb.step(2);
  CHECK(pb.range.to == 110);
  pb.step();
  CHECK(pb.range.to == 100);
  pb.loop = false;
  pb.playing = true;
  pb.step(10);
  CHECK(pb.range.to == 110);
  pb.step();
  CHECK_FALSE(pb.playing);
}

TEST_CASE("Playback::advance: wall seconds at days_per_second, fractions carried") {
  Playback pb = window_playback(0, 1000, 0, 6, 1);
  pb.days_per_second = 7;
  CHECK_FALSE(pb.advance(0.1));  // 0.7 days: nothing yet, not playing anyway
  pb.playing = true;
  CHECK_FALSE(pb.advance(0.1));
  CHECK(pb.range.from == 0);
  CHECK(pb.advance(0.1));        // 1.4 days: one step, 0.4 carried
  CHECK(pb.range.from == 1);
  CHECK(pb.carry == doctest::Approx(0.4));
  CHECK(pb.advance(1.0));        // 7.4 days: seven steps
  CHECK(pb.range.from == 8);
  CHECK(pb.range.to == 14);

  pb.step_days = 7;              // a week per step: 7 days a second → one step a second
  pb.carry = 0;
  CHECK_FALSE(pb.advance(0.5));
  CHECK(pb.advance(0.5));
  CHECK(pb.range.from == 15);
}

TEST_CASE("Playback::advance: a long stall moves at most one lap") {
  Playback pb = window_playback(0, 30, 0, 0, 1);
  pb.playing = true;
  pb.days_per_second = 7;
  CHECK(pb.advance(3600));
  CHECK(pb.range.from >= 0);
  CHECK(pb.range.to <= 30);
}

TEST_CASE("Playback: a range not set yet starts at the beginning") {
  Playback pb;
  pb.first = 50;
  pb.last = 80;
  pb.step_days = 7;
  pb.step();
  CHECK(pb.range.from == 57);
  CHECK(pb.range.to == 63);
  Playback none;
  none.step();  // no bounds: nothing to do, no crash
  CHECK(none.range.to == kNoDay);
}

TEST_CASE("describe_range") {
  CHECK(describe_range({d(2021, 9, 18), d(2021, 9, 25)}, TimeMode::Window) ==
        "2021-09-18 \u2013 2021-09-25 (8 days)");
  CHECK(describe_range({d(2021, 9, 25), d(2021, 9, 25)}, TimeMode::Window) == "2021-09-25 (1 day)");
  CHECK(describe_range({d(2021, 9, 18), d(2021, 9, 25)}, TimeMode::Cumulative) == "until 2021-09-25");
  CHECK(describe_range({kNoDay, d(2021, 9, 25)}, TimeMode::Window) == "until 2021-09-25");
  CHECK(describe_range({d(2021, 9, 18), kNoDay}, TimeMode::Window) == "from 2021-09-18");
  CHECK(describe_range({}, TimeMode::Window) == "all dates");
  CHECK(describe_range({}, TimeMode::Cumulative) == "all dates");
}

}  // TEST_SUITE
