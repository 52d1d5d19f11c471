// Copyright 2026 The khabar Authors. MIT License.

#include "dict/entry_parser.h"

#include <array>

namespace khabar::dict {
namespace {

constexpr std::array<std::string_view, 6> kKeywords = {"actor", "person", "agent",
                                                       "event", "cue",    "time"};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Removes a trailing comment: " #" (blank then '#') to the end of the line.
std::string_view StripComment(std::string_view s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] == '#' && IsBlank(s[i - 1])) return s.substr(0, i);
  }
  return s;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) words.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace

std::string Entry::Rest(std::size_t from) const {
  std::string out;
  for (std::size_t i = from; i < fields.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += fields[i];
  }
  return out;
}

std::vector<std::string> SplitAlternatives(std::string_view value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t bar = value.find('|', start);
    if (bar == std::string_view::npos) bar = value.size();
    std::string_view part = Trim(value.substr(start, bar - start));
    if (!part.empty()) out.emplace_back(part);
    start = bar + 1;
  }
  return out;
}

void ParseEntries(std::string_view file, std::string_view text, std::vector<Entry>* entries,
                  std::vector<std::string>* errors) {
  auto error = [&](int line, const std::string& message) {
    errors->push_back(std::string(file) + ":" + std::to_string(line) + ": " + message);
  };
  Entry* current = nullptr;
  bool current_ok = false;
  int line_number = 0;
  std::size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // byte-order mark
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    std::string_view content = Trim(StripComment(raw));
    if (content.empty() || content.front() == '#') continue;
    const bool indented = IsBlank(raw.front());
    if (!indented) {
      std::vector<std::string> words = SplitWords(content);
      const std::string& keyword = words.front();
      bool known = false;
      for (std::string_view k : kKeywords) known |= keyword == k;
      if (!known) {
        error(line_number, "unknown entry keyword '" + keyword +
                               "' (expected actor, person, agent, event, cue or time)");
        current = nullptr;
        current_ok = false;
        continue;
      }
      Entry entry;
      entry.keyword = keyword;
      entry.fields.assign(words.begin() + 1, words.end());
      entry.file = std::string(file);
      entry.line = line_number;
      entries->push_back(std::move(entry));
      current = &entries->back();
      current_ok = true;
      continue;
    }
    if (current == nullptr) {
      if (current_ok || entries->empty()) {
        error(line_number, "indented attribute line outside any entry");
      }
      continue;  // belongs to a rejected header: already reported
    }
    const std::size_t colon = content.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      error(line_number, "attribute line needs 'key: value'");
      continue;
    }
    std::string_view key = Trim(content.substr(0, colon));
    std::string_view value = Trim(content.substr(colon + 1));
    if (key.find(' ') != std::string_view::npos) {
      error(line_number, "attribute key '" + std::string(key) + "' contains a blank");
      continue;
    }
    if (value.empty()) {
      error(line_number, "attribute '" + std::string(key) + "' has no value");
      continue;
    }
    current->attributes.push_back({std::string(key), std::string(value), line_number});
  }
}

std::vector<std::vector<std::string>> ParseTsv(std::string_view file, std::string_view text,
                                               std::size_t columns,
                                               std::vector<std::string>* errors) {
  std::vector<std::vector<std::string>> rows;
  bool header_seen = false;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cols.emplace_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (cols.size() < columns) {
      errors->push_back(std::string(file) + ":" + std::to_string(line_number) + ": expected " +
                        std::to_string(columns) + " tab-separated columns, found " +
                        std::to_string(cols.size()));
      continue;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace khabar::dict
