#pragma once
// An event against the active border: side (the gazetteer's country; the polygon only
// where the place has none), geodesic distance to the border line, km along it from the
// western tripoint, and the border section (which admin units face each other there).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "events/event.hpp"

namespace bordermap::gazetteer { class Gazetteer; }
namespace bordermap::geo { class Border; }

namespace bordermap::events {

class BorderAnalyzer {
 public:
  // Precomputes the border sections from the gazetteer's admin1 units on each side.
  BorderAnalyzer(const geo::Border& border, const gazetteer::Gazetteer& gazetteer,
                 const std::filesystem::path& data_dir);
  void annotate(Event& event) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace bordermap::events
