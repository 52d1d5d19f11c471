// Copyright 2026 The khabar Authors. MIT License.
//
// PetrarchImport: converts the dictionaries of the field's English coders —
// PETRARCH2, PETRARCH-1 and TABARI verb, actor, agent and discard files —
// into khabar's dictionary format (dict/FORMAT.md).
//
//   verbs     "--- NAME [CODE] ---" blocks of verbs and "- PRE * POST [CODE]"
//             patterns, with &SYNSETS       -> `event CODE` entries (en: patterns)
//   actors    "NAME [CODE]", "+SYNONYM", "[CODE FROM-TO]" date restrictions
//                                           -> `actor` (one undated code) or
//                                              `person` (dated roles) entries
//   agents    "PHRASE {PLURAL} [~ROLES]", "!MARKER! = A, B"
//                                           -> `agent ROLES` entries
//   discards  "PHRASE" / "+PHRASE"          -> `cue discard sentence|story`
//
// Every source entry the converter cannot express is reported with its
// `file:line` and the reason (unknown code, bad date, unbalanced bracket, a
// pattern that needs a parse, ...) and left out; nothing in the input makes
// it fail or crash. The converter only computes: it reads no files, prints
// nothing, and returns the converted files and the report as values.
//
// Thread-safety: ImportPetrarch is a pure function of its arguments.

#ifndef KHABAR_DICT_PETRARCH_IMPORT_H_
#define KHABAR_DICT_PETRARCH_IMPORT_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dict/compiler.h"
#include "khabar/dictionary.h"

namespace khabar::dict {

enum class PetrarchDialect { kPetrarch, kTabari };
enum class PetrarchKind { kAuto, kVerbs, kActors, kAgents, kDiscards };

// "verbs", "actors", "agents", "discards" (or "auto").
std::string_view KindName(PetrarchKind kind);

struct PetrarchSource {
  std::string path;  // as it should appear in reports ("CAMEO.2.0.txt")
  std::string text;
  PetrarchKind kind = PetrarchKind::kAuto;  // kAuto: from the name, else the content
};

struct PetrarchImportOptions {
  PetrarchDialect dialect = PetrarchDialect::kPetrarch;
  // The target dictionary's CAMEO codes (code -> label) and role codes. An
  // event code or role outside them is reported, unless `keep_unknown_codes`
  // (a private code set, as the PETRARCH validation suite's WEIS codes).
  // Empty maps accept every well-formed code.
  std::map<std::string, std::string> event_codes;
  std::set<std::string> roles;
  bool keep_unknown_codes = false;
  // An actor code whose later roles are unknown is cut after its last known
  // role ("IGOUNOKID" -> "IGOUNO") instead of being left out (noted in the
  // report). Ignored with keep_unknown_codes.
  bool shorten_unknown_roles = true;
  // Leave out verb patterns whose words before the verb are not auxiliaries,
  // modals, negators or adverbs (a subject constraint such as "&MILITARY *"
  // needs a parse to be checked).
  bool parse_free = false;
  // Agents keep at most this many roles ("~GOVMED" -> GOV with 1); 0 = all.
  int max_agent_roles = 0;
  // Names (actors, persons, agents) for which this returns true are left
  // out as "already in the dictionaries". May be empty.
  std::function<bool(std::string_view name)> known_name;
  // Prefix of the output paths ("en/").
  std::string out_dir = "en/";
};

// One source entry that was not converted.
struct PetrarchSkip {
  std::string place;   // "CAMEO.2.0.txt:812"
  std::string reason;  // the category, counted in the report ("unknown event code")
  std::string detail;  // what exactly ("'174K'")
};

struct PetrarchFileReport {
  std::string source;
  std::string output;  // relative output path, or "" when nothing was written
  PetrarchKind kind = PetrarchKind::kAuto;
  int entries = 0;    // source entries seen (patterns and verbs; actor, agent, discard records)
  int converted = 0;  // entries written
  int names = 0;      // names written (actors, agents, discards)
  std::map<std::string, int> skipped;  // reason -> entries left out
  std::map<std::string, int> notes;    // converted with a change: reason -> count
};

struct PetrarchImport {
  std::vector<DictFile> files;  // khabar-format text, paths relative to the dictionary root
  std::vector<PetrarchSkip> skipped;
  std::vector<PetrarchFileReport> reports;
  // Codes written that the options' tables lack (with keep_unknown_codes):
  // the caller adds them to its cameo.tsv / roles.tsv.
  std::set<std::string> extra_event_codes;
  std::set<std::string> extra_roles;
};

PetrarchImport ImportPetrarch(const std::vector<PetrarchSource>& sources,
                              const PetrarchImportOptions& options);

// Options that check codes against `target`'s CAMEO and role tables and,
// with `skip_known_names`, leave out English names `target` already has.
// The returned options refer to `target`, which must outlive them.
PetrarchImportOptions ImportOptionsFor(const Dictionary& target, bool skip_known_names);

// The report as text: one line per file with its counts and reasons.
std::string FormatImportReport(const PetrarchImport& import);

// Internal helpers, exposed for tests.
namespace petrarch {
// "950601" (YYMMDD, 00-30 -> 20YY) or "19950601" -> 19950601; 0 when bad.
int ParsePetrarchDate(std::string_view text);
// "UNITED_STATES_" -> "United States"; "U.S." and short all-capital single
// words ("UN", "NATO") keep their capitals.
std::string NameCase(std::string_view petrarch_name);
}  // namespace petrarch

}  // namespace khabar::dict

#endif  // KHABAR_DICT_PETRARCH_IMPORT_H_
