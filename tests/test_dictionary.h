// Copyright 2026 The khabar Authors. MIT License.
//
// A small dictionary for command-line tests that must not depend on the
// built-in dictionaries (which change every day): the CAMEO and role tables
// of dict/common, two invented countries and three event patterns. Use it
// with `--dict-replace --dict DIR`.

#ifndef KHABAR_TESTS_TEST_DICTIONARY_H_
#define KHABAR_TESTS_TEST_DICTIONARY_H_

#include <filesystem>
#include <string>

#include "test_util.h"

namespace khabar::testing {

inline constexpr char kTestDictionary[] = R"(# Invented actors and events for tests.
actor QQA Qualandia
  ar: قلنديا
  en: Qualandia
actor QQB Quberia
  ar: قبيريا
  en: Quberia
event 042 Make a visit
  ar: زار/يزور TGT
  en: visit TGT
event 111 Criticize or denounce
  en: criticize TGT
event 051 Praise or endorse
  en: praise TGT
)";

// Writes the test dictionary into `dir` and returns the flags that select it.
inline std::string WriteTestDictionary(const std::string& dir) {
  namespace fs = std::filesystem;
  fs::create_directories(dir + "/common");
  fs::create_directories(dir + "/en");
  for (const char* table : {"common/cameo.tsv", "common/roles.tsv"}) {
    fs::copy_file(fs::path(KHABAR_SOURCE_DIR) / "dict" / table, fs::path(dir) / table,
                  fs::copy_options::overwrite_existing);
  }
  WriteFile(dir + "/en/test.txt", kTestDictionary);
  return "--dict-replace --dict '" + dir + "'";
}

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_TEST_DICTIONARY_H_
