// Copyright 2026 The khabar Authors. MIT License.

#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace khabar::text {
namespace {

// Arabic letter variants folded for matching. These are linguistic choices
// (the same ones Lucene's ArabicNormalizer makes), not Unicode facts.
char32_t FoldArabicLetter(char32_t c) {
  switch (c) {
    case 0x0622:  // alef with madda
    case 0x0623:  // alef with hamza above
    case 0x0625:  // alef with hamza below
    case 0x0671:  // alef wasla
    case 0x0672:
    case 0x0673:
      return 0x0627;  // alef
    case 0x0649:      // alef maqsura
    case 0x06CC:      // Farsi yeh
      return 0x064A;  // yeh
    case 0x0629:      // teh marbuta
    case 0x06C0:      // heh with yeh above
      return 0x0647;  // heh
    case 0x06A9:      // keheh (Farsi kaf)
      return 0x0643;  // kaf
    default:
      return c;
  }
}

constexpr char32_t kTatweel = 0x0640;

const icu::Normalizer2* NfkcCasefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (!error) out->append(buf, static_cast<std::size_t>(n));
}

}  // namespace

bool IsArabicLetter(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SCRIPT) == USCRIPT_ARABIC &&
         u_isalpha(static_cast<UChar32>(c));
}

// What to do with code point c, from ICU's properties.
static uint32_t Classify(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return static_cast<uint32_t>(c - 'A' + 'a');
    return 0;  // keep
  }
  if (c == static_cast<UChar32>(kTatweel)) return 1;  // drop
  const int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 1;
  if (u_isdigit(c)) return static_cast<uint32_t>('0' + u_charDigitValue(c));
  if (u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) != UNORM_YES ||
      u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_NFKC_CASEFOLDED)) {
    return 2;  // slow: let ICU normalise it
  }
  const char32_t folded = FoldArabicLetter(static_cast<char32_t>(c));
  return folded == static_cast<char32_t>(c) ? 0 : static_cast<uint32_t>(folded);
}

WordFolder::WordFolder() {
  for (int c = 0; c < kTableSize; ++c) table_[c] = Classify(c);
}

const WordFolder& WordFolder::Get() {
  static const WordFolder* folder = new WordFolder();
  return *folder;
}

std::string WordFolder::Fold(std::string_view word) const {
  std::string out;
  Fold(word, &out, nullptr);
  return out;
}

void WordFolder::Fold(std::string_view word, std::string* out,
                      std::vector<uint32_t>* offsets) const {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;  // invalid bytes were rejected earlier; skip defensively
    const uint32_t action = c < kTableSize ? table_[c] : Classify(c);
    const std::size_t before = out->size();
    if (action == kKeep) {
      out->append(word.data() + start, static_cast<std::size_t>(i - start));
    } else if (action == kDrop) {
      continue;
    } else if (action == kSlow) {
      FoldSlow(word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)),
               out, nullptr);
    } else {
      AppendUtf8(static_cast<char32_t>(action), out);
    }
    if (offsets != nullptr) offsets->resize(out->size(), static_cast<uint32_t>(start));
    (void)before;
  }
}

// One code point that ICU must normalise (presentation forms, compatibility
// characters, non-ASCII upper case): normalise it alone, then fold each
// resulting code point with the fast table.
void WordFolder::FoldSlow(std::string_view code_point, std::string* out,
                          std::vector<uint32_t>* /*offsets*/) const {
  static const icu::Normalizer2* normalizer = NfkcCasefold();
  if (normalizer == nullptr) {
    out->append(code_point);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = normalizer->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(code_point.data(),
                                                    static_cast<int32_t>(code_point.size()))),
      status);
  if (U_FAILURE(status)) {
    out->append(code_point);
    return;
  }
  for (int32_t k = 0; k < folded.length();) {
    const UChar32 c = folded.char32At(k);
    k += U16_LENGTH(c);
    const uint32_t action = c < kTableSize ? table_[c] : Classify(c);
    if (action == kDrop) continue;
    if (action == kKeep || action == kSlow) {
      AppendUtf8(static_cast<char32_t>(c), out);
    } else {
      AppendUtf8(static_cast<char32_t>(action), out);
    }
  }
}

}  // namespace khabar::text
