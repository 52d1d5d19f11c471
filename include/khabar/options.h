// Copyright 2026 The khabar Authors. MIT License.
//
// Options: the one source of truth for khabar's settings and their defaults.
// The CLI's flags map onto these fields one to one.
//
//   DictionaryOptions     default   meaning
//   use_embedded          true      start from the dictionaries built into the binary
//   dirs                  {}        directories (same layout as dict/) read after that
//   files                 {}        dictionary files held in memory, read after the dirs:
//                                   relative path ("ar/events.txt") -> text; a file of the
//                                   same path as an earlier one replaces it
//   lenient               false     skip broken entries with a warning instead of failing
//   defer_english         false     with the embedded dictionaries alone, when they are
//                                   compiled from text: compile the English-only files
//                                   (en/) when the first English document needs them, not
//                                   at load. No effect when the build's snapshot of them
//                                   is read (the usual case, all languages at once:
//                                   dict/SNAPSHOT.md)
//
//   CoderOptions          default   meaning
//   default_lang          "auto"    language of documents that do not say ("ar", "en", "auto")
//   default_date          ""        article date for documents that do not say (YYYY-MM-DD)
//   explain               false     fill Event::explain with the rules that fired
//   modality              true      code announced or intended acts as intents (03x) and
//                                   threats (13x); false codes the act (as PETRARCH does)
//   max_document_bytes    64 MiB    longer documents are rejected (InvalidInput)

#ifndef KHABAR_OPTIONS_H_
#define KHABAR_OPTIONS_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace khabar {

struct DictionaryOptions {
  bool use_embedded = true;
  std::vector<std::string> dirs;
  std::map<std::string, std::string> files;
  bool lenient = false;
  bool defer_english = false;
};

struct CoderOptions {
  std::string default_lang = "auto";
  std::string default_date;
  bool explain = false;
  bool modality = true;
  std::size_t max_document_bytes = std::size_t{64} << 20;
};

}  // namespace khabar

#endif  // KHABAR_OPTIONS_H_
