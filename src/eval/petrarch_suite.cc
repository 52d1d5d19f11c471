// Copyright 2026 The khabar Authors. MIT License.

#include "eval/petrarch_suite.h"

#include <expat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dict/embedded.h"
#include "dict/petrarch_import.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"

namespace khabar {
namespace {

struct Expected {
  std::string source, target, code;
};

struct Record {
  std::string id, date, category, text;
  std::vector<Expected> events;
  int line = 0;
};

struct Records {
  std::map<std::string, std::string> environment;  // Verbfile -> name, ...
  std::vector<Record> sentences;
};

// expat callbacks: <Environment> children, <Sentence>, <EventCoding>, <Text>.
struct ParseState {
  XML_Parser parser = nullptr;
  Records* out = nullptr;
  std::vector<std::string> path;  // open elements
  std::string text;               // character data of the innermost element
  Record current;
  bool in_sentence = false;
};

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* st = static_cast<ParseState*>(data);
  const std::string element = name;
  st->path.push_back(element);
  st->text.clear();
  auto attr = [&](const char* key) -> std::string {
    for (int i = 0; attrs[i] != nullptr; i += 2) {
      if (std::string(attrs[i]) == key) return attrs[i + 1];
    }
    return "";
  };
  if (element == "Sentence") {
    st->current = Record();
    st->current.id = attr("id");
    st->current.date = attr("date");
    st->current.category = attr("category");
    st->current.line = static_cast<int>(XML_GetCurrentLineNumber(st->parser));
    st->in_sentence = true;
  } else if (element == "EventCoding" && st->in_sentence) {
    Expected e{attr("sourcecode"), attr("targetcode"), attr("eventcode")};
    // <EventCoding noevents="True"> and error="..." records expect nothing.
    if (!e.code.empty()) st->current.events.push_back(std::move(e));
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  auto* st = static_cast<ParseState*>(data);
  const std::string element = name;
  if (element == "Text" && st->in_sentence) {
    st->current.text = st->text;
  } else if (element == "Sentence") {
    st->out->sentences.push_back(std::move(st->current));
    st->in_sentence = false;
  } else if (st->path.size() >= 2 && st->path[st->path.size() - 2] == "Environment") {
    std::string value = st->text;
    value.erase(0, value.find_first_not_of(" \t\r\n"));
    value.erase(value.find_last_not_of(" \t\r\n") + 1);
    st->out->environment[element] = value;
  }
  if (!st->path.empty()) st->path.pop_back();
  st->text.clear();
}

void XMLCALL OnText(void* data, const XML_Char* s, int len) {
  static_cast<ParseState*>(data)->text.append(s, static_cast<std::size_t>(len));
}

Result<Records> ParseRecords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string xml = bytes.str();
  Records records;
  ParseState st;
  st.out = &records;
  st.parser = XML_ParserCreate("UTF-8");
  if (st.parser == nullptr) return Status::Internal("cannot create an XML parser");
  XML_SetUserData(st.parser, &st);
  XML_SetElementHandler(st.parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(st.parser, OnText);
  const XML_Status ok = XML_Parse(st.parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
  Status status;
  if (ok != XML_STATUS_OK) {
    status = Status::InvalidInput(path + ":" + std::to_string(XML_GetCurrentLineNumber(st.parser)) +
                                  ": " + XML_ErrorString(XML_GetErrorCode(st.parser)));
  }
  XML_ParserFree(st.parser);
  if (!status.ok()) return status;
  return records;
}

std::string ReadAll(const std::filesystem::path& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "19950101" -> "1995-01-01"
std::string IsoDate(const std::string& d) {
  if (d.size() != 8) return "";
  return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
}

// The record text as one line: the XML wraps it.
std::string OneLine(const std::string& text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

std::string Key(const std::string& s, const std::string& t, const std::string& c) {
  return s + ">" + t + ":" + c;
}

// A temporary directory removed when it goes out of scope.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    std::error_code ec;
    path_ = std::filesystem::temp_directory_path(ec) /
            ("khabar_suite_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
    std::filesystem::remove_all(path_, ec);
    std::filesystem::create_directories(path_, ec);
    ok_ = !ec;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  bool ok() const { return ok_; }
  const std::filesystem::path& path() const { return path_; }
  bool Write(const std::string& relative, const std::string& text) const {
    std::error_code ec;
    const std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::binary);
    out << text;
    return !ec && static_cast<bool>(out);
  }

 private:
  std::filesystem::path path_;
  bool ok_ = false;
};

}  // namespace

Result<SuiteReport> RunPetrarchSuite(const std::string& dir) {
  const std::filesystem::path root(dir);
  Result<Records> records = ParseRecords((root / "PETR.UnitTest.records.xml").string());
  if (!records.ok()) return records.status();

  // The suite's dictionaries, converted with their private codes kept.
  std::vector<dict::PetrarchSource> sources;
  const std::pair<const char*, dict::PetrarchKind> kFiles[] = {
      {"Verbfile", dict::PetrarchKind::kVerbs},
      {"Actorfile", dict::PetrarchKind::kActors},
      {"Agentfile", dict::PetrarchKind::kAgents},
      {"Discardfile", dict::PetrarchKind::kDiscards}};
  for (const auto& [tag, kind] : kFiles) {
    auto it = records->environment.find(tag);
    if (it == records->environment.end() || it->second.empty()) continue;
    bool ok = false;
    std::string text = ReadAll(root / it->second, &ok);
    if (!ok) return Status::NotFound((root / it->second).string() + ": cannot read");
    sources.push_back({it->second, std::move(text), kind});
  }
  DictionaryOptions builtin_options;
  Result<Dictionary> builtin = Dictionary::Load(builtin_options);
  if (!builtin.ok()) return builtin.status();
  dict::PetrarchImportOptions options = dict::ImportOptionsFor(*builtin, false);
  options.keep_unknown_codes = true;
  const dict::PetrarchImport imported = dict::ImportPetrarch(sources, options);

  SuiteReport report;
  report.import_report = dict::FormatImportReport(imported);

  // A dictionary directory: the code tables with the suite's codes added,
  // khabar's English structural words, and the converted files.
  TempDir tmp;
  if (!tmp.ok()) return Status::IoError("cannot make a temporary directory");
  std::size_t count = 0;
  const dict::EmbeddedFile* embedded = dict::EmbeddedFiles(&count);
  bool written = true;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string path(embedded[i].path);
    std::string text(embedded[i].text);
    if (path == "common/cameo.tsv") {
      if (!text.empty() && text.back() != '\n') text += '\n';
      for (const std::string& c : imported.extra_event_codes) {
        text += c + "\tPETRARCH suite code " + c + "\t0\t0\t\tsuite\n";
      }
    } else if (path == "common/roles.tsv") {
      if (!text.empty() && text.back() != '\n') text += '\n';
      for (const std::string& r : imported.extra_roles) text += r + "\tPETRARCH suite role\n";
    } else if (path != "en/cues.txt" && path != "en/time.txt") {
      continue;
    }
    written &= tmp.Write(path, text);
  }
  for (const dict::DictFile& f : imported.files) written &= tmp.Write(f.path, f.text);
  if (!written) return Status::IoError(tmp.path().string() + ": cannot write the dictionaries");
  DictionaryOptions suite_options;
  suite_options.use_embedded = false;
  suite_options.dirs.push_back(tmp.path().string());
  suite_options.lenient = true;
  DictionaryReport dict_report;
  Result<Dictionary> dictionary = Dictionary::Load(suite_options, &dict_report);
  if (!dictionary.ok()) return dictionary.status();
  report.dictionary_warnings = dict_report.warnings;

  CoderOptions coder_options;
  coder_options.modality = false;  // PETRARCH codes "will abandon ties" as the act
  Coder coder(*dictionary, coder_options);
  for (const Record& r : records->sentences) {
    SuiteRecord out;
    out.id = r.id;
    out.category = r.category;
    out.text = OneLine(r.text);
    Document doc;
    doc.id = r.id;
    doc.date = IsoDate(r.date);
    doc.lang = "en";
    doc.text = out.text;
    Result<std::vector<Event>> events = coder.Code(doc);
    std::vector<std::string> system;
    if (events.ok()) {
      for (const Event& e : *events) system.push_back(Key(e.source.code, e.target.code, e.code));
    }
    for (const Expected& e : r.events) {
      const std::string key = Key(e.source, e.target, e.code);
      out.expected.push_back(key);
      auto it = std::find(system.begin(), system.end(), key);
      if (it != system.end()) {
        out.found.push_back(key);
        system.erase(it);
      } else {
        out.missed.push_back(key);
      }
    }
    out.extra = system;
    SuiteCounts& c = report.by_category[r.category];
    for (SuiteCounts* counts : {&c, &report.total}) {
      counts->records += 1;
      counts->expected += static_cast<int>(out.expected.size());
      counts->found += static_cast<int>(out.found.size());
      counts->extra += static_cast<int>(out.extra.size());
    }
    report.records.push_back(std::move(out));
  }
  return report;
}

std::string FormatSuiteReport(const SuiteReport& report, bool json, int show) {
  std::string out;
  char line[256];
  int shown = 0;
  for (const SuiteRecord& r : report.records) {
    if (shown >= show) break;
    if (r.missed.empty() && r.extra.empty()) continue;
    ++shown;
    out += r.id + " [" + r.category + "] " + r.text + "\n";
    auto list = [&](const char* what, const std::vector<std::string>& v) {
      if (v.empty()) return;
      out += std::string("    ") + what;
      for (const std::string& s : v) out += " " + s;
      out += "\n";
    };
    list("found ", r.found);
    list("missed", r.missed);
    list("extra ", r.extra);
  }
  std::snprintf(line, sizeof line, "%-12s %8s %8s %8s %8s\n", "category", "records", "expected",
                "found", "extra");
  out += line;
  auto row = [&](const std::string& name, const SuiteCounts& c) {
    std::snprintf(line, sizeof line, "%-12s %8d %8d %8d %8d\n", name.c_str(), c.records,
                  c.expected, c.found, c.extra);
    out += line;
  };
  for (const auto& [category, c] : report.by_category) row(category, c);
  row("total", report.total);
  const SuiteCounts& t = report.total;
  const double found = t.expected > 0 ? 100.0 * t.found / t.expected : 0.0;
  const double extra = t.expected > 0 ? 100.0 * t.extra / t.expected : 0.0;
  const int written = t.found + t.extra;
  const double extra_share = written > 0 ? 100.0 * t.extra / written : 0.0;
  std::snprintf(line, sizeof line,
                "found %.1f%% of the expected events; extra events %.1f%% of the expected "
                "(%.1f%% of the events written)\n",
                found, extra, extra_share);
  out += line;
  if (json) {
    nlohmann::ordered_json j;
    j["expected"] = t.expected;
    j["found"] = t.found;
    j["extra"] = t.extra;
    nlohmann::ordered_json by = nlohmann::ordered_json::object();
    for (const auto& [category, c] : report.by_category) {
      by[category] = {{"records", c.records}, {"expected", c.expected}, {"found", c.found},
                      {"extra", c.extra}};
    }
    j["by_category"] = by;
    out += j.dump() + "\n";
  }
  return out;
}

}  // namespace khabar
