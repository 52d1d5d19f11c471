// Copyright 2026 The khabar Authors. MIT License.
//
// DictionaryOptions::defer_english (what `khabar code` uses): Arabic
// documents are coded with tables compiled without the English-only files,
// and the full tables are compiled when an English document first needs
// them. Neither may change a single event. The built-in dictionaries are
// read from the build's snapshot, all languages at once (defer_english has
// nothing to defer there), so these tests load them without it, from text,
// as Load does when the snapshot is stale or damaged.

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dict/snapshot.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"
#include "test_coding.h"
#include "test_util.h"

namespace khabar::testing {
namespace {

class DeferredDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override { dict::SetSnapshotForTesting(&kNoSnapshot); }
  void TearDown() override { dict::SetSnapshotForTesting(nullptr); }
  static constexpr std::string_view kNoSnapshot{};
};

TEST_F(DeferredDictionaryTest, CodesArabicAndEnglishExactlyAsTheFullDictionary) {
  const std::vector<Document> ar = ReadGold(Shared("gold/dev.ar.jsonl"));
  const std::vector<Document> en = ReadGold(Shared("gold/dev.en.jsonl"));
  ASSERT_FALSE(ar.empty());
  ASSERT_FALSE(en.empty());
  auto full = Dictionary::Load({});
  ASSERT_TRUE(full.ok()) << full.status().message();
  DictionaryOptions options;
  options.defer_english = true;
  auto deferred = Dictionary::Load(options);
  ASSERT_TRUE(deferred.ok()) << deferred.status().message();
  const std::string want_ar = CodeAll(*full, ar);
  const std::string want_en = CodeAll(*full, en);
  EXPECT_FALSE(want_ar.empty());
  EXPECT_FALSE(want_en.empty());
  // Arabic first (before the English tables exist), then English (which
  // compiles them), then Arabic again.
  EXPECT_EQ(CodeAll(*deferred, ar), want_ar);
  EXPECT_EQ(CodeAll(*deferred, en), want_en);
  EXPECT_EQ(CodeAll(*deferred, ar), want_ar);
  EXPECT_EQ(deferred->Stats().patterns_per_lang, full->Stats().patterns_per_lang);
}

TEST_F(DeferredDictionaryTest, EnglishTablesAreCompiledOnceUnderConcurrentFirstUse) {
  DictionaryOptions options;
  options.defer_english = true;
  auto deferred = Dictionary::Load(options);
  ASSERT_TRUE(deferred.ok()) << deferred.status().message();
  const std::vector<Document> en = ReadGold(Shared("gold/dev.en.jsonl"));
  ASSERT_GE(en.size(), 2u);
  const std::vector<Document> first(en.begin(), en.begin() + 2);
  std::string a, b;
  std::thread t1([&] { a = CodeAll(*deferred, first); });
  std::thread t2([&] { b = CodeAll(*deferred, first); });
  t1.join();
  t2.join();
  EXPECT_EQ(a, b);
  EXPECT_EQ(&deferred->TablesFor(true), &deferred->tables());
  EXPECT_NE(&deferred->TablesFor(false), &deferred->TablesFor(true));  // it was deferred
}

TEST(DeferredDictionarySnapshotTest, TheSnapshotHoldsAllLanguagesAtOnce) {
  DictionaryOptions options;
  options.defer_english = true;
  auto dictionary = Dictionary::Load(options);
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  EXPECT_EQ(&dictionary->TablesFor(false), &dictionary->TablesFor(true));
  EXPECT_GT(dictionary->TablesFor(false).en.patterns.size(), 0u);
}

TEST_F(DeferredDictionaryTest, NotDeferredWithDictionaryDirectories) {
  // With --dict directories every file is compiled (and checked) at load.
  DictionaryOptions options;
  options.defer_english = true;
  options.dirs = {std::string(KHABAR_SOURCE_DIR) + "/dict"};
  auto dictionary = Dictionary::Load(options);
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  EXPECT_EQ(&dictionary->TablesFor(false), &dictionary->TablesFor(true));
}

}  // namespace
}  // namespace khabar::testing
