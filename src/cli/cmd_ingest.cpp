#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/read_input.hpp"
#include "extract/pipeline.hpp"
#include "formats/document_line.hpp"
#include "store/document_hash.hpp"
#include "store/store.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"
#include "util/terminal_text.hpp"

namespace bordermap::cli {
namespace {

// A batch is written when it holds this many documents or this much text, whichever
// comes first: large enough that one commit serves hundreds of short reports, small
// enough that the write lock is held briefly and a crash loses at most one batch.
constexpr std::size_t kBatchDocuments = 500;
constexpr std::size_t kBatchBytes = 8u << 20;

struct IngestArgs {
  std::vector<std::string> files;
  std::string date, source, url, store = "events.gpkg", input_format = "text", pair = "AF-TJ";
};

std::optional<events::Date> to_date(const std::string& s, const std::string& what) {
  if (s.empty()) return std::nullopt;
  auto d = parse_iso_date(s);
  if (!d) throw InputError(what + " '" + s + "' is not a valid YYYY-MM-DD date");
  return events::Date{d->year, d->month, d->day};
}

// The documents of one input: a text file is one document; a JSONL file one per line.
std::vector<events::DocumentInput> documents_of(const std::string& file, const IngestArgs& a,
                                                std::vector<std::string>& errors) {
  std::vector<events::DocumentInput> docs;
  auto text = read_input(file);
  events::SourceRef source{a.source, a.url, to_date(a.date, "--date")};
  if (a.input_format == "text") {
    if (blank(text)) {
      errors.push_back(file + ": empty input, nothing to ingest");
      return docs;
    }
    docs.push_back({file, std::move(text), source.date, source});
    return docs;
  }
  std::istringstream lines(text);
  std::string line;
  for (std::size_t n = 1; std::getline(lines, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = file + ":" + std::to_string(n);
    auto line_doc = events::parse_document_line(line);
    if (!line_doc.error.empty()) {
      errors.push_back(where + ": " + line_doc.error);
      continue;
    }
    events::DocumentInput d;
    d.id = events::id_text(line_doc.id);
    if (d.id.empty()) d.id = where;
    d.text = std::move(line_doc.text);
    d.source = source;
    d.date = line_doc.date ? line_doc.date : source.date;
    if (!line_doc.source.empty()) d.source.publication = std::move(line_doc.source);
    if (!line_doc.url.empty()) d.source.url = std::move(line_doc.url);
    if (d.date) d.source.date = d.date;
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace

void register_ingest(CLI::App& app, GlobalOptions& global) {
  auto a = std::make_shared<IngestArgs>();
  global.hold(a);
  auto* cmd = app.add_subcommand("ingest", "Turn reports into dated, located events and store them");
  cmd->add_option("FILE", a->files, "Text files (one report each), JSONL files, or - for standard input")->required();
  cmd->add_option("--date", a->date, "Document date, YYYY-MM-DD: relative dates resolve against it");
  cmd->add_option("--source", a->source, "Publication the reports come from");
  cmd->add_option("--url", a->url, "Where the report was published");
  cmd->add_option("--store", a->store, "Event store: a GeoPackage path or a PG: connection string")->capture_default_str();
  cmd->add_option("--input-format", a->input_format, "text or jsonl ({id,text,date,source,url} per line)")
      ->check(CLI::IsMember({"text", "jsonl"}))->capture_default_str();
  cmd->add_option("--pair", a->pair, "Border the analytics measure against")->capture_default_str();
  cmd->callback([a, &global] {
    events::PipelineOptions options;
    options.pair = a->pair;
    events::Pipeline pipeline(resolve_data_dir(global.data_dir), options);
    auto store = events::EventStore::open(a->store, true);

    std::vector<std::string> errors;
    events::UpsertReport total;
    std::size_t documents = 0;
    // Documents go to the store in batches, one transaction each (one fsync per batch, not
    // per document); extraction runs between batches, outside the store's write lock.
    std::vector<events::DocumentInput> pending;
    std::size_t pending_bytes = 0;
    auto write_pending = [&] {
      if (pending.empty()) return;
      std::vector<std::string> hashes;
      for (const auto& doc : pending) hashes.push_back(events::document_hash(doc.text));
      // The same text under another name is that document: extract it under the stored id,
      // so its events are refreshed instead of added again.
      auto known = store.documents_by_hash(hashes);
      std::vector<std::string> asked;
      std::vector<events::DocumentWrite> writes;
      for (std::size_t i = 0; i < pending.size(); ++i) {
        auto& doc = pending[i];
        asked.push_back(doc.id);
        if (auto it = known.find(hashes[i]); it != known.end()) doc.id = it->second;
        else known.emplace(hashes[i], doc.id);  // a repeat later in this batch
      }
      auto results = pipeline.process(pending);
      for (std::size_t i = 0; i < pending.size(); ++i) {
        auto& doc = pending[i];
        for (auto& w : results[i].warnings)
          std::fprintf(stderr, "bordermap: %s: warning: %s\n", util::terminal_safe(doc.id).c_str(), util::terminal_safe(w).c_str());
        writes.push_back({doc.id, hashes[i], doc.source, std::move(results[i].events)});
      }
      auto reports = store.write_documents(writes);
      for (std::size_t i = 0; i < reports.size(); ++i) {
        const auto& r = reports[i];
        std::string name = asked[i] == r.id ? r.id : asked[i] + " (same text as " + r.id + ")";
        if (!r.error.empty()) {
          errors.push_back(asked[i] + ": not stored: " + r.error);
          continue;
        }
        ++documents;
        if (!r.same_as.empty()) {
          std::printf("%s: same text as %s, already stored: nothing added\n", util::terminal_safe(asked[i]).c_str(),
                      util::terminal_safe(r.same_as).c_str());
          continue;
        }
        const auto& c = r.counts;
        std::printf("%s: %zu events (%zu added, %zu updated, %zu kept as the analyst left them, %zu without a location)\n",
                    util::terminal_safe(name).c_str(), writes[i].events.size(), c.added, c.updated, c.kept_reviewed, c.flagged);
        total.added += c.added;
        total.updated += c.updated;
        total.kept_reviewed += c.kept_reviewed;
        total.flagged += c.flagged;
      }
      std::fflush(stdout);
      pending.clear();
      pending_bytes = 0;
    };
    for (const auto& file : a->files) {
      for (auto& doc : documents_of(file, *a, errors)) {
        pending_bytes += doc.text.size();
        pending.push_back(std::move(doc));
        if (pending.size() >= kBatchDocuments || pending_bytes >= kBatchBytes) write_pending();
      }
    }
    write_pending();
    for (auto& e : errors) std::fprintf(stderr, "bordermap: %s\n", util::terminal_safe(e).c_str());
    std::printf("%zu documents into %s: %zu added, %zu updated, %zu kept, %zu flagged without a location\n", documents,
                util::terminal_safe(store.name()).c_str(), total.added, total.updated, total.kept_reviewed, total.flagged);
    if (!errors.empty()) global.exit_code = documents ? 1 : 2;
  });
}

}  // namespace bordermap::cli
