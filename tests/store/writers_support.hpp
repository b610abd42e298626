#pragma once
// Helpers for the several-writers tests: real `bordermap` processes started side by side,
// JSONL inputs that give events, and counts read straight from the store's tables.
#include <sys/types.h>

#include <filesystem>
#include <string>

namespace bordermap::test {

struct Spawned {
  pid_t pid = -1;
  std::filesystem::path out, err;
};

// Starts `bordermap ARGS` without waiting; stdout and stderr go to files beside `stem`.
Spawned spawn_cli(const std::string& args, const std::filesystem::path& stem);
// Waits for it; the exit code, or -1 when it died of a signal.
int wait_cli(const Spawned& s);
std::string read_output(const std::filesystem::path& p);

// `n` JSONL documents with ids PREFIX-0 … that each report a shelling at Moy May; the
// texts differ from each other and from other prefixes.
std::string jsonl_documents(const std::string& prefix, int n);

// Rows of a table of a GPKG path or PG: store, read with GDAL (-1 when the table is absent).
long table_rows(const std::string& target, const std::string& table);

// "N documents into …: A added" from an ingest's summary line; -1 when missing.
long added_of(const std::string& ingest_stdout);

}  // namespace bordermap::test
