// Copyright 2026 The khabar Authors. MIT License.
//
// WordFolder: turns one word of article or dictionary text into the form
// used for matching, keeping a map from each output byte back to the input.
//
// Folding = Unicode NFKC with case folding (ICU's nfkc_cf: presentation forms,
// full-width letters and upper case fold; default-ignorable marks such as
// U+200F vanish), then, for Arabic:
//   - tashkeel and other non-spacing marks removed, tatweel removed;
//   - أ إ آ ٱ → ا, ى → ي, ة → ه, Farsi ی ک → ي ك;
//   - any decimal digit (Arabic-Indic, Persian) → ASCII digit.
// The Unicode facts (which code points are marks, digits, need NFKC) come
// from ICU; the table in normalizer.cc is computed from ICU at start-up.
//
// Thread-safety: WordFolder is immutable after construction and shared.

#ifndef KHABAR_TEXT_NORMALIZER_H_
#define KHABAR_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::text {

class WordFolder {
 public:
  // The process-wide instance (ICU data is loaded once).
  static const WordFolder& Get();

  // Appends the folded form of `word` to `out`. If `offsets` is given, one
  // entry is appended per output byte: the offset, relative to word.data(),
  // of the first byte of the input code point that produced it. `word` must
  // be valid UTF-8.
  void Fold(std::string_view word, std::string* out, std::vector<uint32_t>* offsets) const;

  // Convenience: the folded form alone.
  std::string Fold(std::string_view word) const;

 private:
  WordFolder();
  void FoldSlow(std::string_view word, std::string* out, std::vector<uint32_t>* offsets) const;

  // For code points below kTableSize: 0 = keep, 1 = drop, 2 = needs ICU
  // normalisation, else the replacement code point.
  static constexpr int kTableSize = 0x800;
  static constexpr uint32_t kKeep = 0, kDrop = 1, kSlow = 2;
  uint32_t table_[kTableSize];
};

// True when the code point is an Arabic letter (for language detection).
bool IsArabicLetter(char32_t c);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_NORMALIZER_H_
