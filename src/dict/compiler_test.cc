// Copyright 2026 The khabar Authors. MIT License.

#include "dict/compiler.h"

#include <gtest/gtest.h>

#include "dict/embedded.h"

namespace khabar::dict {
namespace {

// The built-in tables (CAMEO codes, roles) plus one test file.
std::vector<DictFile> WithFile(const std::string& path, const std::string& text) {
  std::vector<DictFile> files;
  std::size_t count = 0;
  const EmbeddedFile* embedded = EmbeddedFiles(&count);
  for (std::size_t i = 0; i < count; ++i) {
    if (embedded[i].path.substr(embedded[i].path.size() - 4) == ".tsv") {
      files.push_back({std::string(embedded[i].path), std::string(embedded[i].text)});
    }
  }
  files.push_back({path, text});
  return files;
}

DictionaryReport CompileText(const std::string& text, bool lenient = false) {
  DictionaryReport report;
  Compile(WithFile("ar/test.txt", text), lenient, &report);
  return report;
}

::testing::AssertionResult HasError(const DictionaryReport& r, const std::string& needle) {
  for (const auto& e : r.errors) {
    if (e.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  }
  std::string all;
  for (const auto& e : r.errors) all += "\n  " + e;
  return ::testing::AssertionFailure() << "no error containing '" << needle << "' in:" << all;
}

TEST(CompilerTest, AcceptsAWellFormedFile) {
  auto r = CompileText(
      "actor IRN Iran\n  ar: إيران\n  demonym.ar: الإيراني\n"
      "person Ali Khamenei\n  ar: علي خامنئي\n  role: IRNGOV 1989-06-04..\n"
      "agent GOV foreign minister\n  ar: وزير الخارجية\n"
      "event 042 visit\n  ar: زار/يزور TGT\n  ar: زيارة SRC إلى TGT\n"
      "cue say reporting\n  ar: قال/يقول\n"
      "time offset -1 yesterday\n  ar: أمس\n");
  EXPECT_TRUE(r.errors.empty()) << r.errors.front();
  EXPECT_EQ(r.entries, 6);
}

TEST(CompilerTest, UnknownEventCodeNamesFileAndLine) {
  EXPECT_TRUE(HasError(CompileText("\nevent 999 bogus\n  ar: زار/يزور TGT\n"),
                       "ar/test.txt:2: unknown CAMEO event code '999'"));
}

TEST(CompilerTest, RoleEndingBeforeItStartsIsAnError) {
  EXPECT_TRUE(HasError(CompileText("person X\n  ar: فلان\n  role: IRQGOV 2014-09-08..2006-05-20\n"),
                       "ar/test.txt:3: role ends (2006-05-20) before it starts (2014-09-08)"));
  EXPECT_TRUE(HasError(CompileText("person X\n  ar: فلان\n  role: IRQGOV 2014-13-01..\n"),
                       "bad date '2014-13-01'"));
}

TEST(CompilerTest, OneNameForTwoActorCodesIsAnError) {
  auto r = CompileText("actor IRN Iran\n  ar: إيران\nactor IRQ Iraq\n  ar: ايران\n");
  EXPECT_TRUE(
      HasError(r, "ar/test.txt:4: name 'ايران' already means IRN (ar/test.txt:1), not IRQ"));
}

TEST(CompilerTest, UnbalancedPatternsAreErrors) {
  EXPECT_TRUE(HasError(CompileText("event 042 v\n  ar: زار/يزور [إلى TGT\n"), "unbalanced [ ]"));
  EXPECT_TRUE(HasError(CompileText("event 042 v\n  ar: TGT زار/يزور\n"), "must start with a word"));
  EXPECT_TRUE(HasError(CompileText("event 042 v\n  ar: زار/يزور TGT TGT\n"), "at most once"));
  EXPECT_TRUE(HasError(CompileText("event 042 v\n  ar: زار TGT\n  ar: زار/زار TGT\n"),
                       "present starting with"));
}

TEST(CompilerTest, APatternThatExpandsTooFarIsAnError) {
  // Three slots of 20 two-word alternatives: 8,000 patterns, over the bound
  // of 4,096 (found by the dictionary fuzzer: such a line took minutes and
  // gigabytes). One slot of the same alternatives is fine.
  auto slot = [](char letter) {
    std::string s;
    for (int j = 0; j < 20; ++j) {
      s += (j > 0 ? "~" : "") + std::string(1, letter) + std::to_string(j) + "_word";
    }
    return s;
  };
  const auto r = CompileText("event 071 aid\n  en: give " + slot('a') + " " + slot('b') + " " +
                             slot('c') + " TGT\n");
  EXPECT_TRUE(HasError(r, "ar/test.txt:2: pattern expands to more than 4096 patterns"));
  EXPECT_TRUE(CompileText("event 071 aid\n  en: give " + slot('a') + " TGT\n").errors.empty());
}

TEST(CompilerTest, UnknownRolesKeywordsAndAttributesAreErrors) {
  EXPECT_TRUE(HasError(CompileText("actor IRNGOX x\n  ar: س\n"), "unknown role code 'GOX'"));
  EXPECT_TRUE(
      HasError(CompileText("actr IRN x\n  ar: س\n"), "ar/test.txt:1: unknown entry keyword"));
  EXPECT_TRUE(HasError(CompileText("actor IRN x\n  fr: Iran\n"), "unknown attribute 'fr'"));
  EXPECT_TRUE(HasError(CompileText("  ar: إيران\n"), "outside any entry"));
}

TEST(CompilerTest, LenientSkipsBrokenEntriesWithWarnings) {
  auto r = CompileText("event 999 bogus\n  ar: زار/يزور TGT\nevent 042 ok\n  ar: زار/يزور TGT\n",
                       /*lenient=*/true);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("ar/test.txt:1"), std::string::npos);
  EXPECT_NE(r.warnings[0].find("(skipped)"), std::string::npos);
}

TEST(ParseDateTest, AcceptsThreePrecisions) {
  EXPECT_EQ(ParseDate("2019"), 20190101);
  EXPECT_EQ(ParseDate("2019-03"), 20190301);
  EXPECT_EQ(ParseDate("2019-03-31"), 20190331);
  EXPECT_EQ(ParseDate("2019-02-29"), 0);
  EXPECT_EQ(ParseDate("2020-02-29"), 20200229);
  EXPECT_EQ(ParseDate("19-03-01"), 0);
}

}  // namespace
}  // namespace khabar::dict
