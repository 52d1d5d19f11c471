// Copyright 2026 The khabar Authors. MIT License.

#include "text/lexicon.h"

namespace khabar::text {

uint32_t Lexicon::Intern(std::string_view key) {
  auto it = ids_.find(key);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(keys_.size());
  keys_.emplace_back(key);
  flags_.push_back(0);
  ids_.emplace(std::string(key), id);
  return id;
}

std::string_view StripArabicArticle(std::string_view folded) {
  // "ال" is two 2-byte letters; three letters must remain (6 bytes of
  // Arabic), so that "الله" and "الا" stay whole.
  static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  if (folded.size() >= kAl.size() + 6 && folded.substr(0, kAl.size()) == kAl) {
    return folded.substr(kAl.size());
  }
  return folded;
}

}  // namespace khabar::text
