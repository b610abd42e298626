#pragma once
// Whole inputs for the text-reading subcommands: a file, or "-" for standard input.
#include <string>
#include <string_view>

namespace bordermap::cli {

// Throws InputError naming the file when it cannot be read.
std::string read_input(const std::string& file);

// Nothing but white space: an empty report.
bool blank(std::string_view s);

}  // namespace bordermap::cli
