// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: Dictionary::Load on dictionary files made of fuzzed bytes,
// written to a temporary directory as `--dict DIR` would read them.
//
// Input: one or more files separated by a line "%%"; each file's first line
// is its path relative to the dictionary root ("ar/events.txt",
// "common/roles.tsv"). A path that is not a plain relative *.txt or *.tsv
// path becomes "fuzz.txt". The CAMEO and role tables of dict/common are
// always there underneath (a fuzzed file of the same path replaces them).
//
// Invariants checked:
//   - Load fails exactly when the report has errors; lenient loading (for
//     inputs of odd length) fails only on a broken table (cameo.tsv,
//     roles.tsv); every error and warning names its place ("path:" or
//     "path:line:", with a line that exists);
//   - a loaded dictionary codes text (here: the fuzzed files' own text, in
//     Arabic and English) without failing.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "text/utf8.h"

namespace {

namespace fs = std::filesystem;

struct Dirs {
  std::string base;  // the tables
  std::string fuzz;  // this input's files
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const Dirs& TempDirs() {
  static const Dirs* dirs = [] {
    std::string pattern = (fs::temp_directory_path() / "khabar_dict_fuzz_XXXXXX").string();
    FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
    auto* d = new Dirs{pattern + "/base", pattern + "/fuzz"};
    fs::create_directories(d->base + "/common");
    for (const char* table : {"common/cameo.tsv", "common/roles.tsv"}) {
      const std::string text = ReadFile(fs::path(KHABAR_SOURCE_DIR) / "dict" / table);
      FUZZ_CHECK(!text.empty());
      std::ofstream(d->base + "/" + table, std::ios::binary) << text;
    }
    static const std::string root = pattern;
    std::atexit([] { fs::remove_all(root); });
    return d;
  }();
  return *dirs;
}

bool IsPlainPath(std::string_view path) {
  if (path.empty() || path.size() > 40 || path.front() == '/' ||
      path.find("..") != std::string_view::npos || path.find("//") != std::string_view::npos ||
      path.find("FORMAT") != std::string_view::npos) {
    return false;
  }
  for (char c : path) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
          c == '/')) {
      return false;
    }
  }
  return path.ends_with(".txt") || path.ends_with(".tsv");
}

// Relative path -> contents.
std::map<std::string, std::string> SplitFiles(std::string_view input) {
  std::map<std::string, std::string> files;
  while (true) {
    std::size_t end = input.find("\n%%\n");
    std::string_view file = input.substr(0, end);
    const std::size_t newline = file.find('\n');
    std::string_view path = file.substr(0, newline);
    std::string_view text =
        newline == std::string_view::npos ? std::string_view() : file.substr(newline + 1);
    files[IsPlainPath(path) ? std::string(path) : std::string("fuzz.txt")] += std::string(text);
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 4);
  }
  return files;
}

std::size_t LineCount(std::string_view text) {
  std::size_t lines = 1;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  return lines;
}

// "path:" or "path:LINE:" at the start of `message`, for a file that exists.
void CheckPlace(const std::string& message, const std::map<std::string, std::string>& files) {
  const std::size_t colon = message.find(':');
  FUZZ_CHECK(colon != std::string::npos && colon > 0);
  const std::string path = message.substr(0, colon);
  const auto it = files.find(path);
  const bool table = path == "common/cameo.tsv" || path == "common/roles.tsv";
  FUZZ_CHECK(it != files.end() || table);
  std::size_t digits = colon + 1;
  while (digits < message.size() && message[digits] >= '0' && message[digits] <= '9') ++digits;
  if (digits == colon + 1 || digits >= message.size() || message[digits] != ':') return;
  const std::size_t line = std::stoul(message.substr(colon + 1, digits - colon - 1));
  FUZZ_CHECK(line >= 1);
  if (it != files.end()) FUZZ_CHECK(line <= LineCount(it->second));
}

void CodeWith(const khabar::Dictionary& dictionary, const std::string& text) {
  const khabar::Coder coder(dictionary);
  for (const char* lang : {"ar", "en"}) {
    khabar::Document doc;
    doc.id = "fuzz";
    doc.lang = lang;
    doc.date = "2024-03-14";
    doc.text = text;
    FUZZ_CHECK(coder.Code(doc).ok());
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  TempDirs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const Dirs& dirs = TempDirs();
  const std::map<std::string, std::string> files =
      SplitFiles(std::string_view(reinterpret_cast<const char*>(data), size));
  fs::remove_all(dirs.fuzz);
  std::string all_text;
  for (const auto& [path, text] : files) {
    const fs::path file = fs::path(dirs.fuzz) / path;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    all_text += text;
  }

  khabar::DictionaryOptions options;
  options.use_embedded = false;
  options.dirs = {dirs.base, dirs.fuzz};
  // Strict or lenient, as the input's length is even or odd.
  options.lenient = size % 2 == 1;
  khabar::DictionaryReport report;
  auto dictionary = khabar::Dictionary::Load(options, &report);
  FUZZ_CHECK(dictionary.ok() == report.errors.empty());
  for (const std::string& e : report.errors) {
    CheckPlace(e, files);
    // Lenient skips broken entries; only a broken table stays fatal.
    if (options.lenient) {
      FUZZ_CHECK(e.starts_with("common/cameo.tsv:") || e.starts_with("common/roles.tsv:"));
    }
  }
  for (const std::string& w : report.warnings) CheckPlace(w, files);
  if (!dictionary.ok()) {
    FUZZ_CHECK(dictionary.status().code() == khabar::Status::Code::kDictionary);
    FUZZ_CHECK(dictionary.status().message().starts_with(report.errors.front()));
  } else if (!khabar::text::FindInvalidUtf8(all_text)) {
    CodeWith(*dictionary, all_text);
  }
  return 0;
}
