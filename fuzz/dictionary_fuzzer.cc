// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: Dictionary::Load on dictionary files made of fuzzed bytes.
//
// Input: one or more files separated by a line "%%"; each file's first line
// is its path relative to the dictionary root ("ar/events.txt",
// "common/roles.tsv"). A path that is not a plain relative *.txt or *.tsv
// path becomes "fuzz.txt". The CAMEO and role tables of dict/common are
// always there underneath (a fuzzed file of the same path replaces them).
//
// Speed: the tables are read from dict/common once, at start; the fuzzed
// files go to Load in memory (DictionaryOptions::files) and are compiled on
// top of the tables, with the same compiler `--dict DIR` uses. One input in
// 64 also takes the directory path: its files are written to a temporary
// directory and loaded from there, and both loads must agree.
//
// Invariants checked:
//   - Load fails exactly when the report has errors; lenient loading (for
//     inputs of odd length) fails only on a broken table (cameo.tsv,
//     roles.tsv); every error and warning names its place ("path:" or
//     "path:line:", with a line that exists);
//   - a loaded dictionary codes text (here: the fuzzed files' own text, as
//     Arabic or as English, as a hash of the input says) without failing;
//   - loading from directories gives the same errors, warnings and counts
//     as loading from memory.

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

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// dict/common/cameo.tsv and roles.tsv, read once.
const std::map<std::string, std::string>& Tables() {
  static const auto* tables = [] {
    auto* t = new std::map<std::string, std::string>;
    for (const char* table : {"common/cameo.tsv", "common/roles.tsv"}) {
      (*t)[table] = ReadFile(fs::path(KHABAR_SOURCE_DIR) / "dict" / table);
      FUZZ_CHECK(!(*t)[table].empty());
    }
    return t;
  }();
  return *tables;
}

// A temporary directory for the inputs that take the directory path;
// removed at exit.
const std::string& TempDir() {
  static const std::string* dir = [] {
    std::string pattern = (fs::temp_directory_path() / "khabar_dict_fuzz_XXXXXX").string();
    FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
    static const std::string root = pattern;
    std::atexit([] { fs::remove_all(root); });
    return &root;
  }();
  return *dir;
}

// "dir/dir/name.txt" (or .tsv): components of [a-z0-9_-], none empty, the
// only dot the extension's, so that the path means the same in memory and on
// disk (no "./", no hidden files, no file and directory of one name).
bool IsPlainPath(std::string_view path) {
  if (path.size() > 40 || !(path.ends_with(".txt") || path.ends_with(".tsv"))) return false;
  path.remove_suffix(4);
  if (path.empty() || path.front() == '/' || path.back() == '/' ||
      path.find("//") != std::string_view::npos) {
    return false;
  }
  for (char c : path) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '/')) {
      return false;
    }
  }
  return true;
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

void CodeWith(const khabar::Dictionary& dictionary, const std::string& text, const char* lang) {
  const khabar::Coder coder(dictionary);
  khabar::Document doc;
  doc.id = "fuzz";
  doc.lang = lang;
  doc.date = "2024-03-14";
  doc.text = text;
  FUZZ_CHECK(coder.Code(doc).ok());
}

// Loads `files` over the tables, in memory or (when `from_disk`) from
// directories as `--dict DIR` reads them.
khabar::Result<khabar::Dictionary> Load(const std::map<std::string, std::string>& files,
                                        bool lenient, bool from_disk,
                                        khabar::DictionaryReport* report) {
  khabar::DictionaryOptions options;
  options.use_embedded = false;
  options.lenient = lenient;
  if (!from_disk) {
    options.files = Tables();
    for (const auto& [path, text] : files) options.files[path] = text;
    return khabar::Dictionary::Load(options, report);
  }
  const std::string base = TempDir() + "/base", fuzz = TempDir() + "/fuzz";
  fs::remove_all(base);
  fs::remove_all(fuzz);
  for (const auto& [dir, contents] : {std::pair{base, &Tables()}, std::pair{fuzz, &files}}) {
    fs::create_directories(dir);
    for (const auto& [path, text] : *contents) {
      const fs::path file = fs::path(dir) / path;
      fs::create_directories(file.parent_path());
      std::ofstream(file, std::ios::binary) << text;
    }
  }
  options.dirs = {base, fuzz};
  return khabar::Dictionary::Load(options, report);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Tables();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::map<std::string, std::string> files =
      SplitFiles(std::string_view(reinterpret_cast<const char*>(data), size));
  std::string all_text;
  for (const auto& [path, text] : files) all_text += text;

  std::uint32_t hash = 2166136261u;  // FNV-1a, to choose what to do besides loading
  for (std::size_t i = 0; i < size; ++i) hash = (hash ^ data[i]) * 16777619u;

  // Strict or lenient, as the input's length is even or odd.
  const bool lenient = size % 2 == 1;
  khabar::DictionaryReport report;
  auto dictionary = Load(files, lenient, /*from_disk=*/false, &report);
  FUZZ_CHECK(dictionary.ok() == report.errors.empty());
  for (const std::string& e : report.errors) {
    CheckPlace(e, files);
    // Lenient skips broken entries; only a broken table stays fatal.
    if (lenient) {
      FUZZ_CHECK(e.starts_with("common/cameo.tsv:") || e.starts_with("common/roles.tsv:"));
    }
  }
  for (const std::string& w : report.warnings) CheckPlace(w, files);
  if (!dictionary.ok()) {
    FUZZ_CHECK(dictionary.status().code() == khabar::Status::Code::kDictionary);
    FUZZ_CHECK(dictionary.status().message().starts_with(report.errors.front()));
  } else if (!khabar::text::FindInvalidUtf8(all_text)) {
    CodeWith(*dictionary, all_text, (hash & 1) != 0 ? "en" : "ar");
  }

  // Now and then, the same files from directories: the same outcome.
  if ((hash >> 1) % 64 == 0) {
    khabar::DictionaryReport disk_report;
    auto from_disk = Load(files, lenient, /*from_disk=*/true, &disk_report);
    FUZZ_CHECK(from_disk.ok() == dictionary.ok());
    FUZZ_CHECK(disk_report.errors == report.errors);
    FUZZ_CHECK(disk_report.warnings == report.warnings);
    FUZZ_CHECK(disk_report.files == report.files && disk_report.entries == report.entries);
  }
  return 0;
}
