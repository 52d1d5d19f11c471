// Copyright 2026 The khabar Authors. MIT License.

#include "dict/arabic_verbs.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/normalizer.h"

namespace khabar::dict {
namespace {

bool Has(const std::vector<std::string>& forms, std::string_view surface) {
  const std::string folded = text::WordFolder::Get().Fold(surface);
  return std::find(forms.begin(), forms.end(), folded) != forms.end();
}

std::vector<std::string> Inflect(std::string_view past, std::string_view present) {
  return InflectArabicVerb(text::WordFolder::Get().Fold(past), text::WordFolder::Get().Fold(present));
}

TEST(InflectArabicVerbTest, RegularVerb) {
  auto forms = Inflect("فرض", "يفرض");
  for (const char* f : {"فرض", "فرضت", "فرضا", "فرضوا", "يفرض", "تفرض", "يفرضون", "تفرضان",
                        "نفرض", "يفرضوا"}) {
    EXPECT_TRUE(Has(forms, f)) << f;
  }
  EXPECT_FALSE(Has(forms, "فرضية"));
  // No first-person singular: أرد would be the key of الأردن.
  EXPECT_FALSE(Has(Inflect("رد", "يرد"), "أرد"));
  EXPECT_FALSE(Has(Inflect("نوه", "ينوه"), "أنه"));
}

TEST(InflectArabicVerbTest, HollowVerbHasTheShortJussive) {
  auto forms = Inflect("زار", "يزور");
  for (const char* f : {"زار", "زارت", "زاروا", "يزور", "تزور", "يزورون", "يزر", "تزر"}) {
    EXPECT_TRUE(Has(forms, f)) << f;
  }
}

TEST(InflectArabicVerbTest, DefectiveVerbsDropTheirLastLetter) {
  auto call = Inflect("دعا", "يدعو");
  for (const char* f : {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "يدع", "تدعوان"}) {
    EXPECT_TRUE(Has(call, f)) << f;
  }
  auto meet = Inflect("التقى", "يلتقي");
  for (const char* f : {"التقى", "التقت", "التقوا", "التقيا", "يلتقي", "تلتقي", "يلتقون", "يلتق"}) {
    EXPECT_TRUE(Has(meet, f)) << f;
  }
}

TEST(InflectArabicVerbTest, HamzaFinalVerbsAreSound) {
  const auto fold = [](std::string_view w) { return text::WordFolder::Get().Fold(w); };
  auto begin = InflectArabicVerb(fold("بدأ"), fold("يبدأ"), /*hamza_final=*/true);
  for (const char* f : {"بدأ", "بدأت", "بدأوا", "يبدأ", "تبدأ", "يبدأون"}) {
    EXPECT_TRUE(Has(begin, f)) << f;
  }
  // Read as defective, بدأت would have been cut to بدت ("appeared").
  EXPECT_FALSE(Has(begin, "بدت"));
}

}  // namespace
}  // namespace khabar::dict
