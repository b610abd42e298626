#pragma once
// UTF-8 text → sentences with byte spans. One event comes from one sentence, so the split
// must not break at "Gen.", "Sept. 25", "U.S.", "2.5" or a quotation's inner full stop, and
// must not glue a headline or a dateline onto the story's first sentence.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace bordermap::events {

struct Sentence {
  std::size_t start = 0, end = 0;  // [start, end) in bytes, without surrounding white space
  bool headline = false;           // the story's title line: a summary, never an event of its own
};

// "DUSHANBE, 27 September 2021 —": where the story was filed and when. Not part of any
// sentence: its place is not where anything happened, its date is the story's date.
struct Dateline {
  std::size_t start = 0, end = 0;  // up to and including the dash
};

struct SentenceSplit {
  std::vector<Sentence> sentences;
  std::optional<Dateline> dateline;
};

// Paragraphs (blank lines) always end a sentence. A title is the first paragraph when it is
// a single line without closing punctuation and more text follows. A dateline is an
// all-capitals place name opening the first body paragraph, followed by "," or "(" and, within
// twenty words, a dash (—, –, -- or a spaced -).
SentenceSplit split_sentences(std::string_view text);

}  // namespace bordermap::events
