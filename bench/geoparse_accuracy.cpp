// Geoparsing accuracy on the public gold corpora (LGL, TR-News, GeoWebNews), read from
// ../shared/corpora when present: resolution with gold toponyms given, and end to end.
//   geoparse_accuracy [--corpora DIR] [--data DIR] [--json OUT] [--errors N] [--only NAME]
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/corpus.hpp"
#include "common/e2e_eval.hpp"
#include "common/error_report.hpp"
#include "common/resolution_eval.hpp"
#include "geoparse/geoparser.hpp"
#include "util/data_dir.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* kUsage =
    "geoparse_accuracy [--corpora DIR] [--data DIR] [--json OUT] [--errors N] [--only LGL|TR-News|GeoWebNews]\n"
    "  --corpora  folder holding LGL/, TR-News/, GeoWebNews/ (default: <repo>/../shared/corpora)\n"
    "  --errors   print the N most frequent and N farthest resolution errors and recognition misses\n";

json load_json(const bench::CorpusStats& s, const bench::Corpus& c) {
  return {{"docs", c.docs.size()},           {"annotations", s.annotations},  {"located", s.located},
          {"offset_mismatches", s.mismatched}, {"realigned", s.realigned},      {"dropped", s.dropped},
          {"gold_scored", c.gold_count()},     {"unlocated_kept_as_neutral", s.unlocated_kept}};
}

json resolution_json(const bench::ResolutionFigures& f) {
  return {{"gold", f.gold},
          {"accuracy_161km", f.accuracy()},
          {"accuracy_161km_areal", f.accuracy_areal()},
          {"resolved", f.resolved},
          {"unresolved_pct", 100.0 * bench::ratio(double(f.gold - f.resolved), double(f.gold))},
          {"mean_km_resolved", f.mean_km},
          {"median_km_resolved", f.median_km},
          {"auc_log_error", f.auc},
          {"gold_with_geonameid", f.gold_with_id},
          {"geonameid_match", f.id_match},
          {"geonameid_match_pct_of_gold_with_id", 100.0 * bench::ratio(double(f.id_match), double(f.gold_with_id))},
          {"comparable_ids", f.ours_geonames},
          {"geonameid_match_pct_of_comparable", 100.0 * bench::ratio(double(f.id_match), double(f.ours_geonames))},
          {"errors_by_cause", {{"ranking", f.cause_ranking}, {"place_missing", f.cause_missing},
                               {"no_candidate", f.cause_no_candidate}}},
          {"errors_same_unit_other_point", f.within_areal - f.within},
          {"errors_on_demonym_surfaces", f.errors_demonym},
          {"docs_per_s_1thread", f.docs_per_s()}};
}

json e2e_json(const bench::EndToEndFigures& f) {
  auto o = f.overlap(), x = f.exact();
  return {{"gold", f.gold},
          {"predicted", f.predicted},
          {"predicted_on_unlocated_gold", f.neutral},
          {"false_negatives_demonyms", f.fn_demonym},
          {"overlap", {{"precision", o.precision}, {"recall", o.recall}, {"f1", o.f1}}},
          {"exact", {{"precision", x.precision}, {"recall", x.recall}, {"f1", x.f1}}},
          {"accuracy_161km_of_matched", f.accuracy_matched()},
          {"accuracy_161km_of_matched_areal", f.accuracy_matched_areal()},
          {"found_and_within_161km_of_gold", f.found_within()},
          {"found_and_within_161km_of_gold_areal", f.found_within_areal()},
          {"docs_per_s_1thread", f.docs_per_s()}};
}

}  // namespace

