// Copyright 2026 The khabar Authors. MIT License.

#include "coder/clause_analyzer.h"

#include <algorithm>

#include "coder/date_resolver.h"
#include "coder/matchers.h"
#include "coder/modality.h"
#include "text/normalizer.h"

namespace khabar::coder {

using internal::CueKind;
using internal::Pattern;
using internal::PatternElement;
using internal::ReferenceKind;
using text::Token;
using text::TokenKind;

namespace {

constexpr int kSubjectReach = 3;  // units between a verb and its VSO subject
constexpr int kTargetReach = 8;   // units between a trigger and a default target

// The word's first letter is an alef (ا أ إ آ): verbal nouns of the derived
// forms (استخدام، انسحاب، إجراء), never an active participle (متهماً، داعياً).
bool BeginsWithAlef(std::string_view text, const Token& t) {
  if (t.end < t.begin + 2 || static_cast<unsigned char>(text[t.begin]) != 0xD8) return false;
  const auto second = static_cast<unsigned char>(text[t.begin + 1]);
  return second == 0xA7 || second == 0xA3 || second == 0xA5 || second == 0xA2;
}

// A past verb written with a damma on its first letter (قُتل، أُصيب، اُعتقل)
// is passive: without the vowel the form is ambiguous and read as active. A
// present prefix with a damma (يُلزم، تُرسل) is as often an active form IV.
bool IsWrittenPassive(std::string_view text, const Token& t) {
  if (t.end < t.begin + 4 || static_cast<unsigned char>(text[t.begin + 2]) != 0xD9 ||
      static_cast<unsigned char>(text[t.begin + 3]) != 0x8F) {
    return false;
  }
  const std::string_view first = text.substr(t.begin, 2);
  return first != "\xD9\x8A" && first != "\xD8\xAA" && first != "\xD9\x86";  // ي ت ن
}

// A state itself or one of its bodies (GOV, MIL, COP, SPY, JUD, LEG), not its
// people, opposition or rebels.
bool IsStateBody(std::string_view code) {
  static constexpr std::string_view kStateBodies[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"};
  return code.size() == 3 || std::find(std::begin(kStateBodies), std::end(kStateBodies),
                                       code.substr(3, 3)) != std::end(kStateBodies);
}

// Two actors on one side: bodies of one state (or the state itself), or one
// non-state actor. A state and its own rebels or separatists are two sides.
bool SameSide(std::string_view a, std::string_view b) {
  if (a.size() < 3 || b.size() < 3 || a.substr(0, 3) != b.substr(0, 3)) {
    return false;
  }
  if (IsStateBody(a) && IsStateBody(b)) {
    return true;
  }
  return a.substr(0, 6) == b.substr(0, 6);
}

// Roots whose one-sided events are worth writing with "---" for the
// missing side: protest, force posture, coercion, assault, fight, mass violence.
bool WritesOneSided(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "14" || root == "15" || root == "17" || root == "18" || root == "19" ||
         root == "20";
}

// A state's code, not a bloc, organisation or unknown ("IGO", "---").
bool IsStateCode(std::string_view country) {
  static constexpr std::string_view kNotStates[] = {"IGO", "NGO", "IMG", "NGM", "MNC",
                                                    "INT", "EUR", "WST", "---"};
  return country.size() == 3 &&
         std::find(std::begin(kNotStates), std::end(kNotStates), country) == std::end(kNotStates);
}

// Acts that two parties do together: intents, consultation, agreements,
// cooperation, truces, fighting ("اتفق البلدان", "اشتبك الطرفان").
bool IsMutual(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "03" || root == "04" || code == "054" || code == "057" || root == "06" ||
         code.substr(0, 3) == "087" || root == "19";
}

}  // namespace

ClauseAnalyzer::ClauseAnalyzer(const internal::Tables& tables, const internal::LanguageTables& lang,
                               const Document& document, int article_date, bool explain)
    : tables_(tables),
      lang_(lang),
      document_(document),
      article_date_(article_date),
      explain_(explain),
      any_key_(lang.lexicon.Find(text::WordFolder::Get().Fold("\xD8\xA3\xD9\x8A"))),  // أي
      dual_pronoun_key_(lang.lexicon.Find("\xD9\x87\xD9\x85\xD8\xA7")),               // هما
      between_key_(lang.lexicon.Find(text::WordFolder::Get().Fold("بين"))),
      in_key_(InKey(tables, lang)),
      mediation_key_(lang.lexicon.Find(text::WordFolder::Get().Fold("وساطة"))),
      auspices_key_(lang.lexicon.Find(text::WordFolder::Get().Fold("رعاية"))) {}

std::string ClauseAnalyzer::Surface(const Sentence& s, uint32_t first, uint32_t last) const {
  return SurfaceOf(document_.text, s, first, last);
}

ActorRef ClauseAnalyzer::Ref(const Sentence& s, const Mention& m) const {
  return {m.code, Surface(s, m.first, m.last), m.name};
}

bool ClauseAnalyzer::CueAt(const Sentence& s, uint32_t token, CueKind kind) const {
  return CueKindAt(tables_, s, token, kind);
}

bool ClauseAnalyzer::CueStartsAt(const Sentence& s, uint32_t token, CueKind kind) const {
  return CueAt(s, token, kind) && s.cues[s.cue_at[token]].first == token;
}

// A verb form written with ال is a verbal noun (التوصل، الإفراج), not a verb.
bool ClauseAnalyzer::IsVerb(const Sentence& s, uint32_t token) const {
  const text::Token& t = s.tokens[token];
  return t.key != text::Lexicon::kUnknown && (lang_.lexicon.flags(t.key) & text::kVerbForm) != 0 &&
         (t.flags & text::kDefinite) == 0;
}

bool ClauseAnalyzer::IsDualVerb(const Sentence& s, uint32_t token) const {
  if (!IsVerb(s, token)) return false;
  const std::string& key = lang_.lexicon.Key(s.tokens[token].key);
  constexpr std::string_view kAlef = "\xD8\xA7";  // ا
  if (key.size() < 8 || std::string_view(key).substr(key.size() - 2) != kAlef) return false;
  const uint32_t stem = lang_.lexicon.Find(std::string_view(key).substr(0, key.size() - 2));
  return stem != text::Lexicon::kUnknown && (lang_.lexicon.flags(stem) & text::kVerbForm) != 0;
}

// A mention after a preposition (في، على، ب، ل، بين، بحسب …) is not a subject.
bool ClauseAnalyzer::IsPrepositional(const Sentence& s, const Mention& m) const {
  if (m.group >= 0) {
    // A compound is prepositional when its first member is.
    for (const Mention& other : s.mentions) {
      if (other.group == m.group) {
        if (&other == &m) break;
        return IsPrepositional(s, other);
      }
    }
  }
  if (m.first == 0) return false;
  uint32_t t = m.first - 1;
  // Quotation marks and tatweel-only prefixes stand between: لـ «الجريدة».
  while (t > 0 && IsQuotationMark(s.tokens[t])) --t;
  const Token& before = s.tokens[t];
  if (before.kind == TokenKind::kProclitic && before.key != lang_.conj_key) {
    return true;  // ب ل ك (و is a conjunction, not a preposition)
  }
  return CueAt(s, t, CueKind::kPreposition) || CueAt(s, t, CueKind::kSource) ||
         CueAt(s, t, CueKind::kLinker) || CueAt(s, t, CueKind::kPassive);
}

// Inside a prepositional phrase: right after a preposition, or the genitive
// of a noun that is ("من نفوذ الصين"، "في محيط القطاع").
bool ClauseAnalyzer::InPrepositionalPhrase(const Sentence& s, const Mention& m) const {
  if (IsPrepositional(s, m)) return true;
  uint32_t first = m.first;
  if (m.group >= 0) {
    for (const Mention& other : s.mentions) {
      if (other.group == m.group) {
        first = other.first;
        break;
      }
    }
  }
  if (first < 2) return false;
  const Token& noun = s.tokens[first - 1];
  if (noun.kind != TokenKind::kWord || s.cue_at[first - 1] != kNone || IsVerb(s, first - 1)) {
    return false;
  }
  const uint32_t t = first - 2;
  const Token& before = s.tokens[t];
  if (before.kind == TokenKind::kProclitic && before.key != lang_.conj_key) return true;
  return CueAt(s, t, CueKind::kPreposition) || CueAt(s, t, CueKind::kLinker);
}

void ClauseAnalyzer::ResolveReferences(Sentence* s) {
  // Decisions named with their author ("الخطة المصرية"), for "الخطة" later.
  for (const Mention& m : s->mentions) {
    if (m.authored) {
      authored_decision_ = m.code;
    }
  }
  // The story's last list of exactly three states ("اعترفت إسبانيا
  // وإيرلندا والنرويج"): what "الدول الثلاث" refers to later.
  for (const Mention& m : s->mentions) {
    if (m.group < 0 || (&m != s->mentions.data() && (&m - 1)->group == m.group)) continue;
    std::vector<std::string> members;
    for (const Mention& other : s->mentions) {
      if (other.group != m.group) continue;
      if (other.reference != ReferenceKind::kNone || other.code.size() < 3 ||
          !IsStateCode(other.code.substr(0, 3))) {
        members.clear();
        break;
      }
      members.push_back(other.code.substr(0, 3));
    }
    if (members.size() == 3) last_three_ = std::move(members);
  }
  std::vector<std::size_t> titles_of_groups;
  for (Mention& m : s->mentions) {
    switch (m.reference) {
      case ReferenceKind::kLast: {
        // The latter: the nearest earlier actor in the sentence that is not
        // behind a preposition ("لـ«الجريدة»" is not who met the sultan),
        // else the last actor of the story.
        for (auto it = std::make_reverse_iterator(s->mentions.begin() + (&m - s->mentions.data()));
             it != s->mentions.rend(); ++it) {
          if (!it->code.empty() && it->reference == ReferenceKind::kNone &&
              !IsPrepositional(*s, *it)) {
            m.code = it->code;
            break;
          }
        }
        if (m.code.empty() && !recent_codes_.empty()) m.code = recent_codes_.back();
        break;
      }
      case ReferenceKind::kPair: {
        // Both countries: the two the story is most about so far (then the
        // most recent), each with its latest full code.
        std::vector<std::pair<int, std::string>> ranked;  // (weight, country)
        for (const auto& [country, weight] : country_weight_) ranked.push_back({weight, country});
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        if (ranked.size() >= 2) {
          auto latest = [&](const std::string& country) {
            for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend(); ++it) {
              if (it->substr(0, 3) == country) return *it;
            }
            return country;
          };
          m.code = latest(ranked[0].second);
          m.name = latest(ranked[1].second);  // the second member travels in `name`
        }
        // The two states of the story's last two-sided event, when they are
        // among its three main countries ("التقى أردوغان السيسي … ووقّع
        // الرئيسان").
        if (ranked.size() >= 2 && last_event_source_.size() >= 3 &&
            last_event_target_.size() >= 3) {
          const std::string a = last_event_source_.substr(0, 3),
                            b = last_event_target_.substr(0, 3);
          auto main_country = [&](const std::string& country) {
            for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
              if (ranked[i].second == country) return true;
            }
            return false;
          };
          if (a != b && IsStateCode(a) && IsStateCode(b) && main_country(a) && main_country(b)) {
            m.code = last_event_source_;
            m.name = last_event_target_;
          }
        }
        break;
      }
      case ReferenceKind::kEvent:
        m.code = last_event_source_;
        break;
      case ReferenceKind::kDecision:
        // The decision, the plan, the step: the author of the last one named
        // with its author ("الخطة المصرية" … "ورفضت إسرائيل الخطة"), else
        // the actor of the story's first decision ("أعلن ستولتنبرغ أن أردوغان
        // وافق …" is Turkey's step), else its lead actor, else the actor of
        // its last event.
        m.code = !authored_decision_.empty()      ? authored_decision_
                 : !lead_decision_source_.empty() ? lead_decision_source_
                 : lead_actors_.empty()           ? last_event_source_
                                                  : lead_actors_.front().code;
        break;
      case ReferenceKind::kGroup:
        // The movement / the group: the story's last non-state armed group
        // or party ("حماس" … "الحركة").
        for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend(); ++it) {
          const std::string role = it->size() >= 6 ? it->substr(3, 3) : "";
          if (role == "REB" || role == "OPP" || role == "SEP" || it->substr(0, 3) == "IMG") {
            m.code = *it;
            break;
          }
        }
        break;
      case ReferenceKind::kOrganisation:
      case ReferenceKind::kOrganisations: {
        // The organisation(s): the story's last one (two) distinct
        // international or non-governmental organisations ("دعت «العفو
        // الدولية» … وقالت المنظمة"); the second travels in `name`.
        std::string found[2];
        int n = 0;
        const int want = m.reference == ReferenceKind::kOrganisations ? 2 : 1;
        for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend() && n < want; ++it) {
          const std::string country = it->substr(0, 3);
          if ((country == "IGO" || country == "NGO") && (n == 0 || *it != found[0])) {
            found[n++] = *it;
          }
        }
        if (n == want) {
          m.code = found[0];
          if (want == 2) m.name = found[1];
        }
        break;
      }
      case ReferenceKind::kState:
        // The kingdom, the sultanate: the story's last state one of whose
        // names begins with that word ("المملكة الأردنية الهاشمية",
        // "سلطنة عمان"), so the word means whichever kingdom the story named.
        if (const auto* names = lang_.names.Candidates(s->tokens[m.first].key)) {
          for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend() && m.code.empty();
               ++it) {
            for (uint32_t i : *names) {
              const std::string& code = tables_.actors[lang_.names.phrase(i).target].code;
              if (code.size() >= 3 && IsStateCode(code.substr(0, 3)) &&
                  it->compare(0, 3, code, 0, 3) == 0) {
                m.code = it->substr(0, 3);  // the state, not its last agent's role
                m.has_country = true;
                break;
              }
            }
          }
        }
        break;
      case ReferenceKind::kThree:
        if (!last_three_.empty()) m.code = last_three_.front();
        break;
      case ReferenceKind::kParties:
        // The accord: the parties of the story's last agreement (signing,
        // intent, cooperation), else of its last event.
        if (!last_accord_target_.empty()) {
          m.code = last_accord_source_;
          m.name = last_accord_target_;
        } else if (!last_event_target_.empty()) {
          m.code = last_event_source_;
          m.name = last_event_target_;
        }
        break;
      case ReferenceKind::kOwn:
      case ReferenceKind::kCounterpart:
      case ReferenceKind::kPronoun:
      case ReferenceKind::kNone:
        break;
    }
    // An agent with no country ("المصدر", "الوزير") is the last actor that
    // agent named in this document.
    const bool definite = (s->tokens[m.first].flags & text::kDefinite) != 0;
    if (m.reference == ReferenceKind::kNone && !m.has_country && m.agent != kNone && definite) {
      auto it = agent_code_.find(m.agent);
      if (it != agent_code_.end()) {
        m.code = it->second;
        m.has_country = true;
      }
    }
    // A title joined to "the movement" or "the organisation" ("المتحدث باسم
    // الحركة") is that group's: resolved with it, below.
    const std::size_t index = static_cast<std::size_t>(&m - s->mentions.data());
    const bool of_group =
        index + 1 < s->mentions.size() &&
        (s->mentions[index + 1].first == m.last + 1 ||
         (s->mentions[index + 1].first == m.last + 2 && CueAt(*s, m.last + 1, CueKind::kLinker))) &&
        (s->mentions[index + 1].reference == ReferenceKind::kGroup ||
         s->mentions[index + 1].reference == ReferenceKind::kOrganisation);
    if (m.reference == ReferenceKind::kNone && !m.has_country && m.agent != kNone && of_group) {
      titles_of_groups.push_back(index);
      continue;
    }
    // Still no country: a bare title or group noun ("الشرطة", "المتظاهرين")
    // belongs to the country the story is about.
    if (m.reference == ReferenceKind::kNone && !m.has_country && m.agent != kNone) {
      std::string home = HomeCountry();
      if (home.empty()) {
        // The story's first sentence: the first place named later in it
        // ("استقبل ولي العهد وزير الخارجية الأميركي في الرياض"), else the
        // first state ("اقتحم محتجون مبنى البرلمان الكيني").
        for (int pass = 0; pass < 2 && home.empty(); ++pass) {
          for (const Mention& later : s->mentions) {
            if (later.first > m.last && later.has_country &&
                later.reference == ReferenceKind::kNone && later.code.size() >= 3 &&
                IsStateCode(later.code.substr(0, 3)) && (pass == 1 || IsPrepositional(*s, later))) {
              home = later.code.substr(0, 3);
              break;
            }
          }
        }
      }
      if (!home.empty() && m.code.size() >= 3) {
        m.code = home + m.code.substr(3);
        m.has_country = true;
      }
    } else if (m.agent != kNone && m.has_country && m.reference == ReferenceKind::kNone) {
      agent_code_[m.agent] = m.code;
    }
    if (m.has_country && m.code.size() >= 3 && m.reference == ReferenceKind::kNone) {
      const std::string country = m.code.substr(0, 3);
      const bool state = country != "IGO" && country != "NGO" && country != "IMG" &&
                         country != "EUR" && country != "WST" && country != "---";
      // (A news outlet quoted is not what the story is about: "نقلت وكالة
      // رويترز عن مصادر أمنية أن الجيش السوري …".)
      const bool media = m.code.size() >= 6 && m.code.compare(3, 3, "MED") == 0;
      if (state && !media) country_weight_[country] += IsPrepositional(*s, m) ? 2 : 1;
    }
    if (!m.code.empty() && m.code.substr(0, 3) != "---" && m.reference == ReferenceKind::kNone) {
      recent_codes_.push_back(m.code);
      // Only the story's recent actors matter for references; keeping the
      // list short keeps a huge one-document input linear.
      if (recent_codes_.size() > 2 * kRecentActors) {
        recent_codes_.erase(recent_codes_.begin(), recent_codes_.end() - kRecentActors);
      }
    }
  }
  for (std::size_t index : titles_of_groups) {
    Mention& title = s->mentions[index];
    const Mention& group = s->mentions[index + 1];
    if (group.code.size() >= 3) {
      title.code = group.code;
      title.has_country = true;
    }
  }
}

