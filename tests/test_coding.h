// Copyright 2026 The khabar Authors. MIT License.
//
// Coding small texts with the built-in dictionaries, for rule tests: the
// dictionaries are loaded once per test process.

#ifndef KHABAR_TESTS_TEST_CODING_H_
#define KHABAR_TESTS_TEST_CODING_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "khabar/coder.h"
#include "khabar/dictionary.h"

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

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_TEST_CODING_H_
