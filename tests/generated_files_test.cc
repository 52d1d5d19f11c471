// Copyright 2026 The khabar Authors. MIT License.
//
// Generated dictionary files must be exactly what their generators produce
// from their sources (CLDR via ICU; the CAMEO tables in ../shared/data), so
// nobody edits them by hand and nothing drifts.

#include <gtest/gtest.h>

#include "test_util.h"

namespace khabar::testing {
namespace {

TEST(GeneratedFilesTest, CountriesComeFromCldr) {
  CommandResult r = RunCommand(KHABAR_MAKE_COUNTRIES);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile(std::string(KHABAR_SOURCE_DIR) + "/dict/common/countries.txt"))
      << "regenerate with: build/make_countries > dict/common/countries.txt";
  // Spot checks that the names really are CLDR's Arabic and English names.
  EXPECT_NE(r.out.find("actor IRN Iran\n  ar: إيران\n  en: Iran\n"), std::string::npos);
  EXPECT_NE(r.out.find("actor EGY Egypt\n  ar: مصر\n"), std::string::npos);
}

TEST(GeneratedFilesTest, CameoTableComesFromSharedData) {
  CommandResult r = RunCommand("python3 " + std::string(KHABAR_SOURCE_DIR) +
                               "/tools/make_cameo_table.py " + Shared("data"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile(std::string(KHABAR_SOURCE_DIR) + "/dict/common/cameo.tsv"));
  EXPECT_NE(r.out.find("173\tArrest, detain, or charge with legal action\t-5\t4\tCOERCE"),
            std::string::npos);
  EXPECT_NE(r.out.find("1213\tReject judicial cooperation\t-4\t3\tREJECT\ticews"),
            std::string::npos);
}

}  // namespace
}  // namespace khabar::testing