// The country the story is about so far: the one mentioned most (places
// after a preposition count double). Ties go to the one seen first.
std::string ClauseAnalyzer::HomeCountry() const {
  std::string best;
  int weight = 0;
  for (const std::string& code : recent_codes_) {
    const std::string country = code.substr(0, 3);
    auto it = country_weight_.find(country);
    if (it != country_weight_.end() && it->second > weight) {
      best = country;
      weight = it->second;
    }
  }
  return best;
}

std::vector<ClauseAnalyzer::Clause> ClauseAnalyzer::SplitClauses(const Sentence& s) const {
  std::vector<Clause> clauses;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  if (n == 0) return clauses;
  Clause first;
  clauses.push_back(first);
  auto start = [&](uint32_t t, ClauseKind kind) {
    if (clauses.back().first == t) {
      clauses.back().kind = kind;
      return;
    }
    clauses.back().last = t - 1;
    Clause next;
    next.first = next.last = t;
    next.kind = kind;
    clauses.push_back(next);
  };
  for (uint32_t t = 1; t < n; ++t) {
    const Token& tok = s.tokens[t];
    const Token& prev = s.tokens[t - 1];
    const bool after_break = IsComma(prev) || IsConjunction(prev);
    if (IsHardBoundary(prev)) {
      start(t, ClauseKind::kMain);
    } else if (IsConjunction(tok) && t + 1 < n && IsVerb(s, t + 1)) {
      start(t, ClauseKind::kMain);
    } else if (CueStartsAt(s, t, CueKind::kComplementizer)) {
      start(t, ClauseKind::kContent);
    } else if (CueStartsAt(s, t, CueKind::kRelative)) {
      start(t, ClauseKind::kRelative);
    } else if (CueStartsAt(s, t, CueKind::kCondition)) {
      start(t, ClauseKind::kCondition);
    } else if (clauses.back().kind == ClauseKind::kCondition && tok.kind == TokenKind::kProclitic &&
               tok.key == lang_.lexicon.Find("\xD9\x81")) {
      // "إذا … فعليها …": ف opens the consequence, which is asserted.
      start(t, ClauseKind::kMain);
    } else if (CueStartsAt(s, t, CueKind::kClause)) {
      start(t, ClauseKind::kMain);
    } else if (after_break &&
               (CueStartsAt(s, t, CueKind::kSay) || CueStartsAt(s, t, CueKind::kDeny) ||
                CueStartsAt(s, t, CueKind::kContinue))) {
      start(t, ClauseKind::kMain);
    } else if (IsComma(prev) && IsConjunction(tok) && t + 1 < n && IsNominalAnchor(s, t + 1) &&
               !BeginsWithAlef(document_.text, s.tokens[t + 1])) {
      // "، ومتهمةً الجيش …": so does one after "، و".
      start(t, ClauseKind::kMain);
    } else if (IsComma(prev) && IsNominalAnchor(s, t) && !BeginsWithAlef(document_.text, tok)) {
      // "، متهماً …", "، داعياً …": a circumstantial participle opens a clause.
      // A verbal noun with a leading alef ("، استخدام"، "، انسحاب") is not a
      // participle: after a parenthesis it is still the verb's object.
      start(t, ClauseKind::kMain);
    } else if (IsComma(prev) && IsVerb(s, t) && HasPredicate(s, clauses.back().first, t)) {
      // "، أجرى" starts a clause only when the one before has its verb:
      // "منسق المجلس، بريت ماكغورك، أجرى ..." is still waiting for it.
      start(t, ClauseKind::kMain);
    }
  }
  clauses.back().last = n - 1;
  return clauses;
}

