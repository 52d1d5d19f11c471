// Copyright 2026 The khabar Authors. MIT License.
//
// UTF-8 validation. khabar rejects (never guesses at) documents that are not
// valid UTF-8, naming the byte offset of the first bad sequence.

#ifndef KHABAR_TEXT_UTF8_H_
#define KHABAR_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace khabar::text {

// Returns the byte offset of the first invalid UTF-8 sequence (overlong
// forms, surrogates, truncated sequences, bytes above U+10FFFF), or nullopt
// when the whole text is valid. A NUL byte is valid UTF-8.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_UTF8_H_
