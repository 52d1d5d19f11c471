// Copyright 2026 The khabar Authors. MIT License.

#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace khabar::text {
namespace {

TEST(FindInvalidUtf8Test, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("Tehran طهران 🙂"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8(std::string("a\0b", 3)), std::nullopt);  // NUL is valid UTF-8
}

TEST(FindInvalidUtf8Test, NamesTheOffsetOfTheFirstBadSequence) {
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);              // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("abc\xED\xA0\x80"), 3u);         // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("طه\xD8"), 4u);                  // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);       // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ok\x80ok"), 2u);                // stray continuation byte
}

}  // namespace
}  // namespace khabar::text
