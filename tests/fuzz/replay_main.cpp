// A main() for a libFuzzer target built without libFuzzer (gcc, the normal and sanitizer
// builds): feeds it every file under the folders or files it is given, once each. ctest
// runs each target over its seed corpus this way, so the inputs of past crashes, which
// join that corpus, are replayed by every test run and under ASan + UBSan in CI, not only
// when someone runs scripts/fuzz.sh.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_under(const fs::path& arg) {
  std::vector<fs::path> found;
  if (fs::is_directory(arg)) {
    for (const auto& entry : fs::recursive_directory_iterator(arg))
      if (entry.is_regular_file()) found.push_back(entry.path());
    std::sort(found.begin(), found.end());  // a failure names the same input on every run
  } else if (fs::is_regular_file(arg)) {
    found.push_back(arg);
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    const auto files = inputs_under(argv[i]);
    if (files.empty()) {
      // An empty or missing corpus would make the test pass while replaying nothing.
      std::fprintf(stderr, "%s: no input files in %s\n", argv[0], argv[i]);
      return 2;
    }
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
        return 2;
      }
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      // Printed before the call, so the input that crashes is the last one named.
      std::printf("replay %s (%zu bytes)\n", file.c_str(), bytes.size());
      std::fflush(stdout);
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  std::printf("replayed %zu inputs\n", replayed);
  return 0;
}
