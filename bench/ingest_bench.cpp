// Ingest throughput: ~2 KB news documents through extraction, border analytics and the
// GeoPackage store, as `bordermap ingest` does it (one transaction per document), then the
// same documents again (re-ingest: every event found and refreshed, none added).
//   ingest_bench [--corpora DIR] [--docs N] [--store PATH]
#include <cstdio>
#include <filesystem>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/doc_pool.hpp"
#include "extract/pipeline.hpp"
#include "store/store.hpp"
#include "util/data_dir.hpp"

int main(int argc, char** argv) {
  bench::Args args(argc, argv, {"--corpora", "--docs", "--store"}, {},
                   "usage: ingest_bench [--corpora DIR] [--docs N] [--store PATH]\n");
  auto data = bordermap::resolve_data_dir();
  std::string source;
  auto docs = bench::news_documents(args.get("--corpora", (bench::shared_dir() / "corpora").string()),
                                    bench::repo_root(), source);
  auto limit = static_cast<std::size_t>(args.get_int("--docs", 500));
  if (docs.size() > limit) docs.resize(limit);
  if (docs.empty()) {
    std::printf("skipped: no texts to ingest\n");
    return 0;
  }
  std::filesystem::path store_path = args.get("--store", (std::filesystem::temp_directory_path() / "bordermap_ingest_bench.gpkg").string());
  std::filesystem::remove(store_path);

  bordermap::events::Pipeline pipeline(data);
  auto store = bordermap::events::EventStore::open(store_path.string(), true);

  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  for (int pass = 0; pass < 2; ++pass) {
    bench::Stopwatch sw;
    std::size_t events = 0, added = 0, updated = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      bordermap::events::DocumentInput in;
      in.id = "bench-" + std::to_string(i);
      in.text = docs[i];
      in.date = bordermap::events::Date{2021, 9, 27};
      auto result = pipeline.process(in);
      auto r = store.upsert(result.events);
      events += result.events.size();
      added += r.added;
      updated += r.updated;
    }
    double s = sw.seconds();
    std::printf("%s: %zu docs (%s, %.1f KB mean) in %.2f s = %.0f docs/s, %.2f MB/s; %zu events (%zu added, %zu updated)\n",
                pass == 0 ? "ingest" : "re-ingest", docs.size(), source.c_str(), bytes / 1024.0 / docs.size(), s,
                docs.size() / s, bytes / 1e6 / s, events, added, updated);
  }
  std::printf("store: %s, %zu events, %.1f MB\n", store_path.c_str(), store.size(),
              std::filesystem::file_size(store_path) / 1e6);
  return 0;
}
