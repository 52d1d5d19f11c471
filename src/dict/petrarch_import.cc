// Copyright 2026 The khabar Authors. MIT License.

#include "dict/petrarch_import.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "dict/tables.h"
#include "text/lexicon.h"
#include "text/tokenizer.h"

namespace khabar::dict {
namespace {

// ---- text helpers -------------------------------------------------------------

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> SplitBlanks(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

bool IsUpperWord(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string BaseName(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// "PETR.Validate.verbs.txt" -> "petr_validate_verbs"
std::string Slug(std::string_view path) {
  std::string base = BaseName(path);
  if (base.size() > 4 && Lower(base.substr(base.size() - 4)) == ".txt") base.resize(base.size() - 4);
  std::string out;
  for (char c : base) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (alnum) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "imported" : out;
}

// ---- lines without comments ------------------------------------------------------

struct Line {
  int number = 0;
  std::string text;  // trimmed, comments removed, never empty
};

// Removes XML comments (which may span lines), '#' comments (PETRARCH reads
// a line only up to its first '#') and, for TABARI, ';' comments. Lines that
// start with "<!" are skipped whole, as PETRARCH does.
std::vector<Line> CleanLines(std::string_view text, PetrarchDialect dialect,
                             std::vector<std::pair<int, std::string>>* problems) {
  std::vector<Line> lines;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  bool in_comment = false;
  int comment_start = 0;
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string line(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++number;
    if (in_comment) {
      const std::size_t end = line.find("-->");
      if (end == std::string::npos) continue;
      line.erase(0, end + 3);
      in_comment = false;
    }
    // Comments in XML style: "<!-- ... -->" within the line, or opening one.
    while (true) {
      const std::size_t open = line.find("<!--");
      if (open == std::string::npos) break;
      const std::size_t close = line.find("-->", open + 4);
      if (close == std::string::npos) {
        line.erase(open);
        in_comment = true;
        comment_start = number;
        break;
      }
      line.erase(open, close + 3 - open);
    }
    std::string_view content = Trim(line);
    if (content.substr(0, 2) == "<!") continue;  // "<! -- ... -->" and other markup
    if (const std::size_t hash = content.find('#'); hash != std::string_view::npos) {
      content = Trim(content.substr(0, hash));
    }
    if (dialect == PetrarchDialect::kTabari) {
      if (const std::size_t semi = content.find(';'); semi != std::string_view::npos) {
        content = Trim(content.substr(0, semi));
      }
    }
    if (content.empty()) continue;
    lines.push_back({number, std::string(content)});
  }
  if (in_comment) problems->push_back({comment_start, "'<!--' comment never closed"});
  return lines;
}

// The licence and copyright lines of a source's comments, for the notice.
std::vector<std::string> NoticeLines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  int seen = 0;
  while (pos < text.size() && seen < 400) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++seen;
    const std::string lower = Lower(line);
    if ((lower.find("copyright") != std::string::npos ||
         lower.find("mit license") != std::string::npos) &&
        line.size() < 200) {
      std::string_view s = line;
      while (!s.empty() && (s.front() == '#' || s.front() == ' ' || s.front() == '<' ||
                            s.front() == '!' || s.front() == '-')) {
        s.remove_prefix(1);
      }
      while (!s.empty() && (s.back() == '>' || s.back() == '-' || s.back() == ' ')) s.remove_suffix(1);
      if (!s.empty() && std::find(out.begin(), out.end(), std::string(s)) == out.end()) {
        out.emplace_back(s);
      }
    }
  }
  return out;
}

// ---- dates -----------------------------------------------------------------------

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int ShiftDay(int date, int days) {
  using namespace std::chrono;
  const year_month_day ymd{year{date / 10000}, month{static_cast<unsigned>(date / 100 % 100)},
                           day{static_cast<unsigned>(date % 100)}};
  const year_month_day shifted{sys_days{ymd} + std::chrono::days{days}};
  return static_cast<int>(shifted.year()) * 10000 +
         static_cast<int>(static_cast<unsigned>(shifted.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(shifted.day()));
}

std::string IsoDate(int date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buf;
}

// ---- codes -----------------------------------------------------------------------

struct CodeCheck {
  std::string code;    // possibly shortened
  std::string error;   // reason category when unusable
  std::string detail;
  std::string note;    // a change made to it
};

class CodeChecker {
 public:
  CodeChecker(const PetrarchImportOptions& options, PetrarchImport* out)
      : options_(options), out_(out) {}

  // An actor code: COUNTRY (3 capitals or ---) then 3-letter roles.
  CodeCheck Actor(std::string_view raw) const {
    CodeCheck c;
    const std::string code(Trim(raw));
    if (code.empty()) return Fail("missing code", "'[]'");
    if (code == "---") return {code, "", "", ""};
    if (code.find('/') != std::string::npos) {
      return Fail("several actors in one code", "'" + code + "'");
    }
    if (!IsUpperWord(code)) {
      if (IsUpperWord(Upper(code))) return Fail("malformed code (lower case)", "'" + code + "'");
      return Fail("malformed code", "'" + code + "'");
    }
    if (code.size() % 3 != 0) return Fail("malformed code (not 3-letter parts)", "'" + code + "'");
    c.code = code.substr(0, 3);
    for (std::size_t i = 3; i < code.size(); i += 3) {
      const std::string role = code.substr(i, 3);
      if (options_.roles.empty() || options_.roles.count(role) > 0) {
        c.code += role;
        continue;
      }
      if (options_.keep_unknown_codes) {
        out_->extra_roles.insert(role);
        c.code += role;
        continue;
      }
      if (!options_.shorten_unknown_roles) {
        return Fail("unknown role code", "'" + role + "' in '" + code + "'");
      }
      c.note = "code shortened (unknown role)";
      c.detail = "'" + code + "' -> '" + c.code + "'";
      break;
    }
    return c;
  }

  // Agent roles: "~GOVFRM" (after the actor code) or "NGO~" (before it).
  CodeCheck Agent(std::string_view raw) const {
    std::string code;
    for (char ch : raw) {
      if (ch != ' ' && ch != '\t') code += ch;
    }
    const bool prefix = !code.empty() && code.back() == '~' && code.front() != '~';
    if (code.empty()) return Fail("missing code", "'[]'");
    if (code.find('~') == std::string::npos) {
      return Fail("agent code without '~'", "'" + code + "'");
    }
    std::string roles = code;
    roles.erase(std::remove(roles.begin(), roles.end(), '~'), roles.end());
    if (!IsUpperWord(roles) || roles.size() % 3 != 0) {
      return Fail("malformed code", "'" + code + "'");
    }
    CodeCheck c;
    int kept = 0;
    for (std::size_t i = 0; i < roles.size(); i += 3) {
      const std::string role = roles.substr(i, 3);
      const bool known = options_.roles.empty() || options_.roles.count(role) > 0;
      if (!known && !options_.keep_unknown_codes) {
        c.note = "roles shortened (unknown role)";
        c.detail = "'" + code + "'";
        continue;
      }
      if (options_.max_agent_roles > 0 && kept >= options_.max_agent_roles) {
        c.note = "roles shortened (one role kept)";
        c.detail = "'" + code + "'";
        break;
      }
      if (!known) out_->extra_roles.insert(role);
      c.code += role;
      ++kept;
    }
    if (c.code.empty()) return Fail("unknown role code", "'" + code + "'");
    if (prefix) c.code += '~';
    return c;
  }

  // An event code or a pair "042:043".
  CodeCheck Event(std::string_view raw) const {
    const std::string code(Trim(raw));
    if (code.empty()) return Fail("missing event code", "'[]'");
    if (code == "---") return Fail("null code (only blocks the verb's code)", "'---'");
    std::vector<std::string> parts = SplitOn(code, ':');
    if (parts.size() > 2) return Fail("malformed event code", "'" + code + "'");
    if (parts.size() == 2 && parts[0].empty()) return Fail("reverse-only code", "'" + code + "'");
    CodeCheck c;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      std::string part(Trim(parts[i]));
      if (i == 1 && (part.empty() || part == "---")) break;  // "042:" or "042:---"
      const bool alnum =
          !part.empty() && std::all_of(part.begin(), part.end(), [](char ch) {
            return std::isalnum(static_cast<unsigned char>(ch)) != 0;
          });
      if (!alnum) return Fail("malformed event code", "'" + code + "'");
      const bool known = options_.event_codes.empty() ? IsDigits(part) && part.size() >= 2 &&
                                                            part.size() <= 4
                                                      : options_.event_codes.count(part) > 0;
      if (!known) {
        if (!options_.keep_unknown_codes) return Fail("unknown event code", "'" + part + "'");
        out_->extra_event_codes.insert(part);
      }
      if (i == 1) c.code += ':';
      c.code += part;
    }
    return c;
  }

 private:
  static CodeCheck Fail(std::string reason, std::string detail) {
    CodeCheck c;
    c.error = std::move(reason);
    c.detail = std::move(detail);
    return c;
  }

  const PetrarchImportOptions& options_;
  PetrarchImport* out_;
};

// ---- the converter state ------------------------------------------------------------

class Importer {
 public:
  Importer(const PetrarchImportOptions& options, PetrarchImport* out)
      : options_(options), out_(out), codes_(options, out), tokenizer_(text::Language::kEnglish, &lexicon_) {}

  void Convert(const PetrarchSource& source);

 private:
  PetrarchKind Detect(const PetrarchSource& source, const std::vector<Line>& lines) const;
  // An entry left out: listed with its place, counted under its reason.
  void Skip(PetrarchFileReport* report, const std::string& file, int line,
            const std::string& reason, const std::string& detail) {
    out_->skipped.push_back({file + ":" + std::to_string(line), reason, detail});
    report->skipped[reason] += 1;
  }
  // A part of an entry left out (one name, one dated code): listed with its
  // place; the entry itself may still be converted.
  void Drop(PetrarchFileReport* report, const std::string& file, int line,
            const std::string& reason, const std::string& detail) {
    out_->skipped.push_back({file + ":" + std::to_string(line), reason, detail});
    report->notes["part dropped: " + reason] += 1;
  }
  std::string Header(const PetrarchSource& source, PetrarchKind kind) const;

  void Verbs(const PetrarchSource& source, const std::vector<Line>& lines, PetrarchFileReport* r,
             std::string* out);
  void Actors(const PetrarchSource& source, const std::vector<Line>& lines,
              PetrarchFileReport* r, std::string* out);
  void Agents(const PetrarchSource& source, const std::vector<Line>& lines,
              PetrarchFileReport* r, std::string* out);
  void Discards(const PetrarchSource& source, const std::vector<Line>& lines,
                PetrarchFileReport* r, std::string* out);

  std::string StemKey(std::string_view word) { return tokenizer_.KeyOf(word); }
  // A name as the compiler compares names: its stems ("Sagaing" and "Saga"
  // have the same). Empty when the name has no word.
  std::string NameStems(std::string_view name) {
    std::string key;
    for (const std::string& k : tokenizer_.Keys(name)) key += (key.empty() ? "" : " ") + k;
    return key;
  }

  const PetrarchImportOptions& options_;
  PetrarchImport* out_;
  CodeChecker codes_;
  text::Lexicon lexicon_;
  text::Tokenizer tokenizer_;
  // Names written so far (lower case) -> (code or role, place): no name may
  // mean two things.
  std::map<std::string, std::pair<std::string, std::string>> actor_names_;
  std::map<std::string, std::pair<std::string, std::string>> agent_names_;
};

PetrarchKind Importer::Detect(const PetrarchSource& source, const std::vector<Line>& lines) const {
  if (source.kind != PetrarchKind::kAuto) return source.kind;
  const std::string base = Lower(BaseName(source.path));
  if (base.find("discard") != std::string::npos) return PetrarchKind::kDiscards;
  if (base.find("agent") != std::string::npos) return PetrarchKind::kAgents;
  if (base.find("actor") != std::string::npos) return PetrarchKind::kActors;
  if (base.find("verb") != std::string::npos || base.rfind("cameo", 0) == 0) {
    return PetrarchKind::kVerbs;
  }
  int patterns = 0, agents = 0, codes = 0;
  for (const Line& l : lines) {
    if (l.text.rfind("---", 0) == 0 || l.text.rfind("- ", 0) == 0) ++patterns;
    if (l.text.find("[~") != std::string::npos || l.text.find("~]") != std::string::npos) ++agents;
    if (l.text.find('[') != std::string::npos) ++codes;
  }
  if (patterns > 0) return PetrarchKind::kVerbs;
  if (agents > 0) return PetrarchKind::kAgents;
  if (codes > 0) return PetrarchKind::kActors;
  return PetrarchKind::kDiscards;
}

std::string Importer::Header(const PetrarchSource& source, PetrarchKind kind) const {
  std::string h = "# Converted by `khabar dict import --from ";
  h += options_.dialect == PetrarchDialect::kTabari ? "tabari" : "petrarch";
  h += "` from " + BaseName(source.path) + " (" + std::string(KindName(kind)) + ").\n";
  h += "# Every pattern and name keeps its source line in a trailing comment.\n";
  const std::vector<std::string> notice = NoticeLines(source.text);
  if (!notice.empty()) {
    h += "# Notice of the source:\n";
    for (const std::string& n : notice) h += "#   " + n + "\n";
  }
  h += "# Licence of the source: see dict/SOURCES.md (PETRARCH and TABARI dictionaries are\n"
       "# MIT-licensed, Copyright (c) Open Event Data Alliance).\n\n";
  return h;
}

// ---- verbs ------------------------------------------------------------------------

struct VerbLine {
  int line = 0;
  std::vector<std::string> forms;  // khabar words, lower case, '_' between words
  std::string code;                // own code or the block's
  bool used = false;
};

struct PatternLine {
  int line = 0;
  std::string body;  // text between '-' and '['
  std::string code;  // raw code
  bool code_ok = true;
};

struct Block {
  int line = 0;
  std::string name;
  std::string code = "---";
  std::vector<VerbLine> verbs;
  std::vector<PatternLine> patterns;
};

// Joins TreeBank-split contractions: "DID N'T" -> "didn't", "WO N'T" -> "won't".
std::vector<std::string> JoinContractions(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (std::string& w : words) {
    const std::string lower = Lower(w);
    if ((lower == "n't" || lower == "n’t") && !out.empty()) {
      out.back() = Lower(out.back()) + "n't";  // did+n't, wo+n't, ca+n't
      continue;
    }
    out.push_back(w);
  }
  return out;
}

// Alternatives of one '_'-joined unit of a pattern ("NEW_&TIETYPES_RELATIONS"):
// the product of its parts, each part a word or a synset's members.
bool ExpandUnit(const std::string& unit, const std::map<std::string, std::vector<std::string>>& synsets,
                std::vector<std::string>* alternatives, std::string* error) {
  std::vector<std::string> out = {""};
  for (const std::string& raw_part : SplitOn(unit, '_')) {
    if (raw_part.empty()) continue;  // "WORD_" (an exact word in TABARI)
    std::vector<std::string> choices;
    if (raw_part[0] == '&') {
      auto it = synsets.find(Upper(raw_part));
      if (it == synsets.end()) {
        *error = raw_part;
        return false;
      }
      choices = it->second;
    } else {
      choices.push_back(Lower(raw_part));
    }
    std::vector<std::string> grown;
    for (const std::string& prefix : out) {
      for (const std::string& c : choices) {
        grown.push_back(prefix.empty() ? c : prefix + "_" + c);
      }
    }
    out = std::move(grown);
    if (out.size() > 512) {
      *error = "too many alternatives";
      return false;
    }
  }
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  *alternatives = std::move(out);
  return true;
}

// Words that may stand before the verb in a pattern and can be checked
// without a parse: auxiliaries, modals, negators, reporting verbs, adverbs.
bool IsParseFreePreWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "will",  "would",  "shall",    "should", "can",      "could",   "may",    "might",
      "must",  "has",    "have",     "had",    "was",      "were",    "been",   "is",
      "are",   "am",     "be",       "being",  "did",      "does",    "do",     "not",
      "never", "no",     "neither",  "nor",    "to",       "said",    "says",   "say",
      "also",  "again",  "recently", "now",    "didn't",   "won't",   "can't",  "don't",
      "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "weren't", "doesn't", "couldn't",
      "shouldn't", "really", "even", "ever", "just", "already", "failed", "refused",
      "declined", "agreed", "decided", "plan", "planned", "plans", "threatened", "vowed",
      "promised", "pledged", "indicated", "noted", "reportedly", "formally", "officially",
      "unexpectedly", "most", "certainly", "heavily", "unjustly", "strongly", "sharply",
      "fiercely", "abruptly", "immediately", "jointly", "quickly", "suddenly", "finally"};
  return kWords.count(w) > 0;
}

void Importer::Verbs(const PetrarchSource& source, const std::vector<Line>& lines,
                     PetrarchFileReport* r, std::string* out) {
  const std::string file = BaseName(source.path);
  std::map<std::string, std::vector<std::string>> synsets;  // "&NAME" -> khabar words
  std::vector<std::pair<std::string, std::vector<std::pair<int, std::string>>>> raw_synsets;
  std::vector<Block> blocks;
  std::string current_synset;
  bool last_was_pattern = false;

  for (const Line& l : lines) {
    const std::string& t = l.text;
    if (t.rfind("---", 0) == 0) {  // --- NAME [CODE] ---
      current_synset.clear();
      Block b;
      b.line = l.number;
      std::string inner = t;
      const std::size_t open = inner.find('[');
      const std::size_t close = inner.find(']');
      if ((open == std::string::npos) != (close == std::string::npos) ||
          (open != std::string::npos && close < open)) {
        Drop(r, file, l.number, "unbalanced [ ]", "block header '" + t + "'");
        b.code = "---";
      } else if (open != std::string::npos) {
        b.code = std::string(Trim(inner.substr(open + 1, close - open - 1)));
      }
      std::string name = open == std::string::npos ? inner : inner.substr(0, open);
      std::string cleaned;
      for (const std::string& w : SplitBlanks(name)) {
        if (w.find_first_not_of('-') == std::string::npos) continue;
        cleaned += (cleaned.empty() ? "" : " ") + w;
      }
      b.name = cleaned.empty() ? "(unnamed)" : cleaned;
      blocks.push_back(std::move(b));
      last_was_pattern = false;
      continue;
    }
    if (t[0] == '&') {  // a synset
      current_synset = Upper(SplitBlanks(t)[0]);
      while (!current_synset.empty() && current_synset.back() == '_') current_synset.pop_back();
      raw_synsets.push_back({current_synset, {}});
      last_was_pattern = false;
      continue;
    }
    if (t[0] == '+' && !current_synset.empty()) {
      raw_synsets.back().second.push_back({l.number, t.substr(1)});
      continue;
    }
    current_synset.clear();
    if (t[0] == '~') {
      r->entries += 1;
      Skip(r, file, l.number, "verb transformation (needs a parse)", "'" + t + "'");
      continue;
    }
    if (t[0] == '-') {  // a pattern
      r->entries += 1;
      if (blocks.empty()) {
        Skip(r, file, l.number, "pattern outside a verb block", "'" + t + "'");
        continue;
      }
      PatternLine p;
      p.line = l.number;
      const std::size_t open = t.rfind('[');
      const std::size_t close = t.rfind(']');
      const auto opens = std::count(t.begin(), t.end(), '[');
      const auto closes = std::count(t.begin(), t.end(), ']');
      if (open == std::string::npos || close == std::string::npos || close < open ||
          opens != closes) {
        Skip(r, file, l.number, open == std::string::npos && close == std::string::npos
                                    ? "pattern without a code"
                                    : "unbalanced [ ]",
             "'" + t + "'");
        continue;
      }
      p.body = t.substr(1, open - 1);
      p.code = t.substr(open + 1, close - open - 1);
      blocks.back().patterns.push_back(std::move(p));
      last_was_pattern = true;
      continue;
    }
    // A verb line: VERB {FORMS} [CODE]
    if (blocks.empty() || (options_.dialect == PetrarchDialect::kTabari && last_was_pattern)) {
      Block b;  // TABARI: a verb after patterns starts a new block
      b.line = l.number;
      b.name = Upper(SplitBlanks(t)[0]);
      blocks.push_back(std::move(b));
    }
    last_was_pattern = false;
    r->entries += 1;
    VerbLine v;
    v.line = l.number;
    std::string rest = t;
    const std::size_t bopen = rest.find('['), bclose = rest.find(']');
    if ((bopen == std::string::npos) != (bclose == std::string::npos) ||
        (bopen != std::string::npos && bclose < bopen)) {
      Skip(r, file, l.number, "unbalanced [ ]", "'" + t + "'");
      continue;
    }
    if (bopen != std::string::npos) {
      v.code = std::string(Trim(rest.substr(bopen + 1, bclose - bopen - 1)));
      rest = rest.substr(0, bopen);
    }
    const std::size_t copen = rest.find('{'), cclose = rest.find('}');
    if ((copen == std::string::npos) != (cclose == std::string::npos) ||
        (copen != std::string::npos && cclose < copen)) {
      Skip(r, file, l.number, "unbalanced { }", "'" + t + "'");
      continue;
    }
    std::replace(rest.begin(), rest.end(), ',', ' ');  // "{+WAS_X , +BE_X}"
    std::vector<std::string> words;
    if (copen != std::string::npos) {
      words = SplitBlanks(rest.substr(0, copen));
      for (const std::string& f : SplitBlanks(rest.substr(copen + 1, cclose - copen - 1))) {
        words.push_back(f);
      }
      if (words.empty()) words = {};
    } else {
      words = SplitBlanks(rest);
    }
    if (words.empty()) {
      Skip(r, file, l.number, "verb line without a verb", "'" + t + "'");
      continue;
    }
    // Multi-word verbs mark the verb with '+': "+CORDON_OFF", "WIRE_+TAP".
    std::vector<std::string> stems;
    for (std::string w : words) {
      w.erase(std::remove(w.begin(), w.end(), '+'), w.end());
      while (!w.empty() && w.back() == '_') w.pop_back();
      while (!w.empty() && w.front() == '_') w.erase(0, 1);
      if (w.empty()) continue;
      std::string lower = Lower(w);
      // Forms with the same stem add nothing: the stemmer matches them.
      std::string key;
      for (const std::string& part : SplitOn(lower, '_')) key += StemKey(part) + " ";
      if (std::find(stems.begin(), stems.end(), key) != stems.end()) continue;
      stems.push_back(key);
      v.forms.push_back(lower);
    }
    if (v.forms.empty()) {
      Skip(r, file, l.number, "verb line without a verb", "'" + t + "'");
      continue;
    }
    blocks.back().verbs.push_back(std::move(v));
  }

  // Synsets, expanded (members may be synsets themselves).
  std::map<std::string, const std::vector<std::pair<int, std::string>>*> raw;
  for (const auto& [name, members] : raw_synsets) raw[name] = &members;
  std::function<bool(const std::string&, int)> expand = [&](const std::string& name, int depth) {
    if (synsets.count(name) > 0) return true;
    auto it = raw.find(name);
    if (it == raw.end() || depth > 8) return false;
    std::vector<std::string> words;
    for (const auto& [line, member] : *it->second) {
      std::vector<std::string> parts = JoinContractions(SplitBlanks(member));
      std::string joined = Join(parts, "_");
      while (!joined.empty() && joined.back() == '_') joined.pop_back();
      if (joined.empty()) continue;
      if (joined[0] == '&') {
        const std::string inner = Upper(joined);
        if (expand(inner, depth + 1)) {
          for (const std::string& w : synsets[inner]) words.push_back(w);
        }
        continue;
      }
      std::vector<std::string> alts;
      std::string error;
      if (ExpandUnit(joined, synsets, &alts, &error)) {
        for (std::string& a : alts) words.push_back(std::move(a));
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    synsets[name] = std::move(words);
    return true;
  };
  for (const auto& [name, members] : raw_synsets) expand(name, 0);

  // Output: per block, one entry per code with its patterns.
  for (Block& b : blocks) {
    struct Out {
      std::string code;
      std::vector<std::string> lines;
    };
    std::vector<Out> entries;
    auto add = [&](const std::string& code, std::string pattern_line) {
      auto it = std::find_if(entries.begin(), entries.end(),
                             [&](const Out& o) { return o.code == code; });
      if (it == entries.end()) {
        entries.push_back({code, {}});
        it = entries.end() - 1;
      }
      it->lines.push_back(std::move(pattern_line));
    };
    // All forms of all verbs of the block: single words and multi-word verbs
    // apart (a slot whose alternatives differ in length expands per alternative).
    std::vector<std::string> single, multi;
    for (const VerbLine& v : b.verbs) {
      for (const std::string& f : v.forms) {
        (f.find('_') == std::string::npos ? single : multi).push_back(f);
      }
    }
    // Verbs alone, with their own code or the block's.
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<int>>> alone;
    std::vector<std::string> alone_order;
    for (VerbLine& v : b.verbs) {
      const std::string code_text = v.code.empty() ? b.code : v.code;
      if (Trim(code_text) == "---" || Trim(code_text).empty()) continue;
      CodeCheck c = codes_.Event(code_text);
      if (!c.error.empty()) {
        Skip(r, file, v.line, c.error, c.detail + " for verb '" + v.forms.front() + "'");
        v.used = true;  // reported
        continue;
      }
      if (alone.count(c.code) == 0) alone_order.push_back(c.code);
      auto& [forms, where] = alone[c.code];
      for (const std::string& f : v.forms) forms.push_back(f);
      where.push_back(v.line);
      v.used = true;
      r->converted += 1;
    }
    for (const std::string& code : alone_order) {
      auto& [forms, where] = alone[code];
      std::vector<std::string> one, many;
      for (const std::string& f : forms) (f.find('_') == std::string::npos ? one : many).push_back(f);
      std::string place = file + ":" + std::to_string(where.front());
      if (where.size() > 1) place += " (" + std::to_string(where.size()) + " verbs)";
      if (!one.empty()) add(code, Join(one, "~") + "   # " + place);
      if (!many.empty()) add(code, Join(many, "~") + "   # " + place);
    }
    bool block_used = false;
    for (const PatternLine& p : b.patterns) {
      CodeCheck c = codes_.Event(p.code);
      if (!c.error.empty()) {
        Skip(r, file, p.line, c.error, c.detail);
        continue;
      }
      if (single.empty() && multi.empty()) {
        Skip(r, file, p.line, "block has no verb", "block '" + b.name + "'");
        continue;
      }
      std::string body = p.body;
      // TABARI legacy: "WORD_ " is an open match, as "WORD ".
      for (std::size_t at; (at = body.find("_ ")) != std::string::npos;) body.replace(at, 2, " ");
      if (std::count(body.begin(), body.end(), '*') != 1) {
        Skip(r, file, p.line, "pattern needs exactly one '*' for the verb", "'" + p.body + "'");
        continue;
      }
      // Brackets only group words ({noun phrase}, (prepositional phrase)).
      int curly = 0, round = 0;
      bool balanced = true;
      for (char ch : body) {
        curly += ch == '{' ? 1 : ch == '}' ? -1 : 0;
        round += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        if (curly < 0 || round < 0) balanced = false;
      }
      if (!balanced || curly != 0 || round != 0) {
        Skip(r, file, p.line, "unbalanced brackets", "'" + p.body + "'");
        continue;
      }
      std::string flat;
      for (char ch : body) flat += (ch == '{' || ch == '}' || ch == '(' || ch == ')') ? ' ' : ch;
      std::vector<std::string> units = JoinContractions(SplitBlanks(flat));
      // Elements before and after the verb; the verb's own unit may carry
      // words joined to it ("NOT_*", "*_UPON").
      std::vector<std::string> pre, post;
      std::string verb_prefix, verb_suffix;
      bool after = false, bad = false, target = false, source = false, slot_before = false;
      bool compound_subject = false;
      std::string why, detail;
      for (const std::string& u : units) {
        const std::size_t star = u.find('*');
        if (star != std::string::npos) {
          verb_prefix = u.substr(0, star);
          verb_suffix = u.substr(star + 1);
          while (!verb_prefix.empty() && verb_prefix.back() == '_') verb_prefix.pop_back();
          while (!verb_suffix.empty() && verb_suffix.front() == '_') verb_suffix.erase(0, 1);
          after = true;
          continue;
        }
        if (u == "%") {  // a compound subject (before the verb), or object
          if (!after) compound_subject = true;
          continue;
        }
        if (u == "^") continue;  // noun-phrase skip: gaps are allowed anyway
        if (u == "$" || u == "+") {
          if (!after) {
            // The subject position: the analysis finds it; a target there is
            // the subject of a passive, which the analysis reads as the target.
            slot_before = true;
            if (u == "+") r->notes["target before the verb: left to the passive rule"] += 1;
            continue;
          }
          if ((u == "+" && target) || (u == "$" && source)) {
            bad = true;
            why = "slot used twice";
            detail = "'" + p.body + "'";
            continue;
          }
          (u == "+" ? target : source) = true;
          post.push_back(u == "+" ? "TGT" : "SRC");
          continue;
        }
        if (u.find_first_of("$+%^") != std::string::npos && u.find('&') == std::string::npos &&
            u.find_first_not_of("$+%^_-") == std::string::npos) {
          continue;  // "+_" and similar leftovers
        }
        (after ? post : pre).push_back(u);
      }
      (void)slot_before;
      if (bad) {
        Skip(r, file, p.line, why, detail);
        continue;
      }
      // Everything that is not a slot becomes a word slot with alternatives.
      auto slot = [&](const std::string& unit, std::string* text) {
        std::string clean = unit;
        clean.erase(std::remove_if(clean.begin(), clean.end(),
                                   [](char ch) { return ch == '$' || ch == '+' || ch == '%' || ch == '^'; }),
                    clean.end());
        std::vector<std::string> alts;
        std::string error;
        if (!ExpandUnit(clean, synsets, &alts, &error)) {
          why = error.rfind('&', 0) == 0 ? "undefined synset" : "too many alternatives";
          detail = "'" + error + "' in '" + p.body + "'";
          return false;
        }
        if (alts.empty()) {
          *text = "";
          return true;
        }
        *text = Join(alts, "~");
        return true;
      };
      std::vector<std::string> elements;
      bool ok = true;
      if (options_.parse_free) {
        for (const std::string& u : pre) {
          for (const std::string& part : SplitOn(u, '_')) {
            if (!part.empty() && (part[0] == '&' || !IsParseFreePreWord(Lower(part)))) {
              ok = false;
            }
          }
        }
        for (const std::string& part : SplitOn(verb_prefix, '_')) {
          if (!part.empty() && (part[0] == '&' || !IsParseFreePreWord(Lower(part)))) ok = false;
        }
        if (!ok) {
          Skip(r, file, p.line, "words before the verb need a parse (subject constraint)",
               "'" + p.body + "'");
          continue;
        }
      }
      for (const std::string& u : pre) {
        std::string text;
        if (!slot(u, &text)) {
          ok = false;
          break;
        }
        if (!text.empty()) elements.push_back(text);
      }
      if (!ok) {
        Skip(r, file, p.line, why, detail);
        continue;
      }
      std::vector<std::string> prefix_alts = {""}, suffix_alts = {""};
      if (!verb_prefix.empty()) {
        std::string error;
        if (!ExpandUnit(verb_prefix, synsets, &prefix_alts, &error)) {
          Skip(r, file, p.line, error.rfind('&', 0) == 0 ? "undefined synset" : "too many alternatives",
               "'" + error + "' in '" + p.body + "'");
          continue;
        }
      }
      if (!verb_suffix.empty()) {
        std::string error;
        if (!ExpandUnit(verb_suffix, synsets, &suffix_alts, &error)) {
          Skip(r, file, p.line, error.rfind('&', 0) == 0 ? "undefined synset" : "too many alternatives",
               "'" + error + "' in '" + p.body + "'");
          continue;
        }
      }
      std::vector<std::string> post_elements;
      for (const std::string& u : post) {
        if (u == "TGT" || u == "SRC") {
          post_elements.push_back(u);
          continue;
        }
        std::string text;
        if (!slot(u, &text)) {
          ok = false;
          break;
        }
        if (!text.empty()) post_elements.push_back(text);
      }
      if (!ok) {
        Skip(r, file, p.line, why, detail);
        continue;
      }
      auto verb_slot = [&](const std::vector<std::string>& verbs) {
        std::vector<std::string> alts;
        for (const std::string& pre_alt : prefix_alts) {
          for (const std::string& v : verbs) {
            for (const std::string& suf : suffix_alts) {
              std::string a = pre_alt.empty() ? v : pre_alt + "_" + v;
              if (!suf.empty()) a += "_" + suf;
              alts.push_back(std::move(a));
            }
          }
        }
        return Join(alts, "~");
      };
      const std::string place = file + ":" + std::to_string(p.line);
      // Words before the verb: the pattern's anchor is not the verb, so it
      // is not checked as one ("pos: any").
      const bool any_position = !elements.empty() || !verb_prefix.empty();
      bool wrote = false;
      for (const std::vector<std::string>* verbs : {&single, &multi}) {
        if (verbs->empty()) continue;
        std::vector<std::string> all = elements;
        all.push_back(verb_slot(*verbs));
        for (const std::string& e : post_elements) all.push_back(e);
        std::string key = c.code;
        if (any_position) key += " any";
        if (compound_subject) key += " compound";
        add(key, Join(all, " ") + "   # " + place);
        wrote = true;
      }
      if (wrote) {
        r->converted += 1;
        block_used = true;
      }
    }
    for (VerbLine& v : b.verbs) {
      if (v.used) continue;
      if (block_used) {
        r->converted += 1;  // written as an alternative of the block's patterns
      } else {
        Skip(r, file, v.line, "verb without an event code or a usable pattern",
             "'" + v.forms.front() + "'");
      }
    }
    if (entries.empty()) continue;
    *out += "# ---- " + b.name + " (" + file + ":" + std::to_string(b.line) + ")\n";
    for (const Out& o : entries) {
      const bool any_position = o.code.find(" any") != std::string::npos;
      const bool compound = o.code.find(" compound") != std::string::npos;
      const std::string code = o.code.substr(0, o.code.find(' '));
      std::string label;
      for (const std::string& part : SplitOn(code, ':')) {
        auto it = options_.event_codes.find(part);
        if (!label.empty()) label += " / ";
        label += it != options_.event_codes.end() ? it->second : b.name;
      }
      *out += "event " + code + " " + label + "\n";
      if (any_position) *out += "  pos: any\n";
      if (compound) *out += "  subject: compound\n";
      for (const std::string& line : o.lines) *out += "  en: " + line + "\n";
    }
    *out += "\n";
  }
}

// ---- actors -----------------------------------------------------------------------

struct ActorCode {
  int line = 0;
  std::string code;
  int from = 0, to = 0;
};

struct ActorRecord {
  int line = 0;
  std::vector<std::pair<int, std::string>> names;  // (line, PETRARCH name)
  std::vector<ActorCode> codes;
  bool broken = false;
  std::string problem;  // the first problem with a code
};

// Reads the "[...]" groups of a line into `codes`; returns false (with the
// problem) when brackets do not balance. `rest` gets the text before the first '['.
bool ReadCodeGroups(const std::string& text, int line, std::string* rest,
                    std::vector<std::pair<int, std::string>>* groups, std::string* problem) {
  const std::size_t first = text.find('[');
  const std::size_t stray = text.find(']');
  if (stray != std::string::npos && (first == std::string::npos || stray < first)) {
    *problem = "unbalanced [ ]";
    return false;
  }
  *rest = first == std::string::npos ? text : text.substr(0, first);
  std::size_t pos = first;
  while (pos != std::string::npos && pos < text.size()) {
    const std::size_t close = text.find(']', pos + 1);
    const std::size_t next_open = text.find('[', pos + 1);
    if (close == std::string::npos || (next_open != std::string::npos && next_open < close)) {
      *problem = "unbalanced [ ]";
      return false;
    }
    groups->push_back({line, text.substr(pos + 1, close - pos - 1)});
    const std::size_t after = text.find_first_not_of(" \t", close + 1);
    if (after == std::string::npos) break;
    if (text[after] != '[') {
      if (text.find(']', after) != std::string::npos && text.find('[', after) == std::string::npos) {
        *problem = "unbalanced [ ]";
        return false;
      }
      pos = text.find('[', after);
      continue;
    }
    pos = after;
  }
  return true;
}

void Importer::Actors(const PetrarchSource& source, const std::vector<Line>& lines,
                      PetrarchFileReport* r, std::string* out) {
  const std::string file = BaseName(source.path);
  std::vector<ActorRecord> records;
  for (const Line& l : lines) {
    std::string rest;
    std::vector<std::pair<int, std::string>> groups;
    std::string problem;
    const bool ok = ReadCodeGroups(l.text, l.number, &rest, &groups, &problem);
    const std::string name(Trim(rest));
    if (l.text[0] == '[') {
      if (records.empty()) {
        r->entries += 1;
        Skip(r, file, l.number, "code line outside an entry", "'" + l.text + "'");
        continue;
      }
    } else if (l.text[0] == '+') {
      if (records.empty()) {
        r->entries += 1;
        Skip(r, file, l.number, "synonym outside an entry", "'" + l.text + "'");
        continue;
      }
      if (name.size() > 1) records.back().names.push_back({l.number, name.substr(1)});
    } else {
      ActorRecord rec;
      rec.line = l.number;
      if (!name.empty()) rec.names.push_back({l.number, name});
      records.push_back(std::move(rec));
    }
    if (!ok) {
      if (!records.back().broken) {
        records.back().broken = true;
        Skip(r, file, l.number, problem, "'" + l.text + "'");
      }
      continue;
    }
    for (const auto& [line, group] : groups) {
      ActorRecord& rec = records.back();
      std::vector<std::string> words = SplitBlanks(group);
      if (words.empty()) {
        Drop(r, file, line, "missing code", "'[]'");
        if (rec.problem.empty()) rec.problem = "missing code";
        continue;
      }
      ActorCode code;
      code.line = line;
      CodeCheck c = codes_.Actor(words[0]);
      if (!c.error.empty()) {
        Drop(r, file, line, c.error, c.detail);
        if (rec.problem.empty()) rec.problem = c.error;
        continue;
      }
      if (!c.note.empty()) {
        r->notes[c.note] += 1;
      }
      code.code = c.code;
      std::string dates;
      for (std::size_t i = 1; i < words.size(); ++i) dates += words[i];
      bool good = true;
      if (!dates.empty()) {
        if (dates[0] == '<' || dates[0] == '>') {
          const int d = petrarch::ParsePetrarchDate(dates.substr(1));
          if (d == 0) {
            good = false;
          } else if (dates[0] == '<') {
            code.to = ShiftDay(d, -1);
          } else {
            code.from = ShiftDay(d, 1);
          }
        } else if (const std::size_t dash = dates.find('-'); dash != std::string::npos) {
          code.from = petrarch::ParsePetrarchDate(dates.substr(0, dash));
          code.to = petrarch::ParsePetrarchDate(dates.substr(dash + 1));
          good = code.from != 0 && code.to != 0;
          if (good && code.to < code.from) {
            Drop(r, file, line, "date range ends before it starts", "'[" + group + "]'");
            if (rec.problem.empty()) rec.problem = "date range ends before it starts";
            continue;
          }
        } else {
          good = false;
        }
      }
      if (!good) {
        Drop(r, file, line, "bad date", "'[" + group + "]'");
        if (rec.problem.empty()) rec.problem = "bad date";
        continue;
      }
      rec.codes.push_back(code);
    }
  }

  for (ActorRecord& rec : records) {
    r->entries += 1;
    if (rec.broken) continue;  // reported
    if (rec.codes.empty()) {
      const std::string what = rec.names.empty() ? "" : "'" + rec.names[0].second + "'";
      if (rec.problem.empty()) {
        Skip(r, file, rec.line, "no code", what);
      } else {
        r->skipped[rec.problem] += 1;  // its code lines are listed already
      }
      continue;
    }
    if (rec.names.empty()) {
      Skip(r, file, rec.line, "entry without a name", "");
      continue;
    }
    // Dated roles first: an undated code is the default (see FORMAT.md, person).
    std::stable_sort(rec.codes.begin(), rec.codes.end(), [](const ActorCode& a, const ActorCode& b) {
      return (a.from != 0 || a.to != 0) > (b.from != 0 || b.to != 0);
    });
    const bool person = rec.codes.size() > 1 || rec.codes[0].from != 0 || rec.codes[0].to != 0;
    std::string signature;
    for (const ActorCode& c : rec.codes) {
      signature += c.code + "@" + std::to_string(c.from) + "-" + std::to_string(c.to) + " ";
    }
    std::vector<std::string> names;
    std::vector<std::string> seen;
    std::string last_reason = "no name";
    for (const auto& [line, raw] : rec.names) {
      const std::string name = petrarch::NameCase(raw);
      if (name.empty()) continue;
      const std::string key = NameStems(name);
      if (key.empty()) {
        Drop(r, file, line, "name without a word", "'" + name + "'");
        last_reason = "name without a word";
        continue;
      }
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      if (options_.known_name && options_.known_name(name)) {
        Drop(r, file, line, "name already in the dictionaries", "'" + name + "'");
        last_reason = "name already in the dictionaries";
        continue;
      }
      auto it = actor_names_.find(key);
      if (it != actor_names_.end()) {
        if (it->second.first != signature) {
          Drop(r, file, line, "name already given to another actor",
               "'" + name + "' means " + it->second.first + "(" + it->second.second + ")");
          last_reason = "name already given to another actor";
        } else {
          r->notes["duplicate name dropped"] += 1;
          last_reason = "duplicate of an earlier entry";
        }
        continue;
      }
      actor_names_[key] = {signature, file + ":" + std::to_string(line)};
      names.push_back(name);
    }
    if (names.empty()) {
      r->skipped[last_reason] += 1;  // each name is listed already
      continue;
    }
    r->converted += 1;
    r->names += static_cast<int>(names.size());
    const std::string place = "   # " + file + ":" + std::to_string(rec.line);
    if (!person) {
      *out += "actor " + rec.codes[0].code + " " + names[0] + place + "\n";
    } else {
      *out += "person " + names[0] + place + "\n";
      for (const ActorCode& c : rec.codes) {
        *out += "  role: " + c.code;
        if (c.from != 0 || c.to != 0) {
          *out += " " + (c.from != 0 ? IsoDate(c.from) : std::string()) + ".." +
                  (c.to != 0 ? IsoDate(c.to) : std::string());
        }
        *out += "\n";
      }
    }
    *out += "  en: " + Join(names, " | ") + "\n";
  }
}

// ---- agents -----------------------------------------------------------------------

void Importer::Agents(const PetrarchSource& source, const std::vector<Line>& lines,
                      PetrarchFileReport* r, std::string* out) {
  const std::string file = BaseName(source.path);
  std::map<std::string, std::vector<std::string>> markers;  // "PERSON" -> forms
  for (const Line& l : lines) {
    const std::string& t = l.text;
    if (t.find('!') != std::string::npos && t.find('=') != std::string::npos &&
        t.find('[') == std::string::npos) {
      const std::size_t a = t.find('!');
      const std::size_t b = t.find('!', a + 1);
      const std::size_t eq = t.find('=');
      if (b == std::string::npos || eq < b) {
        r->entries += 1;
        Skip(r, file, l.number, "malformed substitution marker", "'" + t + "'");
        continue;
      }
      std::vector<std::string> forms;
      for (const std::string& f : SplitOn(t.substr(eq + 1), ',')) {
        const std::string form(Trim(f));
        if (!form.empty()) forms.push_back(form);
      }
      markers[Upper(t.substr(a + 1, b - a - 1))] = forms;
      continue;
    }
    r->entries += 1;
    const std::size_t open = t.find('['), close = t.find(']');
    if (open == std::string::npos && close == std::string::npos) {
      Skip(r, file, l.number, "agent without a code", "'" + t + "'");
      continue;
    }
    if (open == std::string::npos || close == std::string::npos || close < open ||
        std::count(t.begin(), t.end(), '[') != 1 || std::count(t.begin(), t.end(), ']') != 1) {
      Skip(r, file, l.number, "unbalanced [ ]", "'" + t + "'");
      continue;
    }
    CodeCheck c = codes_.Agent(t.substr(open + 1, close - open - 1));
    if (!c.error.empty()) {
      Skip(r, file, l.number, c.error, c.detail);
      continue;
    }
    if (!c.note.empty()) r->notes[c.note] += 1;
    std::string phrase = t.substr(0, open);
    std::vector<std::string> forms;
    const std::size_t copen = phrase.find('{'), cclose = phrase.find('}');
    if ((copen == std::string::npos) != (cclose == std::string::npos) ||
        (copen != std::string::npos && cclose < copen)) {
      Skip(r, file, l.number, "unbalanced { }", "'" + t + "'");
      continue;
    }
    if (copen != std::string::npos) {
      const std::string plural(Trim(phrase.substr(copen + 1, cclose - copen - 1)));
      phrase = phrase.substr(0, copen);
      forms.push_back(std::string(Trim(phrase)));
      if (!plural.empty()) forms.push_back(plural);
    } else {
      forms.push_back(std::string(Trim(phrase)));
    }
    // Substitution markers: "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ...
    std::vector<std::string> expanded;
    bool marker_error = false;
    for (const std::string& f : forms) {
      const std::size_t a = f.find('!');
      if (a == std::string::npos) {
        expanded.push_back(f);
        continue;
      }
      const std::size_t b = f.find('!', a + 1);
      auto it = b == std::string::npos ? markers.end() : markers.find(Upper(f.substr(a + 1, b - a - 1)));
      if (it == markers.end()) {
        marker_error = true;
        break;
      }
      for (const std::string& sub : it->second) expanded.push_back(f.substr(0, a) + sub + f.substr(b + 1));
    }
    if (marker_error) {
      Skip(r, file, l.number, "undefined substitution marker", "'" + t + "'");
      continue;
    }
    std::vector<std::string> names;
    std::string last_reason = "no name";
    for (const std::string& f : expanded) {
      std::string name;
      for (const std::string& w : SplitBlanks(Lower(f))) {
        for (const std::string& part : SplitOn(w, '_')) {
          if (!part.empty()) name += (name.empty() ? "" : " ") + part;
        }
      }
      if (name.empty()) continue;
      if (options_.known_name && options_.known_name(name)) {
        Drop(r, file, l.number, "name already in the dictionaries", "'" + name + "'");
        last_reason = "name already in the dictionaries";
        continue;
      }
      const std::string stems = NameStems(name);
      if (auto actor = actor_names_.find(stems); actor != actor_names_.end()) {
        Drop(r, file, l.number, "name already given to an actor",
             "'" + name + "' (" + actor->second.second + ")");
        last_reason = "name already given to an actor";
        continue;
      }
      auto it = agent_names_.find(stems);
      if (it != agent_names_.end()) {
        if (it->second.first != c.code) {
          Drop(r, file, l.number, "name already given to another agent",
               "'" + name + "' means " + it->second.first + " (" + it->second.second + ")");
          last_reason = "name already given to another agent";
        } else {
          r->notes["duplicate name dropped"] += 1;
          last_reason = "duplicate of an earlier entry";
        }
        continue;
      }
      agent_names_[stems] = {c.code, file + ":" + std::to_string(l.number)};
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    if (names.empty()) {
      r->skipped[last_reason] += 1;
      continue;
    }
    r->converted += 1;
    r->names += static_cast<int>(names.size());
    *out += "agent " + c.code + " " + names[0] + "   # " + file + ":" + std::to_string(l.number) +
            "\n  en: " + Join(names, " | ") + "\n";
  }
}

// ---- discards ---------------------------------------------------------------------

void Importer::Discards(const PetrarchSource& source, const std::vector<Line>& lines,
                        PetrarchFileReport* r, std::string* out) {
  const std::string file = BaseName(source.path);
  std::vector<std::string> story, sentence;
  std::set<std::string> seen;
  for (const Line& l : lines) {
    r->entries += 1;
    std::string t = l.text;
    const bool whole_story = t[0] == '+';
    if (whole_story) t.erase(0, 1);
    if (t.find_first_of("[]{}") != std::string::npos) {
      Skip(r, file, l.number, "discard phrase with brackets", "'" + l.text + "'");
      continue;
    }
    std::string phrase;
    for (const std::string& w : SplitBlanks(Lower(t))) {
      for (const std::string& part : SplitOn(w, '_')) {
        if (!part.empty()) phrase += (phrase.empty() ? "" : " ") + part;
      }
    }
    bool has_word = std::any_of(phrase.begin(), phrase.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) != 0 || (ch & 0x80) != 0;
    });
    if (!has_word) {
      Skip(r, file, l.number, "discard phrase without a word", "'" + l.text + "'");
      continue;
    }
    if (!seen.insert((whole_story ? "+" : "") + phrase).second) {
      r->notes["duplicate phrase dropped"] += 1;
      continue;
    }
    (whole_story ? story : sentence).push_back("  en: " + phrase + "   # " + file + ":" + std::to_string(l.number) + "\n");
    r->converted += 1;
    r->names += 1;
  }
  if (!sentence.empty()) {
    *out += "cue discard sentence sentences about these are not coded\n";
    for (const std::string& s : sentence) *out += s;
    *out += "\n";
  }
  if (!story.empty()) {
    *out += "cue discard story documents that mention these are not coded\n";
    for (const std::string& s : story) *out += s;
  }
}

void Importer::Convert(const PetrarchSource& source) {
  PetrarchFileReport report;
  report.source = BaseName(source.path);
  std::vector<std::pair<int, std::string>> problems;
  const std::vector<Line> lines = CleanLines(source.text, options_.dialect, &problems);
  report.kind = Detect(source, lines);
  for (const auto& [line, problem] : problems) {
    Skip(&report, report.source, line, "unclosed comment", problem);
  }
  std::string body;
  switch (report.kind) {
    case PetrarchKind::kVerbs:
      Verbs(source, lines, &report, &body);
      break;
    case PetrarchKind::kActors:
      Actors(source, lines, &report, &body);
      break;
    case PetrarchKind::kAgents:
      Agents(source, lines, &report, &body);
      break;
    case PetrarchKind::kDiscards:
    case PetrarchKind::kAuto:
      Discards(source, lines, &report, &body);
      break;
  }
  if (!body.empty()) {
    report.output = options_.out_dir + Slug(source.path) + ".txt";
    // Two sources with the same name: keep both.
    for (int n = 2; std::any_of(out_->files.begin(), out_->files.end(),
                                [&](const DictFile& f) { return f.path == report.output; });
         ++n) {
      report.output = options_.out_dir + Slug(source.path) + "_" + std::to_string(n) + ".txt";
    }
    out_->files.push_back({report.output, Header(source, report.kind) + body});
  }
  out_->reports.push_back(std::move(report));
}

}  // namespace

std::string_view KindName(PetrarchKind kind) {
  switch (kind) {
    case PetrarchKind::kVerbs:
      return "verbs";
    case PetrarchKind::kActors:
      return "actors";
    case PetrarchKind::kAgents:
      return "agents";
    case PetrarchKind::kDiscards:
      return "discards";
    case PetrarchKind::kAuto:
      break;
  }
  return "auto";
}

namespace petrarch {

int ParsePetrarchDate(std::string_view text) {
  text = Trim(text);
  if (!IsDigits(text)) return 0;
  int year = 0, month = 0, day = 0;
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  if (text.size() == 8) {
    year = number(0, 4);
    month = number(4, 2);
    day = number(6, 2);
  } else if (text.size() == 6) {
    year = number(0, 2);
    year += year <= 30 ? 2000 : 1900;
    month = number(2, 2);
    day = number(4, 2);
  } else {
    return 0;
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return 0;
  return year * 10000 + month * 100 + day;
}

std::string NameCase(std::string_view petrarch_name) {
  std::vector<std::string> words;
  std::string current;
  for (char c : petrarch_name) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  // A word without a letter or digit ("/", "&") matches nothing.
  words.erase(std::remove_if(words.begin(), words.end(),
                             [](const std::string& w) {
                               return std::none_of(w.begin(), w.end(), [](char c) {
                                 return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                                        (static_cast<unsigned char>(c) & 0x80) != 0;
                               });
                             }),
              words.end());
  static const std::set<std::string> kSmall = {"of", "the", "and", "for", "in", "on", "de", "al", "el", "bin", "ibn", "von", "van", "da", "du", "la", "le"};
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    std::string cased;
    const bool dotted = w.find('.') != std::string::npos;
    const int letters = static_cast<int>(std::count_if(w.begin(), w.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    }));
    const bool acronym = dotted || (words.size() == 1 && letters <= 3 && IsUpperWord(w));
    if (acronym || (static_cast<unsigned char>(w[0]) & 0x80) != 0) {
      cased = w;
    } else if (i > 0 && kSmall.count(Lower(w)) > 0) {
      cased = Lower(w);
    } else {
      // Capital after the start and after '-' or '\'': Al-Qaeda, O'Brien.
      bool start = true;
      for (char c : w) {
        const auto uc = static_cast<unsigned char>(c);
        cased += static_cast<char>(start ? std::toupper(uc) : std::tolower(uc));
        start = c == '-' || c == '\'' || c == '(';
      }
    }
    if (!out.empty()) out += ' ';
    out += cased;
  }
  return out;
}

}  // namespace petrarch

