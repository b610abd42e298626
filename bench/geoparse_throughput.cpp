// Throughput of Geoparser::parse on ~2 KB English news documents, on one thread and on
// all cores, plus the cost of constructing a Geoparser (index, lexicon, border grid).
//   geoparse_throughput [--corpora DIR] [--data DIR] [--seconds S] [--repeats R] [--json OUT]
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/doc_pool.hpp"
#include "common/stats.hpp"
#include "gazetteer/gazetteer.hpp"
#include "geo/border.hpp"
#include "geoparse/geoparser.hpp"
#include "geoparse/lexicon.hpp"
#include "geoparse/region_prior.hpp"
#include "util/data_dir.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* kUsage =
    "geoparse_throughput [--corpora DIR] [--data DIR] [--seconds S] [--repeats R] [--json OUT]\n"
    "  each mode runs R timed repeats (default 5) of at least S/R seconds (default S = 3)\n";

struct Mode {
  std::vector<double> docs_per_s, mb_per_s;
  std::size_t mentions = 0;
};

// Runs `batch(first, count)` over the pool, round robin, until `seconds` have passed.
template <class Batch>
std::pair<std::size_t, std::size_t> run_for(const std::vector<std::string>& docs, double seconds, std::size_t step,
                                            std::size_t& cursor, Batch batch, double& elapsed) {
  std::size_t n = 0, bytes = 0;
  bench::Stopwatch sw;
  do {
    std::size_t first = cursor % docs.size();
    std::size_t count = std::min(step, docs.size() - first);
    bytes += batch(first, count);
    n += count;
    cursor += count;
  } while (sw.seconds() < seconds);
  elapsed = sw.seconds();
  return {n, bytes};
}

Mode measure(const std::vector<std::string>& docs, double seconds, int repeats, std::size_t step,
             const std::function<std::size_t(std::size_t, std::size_t, std::size_t&)>& batch) {
  Mode m;
  std::size_t cursor = 0, mentions = 0;
  auto call = [&](std::size_t first, std::size_t count) { return batch(first, count, mentions); };
  double elapsed = 0;
  run_for(docs, std::min(1.0, seconds / repeats), step, cursor, call, elapsed);  // warm-up
  for (int r = 0; r < repeats; ++r) {
    auto [n, bytes] = run_for(docs, seconds / repeats, step, cursor, call, elapsed);
    m.docs_per_s.push_back(static_cast<double>(n) / elapsed);
    m.mb_per_s.push_back(static_cast<double>(bytes) / elapsed / 1e6);
  }
  m.mentions = mentions;
  return m;
}

// The 1-minute load average: other processes on the machine skew the figures.
double load_average() {
  std::ifstream in("/proc/loadavg");
  double v = -1;
  in >> v;
  return v;
}

json mode_json(const Mode& m, int threads) {
  return {{"threads", threads},
          {"docs_per_s_min", bench::min_of(m.docs_per_s)},
          {"docs_per_s_median", bench::median_of(m.docs_per_s)},
          {"mb_per_s_min", bench::min_of(m.mb_per_s)},
          {"mb_per_s_median", bench::median_of(m.mb_per_s)},
          {"repeats", m.docs_per_s}};
}

}  // namespace