// في، خلال، أثناء، عقب، إثر: "during", which introduces the occasion itself.
bool ClauseAnalyzer::IsConjunction(const text::Token& t) const {
  return t.kind == TokenKind::kProclitic && t.key == lang_.conj_key;
}

bool ClauseAnalyzer::IsTemporalPreposition(const text::Token& t) const {
  static const char* const kWords[] = {"\xD9\x81\xD9\x8A", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",
                                       "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1",
                                       "\xD8\xB9\xD9\x82\xD8\xA8", "\xD8\xA7\xD8\xAB\xD8\xB1"};
  for (const char* w : kWords) {
    if (t.key != text::Lexicon::kUnknown && t.key == lang_.lexicon.Find(w)) return true;
  }
  return false;
}

bool ClauseAnalyzer::IsBehindPreposition(const Sentence& s, uint32_t anchor) const {
  if (anchor == 0) return false;
  const Token& before = s.tokens[anchor - 1];
  bool preposition =
      CueAt(s, anchor - 1, CueKind::kPreposition) || CueAt(s, anchor - 1, CueKind::kLinker);
  if (before.kind == TokenKind::kProclitic) {
    // ل of purpose and ك of comparison make background; ب is usually a
    // verb's object ("قام بزيارة"); و and ف are conjunctions.
    preposition = before.key == lang_.lexicon.Find("\xD9\x84") ||
                  before.key == lang_.lexicon.Find("\xD9\x83");
  }
  if (!preposition) return false;
  // "قام بزيارة"، "شارك في محادثات": a preposition right after a verb
  // introduces that verb's object, which is the news.
  return !(anchor >= 2 && IsVerb(s, anchor - 2));
}

bool ClauseAnalyzer::IsNominalAnchor(const Sentence& s, uint32_t t) const {
  for (const PatternMatch& m : s.matches) {
    if (m.anchor == t && !lang_.patterns[m.pattern].verbal) return true;
  }
  return false;
}

bool ClauseAnalyzer::HasPredicate(const Sentence& s, uint32_t first, uint32_t end) const {
  for (uint32_t t = first; t < end; ++t) {
    if (s.mention_at[t] == kNone &&
        (IsVerb(s, t) || CueStartsAt(s, t, CueKind::kSay) || CueStartsAt(s, t, CueKind::kDeny))) {
      return true;
    }
  }
  return false;
}

uint32_t ClauseAnalyzer::FindPredicate(const Sentence& s, const Clause& c) const {
  for (uint32_t t = c.first; t <= c.last; ++t) {
    if (s.mention_at[t] != kNone) {
      t = s.mentions[s.mention_at[t]].last;
      continue;
    }
    if (CueStartsAt(s, t, CueKind::kSay) || CueStartsAt(s, t, CueKind::kDeny) ||
        CueStartsAt(s, t, CueKind::kContinue) || IsVerb(s, t)) {
      return t;
    }
    for (const PatternMatch& m : s.matches) {
      if (m.anchor == t && lang_.patterns[m.pattern].verbal) return t;
    }
  }
  return kNone;
}

// SVO: a mention that opens the clause (after و، ف، قد, a complementizer or
// punctuation) and stands before `token`.
uint32_t ClauseAnalyzer::SubjectBefore(const Sentence& s, const Clause& c, uint32_t token) const {
  uint32_t t = c.first;
  while (t < token) {
    const Token& tok = s.tokens[t];
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kProclitic ||
        tok.kind == TokenKind::kNumber || CueAt(s, t, CueKind::kComplementizer) ||
        CueAt(s, t, CueKind::kAdverb) || CueAt(s, t, CueKind::kQuantity)) {
      ++t;
      continue;
    }
    break;
  }
  if (t >= token) return kNone;
  const uint32_t m = s.mention_at[t];
  if (m == kNone || s.mentions[m].first != t || s.mentions[m].last >= token) return kNone;
  const ReferenceKind ref = s.mentions[m].reference;
  if (IsPrepositional(s, s.mentions[m]) || ref == ReferenceKind::kPronoun ||
      ref == ReferenceKind::kEvent || ref == ReferenceKind::kDecision ||
      ref == ReferenceKind::kParties) {
    return kNone;
  }
  return m;
}

// VSO: the first mention within a few units after `token`, skipping
// adverbs, time words, punctuation and pronoun suffixes.
uint32_t ClauseAnalyzer::SubjectAfter(const Sentence& s, const Clause& c, uint32_t token) const {
  uint32_t t = token + 1;
  // Skip the rest of a multi-word cue (نقلاً عن، أبدى استعداده).
  if (s.cue_at[token] != kNone) t = std::max(t, s.cues[s.cue_at[token]].last + 1);
  int units = 0;
  while (t <= c.last && units <= kSubjectReach) {
    const uint32_t m = s.mention_at[t];
    if (m != kNone) {
      // An attached pronoun right after a verb is its object (زاره), never
      // its subject.
      if (s.mentions[m].reference == ReferenceKind::kPronoun) {
        ++t;
        continue;
      }
      if (s.mentions[m].reference == ReferenceKind::kEvent ||
          s.mentions[m].reference == ReferenceKind::kDecision ||
          s.mentions[m].reference == ReferenceKind::kParties) {
        return kNone;  // "رفع العقوبات": an act, not an actor
      }
      if (s.mentions[m].first != t || IsPrepositional(s, s.mentions[m])) return kNone;
      return m;
    }
    const Token& tok = s.tokens[t];
    const bool skippable = tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSuffix ||
                           tok.kind == TokenKind::kNumber || CueAt(s, t, CueKind::kAdverb) ||
                           CueAt(s, t, CueKind::kQuantity) ||
                           std::any_of(s.times.begin(), s.times.end(), [&](const TimeHit& h) {
                             return h.first <= t && t <= h.last;
                           });
    if (!skippable) return kNone;
    if (!IsQuotationMark(tok)) ++units;
    ++t;
  }
  return kNone;
}

bool ClauseAnalyzer::IsNegated(const Sentence& s, const Clause& c, uint32_t anchor) const {
  // A negator just before the trigger: لا تزود، لم يزر، لن تتنازل، عدم الذهاب.
  int looked = 0;
  for (uint32_t t = anchor; t > c.first && looked < 3; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kNegate)) return true;
    const bool transparent =
        CueAt(s, t, CueKind::kAdverb) || s.tokens[t].kind == TokenKind::kProclitic;
    if (!transparent) break;
  }
  return false;
}

// Future or intended: the future prefix س on the verb, سوف before it, or an
// intent word (مستعد، تعتزم، استعداد) a few words before it in the clause.
bool ClauseAnalyzer::IsIntended(const Sentence& s, const Clause& c, uint32_t anchor) const {
  if (anchor > 0 && s.tokens[anchor - 1].kind == TokenKind::kProclitic &&
      s.tokens[anchor - 1].key == lang_.lexicon.Find("\xD8\xB3")) {  // س
    return true;
  }
  for (uint32_t t = anchor, looked = 0; t > c.first && looked < 5; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kIntent)) return true;
  }
  // A light verb in the future carries its act with it: "ستواصل تقديم الدعم".
  const uint32_t p = c.predicate;
  return p != kNone && p > 0 && p < anchor && CueAt(s, p, CueKind::kLight) &&
         s.tokens[p - 1].kind == TokenKind::kProclitic &&
         s.tokens[p - 1].key == lang_.lexicon.Find("\xD8\xB3");  // س
}

std::vector<ActorRef> ClauseAnalyzer::Expand(const Sentence& s, uint32_t mention,
                                             const Clause& c) const {
  std::vector<ActorRef> out;
  const Mention& m = s.mentions[mention];
  auto resolve = [&](const Mention& one) {
    ActorRef ref = Ref(s, one);
    if (one.reference == ReferenceKind::kOwn) {
      const std::string& who = !c.frame.empty() ? c.frame.back().code : last_subject_.code;
      ref.code = who.size() >= 3 ? who.substr(0, 3) : "";
    } else if (one.reference == ReferenceKind::kCounterpart && one.code.size() == 3) {
      const std::string role = c.subject_code.size() >= 6 ? c.subject_code.substr(3, 3) : "GOV";
      ref.code = one.code + role;
    } else if (one.reference == ReferenceKind::kPair || one.reference == ReferenceKind::kParties ||
               one.reference == ReferenceKind::kOrganisations) {
      ref.name.clear();
    } else if (one.reference == ReferenceKind::kPronoun) {
      ref.code.clear();
      // A dual pronoun in a clause whose subject is two parties is those two
      // ("واتفق البلدان على تفعيل اتفاقية … الموقعة بينهما"): no third party.
      if (s.tokens[one.first].key == dual_pronoun_key_ && c.carried.size() >= 2) return ref;
      // The nearest actor before the pronoun that is not the clause subject,
      // preferring one outside a prepositional phrase ("إذا كانت واشنطن تريد
      // الحد من نفوذ الصين في إيران فعليها" → Washington).
      for (int pass = 0; pass < 2 && ref.code.empty(); ++pass) {
        for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
          if (it->first >= one.first || it->reference != ReferenceKind::kNone) continue;
          if (it->code.empty() || it->code == c.subject_code) continue;
          if (pass == 0 && InPrepositionalPhrase(s, *it)) continue;
          ref.code = it->code;
          break;
        }
      }
      if (ref.code.empty()) {
        for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend(); ++it) {
          if (*it != c.subject_code) {
            ref.code = *it;
            break;
          }
        }
      }
    }
    return ref;
  };
  if (m.reference == ReferenceKind::kThree && last_three_.size() == 3) {
    for (const std::string& country : last_three_) out.push_back({country, Ref(s, m).text, ""});
  } else if (m.reference == ReferenceKind::kDecision && lead_actors_.size() > 1) {
    for (const ActorRef& lead : lead_actors_) out.push_back({lead.code, Ref(s, m).text, ""});
  } else if (m.group < 0) {
    out.push_back(resolve(m));
  } else {
    // A dual noun in a compound ("الرئيسين التركي … والسوري …") is named by
    // the other members.
    for (const Mention& other : s.mentions) {
      if (other.group == m.group && other.reference != ReferenceKind::kPair) {
        out.push_back(resolve(other));
      }
    }
  }
  if ((m.reference == ReferenceKind::kPair || m.reference == ReferenceKind::kParties ||
       m.reference == ReferenceKind::kOrganisations) &&
      m.group < 0 && !m.name.empty() && !m.code.empty()) {
    out.push_back({m.name, Surface(s, m.first, m.last), ""});
  }
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const ActorRef& r) { return r.code.empty(); }),
      out.end());
  return out;
}

