#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/geocode_output.hpp"
#include "cli/read_input.hpp"
#include "formats/document_line.hpp"
#include "geoparse/geoparser.hpp"
#include "geoparse/mention_json.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"
#include "util/terminal_text.hpp"

namespace bordermap::cli {
namespace {

struct GeocodeArgs {
  std::string date;
  std::string pair = "AF-TJ";
  std::string format = "json";
  std::string input_format = "text";
  int threads = 1;
  std::vector<std::string> files;
};


int run_text(const GeocodeArgs& args, const geoparse::Geoparser& parser) {
  if (std::count(args.files.begin(), args.files.end(), "-") > 1)
    throw InputError("standard input (-) can be named only once");
  std::vector<GeocodedDocument> docs(args.files.size());
  std::vector<std::string> texts(args.files.size());
  int status = 0;
  for (size_t i = 0; i < args.files.size(); ++i) {
    docs[i].id = args.files[i] == "-" ? "stdin" : args.files[i];
    try {
      texts[i] = read_input(args.files[i]);
      if (blank(texts[i])) docs[i].error = "empty input, nothing to geocode";
    } catch (const InputError& e) {
      docs[i].error = e.what();
    }
  }
  tbb::parallel_for(size_t{0}, docs.size(), [&](size_t i) {
    if (docs[i].error.empty()) docs[i].result = parser.parse(texts[i]);
  });
  std::size_t failed = 0;
  for (auto& d : docs) {
    for (auto& w : d.result.warnings) std::fprintf(stderr, "bordermap: %s: warning: %s\n", util::terminal_safe(d.id).c_str(), util::terminal_safe(w).c_str());
    if (!d.error.empty()) {
      std::fprintf(stderr, "bordermap: %s: %s\n", util::terminal_safe(d.id).c_str(), util::terminal_safe(d.error).c_str());
      ++failed;
    }
  }
  // Some inputs failed: 1, the rest are in the output; every input failed: 2.
  if (failed) status = failed == docs.size() ? 2 : 1;
  write_documents(std::cout, docs, args.format, false);
  return status;
}

// One JSON object per input line in, one per line out, in order: a filter that runs the
// same under a cluster's streaming tools.
int run_jsonl(const GeocodeArgs& args, const geoparse::Geoparser& parser) {
  constexpr size_t kBatch = 2048;
  std::string line;
  size_t line_no = 0;
  int status = 0;
  bool line_output = args.format == "json" || args.format == "jsonl";
  std::vector<GeocodedDocument> all;  // kept only for geojson/table
  for (const auto& file : args.files) {
    std::ifstream fin;
    std::istream* in = &std::cin;
    if (file != "-") {
      auto why = unreadable_input_reason(file);
      if (why.empty()) fin.open(file, std::ios::binary);
      if (!why.empty() || !fin) {
        if (why.empty()) why = "cannot read " + file + ": no such file or not readable";
        std::fprintf(stderr, "bordermap: %s\n", util::terminal_safe(why).c_str());
        status = 2;
        continue;
      }
      in = &fin;
    }
    line_no = 0;
    bool more = true;
    while (more) {
      std::vector<GeocodedDocument> batch;
      std::vector<std::string> texts;
      while (batch.size() < kBatch && (more = static_cast<bool>(std::getline(*in, line)))) {
        ++line_no;
        if (blank(line)) continue;
        GeocodedDocument d;
        d.line = line_no;
        auto doc = events::parse_document_line(line);
        d.json_id = std::move(doc.id);
        d.error = std::move(doc.error);
        std::string text = std::move(doc.text);
        d.id = d.json_id.is_string() ? d.json_id.get<std::string>() : (file == "-" ? "stdin" : file) + ":" + std::to_string(line_no);
        batch.push_back(std::move(d));
        texts.push_back(std::move(text));
      }
      tbb::parallel_for(size_t{0}, batch.size(), [&](size_t i) {
        if (batch[i].error.empty()) batch[i].result = parser.parse(texts[i]);
      });
      for (auto& d : batch) {
        std::string where = (file == "-" ? std::string("stdin") : file) + ":" + std::to_string(d.line);
        for (auto& w : d.result.warnings) std::fprintf(stderr, "bordermap: %s: warning: %s\n", util::terminal_safe(where).c_str(), util::terminal_safe(w).c_str());
        if (!d.error.empty()) {
          std::fprintf(stderr, "bordermap: %s: %s\n", util::terminal_safe(where).c_str(), util::terminal_safe(d.error).c_str());
          status = 1;
        }
      }
      if (line_output) {
        write_documents(std::cout, batch, "jsonl", true);
        std::cout.flush();
      } else {
        for (auto& d : batch) all.push_back(std::move(d));
      }
    }
  }
  if (!line_output) write_documents(std::cout, all, args.format, true);
  return status;
}

}  // namespace

void register_geocode(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<GeocodeArgs>();
  global.hold(args);
  auto* cmd = app.add_subcommand("geocode", "Find the places a text names and resolve each to a gazetteer entry");
  cmd->add_option("--date", args->date, "Document date, YYYY-MM-DD (JSONL lines may carry their own)");
  cmd->add_option("--pair", args->pair, "Border whose nearness counts as the region prior")->capture_default_str();
  cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"json", "jsonl", "geojson", "table"}))->capture_default_str();
  cmd->add_option("--input-format", args->input_format, "text: each FILE is one document; jsonl: one {id,text,date} per line")
      ->check(CLI::IsMember({"text", "jsonl"}))->capture_default_str();
  cmd->add_option("--threads", args->threads, "Worker threads (0: all cores)")->check(CLI::Range(0, 256))->capture_default_str();
  cmd->add_option("FILE", args->files, "Input files, or - for standard input")->required();
  cmd->callback([args, &global] {
    if (!args->date.empty() && !parse_iso_date(args->date))
      throw InputError("--date '" + args->date + "' is not a valid YYYY-MM-DD date");
    int threads = args->threads > 0 ? args->threads : static_cast<int>(tbb::info::default_concurrency());
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
    geoparse::GeoparserOptions options;
    options.pair = args->pair;
    geoparse::Geoparser parser(resolve_data_dir(global.data_dir), options);
    global.exit_code = args->input_format == "jsonl" ? run_jsonl(*args, parser) : run_text(*args, parser);
  });
}

}  // namespace bordermap::cli
