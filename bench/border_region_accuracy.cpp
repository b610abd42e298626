// The floor on real border-region news text: recognition F1 >= 0.90 and >= 90% of
// sub-national places found, within 161 km and on the right side of the border. Runs on the
// shared seed texts (../shared/seeds/NNN_*.txt with bench/gold/seed_NNN.tsv; skipped when
// absent) and on the repository's golden texts (tests/data/geoparse/*.txt + *.gold.tsv).
//   border_region_accuracy [--seeds DIR] [--golden DIR] [--data DIR] [--json OUT] [--quiet]
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/args.hpp"
#include "common/border_eval.hpp"
#include "common/doc_pool.hpp"
#include "common/gold_tsv.hpp"
#include "geoparse/geoparser.hpp"
#include "util/data_dir.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* kUsage =
    "border_region_accuracy [--seeds DIR] [--golden DIR] [--data DIR] [--json OUT] [--quiet]\n"
    "  --seeds   folder of seed texts NNN_*.txt, scored with bench/gold/seed_NNN.tsv (default <repo>/../shared/seeds)\n"
    "  --golden  folder of NN_name.txt + NN_name.gold.tsv (default <repo>/tests/data/geoparse)\n";

constexpr double kFloorF1 = 0.90, kFloorSub = 0.90;

json figures_json(const bench::BorderFigures& f) {
  auto r = f.recognition();
  return {{"gold", f.gold},
          {"predicted", f.predicted},
          {"precision", r.precision},
          {"recall", r.recall},
          {"f1", r.f1},
          {"false_positives", f.false_pos},
          {"unjudged", f.unjudged},
          {"exact_span_of_found", bench::ratio(double(f.exact_span), double(f.found))},
          {"id_match_of_found", bench::ratio(double(f.id_match), double(f.found))},
          {"within_161km_of_found", bench::ratio(double(f.within), double(f.found))},
          {"right_side_of_found", bench::ratio(double(f.right_side), double(f.found))},
          {"subnational_gold", f.sub_gold},
          {"subnational_found", bench::ratio(double(f.sub_found), double(f.sub_gold))},
          {"subnational_found_within_right_side", bench::ratio(double(f.sub_floor), double(f.sub_gold))},
          {"gold_ids_unknown_to_gazetteer", f.unknown_ids}};
}

void print_figures(const char* title, const bench::BorderFigures& f, bool floor) {
  auto r = f.recognition();
  std::printf("%s: gold %zu, predicted %zu | P %.3f R %.3f F1 %.3f (FP %zu%s) | of found: exact span %.1f%%, id "
              "%.1f%%, within 161 km %.1f%%, right side %.1f%% | sub-national %zu: found %.1f%%, found+within+right "
              "side %.1f%%\n",
              title, f.gold, f.predicted, r.precision, r.recall, r.f1, f.false_pos,
              f.unjudged ? (", unjudged " + std::to_string(f.unjudged)).c_str() : "",
              100 * bench::ratio(double(f.exact_span), double(f.found)),
              100 * bench::ratio(double(f.id_match), double(f.found)),
              100 * bench::ratio(double(f.within), double(f.found)),
              100 * bench::ratio(double(f.right_side), double(f.found)), f.sub_gold,
              100 * bench::ratio(double(f.sub_found), double(f.sub_gold)),
              100 * bench::ratio(double(f.sub_floor), double(f.sub_gold)));
  if (f.unknown_ids) std::printf("  (%zu gold ids are not in the gazetteer)\n", f.unknown_ids);
  if (floor) {
    double sub = bench::ratio(double(f.sub_floor), double(f.sub_gold));
    std::printf("  floor (F1 >= %.2f and sub-national >= %.0f%%): %s\n", kFloorF1, 100 * kFloorSub,
                r.f1 >= kFloorF1 && sub >= kFloorSub ? "MET" : "NOT MET");
  }
}

