#pragma once
// A document's identity apart from its name: the same text ingested under another file
// name or JSONL id is the same document, so it must not add its events a second time.
#include <string>
#include <string_view>

namespace bordermap::events {

// "sha256:" + 64 hex digits over the text with CRLF read as LF and trailing white space
// dropped, so a report saved with other line endings or a final newline is still the same.
std::string document_hash(std::string_view text);

}  // namespace bordermap::events
