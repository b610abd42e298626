#pragma once
// Whole inputs for the text-reading subcommands: a file, or "-" for standard input.
#include <string>
#include <string_view>

namespace bordermap::cli {

// Throws InputError naming the file when it cannot be read. Devices (/dev/zero, a disk)
// and folders are refused; a pipe or stdin is read up to 256 MiB, a regular file whole.
std::string read_input(const std::string& file);

// Why `file` (not "-") will not be read: "cannot read F: …", or "" when it may be opened.
std::string unreadable_input_reason(const std::string& file);

// Nothing but white space: an empty report.
bool blank(std::string_view s);

}  // namespace bordermap::cli
