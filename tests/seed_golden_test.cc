// Copyright 2026 The khabar Authors. MIT License.
//
// The golden test on the seed article (../shared/examples/seed.ar.txt,
// article date 2023-06-02) with the built-in dictionaries: the events every
// version of khabar must get right. The text is read from ../shared, never
// copied into the project.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_coding.h"
#include "test_util.h"

namespace khabar::testing {
namespace {

class SeedGoldenTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = new std::string(ReadFile(Shared("examples/seed.ar.txt")));
    ASSERT_FALSE(text_->empty()) << "cannot read " << Shared("examples/seed.ar.txt");
    events_ = new std::vector<Event>(CodeText("ar", *text_, "2023-06-02"));
  }
  static void TearDownTestSuite() {
    delete events_;
    delete text_;
  }

  // The events of root `root` between the two countries (first 3 letters of
  // the codes), in either direction when `either_way`.
  static std::vector<Event> Find(const std::string& source, const std::string& target,
                                 const std::string& root, bool either_way = false) {
    std::vector<Event> found;
    for (const Event& e : *events_) {
      const std::string s = e.source.code.substr(0, 3), t = e.target.code.substr(0, 3);
      const bool forward = s == source && t == target;
      const bool backward = either_way && s == target && t == source;
      if ((forward || backward) && e.code.substr(0, root.size()) == root) found.push_back(e);
    }
    return found;
  }

  static std::string* text_;
  static std::vector<Event>* events_;
};

std::string* SeedGoldenTest::text_ = nullptr;
std::vector<Event>* SeedGoldenTest::events_ = nullptr;

TEST_F(SeedGoldenTest, KhameneiAndTheSultanConsult) {
  const auto found = Find("IRN", "OMN", "04", /*either_way=*/true);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().code.substr(0, 3), "040");
  EXPECT_FALSE(found.front().negated);
}

TEST_F(SeedGoldenTest, IranArmingRussiaIsOnlyEverNegated) {
  const auto found = Find("IRN", "RUS", "07");
  ASSERT_FALSE(found.empty());
  for (const Event& e : found) {
    EXPECT_EQ(e.code, "072") << e.sentence_text;
    EXPECT_TRUE(e.negated) << e.sentence_text;
    ASSERT_TRUE(e.said_by.has_value());
    EXPECT_EQ(e.said_by->code.substr(0, 3), "IRN");
  }
}

TEST_F(SeedGoldenTest, KhameneiPraisesOman) {
  const auto found = Find("IRN", "OMN", "051");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found.front().source.code, "IRNGOV");
  EXPECT_FALSE(found.front().negated);
}

TEST_F(SeedGoldenTest, WhiteHouseDeniesTalksWithIran) {
  const auto found = Find("USA", "IRN", "046");
  ASSERT_FALSE(found.empty());
  for (const Event& e : found) EXPECT_TRUE(e.negated) << e.sentence_text;
  EXPECT_EQ(found.front().source.code, "USAGOV");
}

TEST_F(SeedGoldenTest, McGurkVisitedMuscatEarlyMay) {
  const auto found = Find("USA", "OMN", "042");
  ASSERT_EQ(found.size(), 1u);
  const Event& e = found.front();
  EXPECT_EQ(e.date, "2023-05-01");
  ASSERT_TRUE(e.said_by.has_value());
  EXPECT_EQ(e.said_by->code.substr(0, 3), "USA");
  EXPECT_FALSE(e.negated);
  // The span points into the article at the words of the visit.
  ASSERT_LE(e.span.end, text_->size());
  EXPECT_NE(text_->substr(e.span.begin, e.span.end - e.span.begin).find("زيارة"),
            std::string::npos);
}

// Tehran accepts Oman's mediation twice, in two paragraphs: going ahead with
// the Omani initiative, and openness to Muscat's efforts on a prisoner swap.
TEST_F(SeedGoldenTest, IranAcceptsOmansMediationTwice) {
  const std::vector<Event> found = Find("IRN", "OMN", "038");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_NE(found[0].sentence, found[1].sentence);
  for (const Event& e : found) {
    EXPECT_FALSE(e.negated) << e.sentence_text;
    ASSERT_TRUE(e.said_by.has_value());
    EXPECT_EQ(e.said_by->code.substr(0, 3), "IRN");
  }
}

TEST_F(SeedGoldenTest, NoEventIsBetweenAnActorAndItself) {
  for (const Event& e : *events_) {
    if (e.source.code == "---" || e.target.code == "---") continue;
    EXPECT_NE(e.source.code, e.target.code) << e.sentence_text;
  }
}

}  // namespace
}  // namespace khabar::testing
