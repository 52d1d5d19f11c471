// Copyright 2026 The khabar Authors. MIT License.
//
// The khabar command: a thin client of the library. It parses flags, reads
// files, calls the library and writes bytes; exit codes live only here.
//
//   khabar code [--format jsonl|tsv|csv] [--date D] [--lang ar|en|auto]
//               [--dict DIR]... [--threads N] [--strict] [FILE...]
//   khabar eval GOLD.jsonl [--per-root] [--json] [--show-errors N]
//   khabar dict check [DIR] | khabar dict stats
//   khabar dict import --from petrarch|tabari SRC... --out DIR
//   khabar suite petrarch DIR [--json]
//
// Exit status: 0 success; 1 some input was rejected (the rest was coded);
// 2 usage error (bad flag or value, unusable dictionary).

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"khabar: political event data from Arabic and English news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "khabar 0.1.0");

  khabar::cli::DictFlags dict_flags;
  auto add_dict_flags = [&](CLI::App* sub) {
    sub->add_option("--dict", dict_flags.dirs,
                    "dictionary directory read on top of the built-in one (repeatable)")
        ->allow_extra_args(false);
    sub->add_flag("--dict-replace", dict_flags.replace,
                  "use only the --dict directories, not the built-in dictionaries");
    sub->add_flag("--dict-lenient", dict_flags.lenient,
                  "skip broken dictionary entries with a warning instead of stopping");
  };

  khabar::cli::CodeFlags code_flags;
  CLI::App* code = app.add_subcommand("code", "code documents into events (JSON Lines by default)");
  code->add_option("files", code_flags.files, "input files (.txt: one document; .jsonl: one per line); none or - reads stdin");
  code->add_option("--format", code_flags.format, "output format")
      ->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  code->add_option("--date", code_flags.date, "article date for documents without one (YYYY-MM-DD)");
  code->add_option("--lang", code_flags.lang, "language of documents without one")
      ->check(CLI::IsMember({"ar", "en", "auto"}));
  code->add_option("--threads", code_flags.threads, "worker threads (default: all cores)")
      ->check(CLI::PositiveNumber);
  code->add_flag("--strict", code_flags.strict,
                 "stop at the first rejected document and write nothing");
  code->add_flag("--explain", code_flags.explain,
                 "add to each event the dictionary entries and rules that produced it");
  code->add_flag("--progress", code_flags.progress, "show a progress line on stderr");
  code->add_flag("--quiet", code_flags.quiet, "no progress line and no summary on stderr");
  add_dict_flags(code);

  khabar::cli::EvalFlags eval_flags;
  CLI::App* eval = app.add_subcommand("eval", "code a gold file and score the result as score.py does");
  eval->add_option("gold", eval_flags.gold, "gold JSONL file (../shared/gold/*.jsonl)")->required();
  eval->add_flag("--per-root", eval_flags.per_root, "print the per-root table");
  eval->add_flag("--json", eval_flags.json, "print one JSON summary line");
  eval->add_option("--show-errors", eval_flags.show_errors, "print the first N false positives/negatives");
  eval->add_option("--output", eval_flags.output, "also write the coded events (JSONL) to this file");
  add_dict_flags(eval);

  khabar::cli::CodeFlags trace_flags;
  CLI::App* trace = app.add_subcommand(
      "trace", "show how a document is read: tokens, mentions, cues, pattern matches");
  trace->add_option("files", trace_flags.files, "input files")->required();
  trace->add_option("--date", trace_flags.date, "article date (YYYY-MM-DD)");
  trace->add_option("--lang", trace_flags.lang, "language")->check(CLI::IsMember({"ar", "en", "auto"}));
  add_dict_flags(trace);

  CLI::App* dict = app.add_subcommand("dict", "check and describe dictionaries");
  dict->require_subcommand(1);
  std::string check_dir;
  CLI::App* check = dict->add_subcommand("check", "validate a dictionary directory (default: the built-in one)");
  check->add_option("dir", check_dir, "dictionary directory (same layout as dict/)");
  CLI::App* stats = dict->add_subcommand("stats", "coverage figures of the dictionaries");
  add_dict_flags(stats);
  khabar::cli::ImportFlags import_flags;
  CLI::App* import = dict->add_subcommand(
      "import", "convert PETRARCH2/PETRARCH-1/TABARI verb, actor, agent and discard files");
  import->add_option("--from", import_flags.from, "the source dictionaries' program")
      ->required()
      ->check(CLI::IsMember({"petrarch", "tabari"}));
  import->add_option("sources", import_flags.sources, "dictionary files to convert")->required();
  import->add_option("--out", import_flags.out, "output directory (files go to DIR/en/)")->required();
  import->add_flag("--parse-free", import_flags.parse_free,
                   "leave out verb patterns whose words before the verb need a parse");
  import->add_flag("--skip-known", import_flags.skip_known,
                   "leave out names the built-in dictionaries already have");
  import->add_option("--known", import_flags.known,
                     "leave out names the dictionary in DIR (read alone) already has");
  import->add_flag("--keep-unknown-codes", import_flags.keep_unknown_codes,
                   "keep event and role codes missing from common/cameo.tsv and roles.tsv");
  import->add_option("--agent-roles", import_flags.agent_roles,
                     "keep at most N roles of an agent code (0: all)");
  import->add_flag("--quiet", import_flags.quiet, "do not list the entries left out");

  khabar::cli::SuiteFlags suite_flags;
  CLI::App* suite = app.add_subcommand("suite", "run a peer coder's validation suite");
  suite->add_option("name", suite_flags.name, "the suite")->required()->check(CLI::IsMember({"petrarch"}));
  suite->add_option("dir", suite_flags.dir, "its directory (records and dictionaries)")->required();
  suite->add_flag("--json", suite_flags.json, "end with one JSON summary line");
  suite->add_option("--show", suite_flags.show, "list the records that differ (up to N)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  if (code->parsed()) return khabar::cli::RunCode(code_flags, dict_flags);
  if (trace->parsed()) return khabar::cli::RunTrace(trace_flags, dict_flags);
  if (eval->parsed()) return khabar::cli::RunEval(eval_flags, dict_flags);
  if (check->parsed()) return khabar::cli::RunDictCheck(check_dir);
  if (stats->parsed()) return khabar::cli::RunDictStats(dict_flags);
  if (import->parsed()) return khabar::cli::RunDictImport(import_flags);
  if (suite->parsed()) return khabar::cli::RunSuite(suite_flags);
  return 2;
}
