// Copyright 2026 The khabar Authors. MIT License.

#include "cli/commands.h"

#include <fmt/core.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "dict/petrarch_import.h"
#include "eval/petrarch_suite.h"
#include "khabar/coder.h"
#include "khabar/eval.h"
#include "khabar/io.h"

namespace khabar::cli {
namespace {

void Complain(const std::string& message) { fmt::print(stderr, "khabar: {}\n", message); }

// Reads documents from a list of files (or stdin) one after another.
class InputStream {
 public:
  explicit InputStream(std::vector<std::string> files) : files_(std::move(files)) {
    if (files_.empty()) files_.push_back("-");
  }

  // Next item; false at the end of the last file. Unopenable files come out
  // as rejections.
  bool Next(ReadItem* item) {
    while (true) {
      if (reader_ && reader_->Next(item)) return true;
      reader_.reset();
      file_.reset();
      if (next_ >= files_.size()) return false;
      const std::string& path = files_[next_++];
      if (path == "-") {
        reader_ = std::make_unique<DocumentReader>(std::cin, "<stdin>");
        continue;
      }
      file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*file_ || std::filesystem::is_directory(path)) {
        *item = ReadItem();
        item->place = path;
        item->rejection = Status::NotFound("cannot open file");
        file_.reset();
        return true;
      }
      reader_ = std::make_unique<DocumentReader>(*file_, path, DocumentReader::FormatForPath(path));
    }
  }

  // Total bytes of the regular input files, or 0 when unknown (stdin).
  std::uintmax_t TotalBytes() const {
    std::uintmax_t total = 0;
    for (const auto& f : files_) {
      std::error_code ec;
      if (f == "-") return 0;
      const auto size = std::filesystem::file_size(f, ec);
      if (!ec) total += size;
    }
    return total;
  }

 private:
  std::vector<std::string> files_;
  std::size_t next_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<DocumentReader> reader_;
};

struct Work {
  ReadItem item;
  Status error;  // from the coder
  std::string output;
  std::size_t bytes = 0;
  int events = 0;
};

class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total) : enabled_(enabled), total_(total) {}
  void Update(long documents, std::uintmax_t bytes, bool final) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? documents / seconds : 0;
    std::string eta;
    if (total_ > 0 && bytes > 0 && bytes < total_ && seconds > 0) {
      eta = fmt::format(", ETA {:.0f} s", (total_ - bytes) / (bytes / seconds));
    }
    fmt::print(stderr, "\rkhabar: {} documents, {:.1f} MB, {:.0f} docs/s{}   {}", documents,
               bytes / 1e6, rate, eta, final ? "\n" : "");
  }

 private:
  bool enabled_;
  std::uintmax_t total_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

Result<Dictionary> LoadDictionary(const DictFlags& flags, bool defer_english) {
  DictionaryOptions options;
  options.defer_english = defer_english;
  options.use_embedded = !flags.replace;
  options.dirs = flags.dirs;
  options.lenient = flags.lenient;
  DictionaryReport report;
  Result<Dictionary> dict = Dictionary::Load(options, &report);
  for (const auto& w : report.warnings) {
    if (flags.lenient) Complain("dictionary warning: " + w);
  }
  if (!dict.ok()) {
    for (const auto& e : report.errors) Complain("dictionary: " + e);
  }
  return dict;
}

