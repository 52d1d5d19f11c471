// Copyright 2026 The khabar Authors. MIT License.
//
// DictionaryCompiler: dictionary files (dict/FORMAT.md) → internal::Tables.
// Checks the meaning of every entry (codes, dates, patterns, conflicting
// names) and reports each problem as "file:line: message".

#ifndef KHABAR_DICT_COMPILER_H_
#define KHABAR_DICT_COMPILER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dict/tables.h"
#include "khabar/dictionary.h"

namespace khabar::dict {

struct DictFile {
  std::string path;  // relative to the dictionary root: "ar/events.txt"
  std::string text;
};

// Compiles `files`. Problems go to `report` (errors and warnings). When
// `lenient`, entries with errors are skipped and their errors are reported
// as warnings. Returns the tables (never null); the caller decides whether
// errors are fatal.
std::unique_ptr<internal::Tables> Compile(const std::vector<DictFile>& files, bool lenient,
                                          DictionaryReport* report);

// A new Tables::generation, unique in the process.
uint64_t NextGeneration();

// Parses "2019", "2019-03", "2019-03-01" into yyyymmdd; 0 on error.
int ParseDate(std::string_view text);

}  // namespace khabar::dict

#endif  // KHABAR_DICT_COMPILER_H_
