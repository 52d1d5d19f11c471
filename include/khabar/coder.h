// Copyright 2026 The khabar Authors. MIT License.
//
// Coder: one Document in, its Events out.
//
//   auto dict = khabar::Dictionary::Load({});
//   khabar::Coder coder(*dict);
//   auto events = coder.Code(document);
//
// The Dictionary must outlive the Coder. Code() is const and thread-safe:
// one Coder may code documents on many threads at once.

#ifndef KHABAR_CODER_H_
#define KHABAR_CODER_H_

#include <vector>

#include "khabar/dictionary.h"
#include "khabar/event.h"
#include "khabar/options.h"
#include "khabar/status.h"

namespace khabar {

// What the coder saw in one document (for benchmarks and progress lines).
struct CodeStats {
  int sentences = 0;
  int tokens = 0;
};

class Coder {
 public:
  explicit Coder(const Dictionary& dictionary, CoderOptions options = {});

  // Returns the events in text order, or InvalidInput naming the byte offset
  // when the text is not valid UTF-8, is too long, or the date or language is
  // unusable. An empty text gives no events and is not an error.
  Result<std::vector<Event>> Code(const Document& document, CodeStats* stats = nullptr) const;

  // A human-readable trace of how the document was read: sentences, tokens
  // (with clitics split), actor mentions, cues, time words and pattern
  // matches. For dictionary maintainers (`khabar trace`).
  Result<std::string> Trace(const Document& document) const;

  const CoderOptions& options() const { return options_; }

 private:
  const Dictionary* dictionary_;
  CoderOptions options_;
};

}  // namespace khabar

#endif  // KHABAR_CODER_H_
