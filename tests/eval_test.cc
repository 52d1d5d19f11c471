// Copyright 2026 The khabar Authors. MIT License.
//
// `khabar eval` must give the same figures as ../shared/gold/score.py on the
// same output.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace khabar::testing {
namespace {

void ExpectSameFigures(const std::string& gold) {
  const std::string dir = TempDir("eval");
  const std::string events = dir + "/events.jsonl";
  CommandResult ours = RunCommand(Cli() + " eval " + gold + " --json --output " + events);
  ASSERT_EQ(ours.status, 0) << ours.err;
  CommandResult theirs = RunCommand("python3 " + Shared("gold/score.py") + " " + gold + " " + events + " --json");
  ASSERT_EQ(theirs.status, 0) << theirs.err;
  const auto a = nlohmann::json::parse(ours.out);
  const auto b = nlohmann::json::parse(theirs.out);
  for (const char* key : {"documents", "gold_events", "system_events", "tp", "fp", "fn"}) {
    EXPECT_EQ(a.at(key), b.at(key)) << key;
  }
  for (const char* key : {"precision", "recall", "f1", "actor6_agree", "code_agree",
                          "said_by_agree", "date_agree"}) {
    EXPECT_DOUBLE_EQ(a.at(key).get<double>(), b.at(key).get<double>()) << key;
  }
}

TEST(EvalTest, AgreesWithScorePyOnTheSeed) { ExpectSameFigures(Shared("gold/seed.ar.jsonl")); }
TEST(EvalTest, AgreesWithScorePyOnArabicDev) { ExpectSameFigures(Shared("gold/dev.ar.jsonl")); }
TEST(EvalTest, AgreesWithScorePyOnEnglishDev) { ExpectSameFigures(Shared("gold/dev.en.jsonl")); }

TEST(EvalTest, TextReportMatchesScorePyLineForLine) {
  const std::string gold = Shared("gold/seed.ar.jsonl");
  const std::string dir = TempDir("eval_text");
  CommandResult ours = RunCommand(Cli() + " eval " + gold + " --per-root --output " + dir + "/e.jsonl");
  ASSERT_EQ(ours.status, 0) << ours.err;
  CommandResult theirs =
      RunCommand("python3 " + Shared("gold/score.py") + " " + gold + " " + dir + "/e.jsonl --per-root");
  EXPECT_EQ(ours.out, theirs.out);
}

}  // namespace
}  // namespace khabar::testing
