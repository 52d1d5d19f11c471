// Copyright 2026 The khabar Authors. MIT License.

#include "coder/matchers.h"

#include <algorithm>
#include <optional>

#include "text/normalizer.h"

namespace khabar::coder {

using internal::ActorInfo;
using internal::ActorKind;
using internal::CueKind;
using internal::LanguageTables;
using internal::Pattern;
using internal::PatternElement;
using internal::PhraseIndex;
using internal::ReferenceKind;
using internal::Tables;
using text::Token;
using text::TokenKind;

namespace {

bool IsCue(const Tables& tables, const Sentence& s, uint32_t token, CueKind kind) {
  return CueKindAt(tables, s, token, kind);
}

// One dictionary match that may become (part of) a mention.
struct Piece {
  uint32_t first, last;
  uint32_t actor = kNone;  // ActorInfo index, or kNone for a reference
  ReferenceKind reference = ReferenceKind::kNone;
};

// Role codes that are top-level actor codes of their own (CAMEO).
bool IsTopLevel(std::string_view role) {
  return role == "IGO" || role == "NGO" || role == "IMG" || role == "NGM" || role == "MNC" ||
         role == "INT";
}

// An actor's code composed with the role of the title next to it: a state
// takes the role (إيران + الجيش → IRNMIL); a seat of government yields its
// GOV to a more specific role (باماكو + المجلس العسكري → MLIMIL); an
// organisation or armed group keeps its own code (الأمم المتحدة، الدعم السريع).
std::string Compose(const std::string& code, const std::string& role) {
  if (role.empty() || IsTopLevel(code.substr(0, 3))) return code;
  if (code.size() == 3) return code + role;
  if (code.size() == 6 && code.substr(3) == "GOV") return code.substr(0, 3) + role;
  return code;
}

// The state of a mention being composed from pieces.
class MentionBuilder {
 public:
  MentionBuilder(const Tables& tables, int date) : tables_(&tables), date_(date) {}

  bool empty() const { return pieces_.empty(); }
  uint32_t last() const { return pieces_.back().last; }
  bool has_agent() const { return has_agent_; }

  // Whether `q` continues this mention (see the composition rules in
  // dict/FORMAT.md, `agent`).
  bool Accepts(const Piece& q, bool adjacent) const {
    if (pieces_.empty()) return false;
    if (q.reference != ReferenceKind::kNone) return false;
    const ActorInfo& info = tables_->actors[q.actor];
    const bool open = has_agent_ || counterpart_;
    if (!adjacent) {
      // Through a linker (في، ب، باسم، ل): an agent reaching its body.
      return open && country_.empty() && info.kind != ActorKind::kPerson;
    }
    switch (info.kind) {
      case ActorKind::kAgent:
        return country_.empty() && !person_;
      case ActorKind::kDemonym:
        return (open && country_.empty()) || country_ == info.code.substr(0, 3);
      case ActorKind::kActor:
        return open && country_.empty();
      case ActorKind::kPerson: {
        if (person_) return false;
        const std::string code = RoleAt(info, date_);
        return (open || last_is_demonym_) && (country_.empty() || country_ == code.substr(0, 3));
      }
    }
    return false;
  }

  void Add(const Piece& q) {
    pieces_.push_back(q);
    if (q.reference == ReferenceKind::kCounterpart) {
      counterpart_ = true;
      return;
    }
    if (q.reference != ReferenceKind::kNone) return;
    const ActorInfo& info = tables_->actors[q.actor];
    last_is_demonym_ = info.kind == ActorKind::kDemonym;
    switch (info.kind) {
      case ActorKind::kAgent:
        has_agent_ = true;
        if (agent_ == kNone) agent_ = q.actor;
        if (role_.empty() && info.code != "-") role_ = info.code;
        break;
      case ActorKind::kDemonym:
        if (country_.empty()) country_ = info.code.substr(0, 3);
        if (demonym_code_.empty()) {
          demonym_code_ = info.code;
          people_ = info.people;
        }
        break;
      case ActorKind::kActor:
        if (country_.empty()) country_ = info.code.substr(0, 3);
        if (actor_code_.empty()) actor_code_ = info.code;
        if (name_.empty()) name_ = info.name;
        break;
      case ActorKind::kPerson:
        person_ = true;
        person_code_ = RoleAt(info, date_);
        country_ = person_code_.substr(0, 3);
        name_ = info.name;
        break;
    }
  }

  Mention Build() const {
    Mention m;
    m.first = pieces_.front().first;
    m.last = pieces_.back().last;
    m.name = name_;
    m.agent = agent_;
    if (pieces_.size() == 1 && pieces_[0].reference != ReferenceKind::kNone) {
      m.reference = pieces_[0].reference;
      return m;  // resolved by the clause analysis, which knows the discourse
    }
    if (counterpart_) m.reference = ReferenceKind::kCounterpart;
    if (!person_code_.empty()) {
      m.code = person_code_;
    } else if (!actor_code_.empty()) {
      m.code = Compose(actor_code_, role_);
    } else if (!demonym_code_.empty()) {
      m.demonym_only = !has_agent_ && !counterpart_;
      // A plural gentilic alone is the country's people: "آلاف العراقيين".
      m.code =
          m.demonym_only && people_ ? Compose(demonym_code_, "CVL") : Compose(demonym_code_, role_);
    } else if (IsTopLevel(role_)) {
      m.code = role_;  // "منظمات إنسانية" → NGO, not ---NGO
    } else {
      m.code = "---" + role_;
    }
    m.has_country = !country_.empty();
    for (const Piece& p : pieces_) {
      if (p.actor == kNone) continue;
      const ActorInfo& info = tables_->actors[p.actor];
      m.explain.push_back(info.place + " " + (info.code.empty() ? info.name : info.code));
    }
    return m;
  }

