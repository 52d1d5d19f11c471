// Copyright 2026 The khabar Authors. MIT License.
//
// internal::Tables: a compiled dictionary, laid out for the hot path. Words
// are lexicon ids; phrases are looked up by their first id; patterns by the
// ids of their anchor's forms. Built once by the compiler, then immutable.

#ifndef KHABAR_DICT_TABLES_H_
#define KHABAR_DICT_TABLES_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "khabar/dictionary.h"
#include "text/lexicon.h"

namespace khabar::internal {

// ---- actors ---------------------------------------------------------------

enum class ActorKind : uint8_t {
  kActor,    // a state, capital, organisation, group: has a full code
  kPerson,   // a named individual: code from dated roles
  kAgent,    // a title or office: a role that composes with a state
  kDemonym,  // an adjective or gentilic noun: a country (or region) code
};

struct DatedRole {
  int from = 0;  // yyyymmdd; 0 = open
  int to = 0;    // yyyymmdd; 0 = open
  std::string code;
};

struct ActorInfo {
  ActorKind kind = ActorKind::kActor;
  std::string code;  // actor: full code; agent: role or "-"; demonym: country
  std::string name;  // canonical name ("Ali Khamenei"), or agent description
  std::vector<DatedRole> roles;  // persons only
  std::string category;          // for stats: state, capital, igo, group, ...
  std::string place;             // file:line
  bool people = false;  // demonym: a plural gentilic noun ("العراقيين", "Iraqis")
};

// ---- cues and time words ----------------------------------------------------

// A new kind needs its name in Compiler::CompileCue and in the trace
// (coder.cc, which static_asserts that it has one name per kind), and the
// snapshot's range check (snapshot.cc) to end at the last kind.
enum class CueKind : uint8_t {
  kSay,
  kContinue,
  kSource,
  kDeny,
  kNegate,
  kComplementizer,
  kCondition,
  kClause,
  kRelative,
  kReference,
  kIntent,
  kAbbreviation,
  kPreposition,  // a preposition that keeps an actor out of subject position
  kAdverb,       // a word the subject may stand behind (أمس، مجدداً، رسمياً)
  kLinker,       // joins an agent to its state or organisation (في، ب، باسم، ل)
  kPassive,      // marks the agent of a passive or nominal event (من قبل، على يد; by)
  kConjunction,  // joins compound actors (و، and)
  kDiscard,      // a sentence (or, with CueInfo::story, a document) about this is not coded
  kQuantity,  // a number word before a noun (آلاف، عشرات، thousands of): looked through
  kHead,      // a group noun before a name it introduces (حركة «حماس»): joins the mention
  kLight,     // a verb with no event of its own that lends its subject to the act after it
  kWarning,  // a verb of warning (حذّر، warned): with no one named, a threat only from a party
};

// kPronoun: an attached pronoun after a preposition or verb (منها، زاره):
// the most recent other actor.
// kEvent: a definite noun for an act just reported (الهجوم، الغارات):
// the actor of the last event. kParties: a definite noun for an accord (الاتفاق،
// الهدنة): both parties of the last event.
enum class ReferenceKind : uint8_t {
  kNone,
  kLast,
  kPair,
  kOwn,
  kCounterpart,
  kPronoun,
  kEvent,
  kParties,
  kGroup,  // a definite group noun (الحركة، الجماعة): the story's last armed group or party
  kDecision,  // a definite noun for a decision (القرار، الخطوة): the story's lead actor
  kOrganisation,   // the organisation (المنظمة): the story's last IGO or NGO
  kOrganisations,  // the two organisations (المنظمتان): its last two IGOs or NGOs
  kState,  // a kind of state (المملكة): the story's last state whose name begins with it
  kThree,  // the three states (الدول الثلاث): the story's last list of three states
};

struct CueInfo {
  CueKind kind = CueKind::kSay;
  ReferenceKind reference = ReferenceKind::kNone;
  bool verb = false;  // written as PAST/PRESENT
  bool story = false;  // kDiscard: the whole document, not only the sentence
  std::string place;
};

enum class TimeKind : uint8_t { kOffset, kMonth, kWeekday, kDirection, kPart, kUnit };

struct TimeInfo {
  TimeKind kind = TimeKind::kOffset;
  int value = 0;     // days, month 1-12, ISO weekday, direction, day of month
  char unit = 'd';   // kUnit: 'w', 'm', 'y'
  std::string place;
};

// ---- phrases ----------------------------------------------------------------

// A multiword name, cue or time expression: its key ids and what it means.
struct Phrase {
  std::vector<uint32_t> keys;
  uint32_t target = 0;  // index into Tables::actors / cues / times
  bool verb = false;    // the single word was a verb (all inflections)
  // Arabic proper names keep their article: a name written with ال
  // (الرياض) needs it in the text, one written without (مالي، رياض) must
  // not have it. -1: either (titles, demonyms, cues).
  int8_t definite = -1;
  // English acronyms (a name of at most four capitals: UN, US, EU, NATO)
  // match only capitals, so "us" and "Kim Jong Un" are not actors.
  bool acronym = false;
  // English names: the folded word behind each key ("protesters"), so that
  // a word of the same stem but another form ("protested") is not the name.
  std::vector<std::string> words;
};

// Longest-match lookup. A phrase of one verb has one Phrase per form.
class PhraseIndex {
 public:
  void Add(Phrase phrase);
  void Finish();  // sorts candidates longest first
  // Candidates whose first key is `key`, longest first.
  const std::vector<uint32_t>* Candidates(uint32_t key) const {
    auto it = by_first_.find(key);
    return it == by_first_.end() ? nullptr : &it->second;
  }
  const Phrase& phrase(uint32_t i) const { return phrases_[i]; }
  std::size_t size() const { return phrases_.size(); }