bool ClauseAnalyzer::IsObjectOfEventVerb(const Sentence& s, const Clause& c,
                                         const PatternMatch& m) const {
  for (const PatternMatch& other : s.matches) {
    if (&other == &m || other.anchor < c.first || other.anchor >= m.anchor ||
        m.anchor > other.last || InCommaAdjunct(s, m.anchor)) {
      continue;
    }
    const Pattern& p = lang_.patterns[other.pattern];
    if (p.verbal && (s.tokens[other.anchor].flags & text::kDefinite) == 0) return true;
  }
  return false;
}

void ClauseAnalyzer::EmitEvents(const Sentence& s, const Clause& c, const PatternMatch& m,
                                std::vector<Event>* events) {
  const Pattern& p = lang_.patterns[m.pattern];
  if (c.kind == ClauseKind::kRelative || c.kind == ClauseKind::kCondition) return;
  // A verb pattern anchored on a verbal noun ("للتوصل إلى اتفاق") reads as a noun.
  const bool verbal = p.verbal && (s.tokens[m.anchor].flags & text::kDefinite) == 0;
  // A noun behind a preposition is background, not news: "مساعي مسقط
  // للوساطة"، "للتوصل إلى اتفاق"، "بخصوص الأسلحة" (gold rule 6). Under a
  // denial it is what is denied ("نفى إجراء محادثات") and still counts.
  const bool consult_in_context =
      p.code.substr(0, 2) == "04" && m.anchor > 0 && IsTemporalPreposition(s.tokens[m.anchor - 1]);
  // After an intent word it is the act intended ("لن يتردد في توجيه ضربات").
  if (!verbal && !c.denied && !consult_in_context && IsBehindPreposition(s, m.anchor) &&
      !IsIntended(s, c, m.anchor)) {
    return;  // ("في اتصال هاتفي مع"، "خلال لقائه": a consultation is the news)
  }
  // A noun that is the object of another event verb is what that act is
  // about, not an act of its own: "أدانت السعودية الهجوم" is a condemnation.
  if (!verbal && IsObjectOfEventVerb(s, c, m)) return;
  // An act noun with no actor of its own that opens reported words is their
  // topic, the act already told, judged now: "قال إن إطلاق النار على مواقع
  // «يونيفيل» «قد يرقى إلى جريمة حرب»" is not an attack by the speaker.
  // (Only a material act told before, by a known actor, in an earlier
  // sentence: "إن الرد على إسرائيل سيكون في الوقت المناسب" is a new threat.)
  if (!verbal && !c.denied && m.source == kNone && c.kind == ClauseKind::kContent &&
      m.anchor > c.first && p.code.compare(0, 2, "15") >= 0) {
    uint32_t before = m.anchor - 1;
    while (before > c.first && IsQuotationMark(s.tokens[before])) --before;
    const std::string_view root = std::string_view(p.code).substr(0, 2);
    const bool told = std::any_of(events->begin(), events->end(), [&](const Event& e) {
      return e.sentence < s.index && e.root == root && e.source.code.compare(0, 3, "---") != 0;
    });
    if (told && CueAt(s, before, CueKind::kComplementizer)) return;
  }
  // "أي هجوم على إسرائيل سيقابل برد": any attack is none yet (a denial of
  // any act, "نفى أي تورط", is the act denied).
  if (!verbal && !c.denied && m.anchor > 0 && any_key_ != text::Lexicon::kUnknown &&
      s.tokens[m.anchor - 1].key == any_key_ && !IsNegated(s, c, m.anchor)) {
    return;
  }
  std::vector<std::string> why;
  uint32_t source = m.source;
  std::vector<ActorRef> passive_targets;  // what a passive verb with no agent befell
  uint32_t target = m.target;
  std::string source_rule = source != kNone ? "SRC slot" : "";
  bool coordinated = false;  // the source is the subject of the clause before
  // "X و Y" after a verb is its subject only in verb-subject order: with the
  // subject already named before the verb ("وكان غروسي قد التقى الرئيس
  // الإيراني ورئيس المنظمة"), the pair is the object.
  if ((verbal || IsVerb(s, m.anchor)) && source != kNone && target != kNone &&
      m.anchor == c.predicate && c.subject != kNone && s.mentions[c.subject].last < m.anchor &&
      s.mentions[source].first > m.anchor) {
    // (A SRC slot after the target is an agent phrase, "قتل X في هجوم SRC";
    // with the doer named before the verb it is only a place or victim:
    // "قوات الدعم السريع قتلت مئات المدنيين … في هجوم على مخيم للنازحين".)
    if (s.mentions[source].first < s.mentions[target].first) target = source;
    source = c.subject;
    source_rule = "clause subject (before the verb; the SRC slot is its object)";
  }
  if (source == kNone && verbal && IsWrittenPassive(document_.text, s.tokens[m.anchor])) {
    // "قُتل نائب مدير الشرطة برصاص مجهولين": the mention after a passive
    // verb is what the act befell; its doer is named only by من قبل / على يد.
    if (target == kNone) target = SubjectAfter(s, c, m.anchor);
    for (uint32_t t = m.anchor + 1; t <= c.last; ++t) {
      if (!CueStartsAt(s, t, CueKind::kPassive)) continue;
      const uint32_t agent = s.cues[s.cue_at[t]].last + 1;
      if (agent <= c.last && s.mention_at[agent] != kNone) source = s.mention_at[agent];
      break;
    }
    source_rule = "the agent of a passive verb";
    if (source == kNone) {
      // Nobody named: the act is one-sided, not the clause subject's.
      if (target == kNone || !WritesOneSided(p.code)) return;
      std::vector<ActorRef> victims = Expand(s, target, c);
      if (victims.empty()) return;
      target = kNone;
      passive_targets = std::move(victims);
    }
  } else if (source == kNone && verbal) {
    if (m.anchor == c.predicate && c.subject != kNone) {
      source = c.subject;
      source_rule = "clause subject";
    } else if (m.anchor != c.predicate && c.predicate != kNone && c.predicate < m.anchor &&
               CueAt(s, c.predicate, CueKind::kSay) && c.subject != kNone &&
               s.mentions[c.subject].last < m.anchor) {
      // "أعلن المجلس العسكري طرد السفير الفرنسي": after a verb of announcing
      // and its subject, the verb form is a verbal noun, the announcer's act.
      source = c.subject;
      source_rule = "the announcer (a verbal noun after its verb of saying)";
    } else if (m.anchor != c.predicate) {
      source = SubjectAfter(s, c, m.anchor);
      source_rule = "verb-subject order";
    }
    const uint32_t slot = target;
    if (source != kNone && source == target) {
      // The TGT slot caught the subject (verb-subject-object): the target is
      // the next mention. When the pattern's TGT is the verb's direct object
      // ("دعا/يدعو TGT"), a mention behind a preposition or naming the
      // subject again belongs to the subject's title ("المندوبة الأميركية
      // لدى الأمم المتحدة ليندا توماس-غرينفيلد") and is passed over.
      target = kNone;
      const bool direct_object =
          p.elements.size() > 1 && p.elements[1].kind == PatternElement::Kind::kTarget;
      // A verb coordinated after "، و" whose earlier subject is another
      // party than the slot's mention continues that subject.
      const bool continues_subject =
          m.anchor == c.predicate && c.coordinated_with.code.size() >= 3 &&
          c.coordinated_with.code.compare(0, 3, s.mentions[slot].code, 0, 3) != 0;
      // Such a verb's direct object follows it at once ("وحثّ الطرفين على
      // مواصلة التفاوض").
      const bool keeps_subject = direct_object && continues_subject;
      uint32_t limit = keeps_subject ? 0 : s.mentions[source].last + 1 + kTargetReach;
      for (uint32_t t = s.mentions[source].last + 1; t <= c.last && t < limit; ++t) {
        const uint32_t next = s.mention_at[t];
        const int group = s.mentions[source].group;
        if (next != kNone && s.mentions[next].first == t && next != source &&
            (group < 0 || s.mentions[next].group != group)) {
          if (direct_object && (IsPrepositional(s, s.mentions[next]) ||
                                s.mentions[next].code == s.mentions[source].code)) {
            t = s.mentions[next].last;
            limit = t + 1 + kTargetReach;
            continue;
          }
          target = next;
          break;
        }
        if (IsHardBoundary(s.tokens[t])) break;
      }
      // No other party: a verb coordinated after "، و" keeps the subject
      // before it, and the mention after it is its object ("ودانت الخارجية
      // الصينية …، وحثت واشنطن على التوقف").
      if (target == kNone && continues_subject) {
        target = slot;
        source = kNone;
        coordinated = true;
      }
    }
  } else if (source == kNone) {
    // A noun (زيارة ماكرون إلى الجزائر): the mention between the noun and the
    // next element is its source (a genitive).
    // (A mention that is itself a word of the pattern, "تشكيل بعثة لتقصي
    // الحقائق", is no genitive: its agent noun is the act's object.)
    const uint32_t until = m.target_slot_from != kNone ? m.target_slot_from : m.last;
    for (uint32_t t = m.anchor + 1; t < until; ++t) {
      const uint32_t mention = s.mention_at[t];
      const bool pattern_word =
          mention != kNone && s.mentions[mention].first == s.mentions[mention].last &&
          s.mentions[mention].agent != kNone &&
          std::any_of(p.elements.begin() + 1, p.elements.end(), [&](const PatternElement& e) {
            return e.kind == PatternElement::Kind::kWord &&
                   std::binary_search(e.keys.begin(), e.keys.end(), s.tokens[t].key);
          });
      if (mention != kNone && mention != target && !pattern_word &&
          !IsPrepositional(s, s.mentions[mention])) {
        source = mention;
        source_rule = "genitive after the noun";
        break;
      }
    }
  }
  // The default target: the first other mention after the trigger.
  const bool has_target_slot = std::any_of(p.elements.begin(), p.elements.end(), [](const auto& e) {
    return e.kind == PatternElement::Kind::kTarget;
  });
  // A reaction's own words may name the act it reacts to ("دان الهجوم"):
  // that act's actor is the target (resolved below, reactions only).
  if (target == kNone && !has_target_slot) {
    for (uint32_t t = m.anchor + 1; t <= m.last; ++t) {
      const uint32_t mention = s.mention_at[t];
      // (So may an act's own words name the organisation it is with: "لن
      // تتعاون مع البعثة".)
      if (mention != kNone && (s.mentions[mention].reference == ReferenceKind::kEvent ||
                               s.mentions[mention].reference == ReferenceKind::kDecision ||
                               s.mentions[mention].reference == ReferenceKind::kParties ||
                               s.mentions[mention].reference == ReferenceKind::kOrganisation)) {
        target = mention;
        break;
      }
    }
  }
  if (target == kNone && !has_target_slot) {
    uint32_t from = std::max(m.last, source != kNone && s.mentions[source].first > m.anchor
                                         ? s.mentions[source].last
                                         : m.last) +
                    1;
    int units = 0;
    for (uint32_t t = from; t <= c.last && units < kTargetReach; ++units) {
      const uint32_t mention = s.mention_at[t];
      if (mention != kNone && mention != source &&
          (source == kNone || s.mentions[mention].group < 0 ||
           s.mentions[mention].group != s.mentions[source].group)) {
        target = mention;
        break;
      }
      t = mention != kNone ? s.mentions[mention].last + 1 : t + 1;
    }
  }

  std::vector<ActorRef> sources, targets;
  if (coordinated) {
    sources.push_back(c.coordinated_with);
    source_rule = "the subject of the clause before (a coordinated verb and its object)";
  } else if (source != kNone) {
    sources = Expand(s, source, c);
  } else if (!verbal && p.code.substr(0, 2) == "10" && !c.frame.empty()) {
    // "على واشنطن أولاً رفع العقوبات": an obligation stated is the
    // speaker's demand.
    sources.push_back(c.frame.back());
    source_rule = "obligation stated by the speaker";
  } else if (!c.dual.empty()) {
    sources = c.dual;
    source_rule = "the two parties of a dual verb with no subject";
  } else if (!c.subject_code.empty()) {
    // A compound subject carried over is every member of it ("أعلنت
    // المجالس العسكرية في مالي والنيجر … انسحابها").
    if (c.carried.size() >= 2 && c.carried.front().code == c.subject_code) {
      sources = c.carried;
    } else {
      sources.push_back({c.subject_code, c.subject_text, ""});
    }
    source_rule = "subject carried over (dropped pronoun)";
  }
  // A definite noun for an earlier act (الهجوم، القرار، الاتفاق) is a
  // target only of reactions to it: statements, appeals, praise, demands,
  // criticism, rejection, threats.
  if (target != kNone && (s.mentions[target].reference == ReferenceKind::kEvent ||
                          s.mentions[target].reference == ReferenceKind::kDecision ||
                          s.mentions[target].reference == ReferenceKind::kParties)) {
    static constexpr std::string_view kReactions[] = {"01", "02", "10", "11", "12", "13"};
    const std::string_view root = std::string_view(p.code).substr(0, 2);
    // (Accepting mediation, 038, answers an initiative: "مستعدة أن تمضي
    // بهذه المبادرة" accepts its author's.)
    if (p.code != "051" && p.code != "052" && p.code != "038" &&
        std::find(std::begin(kReactions), std::end(kReactions), root) == std::end(kReactions)) {
      target = kNone;
    }
  }
  const std::string_view code_root = std::string_view(p.code).substr(0, 2);
  const bool reaction =
      p.code == "051" || p.code == "052" || code_root == "11" || code_root == "12";
  // The actor of the act a reaction is about: the last hostile act for
  // condemnation and rejection, the last cooperative one for praise.
  const std::string& kind_source =
      code_root == "05" ? last_cooperative_source_ : last_conflict_source_;
  const std::string& reacted_to = kind_source.empty() ? last_event_source_ : kind_source;
  // Condemnation is of the story's last hostile act, praise of its last
  // cooperative one: "ودان غوتيريش الهجوم" after a Qatari call for calm is
  // still about the attack.
  if (target != kNone && reaction && s.mentions[target].reference == ReferenceKind::kEvent) {
    // The attack, the strikes, the storming: a material act, not the
    // warnings and accusations said about it since.
    const std::string& actor = p.code.substr(0, 2) == "05"      ? last_cooperative_source_
                               : !last_material_source_.empty() ? last_material_source_
                                                                : last_conflict_source_;
    if (!actor.empty()) {
      targets.push_back({actor, Surface(s, s.mentions[target].first, s.mentions[target].last), ""});
      why.push_back(std::string("target: the actor of the story's last ") +
                    (p.code.substr(0, 2) == "05" ? "cooperative" : "hostile") + " act");
      target = kNone;
    }
  }
  // A reaction's pronoun object is the act just reported, not an actor:
  // "ووصفته طوكيو بأنه انتهاك" describes the launch, so its actor.
  if (target != kNone && reaction && s.mentions[target].reference == ReferenceKind::kPronoun) {
    target = kNone;
    if (!reacted_to.empty() && !sources.empty() && !SameSide(reacted_to, sources.front().code) &&
        !(reacted_to.size() == 3 && sources.front().code.compare(0, 3, reacted_to) == 0)) {
      targets.push_back({reacted_to, Surface(s, m.anchor, m.last), ""});
      why.push_back("target: a pronoun object of a reaction is the last act; its actor");
    }
  }
  if (target != kNone) targets = Expand(s, target, c);
  // "البلدين" after an act between two states earlier in the same sentence
  // means those two ("إيران لا تزود روسيا بأسلحة … أما التعاون العسكري بين
  // البلدين"، "التقى حمدوك نظيره الإثيوبي … فيما اتفق الجانبان").
  const auto pair_in_sentence = [&](uint32_t mention, std::vector<ActorRef>* refs) {
    if (mention == kNone || s.mentions[mention].reference != ReferenceKind::kPair ||
        s.mentions[mention].group >= 0) {
      return false;
    }
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->span.begin < s.tokens[s.mentions[mention].first].begin &&
          IsStateCode(it->source.code.substr(0, 3)) && IsStateCode(it->target.code.substr(0, 3)) &&
          it->source.code.compare(0, 3, it->target.code, 0, 3) != 0) {
        *refs = {it->source, it->target};
        return true;
      }
    }
    return false;
  };
  // "الاتفاق بين الفصائل الفلسطينية": an accord named with its parties is
  // theirs.
  if (target != kNone && s.mentions[target].reference == ReferenceKind::kParties) {
    const uint32_t after = s.mentions[target].last + 1;
    if (after + 1 < s.tokens.size() && s.tokens[after].key != text::Lexicon::kUnknown &&
        s.tokens[after].key == between_key_ && s.mention_at[after + 1] != kNone) {
      std::vector<ActorRef> parties = Expand(s, s.mention_at[after + 1], c);
      if (!parties.empty()) {
        targets = std::move(parties);
        why.emplace_back("target: the parties named with the accord (بين …)");
      }
    }
  }
  if (pair_in_sentence(target, &targets)) {
    why.emplace_back("target: the two states of the act told before in the sentence");
  }
  if (pair_in_sentence(source, &sources)) {
    source_rule = "the two states of the act told before in the sentence";
  }
  // Aid with no recipient named goes to the country the story is about:
  // "وأرسلت تركيا طائرة مساعدات" in a story on the Somali drought. So do
  // mourning and sympathy: "وأعلنت مصر الحداد" after a Kuwaiti ruler's death.
  if (targets.empty() && target == kNone &&
      (code_root == "07" || p.code == "017" || p.code == "018") && !sources.empty()) {
    const std::string home = HomeCountry();
    if (!home.empty() && home != sources.front().code.substr(0, 3)) {
      targets.push_back({home, "", ""});
      why.emplace_back(
          "target: the country the story is about (aid or sympathy with no one named)");
    }
  }
  // A reaction with no one named after a decision named earlier in its
  // sentence is about that decision: "سيتعامل مع القرار «كأنه غير موجود»،
  // واصفاً إياه بأنه «خطيئة كبرى»".
  if (targets.empty() && target == kNone && reaction && !sources.empty()) {
    for (uint32_t i = 0; i < s.mentions.size() && s.mentions[i].last < m.anchor; ++i) {
      const Mention& earlier = s.mentions[i];
      if (earlier.reference == ReferenceKind::kDecision && earlier.code.size() >= 3 &&
          !SameSide(earlier.code, sources.front().code)) {
        targets.assign(1, Ref(s, earlier));
        why.emplace_back("target: the author of the decision named earlier in the sentence");
      }
    }
  }
  // A reaction with no one named reacts to the story's last act: "ورحّب
  // زيلينسكي بتوقيع الحزمة" welcomes what Biden just did.
  // (A state reacts to its own rebels' acts: "ودان البرهان المجزرة".)
  if (targets.empty() && target == kNone && reaction && !sources.empty() && !reacted_to.empty() &&
      !SameSide(reacted_to, sources.front().code) &&
      !(reacted_to.size() == 3 && sources.front().code.compare(0, 3, reacted_to) == 0)) {
    targets.push_back({reacted_to, "", ""});
    why.push_back("target: the actor of the story's last event (a reaction to it)");
  }
  // A rejection with no one named and no act before it rejects what the
  // party named next in its sentence proposed: "رفضها المشاركة في محادثات
  // جنيف التي دعت إليها الولايات المتحدة".
  if (targets.empty() && target == kNone && code_root == "12" && !sources.empty()) {
    for (const Mention& later : s.mentions) {
      if (later.first <= m.last || later.reference != ReferenceKind::kNone ||
          later.code.size() < 3 || later.code.compare(0, 3, "---") == 0 ||
          SameSide(later.code, sources.front().code) ||
          later.code.compare(0, 3, sources.front().code, 0, 3) == 0) {
        continue;
      }
      targets.push_back(Ref(s, later));
      why.emplace_back(
          "target: the party named next in the sentence (a rejection of its proposal)");
      break;
    }
  }
  // A threat or vow with no one named ("متعهداً بملاحقة منفذيه"، "توعد
  // بالانتقام") is aimed at the actor of the story's last hostile act.
  // The act may be earlier in the same sentence: "إن الاحتلال اغتال هنية،
  // متوعدة بأن …".
  // (A warning by a party that has had no part in the story's conflict
  // threatens no one: "وحذّرت قطر من أن الاغتيالات تقوّض جهود الوساطة".)
  const auto in_conflict = [&](const std::string& country) {
    if (conflict_countries_.count(country) != 0) {
      return true;
    }
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->quad >= 3 && !it->negated &&
          (it->source.code.compare(0, 3, country) == 0 ||
           it->target.code.compare(0, 3, country) == 0)) {
        return true;
      }
    }
    return false;
  };
  // Force announced for the future is a threat too: "لن يتردد في توجيه ضربات
  // إضافية" (DEV_NOTES convention 4).
  const bool threat = code_root == "13" ||
                      (code_root >= "14" && !IsNegated(s, c, m.anchor) &&
                       IsIntended(s, c, m.anchor) && IntentCode(p.code).compare(0, 2, "13") == 0);
  // A threat of a reply to an act named with its actor aims at that actor:
  // "هددت كوريا الشمالية بالرد على المناورات الأميركية".
  if (targets.empty() && target == kNone && threat && !sources.empty()) {
    for (const Mention& later : s.mentions) {
      if (later.first <= m.anchor || later.first > c.last) continue;
      if (later.reference != ReferenceKind::kNone || later.code.size() < 3 ||
          later.code.compare(0, 3, "---") == 0 || SameSide(later.code, sources.front().code) ||
          later.code.compare(0, 3, sources.front().code, 0, 3) == 0) {
        continue;
      }
      targets.push_back(Ref(s, later));
      why.emplace_back("target: the party named later in the clause (a threat)");
      break;
    }
  }
  if (targets.empty() && target == kNone && threat && !sources.empty() &&
      (!CueAt(s, m.anchor, CueKind::kWarning) || in_conflict(sources.front().code.substr(0, 3)))) {
    const std::string& own = sources.front().code;
    // The threatener's side struck first: it threatens whom it struck
    // ("شنت واشنطن ولندن غارات على الحوثيين … لن يتردد في توجيه ضربات
    // إضافية"). (A bounded look back keeps the analysis linear.)
    int looked = 0;
    for (auto it = events->rbegin(); it != events->rend() && looked < 32; ++it, ++looked) {
      if (it->quad == 4 && !it->negated && SameSide(it->source.code, own) &&
          it->target.code.compare(0, 3, "---") != 0 && !SameSide(it->target.code, own)) {
        targets.push_back(it->target);
        why.push_back(
            "target: that of the threatener's side's last attack (a threat with no one "
            "named)");
        break;
      }
    }
    // Else it is aimed at whoever struck last.
    std::string attacker = last_conflict_source_;
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->quad == 4 && !it->negated && it->source.code.substr(0, 3) != "---" &&
          !SameSide(it->source.code, own)) {
        attacker = it->source.code;
        break;
      }
    }
    // (The state's own rebels are its foe: "تعهد شريف بملاحقة منفذيه".)
    if (targets.empty() && !attacker.empty() && !SameSide(attacker, own)) {
      targets.push_back({attacker, "", ""});
      why.push_back(
          "target: the actor of the story's last hostile act (a threat with no one named)");
    }
  }
  // A show of force with no one named (رفع حالة التأهب، نشر تعزيزات،
  // مناورات) is aimed at the story's last hostile actor, unless that is the
  // source's own state.
  if (targets.empty() && target == kNone && code_root == "15" && !sources.empty()) {
    const std::string& foe =
        !last_material_source_.empty() ? last_material_source_ : last_conflict_source_;
    if (!foe.empty() && !SameSide(foe, sources.front().code)) {
      targets.push_back({foe, "", ""});
      why.push_back("target: the story's last hostile actor (a show of force with no one named)");
    }
  }
  // A show or use of force with no one named aims at the foreign party named
  // later in its clause: "مناورات عسكرية … قرب الحدود مع أذربيجان".
  if (targets.empty() && target == kNone && !sources.empty() &&
      (code_root == "15" || code_root == "18" || code_root == "19" || code_root == "20")) {
    const std::string own = sources.front().code.substr(0, 3);
    for (const Mention& other : s.mentions) {
      if (other.first <= m.last || other.first > c.last) {
        continue;
      }
      if (other.reference != ReferenceKind::kNone || other.code.size() < 3 ||
          other.code.substr(0, 3) == own || other.code.substr(0, 3) == "---") {
        continue;
      }
      targets.push_back(Ref(s, other));
      why.emplace_back(
          "target: the foreign party named later in the clause (force with no object)");
      break;
    }
  }
  // A compound or "both countries" acting with no other party acts on each
  // other: "وقّع البلدان اتفاقاً", "اشتبك الجيش والمسلحون".
  // "بينهما" with a compound subject: the two act with each other ("أعلنت
  // السعودية وإيران استئناف العلاقات الدبلوماسية بينهما").
  if (target != kNone && s.mentions[target].reference == ReferenceKind::kPronoun &&
      s.tokens[s.mentions[target].first].key == dual_pronoun_key_ && c.carried.size() >= 2 &&
      IsMutual(p.code)) {
    sources = c.carried;
    targets.clear();
    source_rule = "the compound subject (an act between the two)";
  }
  // (So does a pair whose "target" is a place in one of their countries:
  // "اتفق الجانبان على استئناف الاجتماعات … في الخرطوم".)
  // Nor is a place after في: "وقعت الحكومة السودانية وقوات الدعم السريع
  // اتفاقاً لوقف إطلاق النار في جدة".
  const bool target_is_place = target != kNone && s.mentions[target].first > 0 &&
                               s.tokens[s.mentions[target].first - 1].key == in_key_ &&
                               in_key_ != text::Lexicon::kUnknown;
  if (targets.size() == 1 && sources.size() >= 2 && IsMutual(p.code) &&
      (target_is_place || std::any_of(sources.begin(), sources.end(), [&](const ActorRef& src) {
         return src.code.compare(0, 3, targets.front().code, 0, 3) == 0;
       }))) {
    targets.clear();
  }
  if (targets.empty() && sources.size() >= 2 && IsMutual(p.code)) targets = sources;
  // An act of force with no object, claimed or told ("أعلنت الحركة
  // مسؤوليتها عن الهجوم"), is the story's attack by a hand unnamed till now:
  // its target. (Not when this sentence tells the act itself: "قائلاً إن
  // انتحارياً من عناصره استهدف وحدة من الجيش".) One denied ("نفت واشنطن أي
  // تورط لها في الهجوم"، "نفت الدعم السريع ارتكاب عناصرها أي عمليات قتل") is
  // the story's last attack, whoever did it.
  if (targets.empty() && target == kNone && !sources.empty() &&
      (code_root == "18" || code_root == "19" || code_root == "20")) {
    const std::string own = sources.front().code.substr(0, 3);
    const bool denied = c.denied || IsNegated(s, c, m.anchor);
    const Event* told_here = nullptr;
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->root == code_root && it->source.code.compare(0, 3, own) == 0 &&
          it->target.code.compare(0, 3, "---") != 0) {
        told_here = &*it;
      }
    }
    // (A denial after the claim in its own sentence denies that attack: "أعلن
    // قيادي مسؤوليته عن التفجير، قبل أن ينفي المتحدث أي صلة لها به".)
    const ActorRef& attacked = !denied                ? last_unattributed_attack_target_
                               : told_here != nullptr ? told_here->target
                               : !last_attack_target_.code.empty()
                                   ? last_attack_target_
                                   : last_unattributed_attack_target_;
    if ((told_here == nullptr || denied) && !attacked.code.empty() &&
        !(attacked.code.size() == 3 && attacked.code == own)) {
      targets.push_back(attacked);
      why.emplace_back(denied
                           ? "target: that of the story's last attack (a denied act of force)"
                           : "target: that of the story's attack by an unnamed hand (force with no "
                             "object)");
    }
  }
  // Else force or its threat with no one named is aimed at the source's
  // adversary in the story: the other side of its side's last hostile
  // exchange ("وقال مسؤول إسرائيلي إن الجيش «سيستأنف القتال»" after the
  // fighting with Hamas). (A bounded look back keeps the analysis linear.)
  if (targets.empty() && target == kNone && !sources.empty() &&
      (threat || code_root == "15" || code_root == "18" || code_root == "19" ||
       code_root == "20") &&
      !c.denied && !IsNegated(s, c, m.anchor)) {
    const std::string& own = sources.front().code;
    int looked = 0;
    for (auto it = events->rbegin(); it != events->rend() && looked < 32; ++it, ++looked) {
      if ((it->quad < 4 && it->root != "14") || it->negated) continue;
      const ActorRef* other = nullptr;
      if (SameSide(it->source.code, own)) other = &it->target;
      if (SameSide(it->target.code, own)) other = &it->source;
      if (other == nullptr || other->code.compare(0, 3, "---") == 0 || SameSide(other->code, own)) {
        continue;
      }
      targets.push_back(*other);
      why.emplace_back("target: the source's adversary in the story's last hostile exchange");
      break;
    }
  }
  // A protest with no one named as its object is against the protesters'
  // own government (demonstrations, strikes, sit-ins, blockades).
  if (targets.empty() && p.code.substr(0, 2) == "14") {
    for (const ActorRef& src : sources) {
      const std::string country = src.code.substr(0, 3);
      if (!IsStateBody(src.code) && IsStateCode(country)) {
        targets.push_back({country + "GOV", "", ""});
        why.push_back("target: the protesters' own government (no other party named)");
        break;
      }
    }
  }
  // Coercion by a state's own forces with no one named (arrests, curfews,
  // internet cuts, tear gas) falls on its own people.
  if (targets.empty() && p.code.substr(0, 2) == "17") {
    for (const ActorRef& src : sources) {
      const std::string country = src.code.substr(0, 3);
      if (IsStateCode(country)) {
        targets.push_back({country + "CVL", "", ""});
        why.push_back("target: the state's own people (no other party named)");
        break;
      }
    }
  }
  if (!passive_targets.empty()) {
    sources.clear();
    targets = std::move(passive_targets);
  }
  // "قال X إن واشنطن «ستدفع الثمن»": the speaker threatens the subject.
  if (p.speaker_source) {
    if (c.frame.empty() || !IsIntended(s, c, m.anchor)) return;
    sources.assign(1, c.frame.back());
    if (c.subject != kNone) {
      targets = Expand(s, c.subject, c);
    } else {
      targets.assign(1, {c.subject_code, c.subject_text, ""});
    }
    if (targets.empty() || targets.front().code.empty()) return;
    target = kNone;
    source_rule = "the speaker of the reported words";
    why.clear();
    why.push_back("target: the subject of the reported clause");
  }
  if (sources.empty() && targets.empty()) return;
  if ((sources.empty() || targets.empty()) && !WritesOneSided(p.code)) return;
  if (sources.empty()) sources.push_back({"---", "", ""});
  if (targets.empty()) targets.push_back({"---", "", ""});

  const bool negated = c.denied || IsNegated(s, c, m.anchor);
  // The demands of a protest are what it is for, not acts of their own:
  // "تظاهر آلاف العراقيين …، مطالبين بإقالة الحكومة"، "رافعين شعارات تطالب
  // بسحب النظام الأساسي".
  if (code_root == "10" && !sources.empty()) {
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->root == "14" && !it->negated && SameSide(it->source.code, sources.front().code))
        return;
    }
  }
  // A description with no one named (or a pronoun) that follows its
  // speaker's own welcome or praise is that welcome, not criticism: "ورحّب
  // براك بالقرار، واصفاً إياه بأنه «خطوة تاريخية»"، "ووصفته بأنه تطور مهم".
  // So is one after its speaker's own condemnation or rejection: "ورفضت
  // الحركة القرار، ووصفه مستشار قائدها بأنه «مسيّس»" is one rejection.
  if (code_root == "11" && !sources.empty() &&
      (m.target == kNone || s.mentions[m.target].reference == ReferenceKind::kPronoun)) {
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      const bool reaction_before = it->quad <= 2 || it->root == "11" || it->root == "12";
      if (reaction_before && !it->negated && SameSide(it->source.code, sources.front().code)) {
        return;
      }
    }
  }
  // An act announced for the future or stated as an intention (سيزور،
  // سوف، تعتزم، أبدى استعداده) is coded as the intent or threat to do it.
  std::string code = p.code;
  if (!negated && IsIntended(s, c, m.anchor)) code = IntentCode(p.code);
  int date = ResolveDate(tables_, s, document_.text, c.first, c.last, m.anchor, article_date_);
  // A time word set off by commas before the act belongs to it even when the
  // commas split the clause: "بدأت السلطات، أمس، حملة".
  if (date == 0 && c.first > 0) {
    uint32_t from = c.first;
    while (from > 0 && !IsHardBoundary(s.tokens[from - 1]) && !IsVerb(s, from - 1)) --from;
    date = ResolveDate(tables_, s, document_.text, from, c.first, m.anchor, article_date_);
  }
  if (date == 0) date = article_date_;

  auto cameo_it = tables_.cameo.find(code);
  if (cameo_it == tables_.cameo.end()) {
    code = p.code;
    cameo_it = tables_.cameo.find(code);
  }
  const internal::CameoCode& cameo = cameo_it->second;
  const uint32_t span_last = std::max(m.last, target != kNone ? s.mentions[target].last : m.last);
  if (explain_) {
    why.push_back("pattern " + p.id + " -> " + p.code +
                  (code != p.code ? " (intended: " + code + ")" : "") + " (anchor '" +
                  Surface(s, m.anchor, m.anchor) + "')");
    why.push_back("source: " + (source_rule.empty() ? std::string("none") : source_rule));
    if (source != kNone) {
      for (const auto& e : s.mentions[source].explain) why.push_back("  source entry " + e);
    }
    why.push_back(std::string("target: ") +
                  (target == kNone ? "none" : (target == m.target ? "TGT slot" : "next mention")));
    if (target != kNone) {
      for (const auto& e : s.mentions[target].explain) why.push_back("  target entry " + e);
    }
    if (negated)
      why.push_back(c.denied ? "negated: inside a denial" : "negated: negator before trigger");
    if (!c.frame.empty()) why.push_back("said_by: speaker '" + c.frame.back().text + "'");
  }
  const bool cooperative_root = code.substr(0, 2) <= "09";
  for (const ActorRef& src : sources) {
    for (const ActorRef& tgt : targets) {
      if (src.code == tgt.code && src.code != "---") continue;  // an actor does not act on itself
      // Two parties toward two of their peoples pair across: "اتفق الرئيسان
      // على لجنة من المؤرخين الجزائريين والفرنسيين" is not Paris toward French
      // historians.
      if (sources.size() >= 2 && targets.size() >= 2 && src.code.substr(0, 3) != "---" &&
          src.code.compare(0, 3, tgt.code, 0, 3) == 0 && tgt.code.size() == 6 &&
          tgt.code.compare(3, 3, "CVL") == 0) {
        continue;
      }
      // Nor does a state on its own government: "هددت الولايات المتحدة بفرض
      // عقوبات على المسؤولين" names no one else (the officials are foreign).
      if ((src.code.size() == 3 || tgt.code.size() == 3) && src.code.substr(0, 3) != "---" &&
          SameSide(src.code, tgt.code) && src.code.substr(3) != "CVL" &&
          tgt.code.substr(std::min<std::size_t>(3, tgt.code.size())) != "CVL") {
        continue;
      }
      // Nor does a state cooperate with itself: "IRQGOV meets IRQ" is a
      // misread, while a crackdown "IRQGOV → IRQ" is its own people.
      if (cooperative_root && (src.code.size() == 3 || tgt.code.size() == 3) &&
          src.code.substr(0, 3) == tgt.code.substr(0, 3) && src.code.substr(0, 3) != "---") {
        continue;
      }
      Event e;
      e.doc = document_.id;
      e.sentence = s.index;
      e.span = {s.tokens[m.anchor].begin, s.tokens[span_last].end};
      e.sentence_span = s.span;
      e.sentence_text = document_.text.substr(s.span.begin, s.span.end - s.span.begin);
      e.source = src;
      e.target = tgt;
      e.code = code;
      e.root = code.substr(0, 2);
      e.quad = cameo.quad;
      e.goldstein = cameo.goldstein;
      e.plover = cameo.plover;
      e.negated = negated;
      if (!document_.outlet.empty())
        e.attribution.push_back({"", document_.outlet, document_.outlet});
      for (const ActorRef& speaker : c.frame) e.attribution.push_back(speaker);
      if (!c.frame.empty()) e.said_by = c.frame.back();
      e.date = FormatDate(date);
      e.pattern = p.id;
      e.explain = why;
      events->push_back(std::move(e));
    }
  }
}