// Gold file → text file pairs.
std::vector<std::pair<fs::path, fs::path>> seed_pairs(const fs::path& seeds, const fs::path& gold_dir) {
  std::vector<std::pair<fs::path, fs::path>> out;
  if (!fs::is_directory(seeds) || !fs::is_directory(gold_dir)) return out;
  for (const auto& g : fs::directory_iterator(gold_dir)) {
    auto stem = g.path().stem().string();  // seed_000
    if (g.path().extension() != ".tsv" || !stem.starts_with("seed_")) continue;
    auto prefix = stem.substr(5) + "_";
    for (const auto& t : fs::directory_iterator(seeds))
      if (t.path().extension() == ".txt" && t.path().filename().string().starts_with(prefix))
        out.emplace_back(t.path(), g.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::pair<fs::path, fs::path>> golden_pairs(const fs::path& dir) {
  std::vector<std::pair<fs::path, fs::path>> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& t : fs::directory_iterator(dir)) {
    if (t.path().extension() != ".txt") continue;
    auto gold = t.path();
    gold.replace_extension(".gold.tsv");
    if (fs::exists(gold)) out.emplace_back(t.path(), gold);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bench::BorderFigures run_set(const bordermap::geoparse::Geoparser& parser,
                             const std::vector<std::pair<fs::path, fs::path>>& pairs, bool exhaustive, bool verbose,
                             json& per_file) {
  bench::BorderFigures total;
  for (const auto& [text_path, gold_path] : pairs) {
    std::string text = bench::slurp(text_path);
    std::vector<std::string> problems;
    auto rows = bench::read_gold(gold_path, text, problems);
    for (const auto& p : problems) std::printf("  GOLD ERROR %s\n", p.c_str());
    auto f = bench::evaluate_border_text(parser, text_path.filename().string(), text, rows, exhaustive, verbose);
    per_file[text_path.filename().string()] = figures_json(f);
    total.add(f);
  }
  return total;
}

}  // namespace

int main(int argc, char** argv) try {
  bench::Args args(argc, argv, {"--seeds", "--golden", "--data", "--json"}, {"--quiet"}, kUsage);
  const bool verbose = !args.has("--quiet");
  bordermap::geoparse::Geoparser parser(bordermap::resolve_data_dir(args.get("--data")));
  json report = json::object();

  fs::path seeds = args.get("--seeds", (bench::shared_dir() / "seeds").string());
  auto seed_files = seed_pairs(seeds, bench::repo_root() / "bench" / "gold");
  if (seed_files.empty()) {
    std::printf("skipped: no seed texts with gold (looked for %s/NNN_*.txt and bench/gold/seed_NNN.tsv)\n",
                seeds.string().c_str());
  } else {
    std::printf("seed texts (gold is exhaustive: every unlisted mention is a false positive)\n");
    json per_file = json::object();
    auto f = run_set(parser, seed_files, true, verbose, per_file);
    print_figures("SEED", f, true);
    report["seeds"] = {{"total", figures_json(f)}, {"files", per_file}};
  }

  fs::path golden = args.get("--golden", (bench::repo_root() / "tests" / "data" / "geoparse").string());
  auto golden_files = golden_pairs(golden);
  if (golden_files.empty()) {
    std::printf("skipped: no golden texts (*.txt + *.gold.tsv) in %s\n", golden.string().c_str());
  } else {
    std::printf("\ngolden texts (gold lists chosen mentions: only '-' rows count as false positives; other "
                "mentions are listed as unjudged)\n");
    json per_file = json::object();
    auto f = run_set(parser, golden_files, false, verbose, per_file);
    char title[64];
    std::snprintf(title, sizeof title, "GOLDEN (%zu texts)", golden_files.size());
    print_figures(title, f, true);
    report["golden"] = {{"total", figures_json(f)}, {"files", per_file}};
  }
  if (args.has("--json")) {
    std::ofstream out(args.get("--json"));
    out << report.dump(2) << "\n";
    if (!out) throw std::runtime_error("cannot write " + args.get("--json"));
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "border_region_accuracy: %s\n", e.what());
  return 1;
}
