#pragma once
// Border sections: which admin1 units face each other along a border. Sampled once, every
// few km along the line, from the gazetteer's places near it on each side; an event takes
// the section of the sample nearest to it along the border.
#include <string>
#include <vector>

namespace bordermap::gazetteer { class Gazetteer; }
namespace bordermap::geo { class Border; }

namespace bordermap::events::detail {

struct SectionSample {
  double along_km = 0;  // Border::along_km of the sample point
  std::string name;     // "Badakhshan (AF) – Gorno-Badakhshan (TJ)", a-side first
};

struct SectionOptions {
  double step_km = 10;    // spacing of the samples along the line
  double radius_km = 60;  // how far from a sample a place may lie and still name its side
};

// Sorted by along_km. One pass over the gazetteer with a bounding-box prefilter.
std::vector<SectionSample> sample_sections(const geo::Border& border, const gazetteer::Gazetteer& gazetteer,
                                           const SectionOptions& options = {});

// The name of the sample nearest `along_km`; "" when there are none.
const std::string& section_at(const std::vector<SectionSample>& samples, double along_km);

}  // namespace bordermap::events::detail
