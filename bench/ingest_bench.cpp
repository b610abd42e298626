// Ingest throughput: ~2 KB news documents (JSONL-sized) through extraction, border
// analytics and the GeoPackage store, each stage timed on its own and end to end:
//   1. extraction + analytics alone (no store)
//   2. the store write alone, one transaction per document (how ingest wrote until batching)
//   3. the store write alone, in batches of --batch documents per transaction (as ingest does)
//   4. the same batches again: re-ingest, every event found and refreshed, none added
//   5. end to end in this process: hash, lookup, extract, annotate, batched write
//   6. end to end through the binary: `bordermap ingest --input-format jsonl` on the same docs
//   7. ogr2ogr writing the same event points (GeoJSON → GPKG) for comparison
// Single-threaded throughout. 6 and 7 run when the programs are found.
//   ingest_bench [--corpora DIR] [--docs N] [--batch N] [--per-doc N] [--dir DIR] [--binary PATH]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common/args.hpp"
#include "common/clock.hpp"
#include "common/doc_pool.hpp"
#include "extract/pipeline.hpp"
#include "formats/export.hpp"
#include "store/document_hash.hpp"
#include "store/store.hpp"
#include "util/data_dir.hpp"

namespace fs = std::filesystem;
using namespace bordermap;

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

void line(const char* stage, std::size_t docs, std::size_t events, double s) {
  std::printf("%-44s %6zu docs %7zu events in %6.2f s = %7.0f docs/s, %8.0f events/s\n", stage, docs, events, s,
              docs / s, events / s);
}

