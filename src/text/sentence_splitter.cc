// Copyright 2026 The khabar Authors. MIT License.

#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"

namespace khabar::text {
namespace {

// ICU's sentence rules are the same for every locale we need; Arabic's
// include ؟ and the Arabic full stop.
const icu::BreakIterator* Prototype() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* bi = icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status);
    if (U_FAILURE(status)) {
      delete bi;
      return static_cast<icu::BreakIterator*>(nullptr);
    }
    return bi;
  }();
  return prototype;
}

UChar32 CodePointBefore(std::string_view text, std::size_t* pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(*pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  *pos = static_cast<std::size_t>(i);
  return c;
}

UChar32 CodePointAt(std::string_view text, std::size_t* pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(*pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  *pos = static_cast<std::size_t>(i);
  return c;
}

bool IsSpace(UChar32 c) { return c >= 0 && (u_isUWhiteSpace(c) || c == 0 || c == 0xFEFF); }

}  // namespace

SentenceSplitter::SentenceSplitter(const std::unordered_set<std::string>* abbreviations)
    : abbreviations_(abbreviations) {
  if (const icu::BreakIterator* p = Prototype()) iterator_.reset(p->clone());
}

SentenceSplitter::~SentenceSplitter() = default;

// True when the text just before `end` reads "<abbreviation>." — a word of
// one letter ("Z.", "م.") or one the dictionaries list ("د.", "u.s.").
bool SentenceSplitter::EndsWithAbbreviation(std::string_view text, std::size_t end) const {
  std::size_t pos = end;
  while (pos > 0) {  // skip the white space ICU keeps with the sentence
    std::size_t prev = pos;
    if (!IsSpace(CodePointBefore(text, &prev))) break;
    pos = prev;
  }
  if (pos == 0 || text[pos - 1] != '.') return false;
  std::size_t word_end = pos - 1;
  std::size_t word_begin = word_end;
  while (word_begin > 0) {
    std::size_t prev = word_begin;
    const UChar32 c = CodePointBefore(text, &prev);
    if (!(u_isalnum(c) || c == '.' || u_charType(c) == U_NON_SPACING_MARK || c == 0x0640)) break;
    word_begin = prev;
  }
  if (word_begin == word_end) return false;
  std::string_view word = text.substr(word_begin, word_end - word_begin);
  // A word of exactly one letter and no digits: "Z." is an initial, "M23."
  // ends a sentence.
  int letters = 0, digits = 0;
  for (std::size_t i = 0; i < word.size() && letters < 2;) {
    const UChar32 c = CodePointAt(word, &i);
    if (u_isalpha(c)) ++letters;
    if (u_isdigit(c)) ++digits;
  }
  if (letters == 1 && digits == 0) return true;
  if (abbreviations_ == nullptr) return false;
  return abbreviations_->count(WordFolder::Get().Fold(word)) > 0;
}

void SentenceSplitter::Split(std::string_view text, std::vector<Span>* out) {
  auto add = [&](std::size_t begin, std::size_t end) {
    while (begin < end) {
      std::size_t next = begin;
      if (!IsSpace(CodePointAt(text, &next))) break;
      begin = next;
    }
    while (end > begin) {
      std::size_t prev = end;
      if (!IsSpace(CodePointBefore(text, &prev))) break;
      end = prev;
    }
    if (end > begin) out->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  };
  if (iterator_ == nullptr) {  // ICU data missing: one sentence per line
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        add(start, i);
        start = i + 1;
      }
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  iterator_->setText(ut, status);
  std::size_t start = 0;
  for (int32_t b = iterator_->next(); b != icu::BreakIterator::DONE; b = iterator_->next()) {
    const auto end = static_cast<std::size_t>(b);
    const bool paragraph_end = iterator_->getRuleStatus() >= UBRK_SENTENCE_SEP;
    if (!paragraph_end && end < text.size() && EndsWithAbbreviation(text, end)) continue;
    add(start, end);
    start = end;
  }
  if (start < text.size()) add(start, text.size());
  utext_close(ut);
}

}  // namespace khabar::text
