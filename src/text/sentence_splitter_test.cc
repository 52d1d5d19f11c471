// Copyright 2026 The khabar Authors. MIT License.

#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khabar::text {
namespace {

std::vector<std::string> Split(const std::string& text,
                               const std::unordered_set<std::string>* abbreviations = nullptr) {
  SentenceSplitter splitter(abbreviations);
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitterTest, SplitsArabicSentencesOnStopAndQuestionMark) {
  auto s = Split("زار الوزير مسقط. هل يعود غداً؟ نعم!");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "زار الوزير مسقط.");
  EXPECT_EQ(s[1], "هل يعود غداً؟");
  EXPECT_EQ(s[2], "نعم!");
}

TEST(SentenceSplitterTest, EveryNewlineEndsASentence) {
  auto s = Split("العنوان بلا نقطة\nوالفقرة الثانية.\r\n\nوالثالثة");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "العنوان بلا نقطة");
  EXPECT_EQ(s[2], "والثالثة");
}

TEST(SentenceSplitterTest, DoesNotBreakAfterAbbreviations) {
  const std::unordered_set<std::string> abbreviations = {"د", "gen"};
  auto s = Split("قال د. أحمد إن الوضع خطير. وأضاف.", &abbreviations);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "قال د. أحمد إن الوضع خطير.");
  // One-letter initials never end a sentence: "Volodymyr Z. had".
  EXPECT_EQ(Split("A man named Volodymyr Z. Had left. Then.").size(), 2u);
  // A letter with digits is a name, not an initial: "the M23." ends a sentence.
  EXPECT_EQ(Split("Rwanda backs the M23. Fighting spread.").size(), 2u);
}

TEST(SentenceSplitterTest, SpansAreTrimmedAndPointIntoTheText) {
  const std::string text = "  أولى.   ثانية.  ";
  SentenceSplitter splitter(nullptr);
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "أولى.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "ثانية.");
}

TEST(SentenceSplitterTest, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" \n\t \n").empty());
}

}  // namespace
}  // namespace khabar::text
