// Copyright 2026 The khabar Authors. MIT License.
//
// Coding small texts with the built-in dictionaries, for rule tests: the
// dictionaries are loaded once per test process.

#ifndef KHABAR_TESTS_TEST_CODING_H_
#define KHABAR_TESTS_TEST_CODING_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"

namespace khabar::testing {

// The built-in dictionaries, loaded on first use. They cannot fail to load
// in a correct build; if they do, the test process stops with the reason.
inline const Dictionary& BuiltinDictionary() {
  static const Dictionary* dictionary = [] {
    auto loaded = Dictionary::Load({});
    if (!loaded.ok()) {
      std::fprintf(stderr, "built-in dictionaries: %s\n", loaded.status().message().c_str());
      std::abort();
    }
    return new Dictionary(std::move(*loaded));
  }();
  return *dictionary;
}

// The events of one document with the built-in dictionaries.
inline std::vector<Event> CodeText(const std::string& lang, const std::string& text,
                                   const std::string& date = "2024-03-14") {
  Document doc;
  doc.id = "case";
  doc.date = date;
  doc.lang = lang;
  doc.text = text;
  auto events = Coder(BuiltinDictionary()).Code(doc);
  EXPECT_TRUE(events.ok()) << events.status().message();
  return events.ok() ? std::move(*events) : std::vector<Event>();
}

// "SRC->TGT CODE [negated]; " for each event, for failure messages.
inline std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out +=
        e.source.code + "->" + e.target.code + " " + e.code + (e.negated ? " negated" : "") + "; ";
  }
  return out;
}

// The documents of a JSONL file (rejected lines are skipped).
inline std::vector<Document> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  DocumentReader reader(in, path, DocumentReader::Format::kJsonl);
  std::vector<Document> docs;
  for (ReadItem item; reader.Next(&item); item = ReadItem()) {
    if (item.document) docs.push_back(std::move(*item.document));
  }
  return docs;
}

// Every event of `docs` as JSON lines, and a line per rejected document.
inline std::string CodeAll(const Dictionary& dictionary, const std::vector<Document>& docs) {
  EventWriter writer(EventWriter::Format::kJsonl);
  Coder coder(dictionary);
  std::string out;
  for (const Document& d : docs) {
    auto events = coder.Code(d);
    if (!events.ok()) {
      out += "rejected " + d.id + ": " + events.status().message() + "\n";
      continue;
    }
    for (const Event& e : *events) out += writer.FormatEvent(e);
  }
  return out;
}

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_TEST_CODING_H_
