// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: the text layer on arbitrary bytes — UTF-8 validation,
// folding (normalisation), sentence splitting and tokenization, in Arabic
// and in English, with the lexicon and abbreviations of the built-in
// dictionaries. Invariants checked:
//   - FindInvalidUtf8 agrees with a plain reference decoder on where the
//     first ill-formed sequence starts;
//   - WordFolder gives valid UTF-8 and one offset per output byte, each at a
//     code point of the input, in order;
//   - sentences are in order, do not overlap, start and end on code points,
//     are trimmed, and together cover every character that is not white
//     space (nothing is dropped between sentences);
//   - tokens lie inside their sentence, in order, on code points.

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "dict/tables.h"
#include "khabar/dictionary.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace {

using khabar::text::Language;

// The offset of the first ill-formed UTF-8 sequence (Unicode 15, table 3-7).
std::optional<std::size_t> ReferenceInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const uint8_t b = s[i];
    std::size_t length = 0;
    uint8_t low = 0x80, high = 0xBF;  // range of the second byte
    if (b < 0x80) {
      length = 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;   // no overlong forms
      if (b == 0xED) high = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;   // no overlong forms
      if (b == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + length > n) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const uint8_t lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
      if (s[i + k] < lo || s[i + k] > hi) return i;
    }
    i += length;
  }
  return std::nullopt;
}

bool IsContinuation(std::string_view text, std::size_t at) {
  return at < text.size() && (static_cast<uint8_t>(text[at]) & 0xC0) == 0x80;
}

// White space as the sentence splitter trims it.
bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0 || c == 0xFEFF; }

void CheckFold(std::string_view word) {
  std::string folded;
  std::vector<uint32_t> offsets;
  khabar::text::WordFolder::Get().Fold(word, &folded, &offsets);
  FUZZ_CHECK(offsets.size() == folded.size());
  FUZZ_CHECK(!khabar::text::FindInvalidUtf8(folded).has_value());
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    FUZZ_CHECK(offsets[i] < word.size());
    FUZZ_CHECK(!IsContinuation(word, offsets[i]));
    FUZZ_CHECK(i == 0 || offsets[i - 1] <= offsets[i]);
  }
  FUZZ_CHECK(khabar::text::WordFolder::Get().Fold(word) == folded);
}

void CheckLanguage(const khabar::internal::LanguageTables& tables, Language language,
                   std::string_view text) {
  // Words, folded.
  std::vector<khabar::text::RawToken> raw;
  khabar::text::ScanWords(text, 0, static_cast<uint32_t>(text.size()), language, &raw);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto& r = raw[i];
    FUZZ_CHECK(r.begin < r.end && r.end <= text.size());
    FUZZ_CHECK(i == 0 || raw[i - 1].end <= r.begin);
    FUZZ_CHECK(!IsContinuation(text, r.begin) && !IsContinuation(text, r.end));
    if (r.is_word) CheckFold(text.substr(r.begin, r.end - r.begin));
  }

  // Sentences.
  khabar::text::SentenceSplitter splitter(&tables.abbreviations);
  std::vector<khabar::Span> sentences;
  splitter.Split(text, &sentences);
  std::size_t covered_to = 0;  // every non-space character before this is covered
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const khabar::Span s = sentences[i];
    FUZZ_CHECK(s.begin < s.end && s.end <= text.size());
    FUZZ_CHECK(i == 0 || sentences[i - 1].end <= s.begin);
    FUZZ_CHECK(!IsContinuation(text, s.begin) && !IsContinuation(text, s.end));
    // Nothing but white space between the previous sentence and this one.
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    for (auto at = static_cast<int32_t>(covered_to); at < static_cast<int32_t>(s.begin);) {
      UChar32 c;
      U8_NEXT(bytes, at, static_cast<int32_t>(s.begin), c);
      FUZZ_CHECK(c >= 0 && IsSpace(c));
    }
    covered_to = s.end;
    // Trimmed.
    auto first = static_cast<int32_t>(s.begin);
    UChar32 c;
    U8_NEXT(bytes, first, static_cast<int32_t>(s.end), c);
    FUZZ_CHECK(!IsSpace(c));
    auto last = static_cast<int32_t>(s.end);
    U8_PREV(bytes, static_cast<int32_t>(s.begin), last, c);
    FUZZ_CHECK(!IsSpace(c));

    // Tokens.
    khabar::text::Tokenizer tokenizer(language, &tables.lexicon);
    std::vector<khabar::text::Token> tokens;
    tokenizer.Tokenize(text, s, &tokens);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const khabar::text::Token& t = tokens[k];
      // TODO(khabar): t.begin < t.end and no overlap, once a clitic inside a
      // ligature no longer makes an empty token (tests/regression_test.cc).
      FUZZ_CHECK(s.begin <= t.begin && t.begin <= t.end && t.end <= s.end);
      FUZZ_CHECK(k == 0 || tokens[k - 1].begin <= t.begin);
      FUZZ_CHECK(!IsContinuation(text, t.begin) && !IsContinuation(text, t.end));
      FUZZ_CHECK(t.key == khabar::text::Lexicon::kUnknown || t.key < tables.lexicon.size());
    }
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  for (auto at = static_cast<int32_t>(covered_to); at < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(bytes, at, static_cast<int32_t>(text.size()), c);
    FUZZ_CHECK(c >= 0 && IsSpace(c));
  }
}

const khabar::Dictionary& BuiltIn() {
  static const khabar::Dictionary* dictionary = [] {
    auto loaded = khabar::Dictionary::Load({});
    FUZZ_CHECK(loaded.ok());
    return new khabar::Dictionary(std::move(loaded).value());
  }();
  return *dictionary;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  BuiltIn();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<std::size_t> bad = khabar::text::FindInvalidUtf8(text);
  FUZZ_CHECK(bad == ReferenceInvalidUtf8(text));
  if (bad) return 0;  // the coder rejects such text before anything else sees it
  const khabar::internal::Tables& tables = BuiltIn().tables();
  for (Language language : {Language::kArabic, Language::kEnglish}) {
    CheckLanguage(tables.ForLanguage(language), language, text);
  }
  return 0;
}
