// Copyright 2026 The khabar Authors. MIT License.
//
// EntryParser: the line syntax of dict/FORMAT.md. Turns one dictionary file
// into Entries (header + attribute lines, each with its line number), and
// reports syntax errors as "file:line: message". Meaning (codes, dates,
// patterns) is checked later, by the compiler.

#ifndef KHABAR_DICT_ENTRY_PARSER_H_
#define KHABAR_DICT_ENTRY_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

namespace khabar::dict {

struct Attribute {
  std::string key;    // "ar", "en", "demonym.ar", "role", ...
  std::string value;  // text after "key:", trimmed, trailing comment removed
  int line = 0;
};

struct Entry {
  std::string keyword;              // actor person agent event cue time
  std::vector<std::string> fields;  // header words after the keyword
  std::string file;
  int line = 0;
  std::vector<Attribute> attributes;

  std::string Place(int at_line) const { return file + ":" + std::to_string(at_line); }
  std::string Place() const { return Place(line); }
  // Header words from index `from` joined by spaces (a label or name).
  std::string Rest(std::size_t from) const;
};

// Parses `text` (the contents of `file`). Appends entries to `entries` and
// problems to `errors`; a bad line is skipped, parsing goes on.
void ParseEntries(std::string_view file, std::string_view text, std::vector<Entry>* entries,
                  std::vector<std::string>* errors);

// Splits "a | b | c" into trimmed, non-empty alternatives.
std::vector<std::string> SplitAlternatives(std::string_view value);

// Parses a TSV table (comment lines with '#', first other line the header).
// Returns rows of columns; reports rows whose column count differs.
std::vector<std::vector<std::string>> ParseTsv(std::string_view file, std::string_view text,
                                               std::size_t columns,
                                               std::vector<std::string>* errors);

}  // namespace khabar::dict

#endif  // KHABAR_DICT_ENTRY_PARSER_H_
