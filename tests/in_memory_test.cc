// Copyright 2026 The khabar Authors. MIT License.
//
// Reading from memory: dictionary files given to Dictionary::Load in
// DictionaryOptions::files (what the dictionary fuzz target uses, so that
// each input is not a directory on disk), and DocumentReader on an in-memory
// stream.

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"
#include "test_dictionary.h"
#include "test_util.h"

namespace khabar::testing {
namespace {

DictionaryOptions TablesInMemory() {
  DictionaryOptions options;
  options.use_embedded = false;
  for (const char* table : {"common/cameo.tsv", "common/roles.tsv"}) {
    options.files[table] = ReadFile(std::string(KHABAR_SOURCE_DIR) + "/dict/" + table);
  }
  return options;
}

std::vector<Event> CodeEnglish(const Dictionary& dictionary, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  doc.date = "2024-03-14";
  doc.text = text;
  auto events = Coder(dictionary).Code(doc);
  EXPECT_TRUE(events.ok()) << events.status().message();
  return events.ok() ? *events : std::vector<Event>();
}

TEST(InMemoryTest, DictionaryFilesInMemoryAreCompiledAndUsed) {
  DictionaryOptions options = TablesInMemory();
  options.files["en/test.txt"] = kTestDictionary;
  DictionaryReport report;
  auto dictionary = Dictionary::Load(options, &report);
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  EXPECT_EQ(report.files, 1);  // entry files; the two tables are not counted
  const std::vector<Event> events = CodeEnglish(*dictionary, "Qualandia visited Quberia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "042");
}

TEST(InMemoryTest, DictionaryFileInMemoryReplacesTheFileOfItsPathInADirectory) {
  const std::string dir = TempDir("in_memory_dict") + "/dict";
  WriteTestDictionary(dir);
  DictionaryOptions options;
  options.use_embedded = false;
  options.dirs = {dir};
  options.files["en/test.txt"] = "actor QQA Qualandia\n  en: Qualandia\n";  // no events now
  auto dictionary = Dictionary::Load(options);
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  EXPECT_TRUE(CodeEnglish(*dictionary, "Qualandia visited Quberia.").empty());
}

TEST(InMemoryTest, ErrorInADictionaryFileInMemoryNamesItsPathAndLine) {
  DictionaryOptions options = TablesInMemory();
  options.files["en/bad.txt"] = "# fine\nevent 999 No such code\n  en: visit TGT\n";
  DictionaryReport report;
  auto dictionary = Dictionary::Load(options, &report);
  ASSERT_FALSE(dictionary.ok());
  ASSERT_FALSE(report.errors.empty());
  EXPECT_EQ(report.errors.front().rfind("en/bad.txt:2:", 0), 0u) << report.errors.front();
  EXPECT_EQ(dictionary.status().message().rfind("en/bad.txt:2:", 0), 0u);
}

TEST(InMemoryTest, DocumentReaderReadsAnInMemoryStream) {
  std::istringstream in("{\"id\": \"a\", \"text\": \"one\"}\n\nnot json\n");
  DocumentReader reader(in, "mem");
  ReadItem item;
  ASSERT_TRUE(reader.Next(&item));
  ASSERT_TRUE(item.document.has_value());
  EXPECT_EQ(item.document->id, "a");
  EXPECT_EQ(item.place, "mem:1");
  ASSERT_TRUE(reader.Next(&item));
  EXPECT_FALSE(item.document.has_value());
  EXPECT_EQ(item.place, "mem:3");
  EXPECT_FALSE(reader.Next(&item));
}

}  // namespace
}  // namespace khabar::testing