 private:
  std::vector<Phrase> phrases_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_;
};

// ---- event patterns ---------------------------------------------------------

struct PatternElement {
  enum class Kind : uint8_t { kWord, kTarget, kSource };
  Kind kind = Kind::kWord;
  std::vector<uint32_t> keys;  // sorted alternatives (all verb forms)
  bool optional = false;
  bool adjacent = false;       // must directly follow the previous element
  bool verb = false;           // some alternative is a verb
};

struct Pattern {
  std::string code;  // CAMEO event code
  std::string reverse_code;  // "042:043": the code of the target toward the source, or ""
  std::string id;    // "id:" attribute or file:line
  std::vector<PatternElement> elements;
  bool verbal = false;  // anchor is a verb (else a noun or participle)
  // "subject: compound" (PETRARCH's %): the pattern applies only when its
  // subject is a compound ("A and B agree"); FindPatterns leaves it out.
  bool compound_subject = false;
  // "source: speaker": the speaker of the reported words is the source and
  // the clause subject the target ("إن واشنطن «ستدفع الثمن»": a threat by
  // the speaker to Washington); coded only when announced for the future.
  bool speaker_source = false;
  int literal_count = 0;
};

// ---- CAMEO ------------------------------------------------------------------

struct CameoCode {
  std::string name;
  double goldstein = 0;
  int quad = 0;
  std::string plover;
};

// ---- per language -----------------------------------------------------------

struct LanguageTables {
  text::Lexicon lexicon;
  PhraseIndex names;  // actors, persons, agents, demonyms -> Tables::actors
  PhraseIndex cues;   // -> Tables::cues
  PhraseIndex times;  // -> Tables::times
  std::vector<Pattern> patterns;
  std::unordered_map<uint32_t, std::vector<uint32_t>> patterns_by_anchor;
  std::unordered_set<std::string> abbreviations;  // folded, without final '.'
  // Ids of frequent structural keys, kUnknown when absent.
  uint32_t conj_key = text::Lexicon::kUnknown;  // و / and
};

struct Tables {
  uint64_t generation = 0;  // unique per compiled dictionary in a process
  LanguageTables ar;
  LanguageTables en;
  std::vector<ActorInfo> actors;
  std::vector<CueInfo> cues;
  std::vector<TimeInfo> times;
  std::unordered_map<std::string, CameoCode> cameo;
  std::unordered_map<std::string, std::string> roles;  // code -> kind ("type"/"org")
  DictionaryStats stats;

  const LanguageTables& ForLanguage(text::Language l) const {
    return l == text::Language::kArabic ? ar : en;
  }
};

}  // namespace khabar::internal

#endif  // KHABAR_DICT_TABLES_H_
