#include "writers_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "geo/gdal_handle.hpp"

namespace bordermap::test {

Spawned spawn_cli(const std::string& args, const std::filesystem::path& stem) {
  Spawned s;
  s.out = stem.string() + ".out";
  s.err = stem.string() + ".err";
  const std::string cmd = std::string("exec '") + BORDERMAP_BINARY + "' " + args + " </dev/null >'" + s.out.string() +
                          "' 2>'" + s.err.string() + "'";
  s.pid = ::fork();
  if (s.pid == 0) {
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return s;
}

int wait_cli(const Spawned& s) {
  int status = 0;
  if (::waitpid(s.pid, &status, 0) != s.pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_output(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string jsonl_documents(const std::string& prefix, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "{\"id\":\"" + prefix + "-" + std::to_string(i) +
           "\",\"text\":\"On 25 September 2021 Taliban fighters shelled Moy May, Tajik media reported in dispatch " +
           prefix + " number " + std::to_string(i) + ".\",\"date\":\"2021-09-27\",\"source\":\"Asia-Plus\"}\n";
  return out;
}

long table_rows(const std::string& target, const std::string& table) {
  geo::ensure_gdal_registered();
  geo::QuietGdalErrors quiet;
  geo::GdalDataset ds(GDALOpenEx(target.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
  if (!ds) return -1;
  OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), table.c_str());
  return layer ? static_cast<long>(OGR_L_GetFeatureCount(layer, TRUE)) : -1;
}

long added_of(const std::string& out) {
  std::smatch m;
  static const std::regex summary(R"((\d+) documents into .*: (\d+) added)");
  return std::regex_search(out, m, summary) ? std::stol(m[2].str()) : -1;
}

}  // namespace bordermap::test
