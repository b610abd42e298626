#pragma once
// Line-oriented tab-separated reading that remembers where each row came from, so
// every complaint can name the file and line.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::util {

std::vector<std::string_view> split_tabs(std::string_view line);

class TsvReader {
 public:
  explicit TsvReader(const std::filesystem::path& path);
  // Next non-empty, non-comment (#) line; false at the end.
  bool next(std::vector<std::string_view>& fields);
  std::size_t line_number() const { return line_no_; }
  const std::filesystem::path& path() const { return path_; }
  std::string where() const;  // "file:line"

 private:
  std::filesystem::path path_;
  std::ifstream in_;
  std::string line_;
  std::size_t line_no_ = 0;
};

}  // namespace bordermap::util
