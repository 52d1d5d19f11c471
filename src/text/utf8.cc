// Copyright 2026 The khabar Authors. MIT License.

#include "text/utf8.h"

#include <simdjson.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace khabar::text {

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  // Fast path: simdjson validates gigabytes per second.
  if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
  // Slow path, only for bad input: walk code points with ICU to find where.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  // simdjson and ICU disagree only on input ICU accepts; report the end.
  return text.size();
}

}  // namespace khabar::text
