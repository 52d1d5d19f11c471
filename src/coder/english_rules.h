// Copyright 2026 The khabar Authors. MIT License.
//
// English rules: what English word order needs that the Arabic-tuned
// ClauseAnalyzer does not give. English is subject–verb–object, puts titles
// after the country ("Russia's foreign minister", "Ukrainian President
// Volodymyr Zelenskiy"), marks the passive ("was arrested by"), and often
// names the speaker after what was said ("..., Ukrainian officials said.").
// Without a parser, the rules read word classes from a few closed lists
// (determiners, auxiliaries, pronouns: below) and the dictionaries' cues.
//
// FindEnglishMentions replaces FindMentions for English: dictionary pieces
// are composed in English order (country or demonym, 's, title, person;
// title + of/for/in/from + body), modifiers such as "Iran-aligned" or
// "pro-Bolsonaro" are not actors, and a proper name must be capitalised in
// the text ("china" is not China).
//
// EnglishAnalyzer replaces ClauseAnalyzer for English documents: for every
// pattern match in verb position (not after a determiner or preposition) it
// finds the subject to the left (skipping mentions after prepositions and
// direct objects; a pronoun is the last subject), reads the passive (the
// agent after "by" is the source, the subject the target), the negators and
// auxiliaries before the verb ("did not", "will", "would"), the reporting
// frames ("X said (that) ...", "..., X said.", "according to X", open
// quotations), denials ("X denied ...") and the time words, and writes the
// events. A compound subject with no other target acts on its members both
// ways ("A and B signed an accord"). Discard cues drop a sentence, or the
// whole document. The dateline ("KYIV, Feb 24 (Reuters) -") is not read.
//
// One EnglishAnalyzer codes one document; it keeps the discourse (recent
// actors, the last subject and speaker, an open quotation).

#ifndef KHABAR_CODER_ENGLISH_RULES_H_
#define KHABAR_CODER_ENGLISH_RULES_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coder/sentence.h"
#include "dict/tables.h"
#include "khabar/event.h"
#include "khabar/options.h"

namespace khabar::coder {

// Actor mentions of an English sentence (cues must be found first). `text`
// is the document the sentence's tokens point into; `date` (yyyymmdd, 0 =
// unknown) picks the role of named persons.
void FindEnglishMentions(const internal::Tables& tables, const internal::LanguageTables& lang,
                         std::string_view text, int date, Sentence* sentence);

// The token index where an English sentence starts after its dateline
// ("BEIRUT (Reuters) -", "KYIV, Feb 24 (Reuters) -"), or 0 when it has none.
uint32_t EnglishDatelineEnd(const Sentence& sentence, std::string_view text);

class EnglishAnalyzer {
 public:
  EnglishAnalyzer(const internal::Tables& tables, const internal::LanguageTables& lang,
                  const Document& document, int article_date, const CoderOptions& options);

  // Appends the events of `sentence` (already matched) to `events`.
  void Analyze(Sentence* sentence, std::vector<Event>* events);

 private:
  struct Frame {
    std::vector<ActorRef> speakers;  // outermost first
    bool denied = false;
  };

  // The lower-case surface of token t, folded once per sentence.
  const std::string& Word(const Sentence& s, uint32_t t) const;
  bool CueAt(const Sentence& s, uint32_t t, internal::CueKind kind) const;
  bool CueStartsAt(const Sentence& s, uint32_t t, internal::CueKind kind) const;
  bool IsAnchor(const Sentence& s, uint32_t t) const;
  bool IsBoundary(const Sentence& s, uint32_t t) const;
  bool IsPrepositional(const Sentence& s, uint32_t mention) const;
  bool IsObject(const Sentence& s, uint32_t mention) const;
  bool InNounPosition(const Sentence& s, uint32_t anchor) const;
  bool IsPassive(const Sentence& s, uint32_t anchor) const;
  bool InBackground(const Sentence& s, uint32_t anchor) const;
  bool InAppeal(const Sentence& s, uint32_t anchor) const;
  bool IsNegated(const Sentence& s, uint32_t anchor) const;
  bool IsIntended(const Sentence& s, uint32_t anchor) const;
  bool IsPlace(const Sentence& s, const Mention& m) const;
  uint32_t ClaimedAct(const Sentence& s, uint32_t anchor) const;
  uint32_t DeniedAct(const Sentence& s, uint32_t anchor) const;
  bool DecidedReduction(const Sentence& s, uint32_t anchor, std::string_view code) const;

