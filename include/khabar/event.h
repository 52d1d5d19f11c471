// Copyright 2026 The khabar Authors. MIT License.
//
// The data model: a Document goes in, Events come out.
//
// Invariants of an Event (the output schema in README.md relies on them):
//   - doc_text.substr(span.begin, span.end - span.begin) is the evidence: the
//     words of the trigger, with the actors where they are adjacent;
//   - span lies inside sentence `sentence`, whose bytes are
//     [sentence_span.begin, sentence_span.end) of the document text;
//   - source.code / target.code are CAMEO actor codes ("IRNGOV"), or "---"
//     (plus any role) when that side is unnamed;
//   - code is a CAMEO event code in the shipped table and root == code[0..2);
//   - attribution lists the speakers outermost first; said_by is its last
//     element (or empty when the text reports in its own voice);
//   - date is an ISO date (YYYY-MM-DD) or empty when the document has none.

#ifndef KHABAR_EVENT_H_
#define KHABAR_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace khabar {

// One document to code. `text` is UTF-8; offsets in events are bytes into it.
struct Document {
  std::string id;      // unique within a run; a file name or JSONL "id"
  std::string date;    // article date, YYYY-MM-DD, may be empty
  std::string lang;    // "ar", "en", or "" (detect)
  std::string outlet;  // publisher, may be empty
  std::string text;
};

struct Span {
  uint32_t begin = 0;  // byte offset, inclusive
  uint32_t end = 0;    // byte offset, exclusive
};

// An actor as coded: the code, the words it came from, the dictionary's
// canonical name ("Ali Khamenei"), which may be empty for composed actors.
struct ActorRef {
  std::string code;
  std::string text;
  std::string name;
};

struct Event {
  std::string doc;
  int sentence = 0;  // index of the sentence in the document, from 0
  Span span;
  Span sentence_span;
  std::string sentence_text;
  ActorRef source;
  ActorRef target;
  std::string code;   // CAMEO event code, e.g. "0312"
  std::string root;   // first two digits
  int quad = 0;       // quad class 1..4 (GDELT convention)
  double goldstein = 0.0;  // GDELT Goldstein table
  std::string plover;      // PLOVER event type, e.g. "CONSULT"
  bool negated = false;
  std::vector<ActorRef> attribution;  // outermost -> innermost speaker
  std::optional<ActorRef> said_by;    // innermost speaker, or none
  std::string date;                   // YYYY-MM-DD
  std::string pattern;                // id of the dictionary entry that fired
  std::vector<std::string> explain;   // filled only with CoderOptions::explain
};

}  // namespace khabar

#endif  // KHABAR_EVENT_H_
