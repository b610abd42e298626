#pragma once
// A fixed-seed linear congruential generator: synthetic benchmark data must be the same
// on every machine and every run, which <random>'s distributions do not promise.
#include <cstddef>
#include <cstdint>

namespace bench {

struct Lcg {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() { return s = s * 6364136223846793005ull + 1442695040888963407ull; }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }  // [0, 1)
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(next() >> 33) % n; }
};

}  // namespace bench