int main(int argc, char** argv) try {
  bench::Args args(argc, argv, {"--corpora", "--data", "--json", "--errors", "--only"}, {}, kUsage);
  fs::path corpora = args.get("--corpora", (bench::shared_dir() / "corpora").string());
  if (!fs::is_directory(corpora)) {
    std::printf("skipped: no gold corpora at %s (pass --corpora DIR)\n", corpora.string().c_str());
    return 0;
  }
  const std::size_t n_errors = static_cast<std::size_t>(std::max(0, args.get_int("--errors", 0)));

  bench::Stopwatch build;
  bordermap::geoparse::Geoparser parser(bordermap::resolve_data_dir(args.get("--data")));
  std::printf("Geoparser ready in %.2f s (data %s)\n", build.seconds(),
              bordermap::resolve_data_dir(args.get("--data")).string().c_str());

  json report = {{"threshold_km", bench::kAccuracyKm}, {"corpora", json::object()}};
  std::vector<bench::Corpus> corpora_loaded;
  bench::ArealIds areal_ids;
  for (const auto& cf : bench::kCorpora) {
    if (args.has("--only") && args.get("--only") != cf.name) continue;
    fs::path file = corpora / cf.path;
    if (!fs::exists(file)) {
      std::printf("skipped: %s not found at %s\n", cf.name, file.string().c_str());
      continue;
    }
    corpora_loaded.push_back(bench::load_corpus(file, cf.name, cf.schema));
    const auto& c = corpora_loaded.back();
    areal_ids.countries.insert(c.areal.countries.begin(), c.areal.countries.end());
    areal_ids.admin1.insert(c.areal.admin1.begin(), c.areal.admin1.end());
    const auto& s = c.stats;
    std::printf("%s: %zu docs, %zu located toponyms; offsets: %zu mismatches, %zu realigned, %zu dropped\n",
                cf.name, c.docs.size(), s.located, s.mismatched, s.realigned, s.dropped);
  }
  bench::ArealCredit areal(parser.gazetteer(), areal_ids);
  bench::Demonyms demonyms(bordermap::resolve_data_dir(args.get("--data")));
  std::vector<std::string> table;
  for (const auto& corpus : corpora_loaded) {
    const char* name = corpus.name.c_str();
    auto res = bench::evaluate_resolution(parser, corpus, areal, demonyms);
    auto e2e = bench::evaluate_end_to_end(parser, corpus, areal, demonyms);
    report["corpora"][corpus.name] = {{"load", load_json(corpus.stats, corpus)},
                                      {"resolution_gold_spans", resolution_json(res.fig)},
                                      {"end_to_end", e2e_json(e2e.fig)}};
    const auto& r = res.fig;
    const auto& e = e2e.fig;
    auto o = e.overlap(), x = e.exact();
    char line[512];
    std::snprintf(line, sizeof line,
                  "%-10s %5zu %6.1f%% %6.1f%% %6.0f %5.0f %5.3f %5.1f%% %5.1f%% %5.0f | %5.3f %5.3f %5.3f %5.3f "
                  "%5.1f%% %5.1f%% %5.1f%% %5.0f",
                  name, r.gold, 100 * r.accuracy(), 100 * r.accuracy_areal(), r.mean_km, r.median_km, r.auc,
                  100 * bench::ratio(double(r.gold - r.resolved), double(r.gold)),
                  100 * bench::ratio(double(r.id_match), double(r.gold_with_id)), r.docs_per_s(), o.precision,
                  o.recall, o.f1, x.f1, 100 * e.accuracy_matched(), 100 * e.accuracy_matched_areal(),
                  100 * e.found_within(), e.docs_per_s());
    table.push_back(line);
    if (n_errors) {
      bench::print_resolution_errors(parser.gazetteer(), name, res, n_errors);
      bench::print_recognition_misses(name, e2e, n_errors);
    }
  }
  std::printf("\n%-10s %-66s | %s\n", "", "resolution, gold toponyms given", "end to end (parse)");
  std::printf("%-10s %5s %7s %7s %6s %5s %5s %6s %6s %5s | %5s %5s %5s %5s %6s %6s %6s %5s\n", "corpus", "gold",
              "@161km", "areal", "meankm", "medkm", "AUC", "unres", "idhit", "doc/s", "P", "R", "F1", "F1ex", "@161mt",
              "areal", "found+", "doc/s");
  for (auto& l : table) std::printf("%s\n", l.c_str());
  std::printf("(@161km: share of gold within 161 km, unresolved count as misses; areal: also crediting a country/"
              "admin1 choice that contains the gold country/admin1's point. meankm/medkm: over resolved. AUC: of log "
              "error, lower is better. idhit: our geonames id == gold geonameid, of gold with an id. F1ex: exact "
              "spans. @161mt: of matched gold. found+: found and within 161 km, of all gold. doc/s: one thread.)\n");
  if (args.has("--json")) {
    std::ofstream out(args.get("--json"));
    out << report.dump(2) << "\n";
    if (!out) throw std::runtime_error("cannot write " + args.get("--json"));
    std::printf("wrote %s\n", args.get("--json").c_str());
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "geoparse_accuracy: %s\n", e.what());
  return 1;
}
