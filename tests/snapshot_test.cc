// Copyright 2026 The khabar Authors. MIT License.
//
// The dictionary snapshot (dict/SNAPSHOT.md): the built-in dictionaries are
// read from a snapshot the build compiled from their text. It must give the
// tables, stats and report compiling the text gives, code every gold text
// identically, and a stale, truncated or corrupted snapshot must be refused
// (Load then compiles the text), never crash.

#include "dict/snapshot.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/compiler.h"
#include "dict/embedded.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"
#include "test_dictionary.h"
#include "test_coding.h"
#include "test_util.h"

namespace khabar::testing {
namespace {

std::vector<dict::DictFile> EmbeddedText() {
  std::size_t count = 0;
  const dict::EmbeddedFile* files = dict::EmbeddedFiles(&count);
  std::vector<dict::DictFile> list;
  for (std::size_t i = 0; i < count; ++i) {
    list.push_back({std::string(files[i].path), std::string(files[i].text)});
  }
  return list;
}

// Every gold text, coded with `dictionary`.
std::string CodeGold(const Dictionary& dictionary) {
  std::string out;
  for (const char* file : {"gold/dev.ar.jsonl", "gold/dev.en.jsonl", "gold/seed.ar.jsonl"}) {
    const std::vector<Document> docs = ReadGold(Shared(file));
    EXPECT_FALSE(docs.empty()) << file;
    out += CodeAll(dictionary, docs);
  }
  return out;
}

// The built-in dictionaries compiled from their text (not the snapshot).
Result<Dictionary> CompileFromText(DictionaryReport* report) {
  DictionaryOptions options;
  options.use_embedded = false;
  options.dirs = {std::string(KHABAR_SOURCE_DIR) + "/dict"};
  return Dictionary::Load(options, report);
}

// Rewrites the header's payload length and checksum, as if the snapshot had
// been written that way: damage the checksum alone would not catch.
void Reseal(std::string* bytes) {
  const uint64_t length = bytes->size() - 40;
  const uint64_t checksum = dict::SnapshotChecksum(std::string_view(*bytes).substr(40));
  std::memcpy(bytes->data() + 24, &length, 8);
  std::memcpy(bytes->data() + 32, &checksum, 8);
}

std::unique_ptr<internal::Tables> Read(const std::string& bytes, std::string* error) {
  DictionaryReport report;
  return dict::ReadSnapshot(bytes, dict::EmbeddedSourceHash(), &report, error);
}

TEST(SnapshotTest, TheBuildEmbedsTheSnapshotOfTheEmbeddedText) {
  const std::string_view snapshot = dict::EmbeddedSnapshot();
  ASSERT_FALSE(snapshot.empty()) << "the build made no snapshot";
  // Compiling the embedded text now gives the very same bytes.
  DictionaryReport report;
  const std::vector<dict::DictFile> files = EmbeddedText();
  auto compiled = dict::Compile(files, false, &report);
  ASSERT_TRUE(report.errors.empty()) << report.errors.front();
  EXPECT_EQ(dict::SourceHash(files), dict::EmbeddedSourceHash());
  const std::string written = dict::WriteSnapshot(*compiled, report, dict::SourceHash(files));
  EXPECT_TRUE(written == snapshot) << "the embedded snapshot is stale: " << written.size()
                                   << " bytes compiled, " << snapshot.size() << " embedded";
  std::string error;
  EXPECT_NE(Read(std::string(snapshot), &error), nullptr) << error;
}

TEST(SnapshotTest, CodesTheGoldTextsAndReportsExactlyAsCompilingTheText) {
  DictionaryReport text_report, snapshot_report;
  auto text = CompileFromText(&text_report);
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto snapshot = Dictionary::Load({}, &snapshot_report);
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().message();
  EXPECT_EQ(snapshot_report.files, text_report.files);
  EXPECT_EQ(snapshot_report.entries, text_report.entries);
  EXPECT_EQ(snapshot_report.warnings, text_report.warnings);
  EXPECT_EQ(snapshot_report.errors, text_report.errors);
  const DictionaryStats a = snapshot->Stats(), b = text->Stats();
  EXPECT_EQ(a.patterns_per_root, b.patterns_per_root);
  EXPECT_EQ(a.patterns_per_lang, b.patterns_per_lang);
  EXPECT_EQ(a.actors_by_kind, b.actors_by_kind);
  EXPECT_EQ(a.persons, b.persons);
  EXPECT_EQ(a.person_roles, b.person_roles);
  EXPECT_EQ(a.dated_roles, b.dated_roles);
  EXPECT_EQ(a.agents, b.agents);
  EXPECT_EQ(a.cues, b.cues);
  EXPECT_EQ(a.time_words, b.time_words);
  EXPECT_EQ(a.names, b.names);
  EXPECT_EQ(a.event_codes, b.event_codes);
  const std::string want = CodeGold(*text);
  EXPECT_GT(want.size(), 1000u);
  EXPECT_TRUE(CodeGold(*snapshot) == want) << "the snapshot codes the gold texts differently";
}

TEST(SnapshotTest, RefusesStaleTruncatedAndCorruptedSnapshots) {
  const std::string good(dict::EmbeddedSnapshot());
  ASSERT_GT(good.size(), 1000u);
  std::string error;
  DictionaryReport report;
  EXPECT_EQ(dict::ReadSnapshot(good, dict::EmbeddedSourceHash() + 1, &report, &error), nullptr);
  EXPECT_NE(error.find("stale"), std::string::npos) << error;
  EXPECT_TRUE(report.warnings.empty());
  for (std::size_t size : {std::size_t{0}, std::size_t{7}, std::size_t{39}, std::size_t{40},
                           good.size() / 2, good.size() - 1}) {
    EXPECT_EQ(Read(good.substr(0, size), &error), nullptr) << size;
    EXPECT_FALSE(error.empty());
  }
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(Read(bad_magic, &error), nullptr);
  std::string bad_version = good;
  bad_version[8] += 1;
  EXPECT_EQ(Read(bad_version, &error), nullptr);
  EXPECT_NE(error.find("format"), std::string::npos) << error;
  std::string flipped = good;
  flipped[good.size() / 3] ^= 0x20;
  EXPECT_EQ(Read(flipped, &error), nullptr);
  EXPECT_NE(error.find("checksum"), std::string::npos) << error;
  // A payload cut short but resealed: the reader runs out of bytes.
  for (std::size_t size : {std::size_t{41}, std::size_t{1000}, good.size() / 2, good.size() - 1}) {
    std::string cut = good.substr(0, size);
    Reseal(&cut);
    EXPECT_EQ(Read(cut, &error), nullptr) << size;
    EXPECT_NE(error.find("damaged"), std::string::npos) << error;
  }
}

TEST(SnapshotTest, DamageBehindAValidChecksumNeverCrashesTheReader) {
  // A small dictionary with every kind of entry, so that every byte can be
  // damaged in turn: counts, lengths, flags, kinds and ids. The reader must
  // refuse the damage or give tables whose every index is in range; under
  // ASan any read outside the bytes fails the test.
  std::vector<dict::DictFile> files;
  for (const char* table : {"common/cameo.tsv", "common/roles.tsv"}) {
    files.push_back({table, ReadFile(std::string(KHABAR_SOURCE_DIR) + "/dict/" + table)});
  }
  // Only the CAMEO codes the entries use (and the header lines).
  std::string cameo;
  std::istringstream lines(files[0].text);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("#") || line.starts_with("code\t") || line.starts_with("042\t") ||
        line.starts_with("051\t") || line.starts_with("111\t")) {
      cameo += line + "\n";
    }
  }
  files[0].text = cameo;
  files.push_back({"en/test.txt", std::string(kTestDictionary) + R"(actor QQA Qualandia
  demonym.en: Qualandian | Qualandians
person Ali Tester
  role: QQAGOV 2019..2021
  en: Ali Tester
  ar: علي تستر
agent GOV Minister
  en: minister
  ar: وزير
cue say
  en: said
  ar: قال/يقول
time offset -1
  en: yesterday
  ar: أمس
)"});
  DictionaryReport report;
  auto tables = dict::Compile(files, false, &report);
  ASSERT_TRUE(report.errors.empty()) << report.errors.front();
  const uint64_t hash = dict::SourceHash(files);
  const std::string good = dict::WriteSnapshot(*tables, report, hash);
  std::string error;
  ASSERT_NE(dict::ReadSnapshot(good, hash, &report, &error), nullptr) << error;
  ASSERT_LT(good.size(), 20000u);
  int refused = 0, read = 0;
  for (std::size_t at = 40; at < good.size(); ++at) {
    for (unsigned char value : {0x00, 0x01, 0xFF}) {
      std::string bytes = good;
      if (static_cast<unsigned char>(bytes[at]) == value) continue;
      bytes[at] = static_cast<char>(value);
      Reseal(&bytes);
      DictionaryReport ignored;
      if (dict::ReadSnapshot(bytes, hash, &ignored, &error) == nullptr) {
        EXPECT_FALSE(error.empty());
        ++refused;
      } else {
        ++read;
      }
    }
  }
  EXPECT_GT(refused, 0);
  EXPECT_GT(read, 0);  // damaged names and places still read
}

TEST(SnapshotTest, LoadCompilesTheTextWhenTheSnapshotIsDamaged) {
  std::string damaged(dict::EmbeddedSnapshot());
  ASSERT_GT(damaged.size(), 1000u);
  damaged.resize(damaged.size() / 2);
  const std::string_view view = damaged;
  dict::SetSnapshotForTesting(&view);
  DictionaryReport report;
  auto fallback = Dictionary::Load({}, &report);
  dict::SetSnapshotForTesting(nullptr);
  ASSERT_TRUE(fallback.ok()) << fallback.status().message();
  DictionaryReport snapshot_report;
  auto snapshot = Dictionary::Load({}, &snapshot_report);
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().message();
  EXPECT_EQ(report.entries, snapshot_report.entries);
  EXPECT_EQ(report.warnings, snapshot_report.warnings);
  EXPECT_EQ(fallback->Stats().patterns_per_lang, snapshot->Stats().patterns_per_lang);
  const std::vector<Document> en = ReadGold(Shared("gold/dev.en.jsonl"));
  const std::vector<Document> ar = ReadGold(Shared("gold/dev.ar.jsonl"));
  EXPECT_TRUE(CodeAll(*fallback, en) == CodeAll(*snapshot, en));
  EXPECT_TRUE(CodeAll(*fallback, ar) == CodeAll(*snapshot, ar));
}

}  // namespace
}  // namespace khabar::testing