void ClauseAnalyzer::AddMediators(const Sentence& s, std::vector<Event>* events) const {
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t t = 1; t + 1 < n; ++t) {
    const uint32_t key = s.tokens[t].key;
    if (key == text::Lexicon::kUnknown || (key != mediation_key_ && key != auspices_key_) ||
        s.tokens[t - 1].kind != TokenKind::kProclitic) {
      continue;
    }
    // The mediators: the actors right after the noun ("صينية"، "سعودية
    // أميركية"، "مصرية وقطرية").
    std::vector<std::string> mediators;
    for (uint32_t u = t + 1; u < n;) {
      const uint32_t mention = s.mention_at[u];
      if (mention != kNone && s.mentions[mention].first == u &&
          s.mentions[mention].reference == ReferenceKind::kNone &&
          s.mentions[mention].code.size() >= 3 &&
          s.mentions[mention].code.compare(0, 3, "---") != 0) {
        mediators.push_back(s.mentions[mention].code);
        u = s.mentions[mention].last + 1;
      } else if (IsConjunction(s.tokens[u])) {
        ++u;
      } else {
        break;
      }
    }
    if (mediators.empty()) continue;
    // The talks they mediate: the sentence's first consultation by two known
    // parties.
    const Event* talks = nullptr;
    for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
      if (it->root == "04" && !it->negated && it->source.code.compare(0, 3, "---") != 0 &&
          it->target.code.compare(0, 3, "---") != 0) {
        talks = &*it;
      }
    }
    if (talks == nullptr) return;
    const Event base = *talks;
    const auto cameo = tables_.cameo.find("045");
    if (cameo == tables_.cameo.end()) return;
    for (const std::string& mediator : mediators) {
      for (const ActorRef& party : {base.source, base.target}) {
        if (party.code.compare(0, 3, mediator, 0, 3) == 0) continue;
        Event e = base;
        e.source = {mediator, Surface(s, t + 1, t + 1), ""};
        e.target = party;
        e.code = "045";
        e.root = "04";
        e.quad = cameo->second.quad;
        e.goldstein = cameo->second.goldstein;
        e.plover = cameo->second.plover;
        e.span = {s.tokens[t].begin, s.tokens[t + 1].end};
        e.said_by.reset();
        e.attribution.clear();
        if (explain_)
          e.explain = {"mediation: 'ب' + mediation noun + its actors, in talks between " +
                       base.source.code + " and " + base.target.code};
        events->push_back(std::move(e));
      }
    }
    return;
  }
}

