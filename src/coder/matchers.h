// Copyright 2026 The khabar Authors. MIT License.
//
// The dictionary matchers: they fill a Sentence's cues, time words, actor
// mentions and event-pattern matches from its tokens. Each is a plain
// function of (tables, sentence); none keeps state between sentences.

#ifndef KHABAR_CODER_MATCHERS_H_
#define KHABAR_CODER_MATCHERS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coder/sentence.h"
#include "dict/tables.h"

namespace khabar::coder {

// Cue phrases (reporting verbs, negators, references, ...), longest first.
void FindCues(const internal::Tables& tables, const internal::LanguageTables& lang,
              Sentence* sentence);

// Time expressions (أمس، الثلاثاء الماضي، مطلع مايو).
void FindTimes(const internal::LanguageTables& lang, Sentence* sentence);

// Actor mentions: dictionary names composed into mentions ("وزير الخارجية
// الإيراني" → IRNGOV), references from cues, compound groups joined by "و".
// `date` (yyyymmdd, 0 = unknown) picks the role of named persons.
void FindMentions(const internal::Tables& tables, const internal::LanguageTables& lang, int date,
                  Sentence* sentence);

// Event patterns anchored in the sentence; overlapping matches are resolved
// (the one matching more elements wins). Requires mentions and cues.
void FindPatterns(const internal::Tables& tables, const internal::LanguageTables& lang,
                  Sentence* sentence);

// Whether `token` lies in an Arabic adjunct set off by commas that opens
// with a preposition or adverb ("، خلال اتصال هاتفي مع بلينكن،"), by the
// sentence's adjunct_end (filled by FindPatterns): pattern gaps pass over
// such adjuncts, and an act inside one is its own.
constexpr uint32_t kAdjunctReach = 10;  // the most tokens an adjunct spans
bool InCommaAdjunct(const Sentence& sentence, uint32_t token);

// The key of Arabic في ("in"), kUnknown for English.
uint32_t InKey(const internal::Tables& tables, const internal::LanguageTables& lang);

// Pattern `pattern` matched at token `anchor` (which must carry one of its
// anchor keys), or nothing. For rules that choose among patterns themselves
// (English compound-subject patterns).
std::optional<PatternMatch> MatchPatternAt(const internal::Tables& tables,
                                           const internal::LanguageTables& lang, uint32_t pattern,
                                           const Sentence& sentence, uint32_t anchor);

// The role code of a person on `date` (see dict/FORMAT.md, `person`).
std::string RoleAt(const internal::ActorInfo& person, int date);

// True when the token ends a clause for pattern gaps: sentence punctuation.
bool IsHardBoundary(const text::Token& token);

// A double quotation mark or guillemet: " « » “ ” (not the apostrophe-like
// single quotes, which English words carry).
bool IsQuotationMark(const text::Token& token);

// A comma, Latin or Arabic (، U+060C).
bool IsComma(const text::Token& token);

// A hyphen or underscore between the words of a name ("Al-Sisi"), skipped
// when matching.
bool IsJoiner(const text::Token& token);

// A dictionary phrase found at a token: its index and its last token.
struct PhraseHit {
  uint32_t phrase;
  uint32_t last;
};

// Whether the words of phrase `phrase` may stand at `token` as its word `k`
// (a check beyond the keys, such as English word forms).
using PhraseWordCheck =
    std::function<bool(const internal::Phrase& phrase, uint32_t token, std::size_t k)>;

// The first phrase of `index` that starts at token i (joiners between its
// words are skipped), honouring each phrase's article and acronym rules and,
// when given, `check` on every word.
std::optional<PhraseHit> MatchPhraseAt(const internal::PhraseIndex& index,
                                       const std::vector<text::Token>& tokens, uint32_t i,
                                       const PhraseWordCheck& check = nullptr);

// Whether token t carries a cue of `kind` (false past the sentence's end).
bool CueKindAt(const internal::Tables& tables, const Sentence& sentence, uint32_t t,
               internal::CueKind kind);

// The document text from token `first` through token `last`.
std::string SurfaceOf(std::string_view text, const Sentence& sentence, uint32_t first,
                      uint32_t last);

}  // namespace khabar::coder

#endif  // KHABAR_CODER_MATCHERS_H_
