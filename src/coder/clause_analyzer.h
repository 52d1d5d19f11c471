// Copyright 2026 The khabar Authors. MIT License.
//
// ClauseAnalyzer: what a parser would otherwise give, done with rules over the
// matched sentence. It splits a sentence into clauses, finds each clause's
// subject (verb–subject, subject–verb, or carried over when the subject is
// dropped), follows attribution frames (قال … أن, بحسب, نقلاً عن) and denial
// and negation scopes, resolves references (الأخير, البلدين, بلاده, نظيره),
// and turns pattern matches into Events with source, target, negation,
// said_by chain and date.
//
// One ClauseAnalyzer codes one document: it keeps the discourse (recent
// actors, the current speaker, an open quotation) from sentence to sentence.

#ifndef KHABAR_CODER_CLAUSE_ANALYZER_H_
#define KHABAR_CODER_CLAUSE_ANALYZER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "coder/sentence.h"
#include "dict/tables.h"
#include "khabar/event.h"

namespace khabar::coder {

class ClauseAnalyzer {
 public:
  ClauseAnalyzer(const internal::Tables& tables, const internal::LanguageTables& lang,
                 const Document& document, int article_date, bool explain);

  // Appends the events of `sentence` (already matched) to `events`.
  void Analyze(Sentence* sentence, std::vector<Event>* events);

 private:
  enum class ClauseKind { kMain, kContent, kRelative, kCondition };
  struct Clause {
    uint32_t first = 0, last = 0;
    ClauseKind kind = ClauseKind::kMain;
    uint32_t predicate = kNone;  // token of the first verb or cue verb
    uint32_t subject = kNone;    // mention index
    std::string subject_code;    // resolved (may come from the discourse)
    std::string subject_text;
    bool denied = false;            // inside a denial's scope
    std::vector<ActorRef> frame;    // speakers in effect, outermost first
    std::vector<ActorRef> dual;     // the two parties of a dual verb with no subject
    std::vector<ActorRef> carried;  // every member of a compound subject carried over
    // "، و" + verb: the subject of the clause before, which a coordinated
    // verb may keep with its object right after it ("، وحثت واشنطن على").
    ActorRef coordinated_with;
  };

  // Right after a preposition, or the genitive of a noun that is.
  bool InPrepositionalPhrase(const Sentence& s, const Mention& m) const;
  void ResolveReferences(Sentence* s);
  std::vector<Clause> SplitClauses(const Sentence& s) const;
  uint32_t FindPredicate(const Sentence& s, const Clause& c) const;
  // The proclitic conjunction و ("and").
  bool IsConjunction(const text::Token& t) const;
  bool IsTemporalPreposition(const text::Token& t) const;
  bool IsBehindPreposition(const Sentence& s, uint32_t anchor) const;
  bool IsNominalAnchor(const Sentence& s, uint32_t t) const;
  bool HasPredicate(const Sentence& s, uint32_t first, uint32_t end) const;
  uint32_t SubjectBefore(const Sentence& s, const Clause& c, uint32_t token) const;
  uint32_t SubjectAfter(const Sentence& s, const Clause& c, uint32_t token) const;
  bool IsPrepositional(const Sentence& s, const Mention& m) const;
  bool IsNegated(const Sentence& s, const Clause& c, uint32_t anchor) const;
  bool IsIntended(const Sentence& s, const Clause& c, uint32_t anchor) const;
  bool CueAt(const Sentence& s, uint32_t token, internal::CueKind kind) const;
  bool CueStartsAt(const Sentence& s, uint32_t token, internal::CueKind kind) const;
  bool IsVerb(const Sentence& s, uint32_t token) const;
  // A past dual verb (وقّعا، اطمأنا): the form less its final ا is a verb too.
  bool IsDualVerb(const Sentence& s, uint32_t token) const;

  // Whether nominal match `m` lies inside the words of a verbal match
  // anchored earlier in clause `c` (the noun is that verb's object).
  bool IsObjectOfEventVerb(const Sentence& s, const Clause& c, const PatternMatch& m) const;
  void EmitEvents(const Sentence& s, const Clause& c, const PatternMatch& m,
                  std::vector<Event>* events);
  // "بوساطة صينية"، "برعاية سعودية أميركية" in a sentence that tells talks:
  // the named mediators mediate (045) with each party to them.
  void AddMediators(const Sentence& s, std::vector<Event>* events) const;
  std::vector<ActorRef> Expand(const Sentence& s, uint32_t mention, const Clause& c) const;
  ActorRef Ref(const Sentence& s, const Mention& m) const;
  std::string Surface(const Sentence& s, uint32_t first, uint32_t last) const;

  const internal::Tables& tables_;
  const internal::LanguageTables& lang_;
  const Document& document_;
  int article_date_;
  bool explain_;
  uint32_t any_key_;           // أي ("any"): a noun after it is hypothetical
  uint32_t dual_pronoun_key_;  // the suffix هما ("the two of them")
  uint32_t between_key_;       // بين ("between")
  uint32_t in_key_;            // في ("in")
  uint32_t mediation_key_;     // وساطة ("mediation")
  uint32_t auspices_key_;      // رعاية ("auspices")

  // Discourse, carried from sentence to sentence.
  static constexpr std::size_t kRecentActors = 256;  // how far back references look
  std::vector<std::string> recent_codes_;            // actor codes in text order (the last ones)
  std::map<uint32_t, std::string> agent_code_;       // agent entry -> last full code
  std::map<std::string, int> country_weight_;        // how much each country is the story's
  std::string HomeCountry() const;
  ActorRef last_subject_;
  std::vector<ActorRef> last_subject_refs_;  // members of the last subject named
  std::string last_event_source_;            // the parties of the last event coded
  std::string last_event_target_;
  std::string last_accord_source_;  // parties of the last agreement (057, 03x, 06x)
  std::string last_accord_target_;
  std::vector<std::string> last_three_;  // the countries of the story's last list of three states
  std::string last_conflict_source_;     // actor of the last hostile act (quad 3-4)
  std::string last_material_source_;     // actor of the last material hostile act (quad 4)
  std::string last_cooperative_source_;  // actor of the last cooperative act (quad 1-2)
  ActorRef last_speaker_;
  std::vector<ActorRef> lead_actors_;         // subject of the story's first main clause
  std::string lead_decision_source_;          // the actor of the story's first decision
  ActorRef last_attack_target_;               // the target of the story's last act of force
  ActorRef last_unattributed_attack_target_;  // ... of its last by an unnamed hand
  std::set<std::string> conflict_countries_;  // countries in its hostile acts so far
  std::string authored_decision_;             // the author of the last decision named with it
  bool lead_sentence_done_ = false;           // the sentence naming the lead actor is past
  std::vector<ActorRef> quote_frame_;         // frame of a quotation still open
  bool quote_open_ = false;
};

}  // namespace khabar::coder

#endif  // KHABAR_CODER_CLAUSE_ANALYZER_H_