PetrarchImport ImportPetrarch(const std::vector<PetrarchSource>& sources,
                              const PetrarchImportOptions& options) {
  PetrarchImport out;
  Importer importer(options, &out);
  for (const PetrarchSource& s : sources) importer.Convert(s);
  return out;
}

PetrarchImportOptions ImportOptionsFor(const Dictionary& target, bool skip_known_names) {
  PetrarchImportOptions options;
  const internal::Tables& tables = target.tables();
  for (const auto& [code, info] : tables.cameo) options.event_codes[code] = info.name;
  for (const auto& [role, kind] : tables.roles) options.roles.insert(role);
  if (skip_known_names) {
    // One tokenizer per lookup function; the function is not thread-safe.
    auto tokenizer =
        std::make_shared<text::Tokenizer>(text::Language::kEnglish, &tables.en.lexicon);
    options.known_name = [&tables, tokenizer](std::string_view name) {
      const internal::LanguageTables& en = tables.en;
      std::vector<uint32_t> ids;
      for (const std::string& key : tokenizer->Keys(name)) {
        const uint32_t id = en.lexicon.Find(key);
        if (id == text::Lexicon::kUnknown) return false;
        ids.push_back(id);
      }
      if (ids.empty()) return false;
      const std::vector<uint32_t>* candidates = en.names.Candidates(ids[0]);
      if (candidates == nullptr) return false;
      return std::any_of(candidates->begin(), candidates->end(),
                         [&](uint32_t c) { return en.names.phrase(c).keys == ids; });
    };
  }
  return options;
}

std::string FormatImportReport(const PetrarchImport& import) {
  std::string out;
  for (const PetrarchFileReport& r : import.reports) {
    int skipped = 0;
    for (const auto& [reason, n] : r.skipped) skipped += n;
    out += r.source + " (" + std::string(KindName(r.kind)) + "): " + std::to_string(r.entries) +
           " entries, " + std::to_string(r.converted) + " converted";
    if (r.names > 0) out += " (" + std::to_string(r.names) + " names)";
    out += ", " + std::to_string(skipped) + " left out";
    out += r.output.empty() ? " -> nothing written\n" : " -> " + r.output + "\n";
    std::vector<std::pair<int, std::string>> reasons;
    for (const auto& [reason, n] : r.skipped) reasons.push_back({-n, reason});
    std::sort(reasons.begin(), reasons.end());
    for (const auto& [n, reason] : reasons) {
      out += "  left out  " + std::to_string(-n) + "  " + reason + "\n";
    }
    for (const auto& [note, n] : r.notes) {
      out += "  note      " + std::to_string(n) + "  " + note + "\n";
    }
  }
  return out;
}

}  // namespace khabar::dict