int RunCode(const CodeFlags& flags, const DictFlags& dict_flags) {
  // The built-in dictionaries come from the build's snapshot, all languages
  // at once. Without one (stale or damaged) their text is compiled, the
  // English tables only when the first English document comes.
  Result<Dictionary> dict = LoadDictionary(dict_flags, /*defer_english=*/true);
  if (!dict.ok()) {
    const bool entries = dict.status().code() == Status::Code::kDictionary;
    Complain(dict.status().ToString() +
             (entries ? " (use --dict-lenient to skip broken entries)" : ""));
    return 2;
  }
  CoderOptions options;
  options.default_lang = flags.lang;
  options.default_date = flags.date;
  options.explain = flags.explain;
  Coder coder(*dict, options);
  Document probe;  // the coder is the judge of dates: an empty document with --date
  probe.lang = "en";
  if (!flags.date.empty() && (flags.date.size() != 10 || !coder.Code(probe).ok())) {
    Complain("--date must be a date written YYYY-MM-DD, not '" + flags.date + "'");
    return 2;
  }
  EventWriter writer(*EventWriter::ParseFormat(flags.format));

  const int threads =
      flags.threads > 0 ? flags.threads : std::max(1, oneapi::tbb::info::default_concurrency());
  oneapi::tbb::global_control parallelism(oneapi::tbb::global_control::max_allowed_parallelism,
                                          static_cast<std::size_t>(threads));

  InputStream input(flags.files);
  const bool show_progress = !flags.quiet && (flags.progress || isatty(STDERR_FILENO) != 0);
  Progress progress(show_progress, input.TotalBytes());
  std::string strict_buffer;
  std::atomic<bool> stop{false};
  int write_error = 0;  // errno of the first failed write to stdout
  long documents = 0, rejected = 0, events = 0;
  std::uintmax_t bytes = 0;

  static char out_buffer[1 << 16];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  auto emit = [&](const std::string& text) {
    if (flags.strict) {
      strict_buffer += text;
    } else if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() &&
               write_error == 0) {
      write_error = errno;
      stop.store(true);  // events would be lost: stop coding
    }
  };
  emit(writer.Header());

  oneapi::tbb::parallel_pipeline(
      static_cast<std::size_t>(threads) * 4,
      oneapi::tbb::make_filter<void, std::shared_ptr<Work>>(
          oneapi::tbb::filter_mode::serial_in_order,
          [&](oneapi::tbb::flow_control& fc) -> std::shared_ptr<Work> {
            auto work = std::make_shared<Work>();
            if (stop.load() || !input.Next(&work->item)) {
              fc.stop();
              return nullptr;
            }
            if (work->item.document) work->bytes = work->item.document->text.size();
            return work;
          }) &
          oneapi::tbb::make_filter<std::shared_ptr<Work>, std::shared_ptr<Work>>(
              oneapi::tbb::filter_mode::parallel,
              [&](std::shared_ptr<Work> work) {
                if (!work->item.document || stop.load()) return work;
                Result<std::vector<Event>> coded = coder.Code(*work->item.document);
                if (!coded.ok()) {
                  work->error = coded.status();
                  return work;
                }
                for (const Event& e : *coded) work->output += writer.FormatEvent(e);
                work->events = static_cast<int>(coded->size());
                work->item.document->text.clear();  // free early: bounded memory
                work->item.document->text.shrink_to_fit();
                return work;
              }) &
          oneapi::tbb::make_filter<std::shared_ptr<Work>, void>(
              oneapi::tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Work> work) {
                const Status& problem =
                    !work->item.rejection.ok() ? work->item.rejection : work->error;
                if (flags.strict && stop.load()) return;  // only the first one counts
                if (!problem.ok()) {
                  ++rejected;
                  Complain(work->item.place + ": " + problem.message() +
                           (work->item.document ? " (document '" + work->item.document->id +
                                                      "' rejected)"
                                                : " (rejected)"));
                  if (flags.strict) stop.store(true);
                  return;
                }
                if (stop.load()) return;
                ++documents;
                events += work->events;
                bytes += work->bytes;
                emit(work->output);
                progress.Update(documents, bytes, false);
              }));
  progress.Update(documents, bytes, true);
  if (flags.strict && rejected > 0) {
    Complain("--strict: stopped at the first rejected document; nothing written");
    return 1;
  }
  if (flags.strict &&
      std::fwrite(strict_buffer.data(), 1, strict_buffer.size(), stdout) != strict_buffer.size()) {
    write_error = errno;
  }
  if (std::fflush(stdout) != 0 && write_error == 0) write_error = errno;
  if (write_error != 0 || std::ferror(stdout) != 0) {
    Complain(fmt::format("cannot write the events to standard output ({}); output is incomplete",
                         std::strerror(write_error != 0 ? write_error : EIO)));
    return 1;
  }
  if (rejected > 0 || show_progress) {
    Complain(fmt::format("{} documents coded, {} events written, {} documents rejected", documents,
                         events, rejected));
  }
  return rejected > 0 ? 1 : 0;
}

