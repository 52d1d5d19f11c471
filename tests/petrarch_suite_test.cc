// Copyright 2026 The khabar Authors. MIT License.
//
// The PETRARCH validation suite through the command line, and
// `khabar dict import` on a deliberately broken file.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace khabar::testing {
namespace {

TEST(PetrarchSuiteTest, FindsAtLeastThreeQuartersOfTheExpectedEvents) {
  const CommandResult r =
      RunCommand(Cli() + " suite petrarch " + Shared("data/peer-suites/petrarch") + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  // The JSON summary is the last line of the output.
  std::string trimmed = r.out;
  while (!trimmed.empty() && trimmed.back() == '\n') trimmed.pop_back();
  const std::string last = trimmed.substr(trimmed.rfind('\n') + 1);
  const nlohmann::json summary = nlohmann::json::parse(last);
  const int expected = summary.at("expected").get<int>();
  const int found = summary.at("found").get<int>();
  const int extra = summary.at("extra").get<int>();
  EXPECT_EQ(expected, 359);  // the suite's 359 expected events are all read
  EXPECT_GE(found, expected * 3 / 4) << r.out;
  EXPECT_LE(extra, expected * 15 / 100) << r.out;
  for (const char* category : {"DEMO", "SYNSET", "COMPOUND", "AGENT", "DATE", "VERB"}) {
    ASSERT_TRUE(summary.at("by_category").contains(category)) << category;
    EXPECT_GT(summary["by_category"][category]["found"].get<int>(), 0) << category;
  }
  // The table names every category and the total.
  EXPECT_NE(r.out.find("total"), std::string::npos);
}

TEST(PetrarchSuiteTest, MissingDirectoryIsAUsageError) {
  const CommandResult r = RunCommand(Cli() + " suite petrarch /nonexistent/suite");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("PETR.UnitTest.records.xml"), std::string::npos) << r.err;
}

TEST(DictImportTest, ABrokenFileIsReportedAndTheRestIsConverted) {
  const std::string dir = TempDir("dict_import");
  WriteFile(dir + "/broken.actors.txt",
            "ARNOR_ [ARN]\n"
            "GONDOR [GON\n"                    // 2: unbalanced
            "ROHAN [ROH 19951301-19960101]\n"  // 3: bad date
            "ISILDUR [+++]\n"                  // 4: unknown code
            "ITHILEN [ITH]\n");
  const CommandResult r = RunCommand(Cli() + " dict import --from petrarch " + dir +
                                     "/broken.actors.txt --out " + dir + "/out");
  EXPECT_EQ(r.status, 1) << r.err;  // some entries were left out
  EXPECT_NE(r.err.find("broken.actors.txt:2: unbalanced [ ]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken.actors.txt:3: bad date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken.actors.txt:4: malformed code"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("5 entries, 2 converted"), std::string::npos) << r.out;
  const std::string converted = ReadFile(dir + "/out/en/broken_actors.txt");
  EXPECT_NE(converted.find("actor ARN Arnor"), std::string::npos) << converted;
  EXPECT_NE(converted.find("actor ITH Ithilen"), std::string::npos) << converted;
  // What was written is a valid dictionary.
  const CommandResult check = RunCommand(Cli() + " dict check " + dir + "/out");
  EXPECT_EQ(check.status, 0) << check.out;
}

TEST(DictImportTest, UnknownSourceFormatIsAUsageError) {
  const CommandResult r = RunCommand(Cli() + " dict import --from keds x.txt --out /tmp/x");
  EXPECT_EQ(r.status, 2);
}

}  // namespace
}  // namespace khabar::testing
