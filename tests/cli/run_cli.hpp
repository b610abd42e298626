#pragma once
// Runs the built bordermap binary the way a user or a script would, capturing stdout,
// stderr and the exit code.
#include <string>

namespace bordermap::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `args` is appended to the binary's path as shell words; `stdin_text` is piped in.
CliResult run_cli(const std::string& args, const std::string& stdin_text = {});

// A file in a per-process temporary folder with the given bytes.
std::string temp_file(const std::string& name, const std::string& bytes);

bool runtime_data_built();

}  // namespace bordermap::test
