// Copyright 2026 The khabar Authors. MIT License.
//
// make_snapshot OUT: compiles the embedded dictionaries exactly as
// Dictionary::Load does (this program links no snapshot, so Load compiles
// the text) and writes their snapshot (dict/SNAPSHOT.md) to OUT. The build
// runs it and links OUT into the library. When the dictionaries have errors
// it writes an empty file: the library then compiles the text and reports
// them.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "dict/snapshot.h"
#include "khabar/dictionary.h"

namespace khabar::dict {
std::string_view EmbeddedSnapshot() { return {}; }
}  // namespace khabar::dict

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_snapshot OUT\n";
    return 2;
  }
  const std::string out = argv[1];
  khabar::DictionaryReport report;
  auto dictionary = khabar::Dictionary::Load(khabar::DictionaryOptions{}, &report);
  std::string bytes;
  if (dictionary.ok()) {
    bytes = khabar::dict::WriteSnapshot(dictionary->tables(), report,
                                        khabar::dict::EmbeddedSourceHash());
    // The snapshot must read back before it is linked into anything.
    khabar::DictionaryReport again;
    std::string error;
    if (khabar::dict::ReadSnapshot(bytes, khabar::dict::EmbeddedSourceHash(), &again, &error) ==
        nullptr) {
      std::cerr << "make_snapshot: the snapshot does not read back: " << error << "\n";
      return 1;
    }
  } else {
    std::cerr << "make_snapshot: the embedded dictionaries have errors, no snapshot: "
              << dictionary.status().message() << "\n";
  }
  const std::string temporary = out + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      std::cerr << "make_snapshot: cannot write " << temporary << "\n";
      return 1;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, out, ec);
  if (ec) {
    std::cerr << "make_snapshot: cannot write " << out << ": " << ec.message() << "\n";
    return 1;
  }
  return 0;
}
