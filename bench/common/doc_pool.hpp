#pragma once
// A pool of realistic ~2 KB English news documents for throughput runs: the gold corpora's
// article texts when present, cut at sentence ends or merged to about `target` bytes;
// otherwise the repository's own texts.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace bench {

class DocPool {
 public:
  explicit DocPool(std::size_t target = 2000) : target_(target) {}

  // Appends one source text: long texts are cut at the first sentence end after the target
  // size, short ones wait in `pending_` and are merged with the next text.
  void add(const std::string& text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t want = target_ - pending_.size();  // pending_ is always below 3/4 of target_
      std::size_t cut = text.size();
      if (text.size() - pos > want + want / 4) {
        cut = text.find(". ", pos + want);
        cut = cut == std::string::npos || cut > pos + want + 600 ? pos + want : cut + 1;
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
      }
      if (!pending_.empty()) pending_ += "\n\n";
      pending_.append(text, pos, cut - pos);
      pos = cut;
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
      if (pending_.size() >= target_ * 3 / 4) flush();
    }
  }
  void finish() {
    if (!pending_.empty()) flush();
  }
  const std::vector<std::string>& docs() const { return docs_; }
  std::size_t bytes() const {
    std::size_t n = 0;
    for (const auto& d : docs_) n += d.size();
    return n;
  }

 private:
  void flush() {
    docs_.push_back(std::move(pending_));
    pending_.clear();
  }
  std::size_t target_;
  std::string pending_;
  std::vector<std::string> docs_;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Corpora article texts when the folder exists; else the repo's sample report and golden texts.
inline std::vector<std::string> news_documents(const std::filesystem::path& corpora, const std::filesystem::path& repo,
                                               std::string& source) {
  DocPool pool;
  if (std::filesystem::is_directory(corpora)) {
    for (const auto& cf : kCorpora) {
      auto file = corpora / cf.path;
      if (!std::filesystem::exists(file)) continue;
      for (const auto& d : load_corpus(file, cf.name, cf.schema).docs) pool.add(d.text);
      source += std::string(source.empty() ? "" : " + ") + cf.name;
    }
  }
  if (pool.docs().empty()) {
    std::vector<std::filesystem::path> files{repo / "events" / "sample-report.txt"};
    auto golden = repo / "tests" / "data" / "geoparse";
    if (std::filesystem::is_directory(golden))
      for (const auto& e : std::filesystem::directory_iterator(golden))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    for (const auto& f : files)
      if (std::filesystem::exists(f)) pool.add(slurp(f));
    source = "repository texts (events/, tests/data/geoparse/)";
  }
  pool.finish();
  return pool.docs();
}

}  // namespace bench