int main(int argc, char** argv) try {
  bench::Args args(argc, argv, {"--corpora", "--data", "--seconds", "--repeats", "--json"}, {}, kUsage);
  const fs::path data = bordermap::resolve_data_dir(args.get("--data"));
  const double seconds = std::max(0.5, args.get_double("--seconds", 3.0));
  const int repeats = std::max(1, args.get_int("--repeats", 5));

  // Construction: the parts, then the whole (three times; the first also pays page faults).
  bench::Stopwatch sw;
  auto gaz = bordermap::gazetteer::Gazetteer::open(bordermap::require_data_file(data, "gazetteer.bmx"));
  double t_index = sw.seconds();
  sw.restart();
  auto lex = bordermap::geoparse::Lexicon::load(data / "lexicon");
  double t_lexicon = sw.seconds();
  sw.restart();
  auto border = bordermap::geo::load_border(data, "AF-TJ");
  double t_border = sw.seconds();
  sw.restart();
  bordermap::geoparse::RegionPrior prior(border);
  double t_grid = sw.seconds();
  std::vector<double> t_whole;
  std::unique_ptr<bordermap::geoparse::Geoparser> parser;
  for (int i = 0; i < 3; ++i) {
    sw.restart();
    parser = std::make_unique<bordermap::geoparse::Geoparser>(data);
    t_whole.push_back(sw.seconds());
  }
  std::printf("construction: index %.2f ms, lexicon %.2f ms, border %.2f ms, region grid %.2f ms; "
              "Geoparser whole %.2f ms (median of 3, first %.2f ms)\n",
              1e3 * t_index, 1e3 * t_lexicon, 1e3 * t_border, 1e3 * t_grid, 1e3 * bench::median_of(t_whole),
              1e3 * t_whole[0]);

  std::string source;
  auto docs = bench::news_documents(args.get("--corpora", (bench::shared_dir() / "corpora").string()),
                                    bench::repo_root(), source);
  if (docs.empty()) {
    std::printf("skipped: no texts to run on\n");
    return 0;
  }
  std::size_t total = 0;
  for (auto& d : docs) total += d.size();
  std::printf("documents: %zu from %s, mean %.0f bytes\n", docs.size(), source.c_str(),
              static_cast<double>(total) / static_cast<double>(docs.size()));

  const auto& p = *parser;
  auto serial = [&](std::size_t first, std::size_t count, std::size_t& mentions) {
    std::size_t bytes = 0;
    for (std::size_t i = first; i < first + count; ++i) {
      mentions += p.parse(docs[i]).mentions.size();
      bytes += docs[i].size();
    }
    return bytes;
  };
  auto parallel = [&](std::size_t first, std::size_t count, std::size_t& mentions) {
    std::atomic<std::size_t> found{0};
    tbb::parallel_for(first, first + count, [&](std::size_t i) { found += p.parse(docs[i]).mentions.size(); });
    mentions += found;
    std::size_t bytes = 0;
    for (std::size_t i = first; i < first + count; ++i) bytes += docs[i].size();
    return bytes;
  };
  const int threads = tbb::this_task_arena::max_concurrency();
  const double load_before = load_average();
  Mode one = measure(docs, seconds, repeats, 8, serial);
  Mode all = measure(docs, seconds, repeats, static_cast<std::size_t>(32 * threads), parallel);

  auto line = [](const char* name, const Mode& m) {
    std::printf("%-14s docs/s min %7.0f median %7.0f | MB/s min %5.2f median %5.2f  (%zu repeats)\n", name,
                bench::min_of(m.docs_per_s), bench::median_of(m.docs_per_s), bench::min_of(m.mb_per_s),
                bench::median_of(m.mb_per_s), m.docs_per_s.size());
  };
  line("1 thread", one);
  char label[32];
  std::snprintf(label, sizeof label, "%d threads", threads);
  line(label, all);
  const double load_after = load_average();
  std::printf("scaling: %.2fx on %d threads; load average %.2f before, %.2f after (figures are skewed when it "
              "exceeds what this run adds)\n",
              bench::median_of(all.docs_per_s) / bench::median_of(one.docs_per_s), threads, load_before, load_after);

  if (args.has("--json")) {
    json j = {{"documents", {{"count", docs.size()}, {"bytes", total}, {"source", source}}},
              {"construction_ms",
               {{"index", 1e3 * t_index}, {"lexicon", 1e3 * t_lexicon}, {"border", 1e3 * t_border},
                {"region_grid", 1e3 * t_grid}, {"geoparser_median", 1e3 * bench::median_of(t_whole)},
                {"geoparser_first", 1e3 * t_whole[0]}}},
              {"load_average", {{"before", load_before}, {"after", load_after}}},
              {"one_thread", mode_json(one, 1)},
              {"all_cores", mode_json(all, threads)}};
    std::ofstream out(args.get("--json"));
    out << j.dump(2) << "\n";
    if (!out) throw std::runtime_error("cannot write " + args.get("--json"));
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "geoparse_throughput: %s\n", e.what());
  return 1;
}
