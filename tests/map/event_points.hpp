#pragma once
// A located event point spanning days [first, last], for the time-filter and timeline tests.
#include <cstdint>

#include "map/event_layer.hpp"

namespace bordermap::test {

inline map::EventPoint located_point(map::Day first, map::Day last, std::uint16_t type = 0) {
  map::EventPoint p;
  p.first = first;
  p.last = last;
  p.type = type;
  p.located = true;
  return p;
}

}  // namespace bordermap::test
