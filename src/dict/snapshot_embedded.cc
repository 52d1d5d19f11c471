// Copyright 2026 The khabar Authors. MIT License.
//
// The snapshot of the embedded dictionaries, made at build time by
// tools/make_snapshot.cc and assembled into the library with .incbin (see
// CMakeLists.txt). The snapshot generator links its own, empty, definition.

#include "dict/snapshot.h"

extern "C" {
extern const char khabar_snapshot_begin[];
extern const char khabar_snapshot_end[];
}

namespace khabar::dict {

std::string_view EmbeddedSnapshot() {
  return std::string_view(khabar_snapshot_begin,
                          static_cast<std::size_t>(khabar_snapshot_end - khabar_snapshot_begin));
}

}  // namespace khabar::dict