int RunTrace(const CodeFlags& flags, const DictFlags& dict_flags) {
  Result<Dictionary> dict = LoadDictionary(dict_flags);
  if (!dict.ok()) {
    Complain(dict.status().ToString());
    return 2;
  }
  CoderOptions options;
  options.default_lang = flags.lang;
  options.default_date = flags.date;
  Coder coder(*dict, options);
  InputStream input(flags.files);
  ReadItem item;
  int status = 0;
  while (input.Next(&item)) {
    if (!item.rejection.ok() || !item.document) {
      Complain(item.place + ": " + item.rejection.message());
      status = 1;
      continue;
    }
    Result<std::string> trace = coder.Trace(*item.document);
    if (!trace.ok()) {
      Complain(item.place + ": " + trace.status().message());
      status = 1;
      continue;
    }
    fmt::print("== {}\n{}", item.document->id, *trace);
  }
  return status;
}

int RunEval(const EvalFlags& flags, const DictFlags& dict_flags) {
  Result<Dictionary> dict = LoadDictionary(dict_flags);
  if (!dict.ok()) {
    Complain(dict.status().ToString());
    return 2;
  }
  Result<std::vector<GoldDocument>> gold = ReadGold(flags.gold);
  if (!gold.ok()) {
    Complain(gold.status().ToString());
    return 2;
  }
  Coder coder(*dict);
  std::vector<Event> system;
  int rejected = 0;
  for (const GoldDocument& g : *gold) {
    Result<std::vector<Event>> events = coder.Code(g.document);
    if (!events.ok()) {
      Complain(flags.gold + ": document '" + g.document.id + "': " + events.status().message());
      ++rejected;
      continue;
    }
    for (Event& e : *events) system.push_back(std::move(e));
  }
  if (!flags.output.empty()) {
    std::ofstream out(flags.output, std::ios::binary);
    EventWriter writer(EventWriter::Format::kJsonl);
    for (const Event& e : system) out << writer.FormatEvent(e);
    if (!out) {
      Complain(flags.output + ": cannot write");
      return 1;
    }
  }
  const Scores scores = Score(*gold, system);
  const std::string text = FormatScores(scores, flags.per_root, flags.json, flags.show_errors);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return rejected > 0 ? 1 : 0;
}

int RunDictCheck(const std::string& dir) {
  DictionaryOptions options;
  if (!dir.empty()) options.dirs.push_back(dir);
  DictionaryReport report;
  Result<Dictionary> dict = Dictionary::Load(options, &report);
  for (const auto& e : report.errors) fmt::print("error: {}\n", e);
  for (const auto& w : report.warnings) fmt::print("warning: {}\n", w);
  if (!dict.ok() && report.errors.empty()) {
    Complain(dict.status().ToString());
    return 2;
  }
  fmt::print("{}: {} files, {} entries, {} errors, {} warnings\n",
             dir.empty() ? "built-in dictionaries" : dir, report.files, report.entries,
             report.errors.size(), report.warnings.size());
  return report.errors.empty() ? 0 : 1;
}