 private:
  const Tables* tables_;
  int date_;
  std::vector<Piece> pieces_;
  bool has_agent_ = false, person_ = false, counterpart_ = false, last_is_demonym_ = false,
       people_ = false;
  uint32_t agent_ = kNone;
  std::string country_, role_, actor_code_, demonym_code_, person_code_, name_;
};

// Merges "TITLE ، NAME" (and "NAME ، TITLE") when both name the same
// country: the second mention then adds nothing but words.
void MergeAppositions(const Tables& tables, Sentence* s) {
  std::vector<Mention> merged;
  for (Mention& m : s->mentions) {
    if (!merged.empty()) {
      Mention& prev = merged.back();
      const bool comma =
          m.first == prev.last + 2 && s->tokens[prev.last + 1].kind == TokenKind::kPunct &&
          (s->tokens[prev.last + 1].punct == ',' || s->tokens[prev.last + 1].punct == 0x060C);
      const bool person_after_title =
          prev.agent != kNone && prev.name.empty() && !m.name.empty() && m.agent == kNone;
      if (comma && person_after_title && prev.has_country && m.has_country &&
          prev.code.substr(0, 3) == m.code.substr(0, 3) && m.reference == ReferenceKind::kNone) {
        prev.last = m.last;
        prev.name = m.name;
        if (m.code.size() > prev.code.size()) prev.code = m.code;
        continue;
      }
    }
    merged.push_back(std::move(m));
  }
  s->mentions = std::move(merged);
  (void)tables;
}

}  // namespace

bool IsComma(const Token& token) {
  return token.kind == TokenKind::kPunct && (token.punct == ',' || token.punct == 0x060C);
}

bool IsQuotationMark(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.punct == '"' || t.punct == 0xAB || t.punct == 0xBB ||
                                         t.punct == 0x201C || t.punct == 0x201D);
}

bool IsJoiner(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '-' || t.punct == 0x2010 || t.punct == 0x2011 || t.punct == '_');
}

std::optional<PhraseHit> MatchPhraseAt(const PhraseIndex& index, const std::vector<Token>& tokens,
                                       uint32_t i, const PhraseWordCheck& check) {
  if (tokens[i].key == text::Lexicon::kUnknown) return std::nullopt;
  const std::vector<uint32_t>* candidates = index.Candidates(tokens[i].key);
  if (candidates == nullptr) return std::nullopt;
  const auto n = static_cast<uint32_t>(tokens.size());
  const bool definite = (tokens[i].flags & text::kDefinite) != 0;
  for (uint32_t c : *candidates) {
    const internal::Phrase& p = index.phrase(c);
    if (p.definite >= 0 && (p.definite == 1) != definite) continue;
    if (p.acronym && (tokens[i].flags & text::kAllCaps) == 0) continue;
    uint32_t t = i;
    bool ok = true;
    for (std::size_t k = 0; k < p.keys.size(); ++k) {
      while (k > 0 && t < n && IsJoiner(tokens[t])) ++t;
      if (t >= n || tokens[t].key != p.keys[k] || (check && !check(p, t, k))) {
        ok = false;
        break;
      }
      ++t;
    }
    if (ok) return PhraseHit{c, t - 1};
  }
  return std::nullopt;
}

bool CueKindAt(const Tables& tables, const Sentence& s, uint32_t t, CueKind kind) {
  if (t >= s.cue_at.size()) return false;
  const uint32_t hit = s.cue_at[t];
  return hit != kNone && tables.cues[s.cues[hit].cue].kind == kind;
}

std::string SurfaceOf(std::string_view text, const Sentence& s, uint32_t first, uint32_t last) {
  const uint32_t begin = s.tokens[first].begin, end = s.tokens[last].end;
  return std::string(text.substr(begin, end - begin));
}

bool IsHardBoundary(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  switch (t.punct) {
    case '.':
    case '!':
    case '?':
    case ';':
    case ':':
    case 0x061F:  // ؟
    case 0x061B:  // ؛
    case 0x06D4:  // ۔
      return true;
    default:
      return false;
  }
}

std::string RoleAt(const ActorInfo& person, int date) {
  const internal::DatedRole* best = nullptr;
  // 1. A role whose span holds the date.
  for (const auto& r : person.roles) {
    if ((r.from == 0 || date == 0 || r.from <= date) && (r.to == 0 || date == 0 || date <= r.to)) {
      if (best == nullptr || r.from > best->from) best = &r;  // the most recent start wins
    }
  }
  if (best != nullptr) return best->code;
  // 2. The role that ended most recently before the date.
  for (const auto& r : person.roles) {
    if (r.to != 0 && r.to < date && (best == nullptr || r.to > best->to)) best = &r;
  }
  if (best != nullptr) return best->code;
  // 3. The earliest role.
  for (const auto& r : person.roles) {
    if (best == nullptr || r.from < best->from) best = &r;
  }
  return best != nullptr ? best->code : "---";
}

void FindCues(const Tables& /*tables*/, const LanguageTables& lang, Sentence* s) {
  const auto n = static_cast<uint32_t>(s->tokens.size());
  s->cue_at.assign(n, kNone);
  for (uint32_t i = 0; i < n;) {
    auto hit = MatchPhraseAt(lang.cues, s->tokens, i);
    if (!hit) {
      ++i;
      continue;
    }
    const auto index = static_cast<uint32_t>(s->cues.size());
    s->cues.push_back({i, hit->last, lang.cues.phrase(hit->phrase).target});
    for (uint32_t t = i; t <= hit->last; ++t) s->cue_at[t] = index;
    i = hit->last + 1;
  }
}