void ClauseAnalyzer::Analyze(Sentence* sentence, std::vector<Event>* events) {
  Sentence& s = *sentence;
  if (s.tokens.empty()) return;
  ResolveReferences(&s);
  std::vector<Clause> clauses = SplitClauses(s);
  std::vector<ActorRef> frame = quote_open_ ? quote_frame_ : std::vector<ActorRef>();
  // What a new proposition starts from: the open quotation and the source
  // phrases (بحسب X) seen so far in the sentence.
  std::vector<ActorRef> base_frame = frame;
  bool denied = false;
  ActorRef subject = last_subject_;                          // carried over when a clause drops it
  std::vector<ActorRef>& pair_subject = last_subject_refs_;  // every member of it
  ActorRef main_subject = last_subject_;  // the subject of the last reporting or main clause
  for (Clause& c : clauses) {
    // A circumstantial clause after a comma ("، متهماً الدول الأوروبية") is
    // the main speaker's own act again: the reported speech and a denial's
    // scope end before it, and its subject is the main clause's.
    // (So is one after "، و": "نافية استهداف المدنيين، ومتهمة الجيش".)
    const bool and_after_comma = c.first + 1 <= c.last && IsConjunction(s.tokens[c.first]);
    const uint32_t opener = and_after_comma ? c.first + 1 : c.first;
    const bool circumstantial = c.kind == ClauseKind::kMain && c.first > 0 &&
                                IsComma(s.tokens[c.first - 1]) && !IsVerb(s, opener) &&
                                s.tokens[opener].kind != TokenKind::kProclitic;
    if (circumstantial || (c.first > 0 && IsHardBoundary(s.tokens[c.first - 1]))) {
      frame = base_frame;
      denied = false;
      if (circumstantial) subject = main_subject;
    }
    // "، و" + verb: a new act of the same subject; a denial before it does
    // not reach it ("ونفت الخارجية …، واتهمت المنظمة ب…").
    const bool coordinated = c.first > 0 && c.first + 1 <= c.last &&
                             IsComma(s.tokens[c.first - 1]) && IsConjunction(s.tokens[c.first]) &&
                             IsVerb(s, c.first + 1);
    if (coordinated) {
      c.coordinated_with = subject;
      denied = false;
    }
    c.frame = frame;
    c.denied = denied;
    c.predicate = FindPredicate(s, c);
    // The subject: SVO (content clauses: right after أن/إن), VSO, or carried.
    const bool pronoun_subject = c.kind == ClauseKind::kContent && c.first + 1 <= c.last &&
                                 s.tokens[c.first + 1].kind == TokenKind::kSuffix;
    uint32_t subject_mention = kNone;
    if (!pronoun_subject && c.predicate != kNone) {
      subject_mention = SubjectBefore(s, c, c.predicate);
      if (subject_mention == kNone) subject_mention = SubjectAfter(s, c, c.predicate);
    }
    if (subject_mention != kNone) {
      c.subject = subject_mention;
      std::vector<ActorRef> refs = Expand(s, subject_mention, c);
      if (!refs.empty()) {
        c.subject_code = refs.front().code;
        c.subject_text = refs.front().text;
        if (refs.size() >= 2) c.carried = refs;
        // The story's lead actor: the subject of its first main clause.
        if (lead_actors_.empty() && c.kind == ClauseKind::kMain) lead_actors_ = refs;
      }
    } else {
      c.subject_code = subject.code;
      c.subject_text = subject.text;
      c.carried = pair_subject;
      // A dual verb with no subject ("ووقّعا"، "واطمأنا") is done by the two
      // parties just named: a compound subject before it, else the two sides
      // of the last event.
      if (c.predicate != kNone && IsDualVerb(s, c.predicate)) {
        if (pair_subject.size() >= 2) {
          c.dual = pair_subject;
        } else {
          for (auto it = events->rbegin(); it != events->rend(); ++it) {
            if (it->source.code.substr(0, 3) == "---" || it->target.code.substr(0, 3) == "---" ||
                it->source.code.substr(0, 3) == it->target.code.substr(0, 3)) {
              continue;
            }
            c.dual = {it->source, it->target};
            break;
          }
        }
      }
    }
    if (subject_mention != kNone && c.kind != ClauseKind::kRelative) {
      // Only a compound or a pair reference names two parties.
      const Mention& named = s.mentions[subject_mention];
      if (named.group >= 0 || named.reference == ReferenceKind::kPair ||
          named.reference == ReferenceKind::kThree ||
          named.reference == ReferenceKind::kOrganisations) {
        pair_subject = Expand(s, subject_mention, c);
      } else {
        pair_subject.clear();
      }
    }
    const ActorRef clause_subject{c.subject_code, c.subject_text, ""};
    // Attribution: a reporting or denial verb opens a frame for what follows.
    if (c.predicate != kNone) {
      const bool say = CueStartsAt(s, c.predicate, CueKind::kSay);
      const bool cont = CueStartsAt(s, c.predicate, CueKind::kContinue);
      const bool deny = CueStartsAt(s, c.predicate, CueKind::kDeny);
      if (say || cont || deny) {
        ActorRef speaker = clause_subject;
        if (subject_mention == kNone && (cont || say) && !last_speaker_.code.empty()) {
          speaker = last_speaker_;  // وأضاف / وأوضح: the same speaker goes on
        }
        if (!speaker.code.empty()) {
          frame.push_back(speaker);
          last_speaker_ = speaker;
          main_subject = speaker;
        }
        if (deny) {
          denied = true;
          c.denied = true;
          c.frame = frame;
          if (c.subject_code.empty()) c.subject_code = speaker.code;
        }
      }
    }
    // Source phrases (بحسب X، نقلاً عن X) put X in the frame.
    for (const CueHit& hit : s.cues) {
      if (hit.first < c.first || hit.first > c.last ||
          tables_.cues[hit.cue].kind != CueKind::kSource) {
        continue;
      }
      for (uint32_t t = hit.last + 1; t <= c.last && t <= hit.last + 3; ++t) {
        const uint32_t mention = s.mention_at[t];
        if (mention == kNone) continue;
        std::vector<ActorRef> refs = Expand(s, mention, c);
        if (!refs.empty()) {
          frame.push_back(refs.front());
          base_frame.push_back(refs.front());
          last_speaker_ = refs.front();
          if (hit.first <= c.first + 2) c.frame = frame;  // the clause opens with it
        }
        break;
      }
    }
    for (const PatternMatch& m : s.matches) {
      if (m.anchor >= c.first && m.anchor <= c.last) EmitEvents(s, c, m, events);
    }
    if (!c.subject_code.empty() && c.kind != ClauseKind::kRelative) {
      subject = {c.subject_code, c.subject_text, ""};
      if (c.kind == ClauseKind::kMain && subject_mention != kNone) main_subject = subject;
    }
  }
  AddMediators(s, events);
  last_subject_ = subject;
  // The story's decision: the first act of its lead sentence (the one that
  // names its lead actor) that is not force, protest or coercion ("قرر"،
  // "فرض عقوبات"، "وافق"), whose actor "القرار" and "الخطوة" refer to.
  // A lead sentence whose verb the lexicon does not know ("كلّف مجلس الوزراء
  // اللبناني الجيش بإعداد خطة") still names its lead actor right after it.
  if (s.index == 0 && lead_actors_.empty() && !s.mentions.empty()) {
    const Mention& first = s.mentions.front();
    if (first.first <= 2 && first.reference == ReferenceKind::kNone && first.code.size() >= 3 &&
        first.code.compare(0, 3, "---") != 0) {
      lead_actors_.push_back(Ref(s, first));
    }
  }
  if (!lead_sentence_done_ && !lead_actors_.empty()) {
    lead_sentence_done_ = true;
    for (const Event& e : *events) {
      if (e.sentence == s.index && e.source.code.substr(0, 3) != "---" && e.root != "14" &&
          e.root != "15" && e.root < "17") {
        lead_decision_source_ = e.source.code;
        break;
      }
    }
  }
  for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
    // (A mediator is not a party: the talks it mediates are the last event.)
    if (it->source.code.substr(0, 3) == "---" || it->code == "045") continue;
    last_event_source_ = it->source.code;
    last_event_target_ = it->target.code.substr(0, 3) == "---" ? "" : it->target.code;
    break;
  }
  bool conflict_seen = false, cooperation_seen = false;  // the latest of each, per sentence
  for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
    if (it->source.code.substr(0, 3) == "---" || it->negated) continue;
    bool& seen = it->quad >= 3 ? conflict_seen : cooperation_seen;
    if (seen) continue;
    seen = true;
    (it->quad >= 3 ? last_conflict_source_ : last_cooperative_source_) = it->source.code;
  }
  for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
    if (it->quad == 4 && !it->negated && it->source.code.substr(0, 3) != "---") {
      last_material_source_ = it->source.code;
      break;
    }
  }
  // The story's last attack with a target, and its last by an unnamed hand.
  bool attack_seen = false, unattributed_seen = false;
  for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
    if (it->quad >= 3 && !it->negated) {
      for (const std::string* code : {&it->source.code, &it->target.code}) {
        if (code->size() >= 3 && code->compare(0, 3, "---") != 0) {
          conflict_countries_.insert(code->substr(0, 3));
        }
      }
    }
    if (it->quad != 4 || it->negated || it->target.code.compare(0, 3, "---") == 0) {
      continue;
    }
    if (!attack_seen) {
      last_attack_target_ = it->target;
    }
    attack_seen = true;
    if (!unattributed_seen && it->source.code.compare(0, 3, "---") == 0) {
      last_unattributed_attack_target_ = it->target;
      unattributed_seen = true;
    }
  }
  // The story's last accord: an agreement, intent or cooperation between two
  // parties, or any act the two did to each other in one sentence (an
  // exchange of prisoners); civilians are no party to one.
  const auto civilians = [](const std::string& code) {
    return code.size() >= 6 && code.compare(3, 3, "CVL") == 0;
  };
  for (auto it = events->rbegin(); it != events->rend() && it->sentence == s.index; ++it) {
    bool accord = it->code == "057" || it->root == "03" || it->root == "06";
    for (auto other = events->rbegin();
         !accord && other != events->rend() && other->sentence == s.index; ++other) {
      accord = other->code == it->code && other->source.code == it->target.code &&
               other->target.code == it->source.code && it->quad <= 2;
    }
    if (!accord || it->negated || it->source.code.substr(0, 3) == "---" ||
        it->target.code.substr(0, 3) == "---" || civilians(it->source.code) ||
        civilians(it->target.code)) {
      continue;
    }
    last_accord_source_ = it->source.code;
    last_accord_target_ = it->target.code;
    break;
  }
  // An opening quotation mark without its closing one carries the frame on.
  int balance = 0;
  for (const Token& t : s.tokens) {
    if (t.kind != TokenKind::kPunct) continue;
    if (t.punct == 0xAB || t.punct == 0x201C) ++balance;
    if (t.punct == 0xBB || t.punct == 0x201D) --balance;
  }
  if (balance > 0 && !quote_open_) {
    quote_open_ = true;
    quote_frame_ = frame;
  } else if (balance < 0 && quote_open_) {
    quote_open_ = false;
    quote_frame_.clear();
  }
}

}  // namespace khabar::coder