int RunDictStats(const DictFlags& dict_flags) {
  Result<Dictionary> dict = LoadDictionary(dict_flags);
  if (!dict.ok()) {
    Complain(dict.status().ToString());
    return 2;
  }
  const DictionaryStats s = dict->Stats();
  fmt::print("event patterns per root (all languages):\n");
  int total = 0;
  for (const auto& [root, n] : s.patterns_per_root) {
    fmt::print("  {}  {}\n", root, n);
    total += n;
  }
  fmt::print("  total {}", total);
  for (const auto& [lang, n] : s.patterns_per_lang) fmt::print(", {} {}", lang, n);
  fmt::print("\nactors by kind (dictionary file):\n");
  for (const auto& [kind, n] : s.actors_by_kind) fmt::print("  {:<16} {}\n", kind, n);
  fmt::print("persons: {} with {} roles ({} dated)\n", s.persons, s.person_roles, s.dated_roles);
  fmt::print("agents (titles and roles): {}\n", s.agents);
  fmt::print("cue phrases: {}\ntime expressions: {}\ndistinct names: {}\nCAMEO event codes: {}\n",
             s.cues, s.time_words, s.names, s.event_codes);
  return 0;
}

int RunDictImport(const ImportFlags& flags) {
  DictionaryOptions builtin;
  builtin.lenient = true;  // the code tables are what matters here
  Result<Dictionary> target = Dictionary::Load(builtin);
  if (!target.ok()) {
    Complain(target.status().ToString());
    return 2;
  }
  dict::PetrarchImportOptions options = dict::ImportOptionsFor(*target, flags.skip_known);
  std::optional<Dictionary> known;  // must outlive `options`
  if (!flags.known.empty()) {
    DictionaryOptions known_options;
    known_options.use_embedded = false;
    known_options.dirs.push_back(flags.known);
    known_options.lenient = true;
    Result<Dictionary> loaded = Dictionary::Load(known_options);
    if (!loaded.ok()) {
      Complain(loaded.status().ToString());
      return 2;
    }
    known.emplace(std::move(*loaded));
    options.known_name = dict::ImportOptionsFor(*known, true).known_name;
  }
  options.dialect =
      flags.from == "tabari" ? dict::PetrarchDialect::kTabari : dict::PetrarchDialect::kPetrarch;
  options.parse_free = flags.parse_free;
  options.keep_unknown_codes = flags.keep_unknown_codes;
  options.max_agent_roles = flags.agent_roles;
  std::vector<dict::PetrarchSource> sources;
  for (const std::string& path : flags.sources) {
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path)) {
      Complain(path + ": cannot read");
      return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    sources.push_back({path, text.str(), dict::PetrarchKind::kAuto});
  }
  const dict::PetrarchImport result = dict::ImportPetrarch(sources, options);
  std::error_code ec;
  for (const dict::DictFile& file : result.files) {
    const std::filesystem::path path = std::filesystem::path(flags.out) / file.path;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out << file.text;
    if (ec || !out) {
      Complain(path.string() + ": cannot write");
      return 2;
    }
  }
  if (!flags.quiet) {
    for (const dict::PetrarchSkip& s : result.skipped) {
      fmt::print(stderr, "{}: {}: {}\n", s.place, s.reason, s.detail);
    }
  }
  if (!result.extra_event_codes.empty() || !result.extra_roles.empty()) {
    std::string codes, roles;
    for (const auto& c : result.extra_event_codes) codes += " " + c;
    for (const auto& r : result.extra_roles) roles += " " + r;
    fmt::print("codes not in common/cameo.tsv:{}\nroles not in common/roles.tsv:{}\n", codes, roles);
  }
  fmt::print("{}", dict::FormatImportReport(result));
  return result.skipped.empty() ? 0 : 1;
}

int RunSuite(const SuiteFlags& flags) {
  Result<SuiteReport> report = RunPetrarchSuite(flags.dir);
  if (!report.ok()) {
    Complain(report.status().ToString());
    return 2;
  }
  const std::string text = FormatSuiteReport(*report, flags.json, flags.show);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

}  // namespace khabar::cli