void FindTimes(const LanguageTables& lang, Sentence* s) {
  const auto n = static_cast<uint32_t>(s->tokens.size());
  for (uint32_t i = 0; i < n;) {
    auto hit = MatchPhraseAt(lang.times, s->tokens, i);
    if (!hit) {
      ++i;
      continue;
    }
    s->times.push_back({i, hit->last, lang.times.phrase(hit->phrase).target});
    i = hit->last + 1;
  }
}

void FindMentions(const Tables& tables, const LanguageTables& lang, int date, Sentence* s) {
  const auto n = static_cast<uint32_t>(s->tokens.size());
  // 1. Pieces: dictionary names, and reference cues.
  std::vector<Piece> pieces;
  for (uint32_t i = 0; i < n;) {
    // A multi-word cue ("إلى جانب", "من جهته") is not read as a name.
    const uint32_t covering = s->cue_at[i];
    if (covering != kNone && s->cues[covering].last > s->cues[covering].first &&
        tables.cues[s->cues[covering].cue].kind != CueKind::kReference) {
      i = s->cues[covering].last + 1;
      continue;
    }
    // A reference cue at least as long as a name here wins: "الزعيمان" is
    // the two leaders just named, not an unnamed leader.
    const uint32_t cue = s->cue_at[i];
    const bool reference = cue != kNone && s->cues[cue].first == i &&
                           tables.cues[s->cues[cue].cue].kind == CueKind::kReference;
    auto hit = MatchPhraseAt(lang.names, s->tokens, i);
    // (Unless a name follows that the noun composes with: "البعثة السودانية"
    // is Sudan's mission, not the story's organisation.)
    const bool composes = hit && reference && hit->last + 1 < n &&
                          MatchPhraseAt(lang.names, s->tokens, hit->last + 1).has_value();
    if (hit && (!(reference && s->cues[cue].last >= hit->last) || composes)) {
      pieces.push_back({i, hit->last, lang.names.phrase(hit->phrase).target});
      i = hit->last + 1;
      continue;
    }
    if (reference) {
      pieces.push_back({i, s->cues[cue].last, kNone, tables.cues[s->cues[cue].cue].reference});
      i = s->cues[cue].last + 1;
      continue;
    }
    ++i;
  }
  // 2. Compose adjacent pieces into mentions.
  MentionBuilder current(tables, date);
  auto flush = [&] {
    if (!current.empty()) s->mentions.push_back(current.Build());
    current = MentionBuilder(tables, date);
  };
  // Tokens between two pieces that do not separate them: quotation marks,
  // and a short quoted name after a title (صحيفة «الجريدة» الكويتية).
  auto transparent = [&](uint32_t from, uint32_t to) {
    bool quoted = false;
    int words = 0;
    for (uint32_t t = from; t < to; ++t) {
      const Token& tok = s->tokens[t];
      if (tok.kind == TokenKind::kPunct &&
          (tok.punct == 0xAB || tok.punct == 0xBB || tok.punct == '"' || tok.punct == 0x201C ||
           tok.punct == 0x201D)) {
        quoted = true;
        continue;
      }
      // (Never across a cue but a linker, preposition or head noun: "«لجان مقاومة مدني»
      // إن قوات «الدعم السريع»" is two actors.)
      const bool structural = s->cue_at[t] != kNone && !IsCue(tables, *s, t, CueKind::kLinker) &&
                              !IsCue(tables, *s, t, CueKind::kHead) &&
                              !IsCue(tables, *s, t, CueKind::kPreposition);
      if (tok.kind != TokenKind::kWord || structural || ++words > 3) return false;
    }
    return words == 0 || (quoted && current.has_agent());
  };
  for (const Piece& q : pieces) {
    if (!current.empty()) {
      const bool adjacent =
          q.first == current.last() + 1 ||
          (q.first > current.last() + 1 && transparent(current.last() + 1, q.first));
      const bool linked =
          q.first == current.last() + 2 && IsCue(tables, *s, current.last() + 1, CueKind::kLinker);
      if ((adjacent || linked) && current.Accepts(q, adjacent)) {
        current.Add(q);
        continue;
      }
      flush();
    }
    current.Add(q);
    if (q.reference != ReferenceKind::kNone && q.reference != ReferenceKind::kCounterpart) flush();
  }
  flush();
  // 3. Attached pronouns after a preposition or a verb refer to an actor:
  // "تريد منها", "زاره". (After أن/إن they are the subject: see the analyzer.)
  for (uint32_t t = 1; t < n; ++t) {
    const Token& tok = s->tokens[t];
    if (tok.kind != TokenKind::kSuffix || tok.key == text::Lexicon::kUnknown) continue;
    const Token& host = s->tokens[t - 1];
    const bool after_preposition = host.kind == TokenKind::kProclitic ||
                                   IsCue(tables, *s, t - 1, CueKind::kPreposition) ||
                                   IsCue(tables, *s, t - 1, CueKind::kLinker);
    const bool after_verb = host.key != text::Lexicon::kUnknown &&
                            (lang.lexicon.flags(host.key) & text::kVerbForm) != 0 &&
                            !IsCue(tables, *s, t - 1, CueKind::kSay);
    if (!after_preposition && !after_verb) continue;
    if (IsCue(tables, *s, t - 1, CueKind::kComplementizer)) continue;
    Mention m;
    m.first = m.last = t;
    m.reference = ReferenceKind::kPronoun;
    s->mentions.push_back(m);
  }
  std::sort(s->mentions.begin(), s->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // A group noun right before a name, quoted or not, belongs to it:
  // "حركة «حماس»" is one mention (and so a subject).
  for (Mention& m : s->mentions) {
    if (m.reference != ReferenceKind::kNone || m.code.empty()) continue;
    uint32_t t = m.first;
    if (t > 0 && s->tokens[t - 1].kind == TokenKind::kPunct &&
        (s->tokens[t - 1].punct == 0xAB || s->tokens[t - 1].punct == '"' ||
         s->tokens[t - 1].punct == 0x201C)) {
      --t;
    }
    if (t > 0 && IsCue(tables, *s, t - 1, CueKind::kHead) &&
        (t - 1 == 0 || s->mentions.empty() ||
         std::none_of(s->mentions.begin(), s->mentions.end(),
                      [&](const Mention& o) { return o.first <= t - 1 && t - 1 <= o.last; }))) {
      m.first = t - 1;
    }
  }
  // A title with no country before "البلدين"/"الجانبين" is the two parties'
  // ("وأجرى وفدا البلدين مباحثات"): one pair reference.
  for (std::size_t i = 0; i + 1 < s->mentions.size(); ++i) {
    Mention& title = s->mentions[i];
    const Mention& pair = s->mentions[i + 1];
    if (title.agent == kNone || title.has_country || title.reference != ReferenceKind::kNone ||
        pair.reference != ReferenceKind::kPair || pair.first != title.last + 1) {
      continue;
    }
    Mention merged = pair;
    merged.first = title.first;
    s->mentions[i] = std::move(merged);
    s->mentions.erase(s->mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // A decision or act with its state's adjective names its author: "رفضت
  // الحركة القرار الأميركي" rejects Washington's decision (its government),
  // "دانت الهجوم الإسرائيلي" condemns Israel's attack.
  for (std::size_t i = 0; i + 1 < s->mentions.size(); ++i) {
    Mention& act = s->mentions[i];
    const Mention& adjective = s->mentions[i + 1];
    if ((act.reference != ReferenceKind::kDecision && act.reference != ReferenceKind::kEvent) ||
        !adjective.demonym_only || adjective.first != act.last + 1 || adjective.code.size() < 3) {
      continue;
    }
    act.code =
        adjective.code.substr(0, 3) + (act.reference == ReferenceKind::kDecision ? "GOV" : "");
    act.authored = act.reference == ReferenceKind::kDecision;
    act.reference = ReferenceKind::kNone;
    act.has_country = true;
    act.last = adjective.last;
    s->mentions.erase(s->mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // A title whose portfolio is a list ("وزير المياه والري والطاقة
  // الإثيوبي") takes the demonym after the list: the proclitic و and one
  // plain word, up to three times, between a title with no country and a
  // bare demonym.
  for (std::size_t i = 0; i + 1 < s->mentions.size(); ++i) {
    Mention& title = s->mentions[i];
    const Mention& demonym = s->mentions[i + 1];
    if (title.agent == kNone || title.has_country || title.reference != ReferenceKind::kNone ||
        !demonym.demonym_only || title.code.size() < 3 || demonym.code.size() < 3) {
      continue;
    }
    const uint32_t gap = demonym.first - title.last - 1;
    bool list = gap >= 2 && gap <= 6 && gap % 2 == 0;
    for (uint32_t t = title.last + 1; list && t < demonym.first; t += 2) {
      list = s->tokens[t].kind == TokenKind::kProclitic && s->tokens[t].key == lang.conj_key &&
             s->tokens[t + 1].kind == TokenKind::kWord && s->cue_at[t + 1] == kNone;
    }
    if (!list) continue;
    title.code = demonym.code.substr(0, 3) + title.code.substr(3);
    title.has_country = true;
    title.last = demonym.last;
    s->mentions.erase(s->mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // 4. Appositions: a title and the name that follows it after a comma are
  // one actor ("منسق مجلس الأمن القومي الأميركي، بريت ماكغورك،").
  MergeAppositions(tables, s);
  // 5. Compound groups: mentions joined by "و" / "and"; commas join only
  // inside a list that ends with "و" ("بريطانيا وألمانيا" / "A، B وC").
  s->mention_at.assign(n, kNone);
  for (std::size_t m = 0; m < s->mentions.size(); ++m) {
    for (uint32_t t = s->mentions[m].first; t <= s->mentions[m].last; ++t) {
      s->mention_at[t] = static_cast<uint32_t>(m);
    }
  }
  enum class Join { kNone, kComma, kConj };
  std::vector<Join> join(s->mentions.size(), Join::kNone);  // join[m]: m with m-1
  for (std::size_t m = 1; m < s->mentions.size(); ++m) {
    // Quotation marks around a name stand aside ("إيران و«حزب الله»"), and so
    // does a count after و ("16 أسيراً سعودياً و3 سودانيين").
    uint32_t from = s->mentions[m - 1].last + 1;
    uint32_t to = s->mentions[m].first;  // one past the joining token
    while (from < to && IsQuotationMark(s->tokens[from])) {
      ++from;
    }
    while (to > from + 1 &&
           (IsQuotationMark(s->tokens[to - 1]) ||
            (s->tokens[to - 1].kind == TokenKind::kNumber && s->mentions[m].demonym_only))) {
      --to;
    }
    if (to != from + 1) {
      continue;
    }
    const Token& between = s->tokens[from];
    if (between.key != text::Lexicon::kUnknown && between.key == lang.conj_key) {
      join[m] = Join::kConj;
    } else if (between.kind == TokenKind::kPunct &&
               (between.punct == ',' || between.punct == 0x060C)) {
      join[m] = Join::kComma;
    }
  }
  int next_group = 0;
  std::string linked_role;  // of the current group's first mention, if linked
  for (std::size_t m = 1; m < s->mentions.size(); ++m) {
    if (join[m] == Join::kNone) continue;
    if (join[m] == Join::kComma) {
      // Keep a comma join only if the run goes on to a "و" join.
      std::size_t k = m + 1;
      while (k < s->mentions.size() && join[k] == Join::kComma) ++k;
      if (k >= s->mentions.size() || join[k] != Join::kConj) continue;
    }
    Mention& prev = s->mentions[m - 1];
    Mention& mention = s->mentions[m];
    if (prev.group < 0) {
      prev.group = next_group++;
      // "المجالس العسكرية في مالي والنيجر": a title joined to its state by a
      // linker lends its role to the bare states listed after that state.
      linked_role.clear();
      if (prev.agent != kNone && prev.has_country && prev.code.size() == 6) {
        for (uint32_t t = prev.first + 1; t < prev.last; ++t) {
          if (IsCue(tables, *s, t, CueKind::kLinker)) {
            linked_role = prev.code.substr(3);
            break;
          }
        }
      }
    }
    mention.group = prev.group;
    // "قوات «الدعم السريع» والميليشيات المتحالفة معها": a member with no
    // country of its own is of the member before it.
    if (mention.code.size() == 6 && mention.code.compare(0, 3, "---") == 0 &&
        prev.reference == ReferenceKind::kNone && prev.code.size() >= 3 &&
        prev.code.compare(0, 3, "---") != 0) {
      mention.code = prev.code.substr(0, 3) + mention.code.substr(3);
      mention.has_country = true;
    }
    if (!linked_role.empty() && mention.code.size() == 3 && mention.agent == kNone &&
        !mention.demonym_only && mention.reference == ReferenceKind::kNone) {
      mention.code += linked_role;
    }
    // "مسؤولين أميركيين وإسرائيليين": a bare demonym after a composed
    // mention takes that mention's role.
    if (mention.demonym_only && !prev.demonym_only && prev.code.size() > 3) {
      mention.code = mention.code.substr(0, 3) + prev.code.substr(3, 3);
      mention.demonym_only = false;
      mention.agent = prev.agent;
    }
  }
  // "بالرئيسين التركي رجب طيب أردوغان والسوري بشار الأسد": a dual noun
  // (الرئيسين، الوزيرين) right before a compound of named actors names its
  // members, so it joins that compound instead of meaning the story's two
  // parties. (Before bare demonyms, "بين الجانبين الفلسطيني والإسرائيلي",
  // the demonyms alone are the compound.)
  for (std::size_t m = 0; m + 1 < s->mentions.size(); ++m) {
    Mention& dual = s->mentions[m];
    const Mention& next = s->mentions[m + 1];
    if (dual.reference == ReferenceKind::kPair && dual.group < 0 && next.group >= 0 &&
        next.first == dual.last + 1 && !next.demonym_only) {
      dual.group = next.group;
    }
  }
}

namespace {

// Tokens a pattern element may skip over: up to kGap units, where a whole
// mention counts as one unit; never past a hard boundary or a new predicate.
constexpr int kGap = 6;

// An Arabic circumstantial clause opens with an indefinite trigger word
// right after a comma ("ودان الهجوم، مطالباً «الدعم السريع» بوقف هجماتها"):
// that is a new act, so no element of the act before it reaches past it.
bool IsClauseOpeningTrigger(const Tables& tables, const LanguageTables& lang, const Sentence& s,
                            uint32_t t) {
  if (&lang != &tables.ar || t == 0) return false;
  const Token& token = s.tokens[t];
  const Token& before = s.tokens[t - 1];
  if (token.key == text::Lexicon::kUnknown || (token.flags & text::kDefinite) != 0 ||
      s.mention_at[t] != kNone) {
    return false;
  }
  if (before.kind != TokenKind::kPunct || (before.punct != ',' && before.punct != 0x060C))
    return false;
  return lang.patterns_by_anchor.count(token.key) > 0;
}

bool StopsGap(const Tables& tables, const LanguageTables& lang, const Sentence& s, uint32_t t,
              bool slot) {
  if (IsHardBoundary(s.tokens[t])) return true;
  // No element reaches past another verb (another predicate): "أجرى جولة
  // شملت السعودية" does not make Saudi Arabia the place visited. (A verb form
  // with ال is a verbal noun, not a verb.)
  const uint32_t key = s.tokens[t].key;
  if (key != text::Lexicon::kUnknown && (lang.lexicon.flags(key) & text::kVerbForm) != 0 &&
      s.mention_at[t] == kNone && s.cue_at[t] == kNone &&
      (s.tokens[t].flags & text::kDefinite) == 0) {
    return true;
  }
  const uint32_t cue = s.cue_at[t];
  if (cue == kNone && IsClauseOpeningTrigger(tables, lang, s, t)) return true;
  if (cue == kNone || s.cues[cue].first != t) return false;
  const CueKind kind = tables.cues[s.cues[cue].cue].kind;
  if (kind == CueKind::kComplementizer || kind == CueKind::kClause) return true;
  // A relative clause is background for what precedes it: "الأسلحة التي
  // تسلمها طهران للفصائل" does not give the weapons' recipient.
  if (kind == CueKind::kRelative) return slot;
  if (kind != CueKind::kSay && kind != CueKind::kDeny && kind != CueKind::kContinue) return false;
  // A reporting verb is a new predicate; its participle is one only after a
  // comma or "و" ("زيارة غير معلنة" is an adjective, "، معلنا أن" is not).
  if (key != text::Lexicon::kUnknown && (lang.lexicon.flags(key) & text::kVerbForm) != 0)
    return true;
  if (t == 0) return false;
  const Token& before = s.tokens[t - 1];
  return (before.kind == TokenKind::kPunct && (before.punct == ',' || before.punct == 0x060C)) ||
         (before.kind == TokenKind::kProclitic && before.key == lang.conj_key);
}

bool HasKey(const PatternElement& e, uint32_t key) {
  return std::binary_search(e.keys.begin(), e.keys.end(), key);
}

// What the search needs of one sentence. FindPatterns fills `stops` once per
// sentence (StopsGap and IsHardBoundary of each token, as bits) and keeps a
// candidate buffer per search depth, so that the search over thousands of
// patterns neither recomputes them nor allocates.
enum : uint8_t { kStopsWord = 1, kStopsSlot = 2, kHard = 4 };

struct SearchContext {
  const Tables& tables;
  const LanguageTables& lang;
  const Sentence& s;
  const uint8_t* stops = nullptr;                         // per token; nullptr: compute as needed
  std::vector<std::vector<uint32_t>>* buffers = nullptr;  // per depth; may be nullptr
  uint32_t in_key = text::Lexicon::kUnknown;              // Arabic في: a place follows it

  bool Stops(uint32_t t, bool slot) const {
    if (stops != nullptr) return (stops[t] & (slot ? kStopsSlot : kStopsWord)) != 0;
    return StopsGap(tables, lang, s, t, slot);
  }
  bool Hard(uint32_t t) const {
    return stops != nullptr ? (stops[t] & kHard) != 0 : IsHardBoundary(s.tokens[t]);
  }
};

// An Arabic adjunct set off by commas ("وتعهدت طهران، في بيان مشترك صدر في
// ختام الزيارة، بتقديم معلومات"): the comma that closes it when `comma`
// opens one (a preposition or adverb first, no sentence end inside), else
// kNone. The gap search passes over it at no cost. (kAdjunctReach: the
// most tokens an adjunct spans, declared with InCommaAdjunct.)

uint32_t AdjunctEnd(const SearchContext& c, uint32_t comma) {
  const Sentence& s = c.s;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  if (c.in_key == text::Lexicon::kUnknown || !IsComma(s.tokens[comma]) || comma + 2 >= n) {
    return kNone;
  }
  const uint32_t cue = s.cue_at[comma + 1];
  if (cue == kNone || s.cues[cue].first != comma + 1) return kNone;
  const CueKind kind = c.tables.cues[s.cues[cue].cue].kind;
  if (kind != CueKind::kPreposition && kind != CueKind::kLinker && kind != CueKind::kAdverb) {
    return kNone;
  }
  for (uint32_t u = comma + 2; u < n && u <= comma + kAdjunctReach; ++u) {
    if (IsComma(s.tokens[u])) return u;
    if (c.Hard(u) || s.tokens[u].kind == TokenKind::kPunct) return kNone;
  }
  return kNone;
}

// Where element k of `p` may land, starting the search at token `pos`: each
// candidate token (a word element) or mention (a slot), in text order.
void Candidates(const SearchContext& c, const PatternElement& e, uint32_t pos,
                std::vector<uint32_t>* out) {
  const Sentence& s = c.s;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  const int window = e.adjacent ? 1 : kGap + 1;
  uint32_t t = pos;
  for (int units = 0; units < window && t < n; ++units) {
    const uint32_t mention = s.mention_at[t];
    if (e.kind == PatternElement::Kind::kWord && HasKey(e, s.tokens[t].key)) {
      out->push_back(t);
    } else if (c.Stops(t, e.kind != PatternElement::Kind::kWord) && t != pos) {
      break;
    }
    // A slot takes the first actor, but not a place in the gap: "التقى في
    // طهران، أمس، الرئيس الإيراني" met the president, in Tehran.
    const bool place = t != pos && t > 0 && c.in_key != text::Lexicon::kUnknown &&
                       s.tokens[t - 1].key == c.in_key && mention != kNone &&
                       s.mentions[mention].last + 1 < n &&
                       IsComma(s.tokens[s.mentions[mention].last + 1]);
    if (e.kind != PatternElement::Kind::kWord && mention != kNone &&
        s.mentions[mention].first == t && !place) {
      out->push_back(t);
      break;
    }
    if (c.Hard(t)) break;
    // Punctuation and quotation marks ("، أمس،") take no room in the gap,
    // nor does an adjunct set off by commas.
    if (s.tokens[t].kind == TokenKind::kPunct) {
      --units;
      const uint32_t end = t < s.adjunct_end.size() ? s.adjunct_end[t] : kNone;
      if (end != kNone) {
        t = end + 1;
        continue;
      }
    }
    t = mention != kNone ? s.mentions[mention].last + 1 : t + 1;
  }
}

// Depth-first search over the elements from k on: the binding with the most
// elements matched (then the shortest span) is written to *best.
void Search(const SearchContext& c, const Pattern& p, std::size_t k, uint32_t pos,
            PatternMatch current, std::optional<PatternMatch>* best, int* budget) {
  if (--*budget < 0) return;
  if (k == p.elements.size()) {
    if (!*best || current.elements_matched > (*best)->elements_matched ||
        (current.elements_matched == (*best)->elements_matched && current.last < (*best)->last)) {
      *best = current;
    }
    return;
  }
  const Sentence& s = c.s;
  const PatternElement& e = p.elements[k];
  std::vector<uint32_t> local;
  std::vector<uint32_t>* where = &local;
  if (c.buffers != nullptr) {  // sized by MatchPattern: never resized during the search
    where = &(*c.buffers)[k];
    where->clear();
  }
  Candidates(c, e, pos, where);
  // Deeper calls use other buffers (k + 1 and on), so `where` stays valid.
  for (std::size_t w = 0; w < where->size(); ++w) {
    const uint32_t t = (*where)[w];
    PatternMatch next = current;
    ++next.elements_matched;
    uint32_t after = t + 1;
    if (e.kind == PatternElement::Kind::kWord) {
      next.last = t;
    } else {
      const uint32_t mention = s.mention_at[t];
      if (e.kind == PatternElement::Kind::kTarget) {
        next.target = mention;
        next.target_slot_from = pos;
      } else {
        next.source = mention;
      }
      after = s.mentions[mention].last + 1;
    }
    Search(c, p, k + 1, after, next, best, budget);
  }
  if (e.optional) Search(c, p, k + 1, pos, current, best, budget);
}

std::optional<PatternMatch> MatchPattern(const SearchContext& c, const Pattern& p, uint32_t pattern,
                                         uint32_t anchor) {
  PatternMatch start;
  start.pattern = pattern;
  start.anchor = anchor;
  start.last = anchor;
  start.elements_matched = 1;
  std::optional<PatternMatch> best;
  int budget = 256;  // bounds the search on pathological input
  if (c.buffers != nullptr && c.buffers->size() < p.elements.size()) {
    c.buffers->resize(p.elements.size());
  }
  Search(c, p, 1, anchor + 1, start, &best, &budget);
  return best;
}

// What MayMatch reads of each pattern, laid out flat (the patterns
// themselves are scattered over the heap, and an anchor may carry
// thousands): for pattern p, need[begin[p]] holds flags (kCompound,
// kNeedsMention), then for each required word element after the anchor the
// count of its keys followed by the keys.
struct PatternNeeds {
  static constexpr uint32_t kCompound = 1, kNeedsMention = 2;
  std::vector<uint32_t> begin;  // patterns + 1 offsets into need
  std::vector<uint32_t> need;

  void Build(const LanguageTables& lang) {
    begin.clear();
    need.clear();
    begin.reserve(lang.patterns.size() + 1);
    for (const Pattern& p : lang.patterns) {
      begin.push_back(static_cast<uint32_t>(need.size()));
      need.push_back(p.compound_subject ? kCompound : 0);
      const std::size_t flags = need.size() - 1;
      for (std::size_t k = 1; k < p.elements.size(); ++k) {
        const PatternElement& e = p.elements[k];
        if (e.optional) continue;
        if (e.kind != PatternElement::Kind::kWord) {
          need[flags] |= kNeedsMention;
          continue;
        }
        need.push_back(static_cast<uint32_t>(e.keys.size()));
        need.insert(need.end(), e.keys.begin(), e.keys.end());
      }
    }
    begin.push_back(static_cast<uint32_t>(need.size()));
  }
};

// Per-thread scratch of FindPatterns: a bit per lexicon id of the keys in
// the sentence (cleared after each sentence), the stop bits, the buffers,
// and the PatternNeeds of each language of the dictionary last used.
struct PatternScratch {
  std::vector<uint64_t> present;
  std::vector<uint8_t> stops;
  std::vector<std::vector<uint32_t>> buffers;
  uint64_t generation[2] = {0, 0};
  const LanguageTables* tables[2] = {nullptr, nullptr};
  PatternNeeds needs[2];

  const PatternNeeds& NeedsFor(const Tables& t, const LanguageTables& lang) {
    const int l = &lang == &t.ar ? 0 : 1;
    if (generation[l] != t.generation || tables[l] != &lang) {
      needs[l].Build(lang);
      generation[l] = t.generation;
      tables[l] = &lang;
    }
    return needs[l];
  }
};

// False when pattern p cannot match in a sentence whose keys are `present`:
// a required word element none of whose keys occurs in it, or a required
// slot in a sentence without mentions (or p is a compound-subject pattern,
// which FindPatterns leaves to MatchPatternAt). Such a pattern's search
// finds nothing, so leaving it out changes no result.
bool MayMatch(const PatternNeeds& needs, uint32_t p, const std::vector<uint64_t>& present,
              bool has_mentions) {
  const uint32_t* at = needs.need.data() + needs.begin[p];
  const uint32_t* end = needs.need.data() + needs.begin[p + 1];
  const uint32_t flags = *at++;
  if ((flags & PatternNeeds::kCompound) != 0) return false;
  if ((flags & PatternNeeds::kNeedsMention) != 0 && !has_mentions) return false;
  const std::size_t limit = present.size() * 64;
  while (at < end) {
    const uint32_t count = *at++;
    bool found = false;
    for (uint32_t i = 0; i < count && !found; ++i) {
      const uint32_t key = at[i];
      found = key < limit && ((present[key >> 6] >> (key & 63)) & 1) != 0;
    }
    if (!found) return false;
    at += count;
  }
  return true;
}

}  // namespace

void FindPatterns(const Tables& tables, const LanguageTables& lang, Sentence* s) {
  std::vector<PatternMatch> candidates;
  const auto n = static_cast<uint32_t>(s->tokens.size());
  thread_local PatternScratch scratch;
  scratch.present.resize((lang.lexicon.size() + 63) / 64);
  scratch.stops.resize(n);
  for (uint32_t t = 0; t < n; ++t) {
    const uint32_t key = s->tokens[t].key;
    if (key != text::Lexicon::kUnknown && key < lang.lexicon.size()) {
      scratch.present[key >> 6] |= uint64_t{1} << (key & 63);
    }
    scratch.stops[t] =
        static_cast<uint8_t>((StopsGap(tables, lang, *s, t, false) ? kStopsWord : 0) |
                             (StopsGap(tables, lang, *s, t, true) ? kStopsSlot : 0) |
                             (IsHardBoundary(s->tokens[t]) ? kHard : 0));
  }
  const SearchContext context{
      tables, lang, *s, scratch.stops.data(), &scratch.buffers, InKey(tables, lang)};
  s->adjunct_end.assign(n, kNone);
  for (uint32_t t = 0; t < n; ++t) s->adjunct_end[t] = AdjunctEnd(context, t);
  const PatternNeeds& needs = scratch.NeedsFor(tables, lang);
  const bool has_mentions = !s->mentions.empty();
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t key = s->tokens[i].key;
    if (key == text::Lexicon::kUnknown) continue;
    auto it = lang.patterns_by_anchor.find(key);
    if (it == lang.patterns_by_anchor.end()) continue;
    // A word inside a name is not a trigger ("علي" of علي خامنئي is not على).
    if (s->mention_at[i] != kNone && !s->mentions[s->mention_at[i]].name.empty()) continue;
    std::optional<PatternMatch> best;
    for (uint32_t p : it->second) {
      // (Compound-subject patterns are left out too: see MatchPatternAt.)
      if (!MayMatch(needs, p, scratch.present, has_mentions)) continue;
      auto m = MatchPattern(context, lang.patterns[p], p, i);
      if (!m) continue;
      if (!best) {
        best = m;
        continue;
      }
      const Pattern& a = lang.patterns[m->pattern];
      const Pattern& b = lang.patterns[best->pattern];
      // (Then the tighter binding: "دعمها جهود «إيكواس» لاستعادة النظام"
      // supports ECOWAS's efforts, not the regime.)
      if (std::make_tuple(m->elements_matched, a.literal_count, a.code.size(), best->last) >
          std::make_tuple(best->elements_matched, b.literal_count, b.code.size(), m->last)) {
        best = m;
      }
    }
    if (best) candidates.push_back(*best);
  }
  for (uint32_t t = 0; t < n; ++t) {
    const uint32_t key = s->tokens[t].key;
    if (key != text::Lexicon::kUnknown && key < lang.lexicon.size()) scratch.present[key >> 6] = 0;
  }
  // A noun that is the object of a reaction ("أدانت السعودية الهجوم على
  // السفارة": condemn, praise, reject, demand, threaten) is what that act is
  // about, not an act of its own: a nominal match anchored inside the words
  // of such a verbal match goes (Arabic; gold rule 6). Intent verbs (أبدى
  // استعداده لـ) keep theirs: there the noun is the act intended.
  if (&lang == &tables.ar) {
    auto verbal = [&](const PatternMatch& m) {
      const std::string& code = lang.patterns[m.pattern].code;
      static constexpr std::string_view kReactions[] = {"01", "02", "10", "11", "12", "13"};
      const bool reaction = code == "051" || code == "052" ||
                            std::find(std::begin(kReactions), std::end(kReactions),
                                      std::string_view(code).substr(0, 2)) != std::end(kReactions);
      return reaction && lang.patterns[m.pattern].verbal &&
             (s->tokens[m.anchor].flags & text::kDefinite) == 0;
    };
    // A verbal match that ends on the noun a nominal match of the same root
    // starts with is told more exactly by that noun: "أعلنت رفضها المشاركة في
    // المحادثات" is the rejection of talks (125), not a rejection (120).
    const auto refined = [&](const PatternMatch& v) {
      const std::string& code = lang.patterns[v.pattern].code;
      return verbal(v) &&
             std::any_of(candidates.begin(), candidates.end(), [&](const PatternMatch& m) {
               const std::string& other = lang.patterns[m.pattern].code;
               const bool finer = other.size() > code.size() ||
                                  (code.size() == 3 && code[2] == '0' && other != code);
               return !verbal(m) && m.anchor == v.last && m.elements_matched >= 2 && finer &&
                      other.compare(0, 2, code, 0, 2) == 0;
             });
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), refined),
                     candidates.end());
    std::vector<PatternMatch> objects_dropped;
    for (const PatternMatch& m : candidates) {
      const bool object =
          !verbal(m) &&
          std::any_of(candidates.begin(), candidates.end(), [&](const PatternMatch& v) {
            return verbal(v) && v.anchor < m.anchor && m.anchor <= v.last &&
                   !InCommaAdjunct(*s, m.anchor);
          });
      if (!object) objects_dropped.push_back(m);
    }
    candidates = std::move(objects_dropped);
  }
  // Overlaps: a match whose anchor lies inside a better match's words loses
  // (but not one in an adjunct that the better match passed over: "وأبدى
  // X، خلال اتصال هاتفي مع بلينكن، تفاؤلاً" is a call and optimism).
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ma = candidates[a];
    const auto& mb = candidates[b];
    return std::make_pair(ma.elements_matched, lang.patterns[ma.pattern].literal_count) >
           std::make_pair(mb.elements_matched, lang.patterns[mb.pattern].literal_count);
  });
  std::vector<PatternMatch> kept;
  for (std::size_t i : order) {
    const PatternMatch& m = candidates[i];
    const bool inside = std::any_of(kept.begin(), kept.end(), [&](const PatternMatch& k) {
      return (m.anchor >= k.anchor && m.anchor <= k.last && !InCommaAdjunct(*s, m.anchor)) ||
             (k.anchor >= m.anchor && k.anchor <= m.last &&
              m.elements_matched <= k.elements_matched && !InCommaAdjunct(*s, k.anchor));
    });
    if (!inside) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(),
            [](const PatternMatch& a, const PatternMatch& b) { return a.anchor < b.anchor; });
  s->matches = std::move(kept);
}

bool InCommaAdjunct(const Sentence& sentence, uint32_t token) {
  // The nearest comma before `token` that opens an adjunct decides.
  for (uint32_t back = 1; back <= kAdjunctReach && back <= token; ++back) {
    const uint32_t comma = token - back;
    if (comma >= sentence.adjunct_end.size()) continue;
    const uint32_t end = sentence.adjunct_end[comma];
    if (end != kNone) return end > token;
  }
  return false;
}

uint32_t InKey(const Tables& tables, const LanguageTables& lang) {
  if (&lang != &tables.ar) return text::Lexicon::kUnknown;
  return lang.lexicon.Find(text::WordFolder::Get().Fold("\xD9\x81\xD9\x8A"));  // في
}

std::optional<PatternMatch> MatchPatternAt(const Tables& tables, const LanguageTables& lang,
                                           uint32_t pattern, const Sentence& sentence,
                                           uint32_t anchor) {
  if (pattern >= lang.patterns.size() || anchor >= sentence.tokens.size()) return std::nullopt;
  const SearchContext context{tables, lang, sentence};
  return MatchPattern(context, lang.patterns[pattern], pattern, anchor);
}

}  // namespace khabar::coder
