// Copyright 2026 The khabar Authors. MIT License.
//
// The PETRARCH validation suite (../shared/data/peer-suites/petrarch): 284
// English sentences with 359 expected source/target/code events, coded with
// their own verb, actor, agent and discard dictionaries (fictional actors,
// mostly WEIS codes).
//
// RunPetrarchSuite reads PETR.UnitTest.records.xml (with expat), converts
// the dictionaries its <Environment> names with the PETRARCH importer
// (dict/petrarch_import.h), keeping their private codes, and codes every
// record's <Text> with those dictionaries plus khabar's English structural
// words (dict/en/cues.txt, dict/en/time.txt). The parse trees are ignored.
//
// An expected event is found when khabar writes an event with the same
// source code, target code and event code for the record (each system
// event matches at most one expected event). PETRARCH has no negation, so
// khabar's `negated` flag is not compared. Every other event khabar writes
// for a record is extra.
//
// The dictionaries are written to a temporary directory, read, and removed.
// Nothing is printed; FormatSuiteReport makes the text.

#ifndef KHABAR_EVAL_PETRARCH_SUITE_H_
#define KHABAR_EVAL_PETRARCH_SUITE_H_

#include <map>
#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar {

struct SuiteCounts {
  int records = 0;
  int expected = 0;
  int found = 0;
  int extra = 0;
};

struct SuiteRecord {
  std::string id, category, text;
  std::vector<std::string> expected;  // "SRC>TGT:CODE"
  std::vector<std::string> found;
  std::vector<std::string> missed;
  std::vector<std::string> extra;
};

struct SuiteReport {
  SuiteCounts total;
  std::map<std::string, SuiteCounts> by_category;
  std::vector<SuiteRecord> records;
  std::string import_report;              // FormatImportReport of the dictionaries
  std::vector<std::string> dictionary_warnings;
};

// `dir` holds PETR.UnitTest.records.xml and the dictionaries it names.
Result<SuiteReport> RunPetrarchSuite(const std::string& dir);

// The per-category table and the total; with `json`, a last line
// {"expected": N, "found": N, "extra": N, "by_category": {...}}; with
// `show` > 0, up to that many records with missed or extra events first.
std::string FormatSuiteReport(const SuiteReport& report, bool json, int show);

}  // namespace khabar

#endif  // KHABAR_EVAL_PETRARCH_SUITE_H_
