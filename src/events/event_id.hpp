#pragma once
// Deterministic event ids: the same document, sentence and place always give the same id,
// so re-ingesting a document finds the events it made before instead of duplicating them.
#include <cstddef>
#include <string>
#include <string_view>

namespace bordermap::events {

// "ev-" + 16 hex digits of a 64-bit FNV-1a hash over the four parts.
std::string event_id(std::string_view document_id, std::size_t sentence_start, std::size_t sentence_end,
                     std::string_view place_id);

}  // namespace bordermap::events
