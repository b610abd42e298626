#pragma once
// The schema of borders.gpkg, shared by the writer (data build-borders) and the
// reader (load_border) so the two cannot drift apart.

namespace bordermap::geo::border_layer {

inline constexpr const char* kFile = "borders.gpkg";
inline constexpr const char* kBorders = "borders";
inline constexpr const char* kCountries = "countries_dcw";
inline constexpr const char* kRivers = "rivers";

// Fields of the borders layer.
inline constexpr const char* kPair = "pair";            // "AF-TJ", alphabetical
inline constexpr const char* kA = "a";
inline constexpr const char* kB = "b";
inline constexpr const char* kLengthKm = "length_km";   // geodesic, WGS84
inline constexpr const char* kTripoints = "tripoints";  // JSON [{"country","lon","lat"}]
inline constexpr const char* kSource = "source";
inline constexpr const char* kReferenceKm = "reference_km";
inline constexpr const char* kReferenceSource = "reference_source";
inline constexpr const char* kParts = "parts";
inline constexpr const char* kIndex = "index_json";     // simplified line for Border::Index

}  // namespace bordermap::geo::border_layer
