// Copyright 2026 The khabar Authors. MIT License.

#include "dict/arabic_verbs.h"

#include <algorithm>
#include <array>

namespace khabar::dict {
namespace {

// Folded letters (two UTF-8 bytes each).
constexpr std::string_view kAlef = "\xD8\xA7";  // ا
constexpr std::string_view kWaw = "\xD9\x88";   // و
constexpr std::string_view kYa = "\xD9\x8A";    // ي (also folded ى)
constexpr std::string_view kTa = "\xD8\xAA";    // ت
constexpr std::string_view kNun = "\xD9\x86";   // ن

std::string_view LastLetter(std::string_view s) {
  return s.size() >= 2 ? s.substr(s.size() - 2) : std::string_view();
}
std::string_view DropLast(std::string_view s) { return s.size() >= 2 ? s.substr(0, s.size() - 2) : s; }
std::string Cat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }

bool IsWeak(std::string_view letter) { return letter == kAlef || letter == kWaw || letter == kYa; }

void AddPast(std::string_view p, bool hamza_final, std::vector<std::string>* out) {
  out->emplace_back(p);
  const std::string_view last = LastLetter(p);
  if (!hamza_final && (last == kAlef || last == kYa)) {
    // Defective: دعا → دعت دعوا دعتا دعوت; التقى → التقت التقوا التقيا التقيت.
    const std::string_view stem = DropLast(p);
    out->push_back(Cat(stem, kTa));
    out->push_back(Cat(stem, "\xD9\x88\xD8\xA7"));          // وا
    out->push_back(Cat(stem, "\xD8\xAA\xD8\xA7"));          // تا
    out->push_back(Cat(stem, last == kAlef ? "\xD9\x88\xD8\xA7" : "\xD9\x8A\xD8\xA7"));  // dual
    out->push_back(Cat(stem, last == kAlef ? "\xD9\x88\xD9\x86\xD8\xA7" : "\xD9\x8A\xD9\x86\xD8\xA7"));
    return;
  }
  // ت ا وا تا نا تم (the feminine plural ن is left out: ضمن، أمن).
  for (std::string_view suffix : {"\xD8\xAA", "\xD8\xA7", "\xD9\x88\xD8\xA7", "\xD8\xAA\xD8\xA7",
                                  "\xD9\x86\xD8\xA7", "\xD8\xAA\xD9\x85"}) {
    out->push_back(Cat(p, suffix));
  }
}

void AddPresent(std::string_view present, bool hamza_final, std::vector<std::string>* out) {
  if (present.size() < 4 || present.substr(0, 2) != kYa) return;
  const std::string_view stem = present.substr(2);
  const std::string_view last = LastLetter(stem);
  const bool defective = !hamza_final && IsWeak(last);
  // Hollow: three letters with a long middle vowel (يزور، يقول، يبيع).
  const bool hollow = stem.size() == 6 && IsWeak(stem.substr(2, 2));
  // ي ت ن (third person, second person, "we"). The first-person singular ا
  // is left out: its forms collide with common words once hamza is folded
  // (ارد ~ الأردن، اسد ~ الأسد، انه ~ أنه) and news rarely needs it.
  static constexpr std::array<std::string_view, 3> kPrefixes = {
      "\xD9\x8A", "\xD8\xAA", "\xD9\x86"};
  for (std::string_view prefix : kPrefixes) {
    const std::string base = Cat(prefix, stem);
    out->push_back(base);
    if (defective) {
      const std::string cut = Cat(prefix, DropLast(stem));
      out->push_back(cut);                              // jussive: لم يدع
      out->push_back(cut + "\xD9\x88\xD9\x86");         // يدعون
      out->push_back(cut + "\xD9\x88\xD8\xA7");         // لن يدعوا
      out->push_back(base + "\xD8\xA7\xD9\x86");        // يدعوان
      if (last == kYa) out->push_back(base + "\xD9\x86");  // تلتقين
    } else {
      out->push_back(base + "\xD9\x88\xD9\x86");  // ون
      out->push_back(base + "\xD8\xA7\xD9\x86");  // ان
      out->push_back(base + "\xD9\x8A\xD9\x86");  // ين
      out->push_back(base + std::string(kNun));   // ن (feminine plural)
      out->push_back(base + "\xD9\x88\xD8\xA7");  // وا (subjunctive plural)
      out->push_back(base + "\xD8\xA7");          // ا (subjunctive dual)
      if (hollow) {
        // Short jussive: لم يزر، لم يقل.
        out->push_back(Cat(prefix, stem.substr(0, 2)) + std::string(stem.substr(4)));
      }
    }
  }
}

}  // namespace

std::vector<std::string> InflectArabicVerb(std::string_view past, std::string_view present,
                                           bool hamza_final) {
  std::vector<std::string> forms;
  AddPast(past, hamza_final, &forms);
  AddPresent(present, hamza_final, &forms);
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

}  // namespace khabar::dict