  // The subject of the verb at `anchor`: a mention index, kPronoun (a
  // personal pronoun: the last subject), or kNone.
  static constexpr uint32_t kPronoun = 0xFFFFFFFEu;
  // The subject of the verb or participle at `anchor`, memoised per sentence
  // and clause start: FindSubject() follows chains of coordinated verbs back
  // and would otherwise repeat them for each verb of a long run-on sentence.
  uint32_t SubjectOf(const Sentence& s, uint32_t anchor) const;
  uint32_t FindSubject(const Sentence& s, uint32_t anchor) const;
  uint32_t ObjectAfter(const Sentence& s, uint32_t from, uint32_t source) const;
  uint32_t ByAgent(const Sentence& s, uint32_t anchor) const;

  void ResolveMentions(Sentence* s);
  void UseCompoundPatterns(Sentence* s) const;
  void KeepPatternsInClause(Sentence* s) const;
  std::string HomeCountry() const;
  std::vector<ActorRef> Expand(const Sentence& s, uint32_t mention) const;
  bool IsNamed(const Sentence& s, uint32_t mention) const;
  ActorRef Ref(const Sentence& s, const Mention& m) const;
  std::string Surface(const Sentence& s, uint32_t first, uint32_t last) const;
  std::vector<Frame> Frames(const Sentence& s);
  ActorRef SpeakerOf(const Sentence& s, const CueHit& cue, uint32_t* left_edge) const;

  void Emit(const Sentence& s, const PatternMatch& m, const std::vector<Frame>& frames,
            std::vector<Event>* events);
  ActorRef ActorOfNamedAct(const Sentence& s, uint32_t from, const ActorRef& own, bool hostile,
                           const std::vector<Event>& events, std::string* rule,
                           bool foreign_only = false) const;
  void EmitJudgements(const Sentence& s, const std::vector<Frame>& frames,
                      std::vector<Event>* events);

  const internal::Tables& tables_;
  const internal::LanguageTables& lang_;
  const Document& document_;
  int article_date_;
  bool explain_;
  bool modality_;
  uint32_t start_ = 0;  // first token after the dateline of the current sentence
  bool discarded_ = false;

  // Discourse, carried from sentence to sentence.
  std::vector<std::string> recent_codes_;
  std::vector<std::string> lead_codes_;      // the story's first actors (up to 4 countries)
  std::vector<std::string> conflict_sides_;  // countries of its first hostile act between two
  std::map<uint32_t, std::string> agent_code_;
  std::map<std::string, int> country_weight_;
  std::string dateline_country_;
  bool clash_ = false;  // the event being emitted is a clash: both sides act
  bool claimed_ = false;     // ... is an act its author claimed responsibility for
  bool denied_act_ = false;  // ... is an act its author denied ("denied carrying out")
  std::vector<std::pair<std::string, std::string>>
      recent_names_;  // lower-case surface, code  // the one country the dateline names, if any
  ActorRef last_subject_;
  ActorRef previous_subject_;        // the last subject before the current sentence
  bool last_subject_named_ = false;  // a named person ("Sviatlana Tsikhanouskaya")
  bool previous_subject_named_ = false;
  ActorRef last_speaker_;
  ActorRef last_event_source_;  // of the last event with both sides named
  ActorRef last_event_target_;
  std::vector<ActorRef> quote_frame_;
  bool quote_open_ = false;
  // Per sentence: the resolved codes of each mention (a compound expands).
  std::vector<std::vector<ActorRef>> resolved_;
  // Word()'s cache: the folded words of the sentence `words_of_` (by
  // address and start), filled on the first Word() call for that sentence.
  mutable const Sentence* words_of_ = nullptr;
  mutable std::size_t words_begin_ = 0;
  mutable std::vector<std::string> words_;
  // SubjectOf()'s memo for the sentence `subjects_of_` (by address and start)
  // and the clause start `subjects_start_`.
  mutable const Sentence* subjects_of_ = nullptr;
  mutable std::size_t subjects_begin_ = 0;
  mutable uint32_t subjects_start_ = 0;
  mutable std::vector<uint32_t> subjects_;
};

}  // namespace khabar::coder

#endif  // KHABAR_CODER_ENGLISH_RULES_H_
