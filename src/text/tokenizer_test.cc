// Copyright 2026 The khabar Authors. MIT License.

#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"

namespace khabar::text {
namespace {

// A lexicon that knows a few dictionary words, as the compiler would build it.
class ArabicTokenizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Tokenizer keys(Language::kArabic, &lexicon_);
    for (const char* w : {"طهران", "لبنان", "الجريدة", "المبادرة", "بلاد", "العماني", "زيارة",
                          "الفصائل", "يزور", "و", "ف", "ب", "ل", "ك", "س", "ه", "ها", "هم"}) {
      lexicon_.Intern(keys.KeyOf(w));
    }
    lexicon_.AddFlags(lexicon_.Intern(keys.KeyOf("أن")), kFunctionWord);
  }

  // "surface/kind" for every token: w word, p proclitic, s suffix, . punct.
  std::vector<std::string> Tokens(const std::string& text) {
    Tokenizer tokenizer(Language::kArabic, &lexicon_);
    std::vector<Token> tokens;
    tokenizer.Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) {
      const char kind = t.kind == TokenKind::kProclitic ? 'p'
                        : t.kind == TokenKind::kSuffix  ? 's'
                        : t.kind == TokenKind::kPunct   ? '.'
                        : t.kind == TokenKind::kNumber  ? 'n'
                                                        : 'w';
      out.push_back(text.substr(t.begin, t.end - t.begin) + "/" + kind +
                    (t.key == Lexicon::kUnknown && t.kind == TokenKind::kWord ? "?" : ""));
    }
    return out;
  }

  Lexicon lexicon_;
};

TEST_F(ArabicTokenizerTest, SplitsProcliticsBeforeKnownWords) {
  EXPECT_EQ(Tokens("وطهران"), (std::vector<std::string>{"و/p", "طهران/w"}));
  EXPECT_EQ(Tokens("بالمبادرة"), (std::vector<std::string>{"ب/p", "المبادرة/w"}));
  EXPECT_EQ(Tokens("للفصائل"), (std::vector<std::string>{"ل/p", "لفصائل/w"}));
  EXPECT_EQ(Tokens("وسيزور"), (std::vector<std::string>{"و/p", "س/p", "يزور/w"}));
}

// "لل" + a known word is ل + ال + word even when ل + the rest is a word too
// ("للأمين" is not ل + the name "لامين").
TEST_F(ArabicTokenizerTest, LamLamIsTheArticleWhenTheWordIsKnown) {
  Tokenizer keys(Language::kArabic, &lexicon_);
  lexicon_.Intern(keys.KeyOf("الأمين"));
  lexicon_.Intern(keys.KeyOf("لامين"));
  Tokenizer tokenizer(Language::kArabic, &lexicon_);
  std::vector<Token> tokens;
  const std::string text = "للأمين";
  tokenizer.Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kProclitic);
  EXPECT_EQ(tokens[1].key, lexicon_.Find(keys.KeyOf("الأمين")));
  EXPECT_NE(tokens[1].flags & kDefinite, 0);
}

TEST_F(ArabicTokenizerTest, SplitsTheConjunctionWrittenOntoANumber) {
  EXPECT_EQ(Tokens("و3"), (std::vector<std::string>{"و/p", "3/n"}));
  EXPECT_EQ(Tokens("ف12"), (std::vector<std::string>{"ف/p", "12/n"}));
}

TEST_F(ArabicTokenizerTest, SplitsPronounSuffixesAndRestoresTehMarbuta) {
  EXPECT_EQ(Tokens("بلاده"), (std::vector<std::string>{"بلاد/w", "ه/s"}));
  EXPECT_EQ(Tokens("زيارته"), (std::vector<std::string>{"زيارت/w", "ه/s"}));
  EXPECT_EQ(Tokens("بأنه"), (std::vector<std::string>{"ب/p", "أن/w", "ه/s"}));
}

TEST_F(ArabicTokenizerTest, NeverCutsAWordTheLexiconKnowsWhole) {
  EXPECT_EQ(Tokens("طهران"), (std::vector<std::string>{"طهران/w"}));
  EXPECT_EQ(Tokens("لبنان"), (std::vector<std::string>{"لبنان/w"}));
}

TEST_F(ArabicTokenizerTest, MatchesThroughTashkeelTatweelAndQuotes) {
  EXPECT_EQ(Tokens("العُماني"), (std::vector<std::string>{"العُماني/w"}));
  EXPECT_EQ(Tokens("لـ«الجريدة»"),
            (std::vector<std::string>{"لـ/p", "«/.", "الجريدة/w", "»/."}));
}

TEST_F(ArabicTokenizerTest, UnknownWordsKeepTheirConjunctionVisible) {
  // "والعلاقات" is unknown, but و before ال is split so clauses can see it.
  EXPECT_EQ(Tokens("والعلاقات"), (std::vector<std::string>{"و/p", "العلاقات/w?"}));
  EXPECT_EQ(Tokens("وجهات"), (std::vector<std::string>{"وجهات/w?"}));
}

TEST(EnglishTokenizerTest, StemsAndSplitsPossessives) {
  Lexicon lexicon;
  Tokenizer keys(Language::kEnglish, &lexicon);
  lexicon.Intern(keys.KeyOf("visit"));
  lexicon.Intern(keys.KeyOf("Russia"));
  lexicon.Intern("'s");
  Tokenizer tokenizer(Language::kEnglish, &lexicon);
  const std::string text = "Russia's minister visited U.S. allies.";
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<std::string> surfaces;
  for (const Token& t : tokens) surfaces.push_back(text.substr(t.begin, t.end - t.begin));
  EXPECT_EQ(surfaces, (std::vector<std::string>{"Russia", "'s", "minister", "visited", "U.S.",
                                                "allies", "."}));
  EXPECT_EQ(tokens[0].key, lexicon.Find(keys.KeyOf("Russia")));
  EXPECT_EQ(tokens[3].key, lexicon.Find(keys.KeyOf("visit")));  // visited → visit
  EXPECT_EQ(tokens[1].kind, TokenKind::kSuffix);
}

}  // namespace
}  // namespace khabar::text

namespace khabar::text {
namespace {

TEST(DictionaryKeysTest, ProcliticsWrittenOnADictionaryWordAreSplit) {
  Lexicon lexicon;
  Tokenizer t(Language::kArabic, &lexicon);
  EXPECT_EQ(t.Keys("بالسجن"), (std::vector<std::string>{t.KeyOf("ب"), t.KeyOf("السجن")}));
  EXPECT_EQ(t.Keys("للتشاور"), (std::vector<std::string>{t.KeyOf("ل"), t.KeyOf("التشاور")}));
  EXPECT_EQ(t.Keys("والأمم المتحدة"),
            (std::vector<std::string>{t.KeyOf("و"), t.KeyOf("الأمم"), t.KeyOf("المتحدة")}));
  // Words that only look like it stay whole.
  EXPECT_EQ(t.Keys("بلبنان"), (std::vector<std::string>{t.KeyOf("بلبنان")}));
  EXPECT_EQ(t.Keys("الله"), (std::vector<std::string>{t.KeyOf("الله")}));
}

}  // namespace
}  // namespace khabar::text
