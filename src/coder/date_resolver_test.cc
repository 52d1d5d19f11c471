// Copyright 2026 The khabar Authors. MIT License.

#include "coder/date_resolver.h"

#include <gtest/gtest.h>

#include "khabar/coder.h"
#include "khabar/dictionary.h"

#include <filesystem>
#include <fstream>

namespace khabar::coder {
namespace {

TEST(DateArithmeticTest, AddsDaysAcrossMonthsAndYears) {
  EXPECT_EQ(AddDays(20230602, -1), 20230601);
  EXPECT_EQ(AddDays(20230301, -1), 20230228);
  EXPECT_EQ(AddDays(20240301, -1), 20240229);
  EXPECT_EQ(AddDays(20231231, 1), 20240101);
  EXPECT_EQ(IsoWeekday(20230602), 5);  // a Friday
  EXPECT_EQ(FormatDate(20230501), "2023-05-01");
  EXPECT_EQ(ParseIsoDate("2023-06-02"), 20230602);
  EXPECT_EQ(ParseIsoDate("2023-6-2"), 0);
}

// Dates through the whole coder, with the shipped time words and a tiny
// pattern dictionary: "زار X Y <time>".
class EventDateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = ::testing::TempDir() + "/khabar_date_test";
    std::filesystem::create_directories(dir + "/ar");
    std::ofstream(dir + "/ar/test.txt") << "event 042 visit\n  ar: زار/يزور TGT\n"
                                        << "actor OMNGOV Muscat\n  ar: مسقط\n"
                                        << "actor IRNGOV Tehran\n  ar: طهران\n";
    DictionaryOptions options;
    options.dirs = {dir};
    auto d = Dictionary::Load(options);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new Dictionary(std::move(d).value());
  }
  static void TearDownTestSuite() { delete dict_; }

  std::string DateOf(const std::string& text, const std::string& article = "2023-06-02") {
    Coder coder(*dict_);
    auto events = coder.Code({"d", article, "ar", "", text});
    if (!events.ok() || events->empty()) return "none";
    return events->front().date;
  }

  static Dictionary* dict_;
};
Dictionary* EventDateTest::dict_ = nullptr;

TEST_F(EventDateTest, ResolvesRelativeDaysAndWeekdays) {
  EXPECT_EQ(DateOf("زارت طهران مسقط أمس."), "2023-06-01");
  EXPECT_EQ(DateOf("زارت طهران مسقط أول أمس."), "2023-05-31");
  EXPECT_EQ(DateOf("زارت طهران مسقط الثلاثاء الماضي."), "2023-05-30");
  EXPECT_EQ(DateOf("زارت طهران مسقط يوم الجمعة الماضي."), "2023-05-26");
  EXPECT_EQ(DateOf("زارت طهران مسقط."), "2023-06-02");
}

TEST_F(EventDateTest, ResolvesMonthsWithPartsDaysAndDirections) {
  EXPECT_EQ(DateOf("زارت طهران مسقط مطلع مايو المنصرم."), "2023-05-01");
  EXPECT_EQ(DateOf("زارت طهران مسقط في 13 سبتمبر الماضي."), "2022-09-13");
  EXPECT_EQ(DateOf("زارت طهران مسقط في منتصف حزيران."), "2023-06-11");
  EXPECT_EQ(DateOf("زارت طهران مسقط في 5 كانون الثاني 2021."), "2021-01-05");
  EXPECT_EQ(DateOf("زارت طهران مسقط الشهر الماضي."), "2023-05-01");
}

}  // namespace
}  // namespace khabar::coder
