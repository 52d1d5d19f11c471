// Copyright 2026 The khabar Authors. MIT License.
//
// Tokenizer: the words and punctuation of one sentence, with byte offsets
// into the original document text, and — for Arabic — clitics separated.
//
// Arabic words are looked up whole first; only when the lexicon does not know
// the whole word are proclitics (و ف ب ل ك س, and لل = ل + ال) and pronoun
// suffixes (ه ها هم هما هن كم كما نا) separated, and only when what remains
// is a word the lexicon knows. So "وطهران" → و + طهران, "بلاده" → بلاد + ه,
// "للفصائل" → ل + فصائل (definite), but "طهران" and "لبنان" stay whole.
// Every piece is its own Token with its own bytes: invariant
// text.substr(t.begin, t.end - t.begin) is the surface of token t.
//
// Not thread-safe (scratch buffers, Snowball stemmer): one per thread.

#ifndef KHABAR_TEXT_TOKENIZER_H_
#define KHABAR_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khabar/event.h"
#include "text/lexicon.h"

struct sb_stemmer;

namespace khabar::text {

enum class TokenKind : uint8_t {
  kWord,       // a word or the stem of an Arabic word
  kNumber,     // digits
  kPunct,      // one punctuation or symbol code point
  kProclitic,  // an Arabic proclitic split from a word (و ف ب ل ك س)
  kSuffix,     // an Arabic pronoun suffix, or English possessive 's
};

enum TokenFlag : uint8_t {
  kDefinite = 1 << 0,     // Arabic word had ال
  kMaybeConj = 1 << 1,    // unknown Arabic word starting with و/ف (and ...)
  kCapitalized = 1 << 2,  // English word starting with an upper-case letter
  kAllCaps = 1 << 3,      // English word of two or more letters, all upper case
};

// True for "UN", "U.S.", "NATO": two or more ASCII letters, all upper case
// (dots allowed between them).
bool IsAllCaps(std::string_view word);

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t key = Lexicon::kUnknown;  // lexicon id of the match key
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  char32_t punct = 0;  // the code point, for kPunct
};

class Tokenizer {
 public:
  // `lexicon` must outlive the tokenizer.
  Tokenizer(Language language, const Lexicon* lexicon);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Appends the tokens of text[span.begin, span.end) to `out`.
  void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

  // Splits dictionary text into words (no clitic separation) and returns the
  // match key of each (see Lexicon). Punctuation is dropped.
  std::vector<std::string> Keys(std::string_view phrase);

  // The match key of one word (folded; Arabic: without ال; English: stem).
  std::string KeyOf(std::string_view word);

  Language language() const { return language_; }

 private:
  void AddWord(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);
  void AddArabicWord(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);
  void AddEnglishWord(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);
  uint32_t FindArabic(std::string_view folded) const;
  void SplitDictionaryClitics(std::string_view word, std::vector<std::string>* keys);
  std::string_view Stem(std::string_view folded);

  Language language_;
  const Lexicon* lexicon_;
  sb_stemmer* stemmer_ = nullptr;
  std::string folded_;
  std::vector<uint32_t> offsets_;
  std::string candidate_;
  std::string pending_stem_;  // Keys(): the word left after its clitics
  // English: the Snowball stem of each folded word seen, memoised. Stemming
  // is the costliest step of English tokenization, and news text (and a
  // dictionary's inflected forms) repeats its words. Cleared when full.
  std::unordered_map<std::string, std::string> stems_;
  static constexpr std::size_t kMaxStems = 1 << 16;
};

// Word boundaries of a text: [begin, end) byte ranges of words and of single
// punctuation code points, in order. Used by the tokenizer and by tools.
struct RawToken {
  uint32_t begin, end;
  bool is_word;
  bool is_number;
  char32_t punct;
};
void ScanWords(std::string_view text, uint32_t begin, uint32_t end, Language language,
               std::vector<RawToken>* out);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_TOKENIZER_H_
