// Copyright 2026 The khabar Authors. MIT License.

#include "khabar/dictionary.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "dict/compiler.h"
#include "dict/embedded.h"
#include "dict/snapshot.h"
#include "dict/tables.h"

namespace khabar {
namespace {

bool IsDictionaryFile(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".tsv";
}

// Adds the dictionary files below `dir` to `files`, replacing files with the
// same relative path.
Status ReadDirectory(const std::string& dir, std::map<std::string, std::string>* files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || !IsDictionaryFile(it->path())) continue;
    const std::string relative = fs::relative(it->path(), dir, ec).generic_string();
    if (relative.find("FORMAT") != std::string::npos) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Status::IoError(it->path().string() + ": cannot read");
    std::ostringstream text;
    text << in.rdbuf();
    (*files)[relative] = text.str();
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  return Status::Ok();
}

}  // namespace

namespace dict {
namespace {
const std::string_view* g_snapshot_for_testing = nullptr;
}  // namespace
void SetSnapshotForTesting(const std::string_view* snapshot) { g_snapshot_for_testing = snapshot; }
}  // namespace dict

// The files of a deferred compile, and its result once made.
struct Dictionary::Deferred {
  std::vector<dict::DictFile> files;
  std::once_flag once;
  std::unique_ptr<internal::Tables> full;
};

Dictionary::Dictionary(std::unique_ptr<internal::Tables> tables, std::unique_ptr<Deferred> deferred)
    : tables_(std::move(tables)), deferred_(std::move(deferred)) {}
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;
Dictionary::~Dictionary() = default;

Result<Dictionary> Dictionary::Load(const DictionaryOptions& options, DictionaryReport* report) {
  DictionaryReport local;
  DictionaryReport* r = report != nullptr ? report : &local;
  // Exactly the embedded dictionaries: read the snapshot the build made of
  // them (tables, stats and report, as compiling gives). One that is absent,
  // stale or damaged is ignored, and the text compiled instead. The snapshot
  // holds all languages, so defer_english has nothing left to defer.
  const bool embedded_only = options.use_embedded && options.dirs.empty() && options.files.empty();
  if (embedded_only) {
    const std::string_view snapshot = dict::g_snapshot_for_testing != nullptr
                                          ? *dict::g_snapshot_for_testing
                                          : dict::EmbeddedSnapshot();
    if (!snapshot.empty()) {
      DictionaryReport read;
      std::string error;
      auto tables = dict::ReadSnapshot(snapshot, dict::EmbeddedSourceHash(), &read, &error);
      if (tables != nullptr && read.errors.empty()) {
        r->files += read.files;
        r->entries += read.entries;
        for (std::string& w : read.warnings) r->warnings.push_back(std::move(w));
        return Dictionary(std::move(tables));
      }
    }
  }
  std::map<std::string, std::string> files;
  if (options.use_embedded) {
    std::size_t count = 0;
    const dict::EmbeddedFile* embedded = dict::EmbeddedFiles(&count);
    for (std::size_t i = 0; i < count; ++i) {
      files[std::string(embedded[i].path)] = std::string(embedded[i].text);
    }
  }
  for (const std::string& dir : options.dirs) {
    if (Status s = ReadDirectory(dir, &files); !s.ok()) return s;
  }
  for (const auto& [path, text] : options.files) files[path] = text;
  std::vector<dict::DictFile> list;
  list.reserve(files.size());
  for (auto& [path, text] : files) list.push_back({path, std::move(text)});
  // The English-only files are most of the compile time. The embedded
  // dictionaries compile without errors (tests check it), so deferring
  // them hides no error from Load.
  std::unique_ptr<Deferred> deferred;
  if (options.defer_english && embedded_only) {
    deferred = std::make_unique<Deferred>();
    deferred->files = list;
    std::erase_if(list, [](const dict::DictFile& f) { return f.path.starts_with("en/"); });
  }
  std::unique_ptr<internal::Tables> tables = dict::Compile(list, options.lenient, r);
  if (!r->errors.empty()) {
    std::string message = r->errors.front();
    if (r->errors.size() > 1) {
      message += " (and " + std::to_string(r->errors.size() - 1) + " more problems)";
    }
    return Status::Dictionary(message);
  }
  return Dictionary(std::move(tables), std::move(deferred));
}

const internal::Tables& Dictionary::tables() const {
  if (deferred_ == nullptr) return *tables_;
  std::call_once(deferred_->once, [this] {
    DictionaryReport report;
    deferred_->full = dict::Compile(deferred_->files, false, &report);
    deferred_->files.clear();
    deferred_->files.shrink_to_fit();
  });
  return *deferred_->full;
}

const internal::Tables& Dictionary::TablesFor(bool english) const {
  return english ? tables() : *tables_;
}

DictionaryStats Dictionary::Stats() const { return tables().stats; }

}  // namespace khabar
