// Copyright 2026 The khabar Authors. MIT License.
//
// SentenceSplitter: sentence boundaries with ICU's BreakIterator (UTF-8 text,
// byte offsets), corrected for news text:
//   - no break after an abbreviation from the dictionaries ("د.", "م.",
//     "U.S.", "Gen."), since ICU has no Arabic abbreviation list;
//   - a break at every newline (paragraphs are never joined);
//   - sentences are trimmed of surrounding white space; empty ones dropped.
// Quotes that span sentences are left to the coder, which carries the open
// quotation across the break.
//
// Not thread-safe: use one SentenceSplitter per thread.

#ifndef KHABAR_TEXT_SENTENCE_SPLITTER_H_
#define KHABAR_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "khabar/event.h"

#include <unicode/brkiter.h>

namespace khabar::text {

class SentenceSplitter {
 public:
  // `abbreviations` are folded words (see WordFolder) that end with '.'
  // when written, listed without the final '.': {"د", "م", "u.s"}.
  explicit SentenceSplitter(const std::unordered_set<std::string>* abbreviations);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of `text` (valid UTF-8) to `out`.
  void Split(std::string_view text, std::vector<Span>* out);

 private:
  bool EndsWithAbbreviation(std::string_view text, std::size_t end) const;

  const std::unordered_set<std::string>* abbreviations_;
  std::unique_ptr<icu::BreakIterator> iterator_;
  std::string scratch_;
};

}  // namespace khabar::text

#endif  // KHABAR_TEXT_SENTENCE_SPLITTER_H_
