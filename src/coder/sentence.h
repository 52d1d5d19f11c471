// Copyright 2026 The khabar Authors. MIT License.
//
// What the coder knows about one sentence: its tokens and the dictionary
// matches over them (actor mentions, cues, time words, event patterns).
// Plain data; built by the matchers, read by the clause analysis.

#ifndef KHABAR_CODER_SENTENCE_H_
#define KHABAR_CODER_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dict/tables.h"
#include "khabar/event.h"
#include "text/tokenizer.h"

namespace khabar::coder {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// An actor mention: one or more dictionary pieces composed ("وزير الخارجية"
// + "الإيراني" + "حسين أمير عبداللهيان"), or a reference ("الأخير").
struct Mention {
  uint32_t first = 0;  // token indices, inclusive
  uint32_t last = 0;
  std::string code;        // resolved CAMEO actor code; "---ROL" when no country
  std::string name;        // canonical name of the main piece, if any
  uint32_t agent = kNone;  // ActorInfo index of the first agent piece
  internal::ReferenceKind reference = internal::ReferenceKind::kNone;
  bool has_country = false;
  bool demonym_only = false;  // a bare adjective/gentilic: "الإيرانيين", "العُمانية"
  int group = -1;             // compound group ("مصر والأردن"): same id
  bool authored = false;  // a decision named with its author's adjective (الخطة المصرية)
  std::vector<std::string> explain;
};

struct CueHit {
  uint32_t first = 0, last = 0;
  uint32_t cue = 0;  // index into Tables::cues
};

struct TimeHit {
  uint32_t first = 0, last = 0;
  uint32_t time = 0;  // index into Tables::times
};

// One matched event pattern: where each element landed.
struct PatternMatch {
  uint32_t pattern = 0;               // index into LanguageTables::patterns
  uint32_t anchor = 0;                // token of the anchor
  uint32_t last = 0;                  // last token matched by a word element
  uint32_t target = kNone;            // mention bound to TGT
  uint32_t source = kNone;            // mention bound to SRC
  uint32_t target_slot_from = kNone;  // first token the TGT slot could start at
  int elements_matched = 0;
};

struct Sentence {
  int index = 0;
  Span span;
  std::vector<text::Token> tokens;
  std::vector<Mention> mentions;
  std::vector<uint32_t> mention_at;  // token -> mention index or kNone
  std::vector<CueHit> cues;
  std::vector<uint32_t> cue_at;  // token -> cue hit index or kNone
  std::vector<TimeHit> times;
  std::vector<PatternMatch> matches;
  // Arabic: for a comma that opens an adjunct set off by commas ("، في بيان
  // مشترك صدر في ختام الزيارة،"), the comma that closes it; else kNone.
  // Filled by FindPatterns; see InCommaAdjunct.
  std::vector<uint32_t> adjunct_end;
};

}  // namespace khabar::coder

#endif  // KHABAR_CODER_SENTENCE_H_
