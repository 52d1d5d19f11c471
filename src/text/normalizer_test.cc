// Copyright 2026 The khabar Authors. MIT License.

#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace khabar::text {
namespace {

std::string Fold(std::string_view s) { return WordFolder::Get().Fold(s); }

TEST(WordFolderTest, RemovesTashkeelAndTatweel) {
  EXPECT_EQ(Fold("العُماني"), "العماني");
  EXPECT_EQ(Fold("أبداً"), "ابدا");
  EXPECT_EQ(Fold("لـ"), "ل");
  EXPECT_EQ(Fold("زوّدت"), "زودت");
}

TEST(WordFolderTest, UnifiesAlefYehAndTehMarbuta) {
  EXPECT_EQ(Fold("إيران"), "ايران");
  EXPECT_EQ(Fold("آية"), "ايه");
  EXPECT_EQ(Fold("على"), "علي");
  EXPECT_EQ(Fold("المتحدة"), "المتحده");
  EXPECT_EQ(Fold("ٱلله"), "الله");
}

TEST(WordFolderTest, FoldsFarsiLettersDigitsAndMarks) {
  EXPECT_EQ(Fold("یک"), "يك");
  EXPECT_EQ(Fold("٢٠٢٣"), "2023");
  EXPECT_EQ(Fold("۱۳"), "13");
  EXPECT_EQ(Fold("\u200Fطهران"), "طهران");  // right-to-left mark
  EXPECT_EQ(Fold("\u061Cطهران"), "طهران");  // Arabic letter mark
}

TEST(WordFolderTest, FoldsPresentationFormsAndCase) {
  EXPECT_EQ(Fold("\uFEFB"), "لا");  // lam-alef ligature
  EXPECT_EQ(Fold("Tehran"), "tehran");
  EXPECT_EQ(Fold("ÉLYSÉE"), "élysée");
}

TEST(WordFolderTest, OffsetsPointIntoTheInput) {
  std::string out;
  std::vector<uint32_t> offsets;
  const std::string word = "بِالمبادرة";  // kasra after the first letter
  WordFolder::Get().Fold(word, &out, &offsets);
  ASSERT_EQ(out.size(), offsets.size());
  EXPECT_EQ(offsets[0], 0u);  // ب
  EXPECT_EQ(offsets[2], 4u);  // ا comes after ب (2 bytes) and the kasra (2 bytes)
}

}  // namespace
}  // namespace khabar::text
