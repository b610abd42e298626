#include "util/tsv.hpp"

#include "util/error.hpp"

namespace bordermap::util {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(pos));
      return out;
    }
    out.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

TsvReader::TsvReader(const std::filesystem::path& path) : path_(path), in_(path, std::ios::binary) {
  if (!in_) throw InputError("cannot read " + path.string());
}

bool TsvReader::next(std::vector<std::string_view>& fields) {
  while (std::getline(in_, line_)) {
    ++line_no_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.empty() || line_[0] == '#') continue;
    fields = split_tabs(line_);
    return true;
  }
  return false;
}

std::string TsvReader::where() const { return path_.string() + ":" + std::to_string(line_no_); }

}  // namespace bordermap::util
