#pragma once
// Minimal "--name value" / "--flag" argument reading for the benchmark tools.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>

namespace bench {

class Args {
 public:
  // `with_value`: options that take a value; every other "--x" is a flag.
  Args(int argc, char** argv, std::set<std::string> with_value, std::set<std::string> flags,
       const std::string& usage) {
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "-h" || a == "--help") {
        std::cout << usage;
        std::exit(0);
      }
      if (with_value.count(a) && i + 1 < argc) {
        values_[a] = argv[++i];
      } else if (flags.count(a)) {
        values_[a] = "1";
      } else {
        std::cerr << "unknown or incomplete argument: " << a << "\n" << usage;
        std::exit(2);
      }
    }
  }
  bool has(const std::string& k) const { return values_.count(k) > 0; }
  std::string get(const std::string& k, const std::string& fallback = {}) const {
    auto it = values_.find(k);
    return it == values_.end() ? fallback : it->second;
  }
  int get_int(const std::string& k, int fallback) const {
    return has(k) ? std::atoi(get(k).c_str()) : fallback;
  }
  double get_double(const std::string& k, double fallback) const {
    return has(k) ? std::atof(get(k).c_str()) : fallback;
  }

 private:
  std::map<std::string, std::string> values_;
};

// The repository root (compiled in) and the shared folder beside it.
inline std::filesystem::path repo_root() { return BORDERMAP_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return repo_root().parent_path() / "shared"; }

}  // namespace bench
