// Copyright 2026 The khabar Authors. MIT License.
//
// Scoring against gold annotations (../shared/gold/GUIDELINES.md). The
// figures are defined exactly as ../shared/gold/score.py defines them, and a
// test checks that the two agree on the same output.

#ifndef KHABAR_EVAL_H_
#define KHABAR_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "khabar/event.h"
#include "khabar/status.h"

namespace khabar {

struct GoldEvent {
  std::string source, target, code, said_by, date;
  bool negated = false;
};

struct GoldDocument {
  Document document;
  std::vector<GoldEvent> events;
};

// Reads a gold JSONL file. Fails on the first unreadable line (gold must be clean).
Result<std::vector<GoldDocument>> ReadGold(const std::string& path);

struct RootScore {
  int tp = 0, fp = 0, fn = 0;
};

struct Scores {
  int documents = 0, tp = 0, fp = 0, fn = 0;
  double precision = 0, recall = 0, f1 = 0;
  double actor6_agree = 0, code_agree = 0, said_by_agree = 0, date_agree = 0;
  std::map<std::string, RootScore> per_root;
  std::vector<std::string> errors;  // "FP doc SRC->TGT CODE neg=.. said_by=.." lines
};

// Scores system events (each with Event::doc set to a gold document id).
Scores Score(const std::vector<GoldDocument>& gold, const std::vector<Event>& system);

// Text as score.py prints it (optionally with the per-root table), or its
// --json summary line.
std::string FormatScores(const Scores& scores, bool per_root, bool json, int show_errors = 0);

}  // namespace khabar

#endif  // KHABAR_EVAL_H_
