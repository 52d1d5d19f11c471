// Copyright 2026 The khabar Authors. MIT License.
//
// Dictionary: actors, agents, event patterns, cues and time words, compiled
// once into lookup tables (see dict/FORMAT.md for the text format).
//
// Build once, then share: a loaded Dictionary is immutable and may be used by
// any number of Coders on any number of threads at once.

#ifndef KHABAR_DICTIONARY_H_
#define KHABAR_DICTIONARY_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "khabar/options.h"
#include "khabar/status.h"

namespace khabar {

namespace internal {
struct Tables;
}  // namespace internal

// Every problem found while loading, each as "file:line: what is wrong".
struct DictionaryReport {
  std::vector<std::string> errors;    // make Load fail unless options.lenient
  std::vector<std::string> warnings;  // never fatal (and lenient-skipped errors)
  int files = 0;
  int entries = 0;
};

// Coverage figures for `khabar dict stats`.
struct DictionaryStats {
  std::map<std::string, int> patterns_per_root;  // "01".."20" -> patterns (all languages)
  std::map<std::string, int> patterns_per_lang;  // "ar", "en"
  std::map<std::string, int> actors_by_kind;     // "state", "igo", "group", ...
  int persons = 0;
  int person_roles = 0;
  int dated_roles = 0;
  int agents = 0;
  int cues = 0;
  int time_words = 0;
  int names = 0;  // distinct names (all kinds, all languages)
  int event_codes = 0;
};

class Dictionary {
 public:
  // Loads and compiles; exactly the embedded dictionaries are read from the
  // snapshot the build compiled of them (dict/SNAPSHOT.md). On failure the Status names the first
  // problem and `report` (if given) holds all of them.
  static Result<Dictionary> Load(const DictionaryOptions& options,
                                 DictionaryReport* report = nullptr);

  Dictionary(Dictionary&&) noexcept;
  Dictionary& operator=(Dictionary&&) noexcept;
  ~Dictionary();

  DictionaryStats Stats() const;

  // For internal use by the coder: all the compiled tables.
  const internal::Tables& tables() const;
  // The tables that serve documents of one language. With
  // DictionaryOptions::defer_english, Arabic documents are served by tables
  // compiled without the English-only files (en/), and the full tables are
  // compiled, once and thread-safely, when first asked for.
  const internal::Tables& TablesFor(bool english) const;

 private:
  struct Deferred;
  explicit Dictionary(std::unique_ptr<internal::Tables> tables,
                      std::unique_ptr<Deferred> deferred = nullptr);
  std::unique_ptr<internal::Tables> tables_;  // all, or without en/ when deferred_
  std::unique_ptr<Deferred> deferred_;
};

}  // namespace khabar

#endif  // KHABAR_DICTIONARY_H_
