#include "data/gmt_dcw.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>

#include "data/gmt_multisegment.hpp"
#include "util/error.hpp"

namespace bordermap::data {

std::string dcw_code_of(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  if (name.size() != 10 || name.rfind("dcw_", 0) != 0 || name.substr(6) != ".txt") return {};
  std::string code = name.substr(4, 2);
  for (char c : code)
    if (!std::isupper(static_cast<unsigned char>(c))) return {};
  return code;
}

std::vector<std::filesystem::path> find_dcw_files(const std::filesystem::path& raw_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(raw_dir, ec))
    throw InputError("raw data folder " + raw_dir.string() + " does not exist");
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(raw_dir))
    if (e.is_regular_file() && !dcw_code_of(e.path()).empty()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string gmt_dcw_version() {
  struct Pclose {
    void operator()(FILE* f) const noexcept { ::pclose(f); }
  };
  std::unique_ptr<FILE, Pclose> pipe(::popen("gmt --show-dcw 2>/dev/null", "r"));
  if (!pipe) return {};
  char buf[64] = {};
  std::string out = std::fgets(buf, sizeof buf, pipe.get()) ? buf : "";
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  // Anything but a dotted version number is an error message, not a version.
  for (char c : out)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return {};
  return out;
}

DcwCountry read_dcw_country(const geo::GeosContext& ctx, const std::filesystem::path& file) {
  DcwCountry c;
  c.code = dcw_code_of(file);
  if (c.code.empty()) throw InputError(file.string() + " is not named dcw_XX.txt");
  auto segments = read_gmt_multisegment(file);
  if (segments.empty()) throw InputError(file.string() + " holds no DCW polygon (did gmt coast fail?)");
  const std::string& header = segments.front().header;
  auto seg = header.rfind(" Segment ");
  c.name = header.substr(0, seg);
  std::vector<std::vector<geo::LonLat>> rings;
  rings.reserve(segments.size());
  for (auto& s : segments) rings.push_back(std::move(s.points));
  try {
    c.area = geo::assemble_polygons(ctx, std::move(rings), &c.stats);
  } catch (const GeoError& e) {
    throw GeoError(file.string() + ": " + e.what());
  }
  return c;
}

}  // namespace bordermap::data