double run_timed(const std::string& cmd) {
  bench::Stopwatch sw;
  const int rc = std::system(cmd.c_str());
  const double s = sw.seconds();
  if (rc != 0) std::printf("  (exit status %d from: %s)\n", rc, cmd.c_str());
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  bench::Args args(argc, argv, {"--corpora", "--docs", "--batch", "--per-doc", "--dir", "--binary"}, {},
                   "usage: ingest_bench [--corpora DIR] [--docs N] [--batch N] [--per-doc N] [--dir DIR] "
                   "[--binary PATH]\n");
  auto data = resolve_data_dir();
  std::string source;
  auto pool = bench::news_documents(args.get("--corpora", (bench::shared_dir() / "corpora").string()),
                                    bench::repo_root(), source);
  if (pool.empty()) {
    std::printf("skipped: no texts to ingest\n");
    return 0;
  }
  const auto wanted = static_cast<std::size_t>(args.get_int("--docs", 5000));
  const auto batch_size = static_cast<std::size_t>(std::max(1, args.get_int("--batch", 500)));
  const auto per_doc_n = static_cast<std::size_t>(std::max(0, args.get_int("--per-doc", 300)));
  // Fewer texts than wanted: reuse them with a numbered dateline, so every text differs.
  std::vector<events::DocumentInput> docs;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < wanted; ++i) {
    events::DocumentInput d;
    d.id = "bench-" + std::to_string(i);
    d.text = (i < pool.size() ? "" : "Dispatch " + std::to_string(i) + ". ") + pool[i % pool.size()];
    d.date = events::Date{2021, 9, 27};
    d.source.date = d.date;
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  const fs::path dir = args.get("--dir", (fs::temp_directory_path() / "bordermap_ingest_bench").string());
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::printf("%zu documents (%zu distinct texts from %s, %.2f KB mean), batches of %zu, store in %s\n", docs.size(),
              std::min(pool.size(), docs.size()), source.c_str(), bytes / 1024.0 / docs.size(), batch_size,
              dir.c_str());

  events::Pipeline pipeline(data);

  // 1. extraction alone
  std::vector<events::DocumentWrite> writes;
  std::size_t n_events = 0;
  {
    bench::Stopwatch sw;
    for (const auto& d : docs) {
      auto result = pipeline.process(d);
      n_events += result.events.size();
      writes.push_back({d.id, events::document_hash(d.text), d.source, std::move(result.events)});
    }
    line("extract + analytics (no store)", docs.size(), n_events, sw.seconds());
  }
  auto batched = [&](events::EventStore& store, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; i += batch_size)
      store.write_documents({writes.begin() + static_cast<long>(i), writes.begin() + static_cast<long>(std::min(to, i + batch_size))});
  };
  auto events_in = [&](std::size_t n) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k += writes[i].events.size();
    return k;
  };

  // 2. one transaction per document
  if (per_doc_n > 0) {
    const auto path = (dir / "per_document.gpkg").string();
    auto store = events::EventStore::open(path, true);
    const std::size_t n = std::min(per_doc_n, writes.size());
    bench::Stopwatch sw;
    for (std::size_t i = 0; i < n; ++i) store.write_documents({writes[i]});
    line("store write, one transaction per document", n, events_in(n), sw.seconds());
  }
  // 3 and 4. batched
  {
    const auto path = (dir / "batched.gpkg").string();
    auto store = events::EventStore::open(path, true);
    bench::Stopwatch sw;
    batched(store, 0, writes.size());
    line("store write, batched", writes.size(), n_events, sw.seconds());
    sw.restart();
    batched(store, 0, writes.size());
    line("store re-write, batched (all refreshed)", writes.size(), n_events, sw.seconds());
    std::printf("  store: %zu events, %.1f MB\n", store.size(), fs::file_size(path) / 1e6);
  }
  // 5. end to end in process, as cmd_ingest does it
  {
    const auto path = (dir / "end_to_end.gpkg").string();
    bench::Stopwatch sw;
    auto store = events::EventStore::open(path, true);
    std::size_t k = 0;
    for (std::size_t from = 0; from < docs.size(); from += batch_size) {
      const std::size_t to = std::min(docs.size(), from + batch_size);
      std::vector<std::string> hashes;
      for (std::size_t i = from; i < to; ++i) hashes.push_back(events::document_hash(docs[i].text));
      auto known = store.documents_by_hash(hashes);
      std::vector<events::DocumentWrite> batch;
      for (std::size_t i = from; i < to; ++i) {
        auto doc = docs[i];
        if (auto it = known.find(hashes[i - from]); it != known.end()) doc.id = it->second;
        auto result = pipeline.process(doc);
        k += result.events.size();
        batch.push_back({doc.id, hashes[i - from], doc.source, std::move(result.events)});
      }
      store.write_documents(batch);
    }
    line("end to end in process (extract + batched write)", docs.size(), k, sw.seconds());
  }
  // 6. end to end through the binary
  fs::path binary = args.get("--binary", (fs::path(argv[0]).parent_path() / "bordermap").string());
  if (fs::exists(binary)) {
    const auto jsonl = dir / "docs.jsonl";
    {
      std::ofstream out(jsonl, std::ios::binary);
      for (const auto& d : docs)
        out << "{\"id\":" << json_string(d.id) << ",\"text\":" << json_string(d.text) << ",\"date\":\"2021-09-27\"}\n";
    }
    const auto store = dir / "cli.gpkg";
    const double s = run_timed("'" + binary.string() + "' ingest --input-format jsonl --store '" + store.string() +
                               "' '" + jsonl.string() + "' >/dev/null");
    line("end to end: bordermap ingest (JSONL, start-up incl.)", docs.size(), n_events, s);
  } else {
    std::printf("(no %s: the CLI run is skipped; --binary PATH)\n", binary.c_str());
  }
  // 7. ogr2ogr writing the same points
  if (std::system("command -v ogr2ogr >/dev/null 2>&1") == 0) {
    std::vector<events::Event> all;
    for (const auto& w : writes) all.insert(all.end(), w.events.begin(), w.events.end());
    const auto geojson = dir / "points.geojson";
    events::export_events(all, events::ExportFormat::geojson, geojson);
    const auto out = dir / "ogr2ogr.gpkg";
    const double s = run_timed("ogr2ogr -f GPKG '" + out.string() + "' '" + geojson.string() + "' -nln events");
    line("ogr2ogr GeoJSON -> GPKG, same points", docs.size(), all.size(), s);
  }
  return 0;
}
