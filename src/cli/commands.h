// Copyright 2026 The khabar Authors. MIT License.
//
// The subcommands of the khabar CLI. Each returns the process exit status.

#ifndef KHABAR_CLI_COMMANDS_H_
#define KHABAR_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "khabar/dictionary.h"
#include "khabar/status.h"

namespace khabar::cli {

struct DictFlags {
  std::vector<std::string> dirs;
  bool replace = false;
  bool lenient = false;
};

struct CodeFlags {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string date;
  std::string lang = "auto";
  int threads = 0;  // 0: all cores
  bool strict = false;
  bool explain = false;
  bool progress = false;
  bool quiet = false;
};

struct EvalFlags {
  std::string gold;
  bool per_root = false;
  bool json = false;
  int show_errors = 0;
  std::string output;
};

struct ImportFlags {
  std::string from;  // "petrarch" or "tabari"
  std::vector<std::string> sources;
  std::string out;
  bool parse_free = false;
  bool skip_known = false;
  std::string known;  // a dictionary directory whose names are left out
  bool keep_unknown_codes = false;
  int agent_roles = 0;
  bool quiet = false;
};

struct SuiteFlags {
  std::string name;  // "petrarch"
  std::string dir;
  bool json = false;
  int show = 0;
};

int RunCode(const CodeFlags& flags, const DictFlags& dict);
int RunTrace(const CodeFlags& flags, const DictFlags& dict);
int RunEval(const EvalFlags& flags, const DictFlags& dict);
int RunDictCheck(const std::string& dir);
int RunDictStats(const DictFlags& dict);
int RunDictImport(const ImportFlags& flags);
int RunSuite(const SuiteFlags& flags);

// Loads the dictionaries the flags ask for, printing problems to stderr.
Result<Dictionary> LoadDictionary(const DictFlags& flags, bool defer_english = false);

}  // namespace khabar::cli

#endif  // KHABAR_CLI_COMMANDS_H_
