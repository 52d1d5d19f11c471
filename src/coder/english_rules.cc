// Copyright 2026 The khabar Authors. MIT License.

#include "coder/english_rules.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "coder/date_resolver.h"
#include "coder/matchers.h"
#include "coder/modality.h"
#include "text/normalizer.h"

namespace khabar::coder {

using internal::ActorInfo;
using internal::ActorKind;
using internal::CueKind;
using internal::Pattern;
using internal::PatternElement;
using internal::PhraseIndex;
using internal::ReferenceKind;
using internal::Tables;
using text::Token;
using text::TokenKind;

namespace {

// ---- word classes ------------------------------------------------------------------
// Closed classes of English that a parse-free reading needs. They are read
// from the surface (lower case), not from the dictionaries: they are grammar.

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool IsDeterminer(std::string_view w) {
  return In(w, {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this",
                "these", "those", "some", "any", "no", "every", "each", "all", "both", "several",
                "such", "another", "other", "many", "few", "much", "most", "more", "less",
                "either", "whose", "what", "further", "new", "same", "first", "second", "last"});
}

bool IsPossessivePronoun(std::string_view w) {
  return In(w, {"its", "his", "her", "their", "our"});
}

bool IsSubjectPronoun(std::string_view w) {
  return In(w, {"he", "she", "it", "they", "we", "i"});
}

bool IsBeForm(std::string_view w) {
  return In(w, {"is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s"});
}

bool IsAuxiliary(std::string_view w) {
  return IsBeForm(w) || In(w, {"will", "would", "shall", "should", "can", "could", "may", "might",
                               "must", "do", "does", "did", "has", "have", "had", "having", "get",
                               "got", "gets", "to", "also", "about", "yet", "not"});
}

bool IsNounPreposition(std::string_view w) {
  return In(w, {"after", "before", "during", "since", "despite", "amid", "following", "of", "for",
                "in", "on", "at", "with", "by", "from", "into", "over", "against", "between",
                "about", "without", "under", "toward", "towards", "upon", "through", "across"});
}

bool IsConjunctionWord(std::string_view w) { return In(w, {"and", "or", "nor", "&"}); }

bool IsQuantity(std::string_view w) {
  return In(w, {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups",
                "number", "numbers", "some", "many", "several", "one", "two", "three", "four",
                "five", "six", "seven", "eight", "nine", "ten", "most", "all", "none", "each",
                "majority", "crowd", "crowds", "contingent", "band", "unit", "units", "team",
                "members", "member", "busloads", "columns", "column", "convoy", "fleet"});
}

// "two", "three" or "four" in any case, read without copying the word.
bool IsCountWord(std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  for (std::string_view count : {"two", "three", "four"}) {
    if (w.size() == count.size() &&
        std::equal(w.begin(), w.end(), count.begin(), [](char a, char b) {
          return static_cast<char>(std::tolower(static_cast<unsigned char>(a))) == b;
        })) {
      return true;
    }
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool IsPunct(const Token& t, char32_t c) { return t.kind == TokenKind::kPunct && t.punct == c; }

bool IsQuote(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '"' || t.punct == 0xAB || t.punct == 0xBB || t.punct == 0x201C ||
          t.punct == 0x201D || t.punct == 0x2018 || t.punct == 0x2019 || t.punct == '\'');
}

bool IsDash(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.punct == '-' || t.punct == 0x2013 || t.punct == 0x2014 || t.punct == 0x2012);
}


// Roots whose one-sided events are written with "---" for the missing side.
bool WritesOneSided(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "14" || root == "15" || root == "17" || root == "18" || root == "19" ||
         root == "20";
}

bool IsTopLevel(std::string_view code) {
  return code == "IGO" || code == "NGO" || code == "IMG" || code == "NGM" || code == "MNC" ||
         code == "INT";
}

// Roles that name a body of a state: they replace the GOV of a capital.
bool IsStateBody(std::string_view role) {
  return In(role, {"MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "SEP", "CVL", "MED", "BUS",
                   "EDU", "LAB", "REF", "HLH", "AGR", "ENV", "DEV", "HRI", "CRM", "UAF"});
}

bool HasRole(std::string_view code, std::string_view role) {
  for (std::size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.substr(i, 3) == role) return true;
  }
  return false;
}

// An actor's code composed with the roles of the titles next to it, English
// style: a state takes the role ("Russian" + "forces" -> RUSMIL); a capital
// yields its GOV to the body of state named ("Tehran's military" -> IRNMIL)
// and keeps other roles after it; an organisation keeps its own code for its
// officials ("UN spokesman" -> IGOUNO) and takes other roles ("Amnesty
// International rights activists" -> NGMOPP, as PETRARCH codes them).
std::string ComposeEnglish(const std::string& base, const std::string& roles) {
  std::string code = base;
  for (std::size_t i = 0; i + 3 <= roles.size(); i += 3) {
    const std::string role = roles.substr(i, 3);
    if (HasRole(code, role)) continue;
    if (code.size() == 3 && !IsTopLevel(code)) {
      code += role;
    } else if (IsTopLevel(code.substr(0, 3))) {
      if (role != "GOV") code += role;
    } else if (code.size() == 6 && code.substr(3) == "GOV" && IsStateBody(role)) {
      code = code.substr(0, 3) + role;
    } else if (code.size() >= 6 && code.substr(code.size() - 3) == "GOV" && !IsStateBody(role)) {
      code += role;
    } else if (code.size() >= 6 && role != "GOV" && !IsStateBody(code.substr(code.size() - 3)) &&
               code.substr(code.size() - 3) != "GOV") {
      code += role;  // "rights activists of Gonzo GMO" -> GONGMOOPP (PETRARCH)
    }
  }
  return code;
}

std::string LowerAscii(std::string_view s) {
  std::string w(s);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

// The text word is the dictionary word, its plural, or its singular: the
// Snowball stem alone would make "protested" the name "protesters" and
// "diplomatic" the title "diplomat".
bool SameWordForm(std::string_view text, std::string_view dict) {
  if (text == dict) return true;
  auto plural_of = [](std::string_view one, std::string_view many) {
    if (many.size() == one.size() + 1 && many.back() == 's' && many.substr(0, one.size()) == one) {
      return true;
    }
    if (many.size() == one.size() + 2 && many.substr(many.size() - 2) == "es" &&
        many.substr(0, one.size()) == one) {
      return true;
    }
    return one.size() > 1 && one.back() == 'y' && many.size() == one.size() + 2 &&
           many.substr(many.size() - 3) == "ies" && many.substr(0, one.size() - 1) == one.substr(0, one.size() - 1);
  };
  return plural_of(dict, text) || plural_of(text, dict);
}

// The word's surface in lower case without invisible marks (U+200F, U+061C):
// the same folding the dictionary keys had, before stemming.
std::string LowerSurface(std::string_view text, const Token& t) {
  return text::WordFolder::Get().Fold(text.substr(t.begin, t.end - t.begin));
}

// A name or title of `index` at token i whose words, when `text` is given,
// are the dictionary's words or their plural or singular (SameWordForm).
std::optional<PhraseHit> MatchEnglishPhraseAt(const PhraseIndex& index,
                                              const std::vector<Token>& tokens, uint32_t i,
                                              std::string_view text = {}) {
  if (text.empty()) return MatchPhraseAt(index, tokens, i);
  return MatchPhraseAt(index, tokens, i,
                       [&](const internal::Phrase& p, uint32_t t, std::size_t k) {
                         if (k >= p.words.size()) return true;
                         std::string w = LowerSurface(text, tokens[t]);
                         while (!w.empty() && w.back() == '.') w.pop_back();
                         return SameWordForm(w, p.words[k]);
                       });
}

// ---- composing mentions ------------------------------------------------------------------

struct Piece {
  uint32_t first = 0, last = 0;
  uint32_t actor = kNone;
  ReferenceKind reference = ReferenceKind::kNone;
};

enum class Link { kNone, kAdjacent, kPossessive, kFiller, kLinker };

class EnglishMention {
 public:
  EnglishMention(const Tables& tables, int date) : tables_(&tables), date_(date) {}

  bool empty() const { return pieces_.empty(); }
  uint32_t last() const { return last_; }

  bool Accepts(const Piece& q, Link link) const {
    if (pieces_.empty() || link == Link::kNone || q.reference != ReferenceKind::kNone) {
      return false;
    }
    if (pieces_.size() == 1 && pieces_[0].reference != ReferenceKind::kNone &&
        pieces_[0].reference != ReferenceKind::kCounterpart) {
      return false;
    }
    const ActorInfo& info = tables_->actors[q.actor];
    switch (info.kind) {
      case ActorKind::kAgent:
        return link != Link::kLinker;
      case ActorKind::kActor: {
        if (link == Link::kLinker) return has_agent_ && country_.empty() && person_code_.empty();
        if (link == Link::kFiller) return false;
        // "Prime Minister Telemar": a title before a name the dictionary
        // gives as an actor of the same (or no) country.
        if (link == Link::kAdjacent && last_is_agent_ && person_code_.empty() &&
            !IsTopLevel(info.code.substr(0, 3))) {
          return true;
        }
        if (country_.empty() || counterpart_) return counterpart_;
        const std::string country = info.code.substr(0, 3);
        return country == country_ || (IsTopLevel(country) && link == Link::kAdjacent);
      }
      case ActorKind::kDemonym:
        return counterpart_ && link == Link::kAdjacent;
      case ActorKind::kPerson:
        return link == Link::kAdjacent && person_code_.empty() &&
               (has_agent_ || !country_.empty() || counterpart_);
    }
    return false;
  }

  void Add(const Piece& q, bool former) {
    if (pieces_.empty()) first_ = q.first;
    pieces_.push_back(q);
    last_ = q.last;
    former_ |= former;
    if (q.reference == ReferenceKind::kCounterpart) {
      counterpart_ = true;
      return;
    }
    if (q.reference != ReferenceKind::kNone) return;
    const ActorInfo& info = tables_->actors[q.actor];
    last_is_agent_before_ = last_is_agent_;
    last_is_agent_ = info.kind == ActorKind::kAgent;
    switch (info.kind) {
      case ActorKind::kAgent: {
        has_agent_ = true;
        if (agent_ == kNone) agent_ = q.actor;
        if (!person_code_.empty()) {  // "Putin's spokesman": the title, in his country
          person_code_.clear();
          name_.clear();
        }
        const std::string& code = info.code;
        if (code == "-") break;
        if (code.back() == '~') {
          prefix_ += code.substr(0, code.size() - 1);
        } else if (roles_.empty()) {
          roles_ = code;
        }
        break;
      }
      case ActorKind::kDemonym:
        if (country_.empty()) country_ = info.code.substr(0, 3);
        if (demonym_code_.empty()) demonym_code_ = info.code;
        break;
      case ActorKind::kActor:
        if (last_is_agent_before_ && !country_.empty() && country_ != info.code.substr(0, 3)) {
          break;  // "Ithilen's minister Calimehtar": the title's country stands
        }
        country_ = info.code.substr(0, 3);
        actor_code_ = info.code;  // the later, more specific actor wins
        name_ = info.name;
        break;
      case ActorKind::kPerson:
        person_code_ = RoleAt(info, date_);
        country_ = person_code_.substr(0, 3);
        name_ = info.name;
        break;
    }
  }

  void Extend(uint32_t last) { last_ = last; }

  Mention Build() const {
    Mention m;
    m.first = first_;
    m.last = last_;
    m.name = name_;
    m.agent = agent_;
    if (pieces_.size() == 1 && pieces_[0].reference != ReferenceKind::kNone) {
      m.reference = pieces_[0].reference;
      return m;
    }
    if (counterpart_) m.reference = ReferenceKind::kCounterpart;
    std::string roles = former_ ? std::string("ELI") : roles_;
    if (!person_code_.empty()) {
      m.code = person_code_;
    } else if (!actor_code_.empty()) {
      m.code = ComposeEnglish(actor_code_, roles);
    } else if (!demonym_code_.empty()) {
      m.code = ComposeEnglish(demonym_code_, roles);
      m.demonym_only = !has_agent_ && !counterpart_;
    } else if (roles.size() >= 3 && IsTopLevel(roles.substr(0, 3))) {
      m.code = roles;
    } else {
      m.code = "---" + roles;
    }
    if (!prefix_.empty()) m.code = prefix_ + m.code;
    m.has_country = !country_.empty();
    for (const Piece& p : pieces_) {
      if (p.actor == kNone) continue;
      const ActorInfo& info = tables_->actors[p.actor];
      m.explain.push_back(info.place + " " + (info.code.empty() ? info.name : info.code));
    }
    return m;
  }

  bool ends_with_title() const { return last_is_agent_ || !person_code_.empty(); }

 private:
  const Tables* tables_;
  int date_;
  std::vector<Piece> pieces_;
  uint32_t first_ = 0, last_ = 0;
  uint32_t agent_ = kNone;
  bool has_agent_ = false, counterpart_ = false, former_ = false, last_is_agent_ = false;
  bool last_is_agent_before_ = false;
  std::string country_, roles_, prefix_, actor_code_, demonym_code_, person_code_, name_;
};

}  // namespace

// ---- mentions -----------------------------------------------------------------------------

void FindEnglishMentions(const Tables& tables, const internal::LanguageTables& lang,
                         std::string_view text, int date, Sentence* s) {
  const auto n = static_cast<uint32_t>(s->tokens.size());
  const std::vector<Token>& tokens = s->tokens;
  auto word = [&](uint32_t t) { return LowerSurface(text, tokens[t]); };
  auto glued = [&](uint32_t a, uint32_t b) {  // tokens a and b touch
    return a < n && b < n && tokens[a].end == tokens[b].begin;
  };

  // 0. Reporting verbs that are nouns here: "a state of emergency", "state
  // media", "the report", "a claim Moscow denied".
  {
    std::vector<CueHit> kept;
    for (const CueHit& hit : s->cues) {
      bool noun = false;
      if (hit.first == hit.last && tables.cues[hit.cue].kind == CueKind::kSay) {
        const std::string w = word(hit.first);
        const std::string before = hit.first > 0 ? word(hit.first - 1) : "";
        const bool after_det = hit.first > 0 && (IsDeterminer(before) ||
                                                 tokens[hit.first - 1].kind == TokenKind::kSuffix ||
                                                 IsNounPreposition(before));
        noun = In(w, {"state", "states"}) ||
               (after_det && In(w, {"report", "reports", "post", "posts", "quote", "quotes", "note",
                                    "notes", "claim", "claims", "estimate", "estimates", "tweet",
                                    "tweets", "statement", "statements", "declaration"}));
      }
      // "WHO" in capitals is the World Health Organization, not "who".
      if (hit.first == hit.last && tables.cues[hit.cue].kind == CueKind::kRelative &&
          (tokens[hit.first].flags & text::kAllCaps) != 0 && tokens[hit.first].end - tokens[hit.first].begin > 1) {
        noun = true;
      }
      if (!noun) kept.push_back(hit);
    }
    if (kept.size() != s->cues.size()) {
      s->cues = std::move(kept);
      s->cue_at.assign(n, kNone);
      for (uint32_t c = 0; c < s->cues.size(); ++c) {
        for (uint32_t t = s->cues[c].first; t <= s->cues[c].last && t < n; ++t) s->cue_at[t] = c;
      }
    }
  }

  // 1. Pieces: dictionary names, and reference cues.
  std::vector<Piece> pieces;
  for (uint32_t i = 0; i < n;) {
    const uint32_t covering = s->cue_at[i];
    if (covering != kNone && s->cues[covering].last > s->cues[covering].first &&
        tables.cues[s->cues[covering].cue].kind != CueKind::kReference) {
      i = s->cues[covering].last + 1;
      continue;
    }
    if (auto hit = MatchEnglishPhraseAt(lang.names, tokens, i, text)) {
      const uint32_t actor = lang.names.phrase(hit->phrase).target;
      const ActorKind kind = tables.actors[actor].kind;
      bool keep = true;
      if (kind != ActorKind::kAgent) {
        // A proper name is capitalised ("china" is porcelain).
        bool capital = false;
        for (uint32_t t = i; t <= hit->last; ++t) {
          capital |= (tokens[t].flags & (text::kCapitalized | text::kAllCaps)) != 0 ||
                      tokens[t].kind == TokenKind::kNumber;
        }
        keep = capital;
        // "Iran-aligned", "U.S.-backed", "pro-Bolsonaro": a modifier, not an actor.
        const uint32_t after = hit->last + 1;
        // ("British-flagged tanker", "Saudi-led coalition", "state-owned
        // firm" keep the country: it owns or leads the noun.)
        if (after + 1 < n && IsJoiner(tokens[after]) && glued(hit->last, after) &&
            glued(after, after + 1) && tokens[after + 1].kind == TokenKind::kWord &&
            !In(word(after + 1), {"flagged", "owned", "registered", "operated", "led"})) {
          keep = false;
        }
        if (i >= 2 && IsJoiner(tokens[i - 1]) && glued(i - 1, i) && glued(i - 2, i - 1) &&
            In(word(i - 2), {"pro", "anti", "non", "ex", "post", "pre"})) {
          keep = false;
        }
      }
      // "the South China Sea", "the Korean Peninsula", "the Gulf of Oman":
      // a place named after a country.
      if (kind != ActorKind::kAgent && kind != ActorKind::kPerson) {
        const uint32_t next = hit->last + 1;
        if (next < n && (tokens[next].flags & text::kCapitalized) != 0 &&
            In(word(next), {"sea", "ocean", "strait", "straits", "peninsula", "gulf", "channel",
                            "bay", "river", "desert", "mountains", "valley", "basin", "plateau"})) {
          keep = false;
        }
        if (i >= 2 && In(word(i - 1), {"of"}) && (tokens[i - 2].flags & text::kCapitalized) != 0 &&
            In(word(i - 2), {"gulf", "sea", "strait", "bay"})) {
          keep = false;
        }
      }
      // "on social media": not the press.
      if (kind == ActorKind::kAgent && i > 0 && word(i) == "media" && word(i - 1) == "social") {
        keep = false;
      }
      // "anti-government protesters", "pro-government media": a modifier.
      if (kind == ActorKind::kAgent && i >= 2 && IsJoiner(tokens[i - 1]) && glued(i - 1, i) &&
          glued(i - 2, i - 1) && In(word(i - 2), {"pro", "anti"})) {
        keep = false;
      }
      // "a general mobilisation": the adjective, not the officer.
      if (kind == ActorKind::kAgent && i == hit->last && word(i) == "general" &&
          (tokens[i].flags & (text::kCapitalized | text::kAllCaps)) == 0) {
        keep = false;
      }
      // "Sofia Sapega", "Jordan Bardella": a one-word place followed by a
      // capitalised word no dictionary knows is a person's first name.
      if (kind == ActorKind::kActor && i == hit->last && hit->last + 1 < n && i > 0) {
        const uint32_t next = hit->last + 1;
        const bool caps = (tokens[next].flags & text::kCapitalized) != 0 &&
                          (tokens[next].flags & text::kAllCaps) == 0 &&
                          tokens[next].kind == TokenKind::kWord;
        if (caps && s->cue_at[next] == kNone && !MatchEnglishPhraseAt(lang.names, tokens, next, text) &&
            std::none_of(s->times.begin(), s->times.end(),
                         [&](const TimeHit& h) { return h.first == next; })) {
          keep = false;
        }
      }
      if (keep) pieces.push_back({i, hit->last, actor});
      i = hit->last + 1;
      continue;
    }
    const uint32_t cue = s->cue_at[i];
    if (cue != kNone && s->cues[cue].first == i &&
        tables.cues[s->cues[cue].cue].kind == CueKind::kReference) {
      pieces.push_back({i, s->cues[cue].last, kNone, tables.cues[s->cues[cue].cue].reference});
      i = s->cues[cue].last + 1;
      continue;
    }
    // "the two Gulf states", "its two northern neighbours": a definite count
    // of states with a word or two between refers to that many countries
    // (the fixed phrases are `reference pair` cues).
    if (i > 0 && tokens[i].kind == TokenKind::kWord && IsCountWord(text, tokens[i]) &&
        In(word(i - 1), {"the", "its", "their", "his", "her", "these", "those"})) {
      uint32_t j = i + 1;
      for (; j < n && j <= i + 3 && tokens[j].kind == TokenKind::kWord; ++j) {
        if (In(word(j), {"countries", "states", "nations", "neighbours", "neighbors", "governments",
                         "sides"})) {
          break;
        }
      }
      if (j < n && j > i + 1 && j <= i + 3 && tokens[j].kind == TokenKind::kWord &&
          In(word(j), {"countries", "states", "nations", "neighbours", "neighbors", "governments",
                       "sides"})) {
        pieces.push_back({i, j, kNone, ReferenceKind::kPair});
        i = j + 1;
        continue;
      }
    }
    ++i;
  }

  // 2. Compose pieces into mentions.
  auto is_filler = [&](uint32_t t, bool* former) {
    const Token& tok = tokens[t];
    if (tok.kind != TokenKind::kWord) return false;
    // Capitalised words of a title ("first Deputy Prime Minister") pass;
    // other capitalised words are names.
    if ((tok.flags & (text::kCapitalized | text::kAllCaps)) != 0 &&
        !In(word(t), {"deputy", "first", "senior", "acting", "interim", "chief", "vice", "top",
                      "former", "new", "then", "assistant", "under", "state"})) {
      return false;
    }
    if (s->cue_at[t] != kNone) return false;
    if (tok.key != text::Lexicon::kUnknown && lang.patterns_by_anchor.count(tok.key) > 0) {
      return false;
    }
    const std::string w = word(t);
    if (IsAuxiliary(w) || IsSubjectPronoun(w) || IsConjunctionWord(w) || w == "the" || w == "a" ||
        w == "an") {
      return false;
    }
    if (w == "former" || w == "ex") *former = true;
    return true;
  };
  auto link_between = [&](uint32_t from, uint32_t to, bool* former) {
    // Tokens strictly between `from` and `to`.
    if (to == from + 1) return Link::kAdjacent;
    uint32_t t = from + 1;
    bool possessive = false;
    if (tokens[t].kind == TokenKind::kSuffix) {
      possessive = true;
      ++t;
    }
    if (t == to) return possessive ? Link::kPossessive : Link::kNone;
    if (!possessive && CueKindAt(tables, *s, t, CueKind::kLinker) && s->cues[s->cue_at[t]].last == t) {
      uint32_t u = t + 1;
      if (u < to && In(word(u), {"the", "a", "an"})) ++u;
      return u == to ? Link::kLinker : Link::kNone;
    }
    int fillers = 0;
    for (; t < to; ++t) {
      const bool and_between = word(t) == "and" && t > from + 1 && t + 1 < to;
      if ((!and_between && !is_filler(t, former)) || ++fillers > 3) return Link::kNone;
    }
    return Link::kFiller;
  };

  EnglishMention current(tables, date);
  auto flush = [&] {
    if (current.empty()) return;
    // A title followed by an unknown capitalised name: the name is part of it
    // ("President Volodymyr Zelenskiy").
    if (current.ends_with_title()) {
      uint32_t t = current.last() + 1, added = 0;
      while (t < n && added < 4 && tokens[t].kind == TokenKind::kWord &&
             (tokens[t].flags & text::kCapitalized) != 0 && s->cue_at[t] == kNone &&
             std::none_of(pieces.begin(), pieces.end(), [&](const Piece& p) { return p.first == t; })) {
        current.Extend(t);
        ++t;
        ++added;
        while (t + 1 < n && IsJoiner(tokens[t]) && glued(t - 1, t) && glued(t, t + 1)) t += 1;
      }
    }
    s->mentions.push_back(current.Build());
    current = EnglishMention(tables, date);
  };
  for (const Piece& q : pieces) {
    bool former = q.first > 0 && In(word(q.first - 1), {"former", "ex"});
    if (!current.empty()) {
      bool former_between = false;
      const Link link = link_between(current.last(), q.first, &former_between);
      if (current.Accepts(q, link)) {
        current.Add(q, former || former_between);
        continue;
      }
      flush();
    }
    current.Add(q, former);
    if (q.reference != ReferenceKind::kNone && q.reference != ReferenceKind::kCounterpart) flush();
  }
  flush();
  std::sort(s->mentions.begin(), s->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // A capitalised word inside a name is not a cue: "Denys Shmyhal" does not
  // deny, "Said Jalili" does not say.
  {
    std::vector<CueHit> kept;
    for (const CueHit& hit : s->cues) {
      const CueKind kind = tables.cues[hit.cue].kind;
      bool in_name = false;
      if (hit.first == hit.last && (tokens[hit.first].flags & text::kCapitalized) != 0 &&
          (kind == CueKind::kSay || kind == CueKind::kDeny || kind == CueKind::kNegate ||
           kind == CueKind::kContinue || kind == CueKind::kIntent)) {
        for (const Mention& m : s->mentions) {
          in_name |= m.first <= hit.first && hit.first <= m.last && m.first < m.last;
        }
      }
      if (!in_name) kept.push_back(hit);
    }
    if (kept.size() != s->cues.size()) {
      s->cues = std::move(kept);
      s->cue_at.assign(n, kNone);
      for (uint32_t c = 0; c < s->cues.size(); ++c) {
        for (uint32_t t = s->cues[c].first; t <= s->cues[c].last && t < n; ++t) s->cue_at[t] = c;
      }
    }
  }
  // "his Russian girlfriend", "their Chinese counterparts' ship": a demonym
  // after a possessive pronoun, before an ordinary noun, describes a person
  // or a thing, not the country.
  s->mentions.erase(
      std::remove_if(s->mentions.begin(), s->mentions.end(),
                     [&](const Mention& m) {
                       if (!m.demonym_only || m.first == 0 || m.last + 1 >= n) return false;
                       const Token& next = tokens[m.last + 1];
                       // ("his Japanese counterpart" is Japan's official.)
                       return In(word(m.first - 1), {"his", "her", "their", "my", "our", "your"}) &&
                              next.kind == TokenKind::kWord &&
                              (next.flags & (text::kCapitalized | text::kAllCaps)) == 0 &&
                              !In(word(m.last + 1), {"counterpart", "counterparts"});
                     }),
      s->mentions.end());

  // 3. Compound groups: mentions joined by "and", "or", "nor" or a comma, with
  // determiners and adjectives before the next one ("Fornost and the evil Gondor").
  s->mention_at.assign(n, kNone);
  int next_group = 0;
  for (std::size_t m = 0; m < s->mentions.size(); ++m) {
    Mention& mention = s->mentions[m];
    for (uint32_t t = mention.first; t <= mention.last; ++t) {
      s->mention_at[t] = static_cast<uint32_t>(m);
    }
    if (m == 0) continue;
    Mention& prev = s->mentions[m - 1];
    uint32_t t = prev.last + 1;
    bool joined = false, conj = false;
    if (t < mention.first && IsComma(tokens[t])) {
      joined = true;
      ++t;
    }
    if (t < mention.first && (IsConjunctionWord(word(t)) || CueKindAt(tables, *s, t, CueKind::kConjunction))) {
      joined = conj = true;
      t = s->cue_at[t] != kNone ? s->cues[s->cue_at[t]].last + 1 : t + 1;
    }
    int fillers = 0;
    bool former = false;
    while (joined && t < mention.first && fillers < 3) {
      const std::string w = word(t);
      if (w == "the" || w == "a" || is_filler(t, &former)) {
        ++t;
        ++fillers;
        continue;
      }
      break;
    }
    if (!joined || t != mention.first) continue;
    if (prev.reference != ReferenceKind::kNone || mention.reference != ReferenceKind::kNone) continue;
    // "..., the Osgiliath newspaper al-Raya said": a speaker, not a member.
    bool speaker = false;
    for (uint32_t u = mention.last + 1; u < n && u <= mention.last + 2; ++u) {
      speaker |= CueKindAt(tables, *s, u, CueKind::kSay);
    }
    // ("..., and a foreign ministry spokesman said": a new clause too.)
    if (speaker && (!conj || IsComma(tokens[prev.last + 1]))) continue;
    if (prev.group < 0) prev.group = next_group++;
    mention.group = prev.group;
    // "the Danish media and government": a bare title takes the country of
    // the member before it; "South Korean and U.S. fighter jets": a bare
    // demonym takes the role of the member after it.
    if (conj && !mention.has_country && mention.agent != kNone && prev.has_country &&
        mention.code.size() > 3 && prev.code.size() >= 3) {
      mention.code = prev.code.substr(0, 3) + mention.code.substr(3);
      mention.has_country = true;
    }
    if (prev.demonym_only && !mention.demonym_only && mention.code.size() > 3 &&
        mention.has_country && prev.code.size() == 3) {
      prev.code += mention.code.substr(3, 3);
      prev.demonym_only = false;
    }
    if (mention.demonym_only && !prev.demonym_only && prev.code.size() > 3 &&
        mention.code.size() == 3) {
      mention.code += prev.code.substr(3, 3);
      mention.demonym_only = false;
    }
  }
  // "The ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost
  // and Gondor": the title before the linker belongs to every member.
  for (std::size_t m = 0; m < s->mentions.size(); ++m) {
    Mention& head = s->mentions[m];
    if (head.group < 0 || head.agent == kNone || head.code.size() < 6) continue;
    bool linked = false;
    for (uint32_t t = head.first; t < head.last && !linked; ++t) {
      linked = CueKindAt(tables, *s, t, CueKind::kLinker);
    }
    if (!linked) continue;
    const std::string role = head.code.substr(head.code.size() - 3);
    for (std::size_t k = m + 1; k < s->mentions.size() && s->mentions[k].group == head.group; ++k) {
      Mention& member = s->mentions[k];
      if (member.agent == kNone && member.has_country && member.code.size() == 3) {
        member.code += role;
        member.agent = head.agent;
      }
    }
  }
}


uint32_t EnglishDatelineEnd(const Sentence& s, std::string_view text) {
  // "KYIV, Feb 24 (Reuters) -", "BRUSSELS/VILNIUS, May 24 (Reuters) -",
  // "CEBU CITY: --": capitals, numbers, months, slashes and an agency in
  // brackets, then a dash, in the first 16 tokens.
  const auto n = static_cast<uint32_t>(s.tokens.size());
  bool caps = false, paren = false;
  for (uint32_t t = 0; t < n && t < 16; ++t) {
    const Token& tok = s.tokens[t];
    if (IsDash(tok) || (IsPunct(tok, ':') && t + 1 < n && IsDash(s.tokens[t + 1]))) {
      if (!(caps || paren) || t == 0) return 0;
      uint32_t u = t + 1;
      while (u < n && (IsDash(s.tokens[u]) || IsPunct(s.tokens[u], ':'))) ++u;
      return u < n ? u : 0;
    }
    if (tok.kind == TokenKind::kNumber || IsComma(tok) || IsPunct(tok, '/')) continue;
    if (IsPunct(tok, '(')) {
      paren = true;
      continue;
    }
    if (IsPunct(tok, ')') || IsPunct(tok, '.')) continue;
    if (tok.kind == TokenKind::kWord) {
      if ((tok.flags & text::kAllCaps) != 0) {
        caps = true;
        continue;
      }
      if ((tok.flags & text::kCapitalized) != 0 && (paren || caps)) continue;  // "Feb", "Reuters"
      return 0;
    }
    return 0;
  }
  (void)text;
  return 0;
}

// ---- the analyzer ---------------------------------------------------------------------------

EnglishAnalyzer::EnglishAnalyzer(const Tables& tables, const internal::LanguageTables& lang,
                                 const Document& document, int article_date,
                                 const CoderOptions& options)
    : tables_(tables),
      lang_(lang),
      document_(document),
      article_date_(article_date),
      explain_(options.explain),
      modality_(options.modality) {}

const std::string& EnglishAnalyzer::Word(const Sentence& s, uint32_t t) const {
  static const std::string kEmpty;
  if (t >= s.tokens.size()) return kEmpty;
  if (words_of_ != &s || words_begin_ != s.span.begin || words_.size() != s.tokens.size()) {
    words_.clear();
    words_.reserve(s.tokens.size());
    for (const Token& token : s.tokens) words_.push_back(LowerSurface(document_.text, token));
    words_of_ = &s;
    words_begin_ = s.span.begin;
  }
  return words_[t];
}

std::string EnglishAnalyzer::Surface(const Sentence& s, uint32_t first, uint32_t last) const {
  return SurfaceOf(document_.text, s, first, last);
}

ActorRef EnglishAnalyzer::Ref(const Sentence& s, const Mention& m) const {
  return {m.code, Surface(s, m.first, m.last), m.name};
}

bool EnglishAnalyzer::CueAt(const Sentence& s, uint32_t t, CueKind kind) const {
  return CueKindAt(tables_, s, t, kind);
}

bool EnglishAnalyzer::CueStartsAt(const Sentence& s, uint32_t t, CueKind kind) const {
  return CueAt(s, t, kind) && s.cues[s.cue_at[t]].first == t;
}

bool EnglishAnalyzer::IsAnchor(const Sentence& s, uint32_t t) const {
  const uint32_t key = s.tokens[t].key;
  return key != text::Lexicon::kUnknown && lang_.patterns_by_anchor.count(key) > 0 &&
         s.mention_at[t] == kNone;
}

bool EnglishAnalyzer::IsBoundary(const Sentence& s, uint32_t t) const {
  if (IsHardBoundary(s.tokens[t])) return true;
  return CueStartsAt(s, t, CueKind::kComplementizer) || CueStartsAt(s, t, CueKind::kClause) ||
         CueStartsAt(s, t, CueKind::kCondition) || CueStartsAt(s, t, CueKind::kRelative) ||
         CueAt(s, t, CueKind::kSay) || CueAt(s, t, CueKind::kDeny) ||
         CueAt(s, t, CueKind::kContinue);
}

namespace {

// Words that may stand inside a noun phrase before its head: determiners,
// numbers and lower-case words the dictionaries do not know.
bool NounPhraseWord(const std::string& w, const Token& tok, bool known) {
  if (tok.kind == TokenKind::kNumber) return true;
  if (tok.kind != TokenKind::kWord) return false;
  if (IsDeterminer(w)) return true;
  if ((tok.flags & (text::kCapitalized | text::kAllCaps)) != 0) return false;
  return !known && !IsAuxiliary(w) && !IsSubjectPronoun(w) && !IsConjunctionWord(w);
}

}  // namespace

// A mention after a preposition (with determiners and adjectives between) is
// not a subject: "ties with Gondor", "at new U.S. tariffs".
bool EnglishAnalyzer::IsPrepositional(const Sentence& s, uint32_t mention) const {
  const Mention& m = s.mentions[mention];
  if (m.group >= 0) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      if (s.mentions[i].group == m.group) {
        if (i == mention) break;
        return IsPrepositional(s, static_cast<uint32_t>(i));
      }
    }
  }
  uint32_t t = m.first;
  for (int looked = 0; t > start_ && looked < 5; ++looked) {
    --t;
    const Token& tok = s.tokens[t];
    if (IsQuote(tok)) continue;
    if (CueAt(s, t, CueKind::kPreposition) || CueAt(s, t, CueKind::kLinker) ||
        CueAt(s, t, CueKind::kPassive) || CueAt(s, t, CueKind::kSource)) {
      // "Thousands of protesters", "a group of men": the head is after "of".
      if (Word(s, t) == "of" && t > start_ && IsQuantity(Word(s, t - 1))) return false;
      // "about 2,000 people", "around 1,500 people": a number, not a place.
      if (In(Word(s, t), {"about", "around", "over", "nearly", "almost", "some", "roughly"}) &&
          t + 1 < s.tokens.size() && s.tokens[t + 1].kind == TokenKind::kNumber) {
        return false;
      }
      return true;
    }
    if (s.mention_at[t] != kNone) return false;
    const bool known = s.cue_at[t] != kNone || IsAnchor(s, t);
    if (!NounPhraseWord(Word(s, t), tok, known)) return false;
  }
  return false;
}

// A mention right after a verb (with determiners and adjectives between) is
// its object: "urged Bree", "condemned the Russian attack".
bool EnglishAnalyzer::IsObject(const Sentence& s, uint32_t mention) const {
  const Mention& m = s.mentions[mention];
  uint32_t t = m.first;
  // Back over the noun phrase, and over the members of a list before it
  // ("pounding cities and military bases"), to the verb that governs it.
  for (int looked = 0; t > start_ && looked < 8; ++looked) {
    --t;
    const Token& tok = s.tokens[t];
    if (IsQuote(tok)) continue;
    if (CueAt(s, t, CueKind::kSay) || CueAt(s, t, CueKind::kContinue)) {
      // "told Bree" takes an object; "said Tokyo had ..." opens a clause.
      return In(Word(s, t), {"told", "tell", "tells", "telling"});
    }
    if (IsAnchor(s, t) && !InNounPosition(s, t)) return true;
    if (CueAt(s, t, CueKind::kDeny)) return true;
    const std::string w = Word(s, t);
    if (s.mention_at[t] != kNone) {
      // A member of the same list: keep looking before it.
      const uint32_t other = s.mention_at[t];
      if (s.mentions[other].group >= 0 && s.mentions[other].group == m.group) {
        t = s.mentions[other].first;
        continue;
      }
      return false;
    }
    // ", and" joins clauses, not the members of a list.
    if ((w == "and" || w == "but") && t > start_ && IsComma(s.tokens[t - 1])) return false;
    if (IsComma(tok) || w == "and" || w == "or") continue;
    const bool known = s.cue_at[t] != kNone || IsAnchor(s, t);
    if (!NounPhraseWord(w, tok, known)) return false;
  }
  return false;
}

// A trigger after a determiner, a possessive or a preposition is a noun
// ("the attack", "its visit", "after talks"), not a verb. "to" and a gerund
// after a preposition ("by breaking relations") stay verbs.
bool EnglishAnalyzer::InNounPosition(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  int adjectives = 0;
  while (t > start_) {
    --t;
    const std::string w = Word(s, t);
    if ((CueAt(s, t, CueKind::kAdverb) && !IsDeterminer(w)) || (EndsWith(w, "ly") && w.size() > 4 &&
                                                                s.mention_at[t] == kNone)) {
      if (adjectives == 0) continue;
    }
    const Token& tok = s.tokens[t];
    if (tok.kind == TokenKind::kSuffix) return true;  // Russia's attack
    if (tok.kind == TokenKind::kNumber) return true;
    // A demonym right before it: "a Russian attack", "Chinese pressure".
    if (s.mention_at[t] != kNone) return s.mentions[s.mention_at[t]].demonym_only;
    if (w == "to") return false;
    if (IsDeterminer(w)) return true;
    if (IsNounPreposition(w) || CueAt(s, t, CueKind::kPreposition) ||
        CueAt(s, t, CueKind::kLinker)) {
      return adjectives > 0 || !EndsWith(Word(s, anchor), "ing");
    }
    // Adjectives between a determiner and the noun: "an unjustified attack".
    if (IsQuote(tok) || IsJoiner(tok)) continue;
    const bool unknown = tok.kind == TokenKind::kWord && s.cue_at[t] == kNone &&
                         (tok.flags & text::kCapitalized) == 0 && !IsAuxiliary(w) &&
                         !IsSubjectPronoun(w) && !IsConjunctionWord(w);
    // "a brief private visit": words between an article and the noun.
    if (unknown && adjectives < 2) {
      uint32_t u = t;
      int passed = 0;
      while (u > start_ && passed < 2) {
        const std::string x = Word(s, u);
        if (!(s.tokens[u].kind == TokenKind::kWord && s.cue_at[u] == kNone &&
              (s.tokens[u].flags & text::kCapitalized) == 0 && !IsAuxiliary(x) &&
              !IsSubjectPronoun(x) && s.mention_at[u] == kNone)) {
          break;
        }
        ++passed;
        --u;
      }
      if (In(Word(s, u), {"a", "an", "the", "its", "his", "her", "their", "our"})) return true;
    }
    const bool adjective = tok.kind == TokenKind::kWord && s.cue_at[t] == kNone &&
                           (tok.flags & text::kCapitalized) == 0 && !IsAnchor(s, t) &&
                           (EndsWith(w, "ed") || EndsWith(w, "al") || EndsWith(w, "ic") ||
                            EndsWith(w, "ive") || EndsWith(w, "ous") || EndsWith(w, "ful") ||
                            EndsWith(w, "ary") || EndsWith(w, "less") || EndsWith(w, "able") ||
                            EndsWith(w, "ible") || EndsWith(w, "ant") || EndsWith(w, "ent") ||
                            EndsWith(w, "scale") || w == "new" || w == "big" || w == "major" ||
                            w == "large" || w == "joint" || w == "full" || w == "fresh");
    if (adjective && adjectives < 3) {
      ++adjectives;
      continue;
    }
    return false;
  }
  return false;
}

bool EnglishAnalyzer::IsPassive(const Sentence& s, uint32_t anchor) const {
  if (EndsWith(Word(s, anchor), "ing")) return false;
  uint32_t t = anchor;
  for (int looked = 0; t > start_ && looked < 3; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kAdverb) || CueAt(s, t, CueKind::kNegate)) continue;
    const std::string w = Word(s, t);
    return IsBeForm(w) || In(w, {"got", "get", "gets"});
  }
  return false;
}

// Relative clauses and conditions are background: "which holds the chair",
// "the weapons that Tehran hands", "if it was not freed".
// The content of an appeal or demand is not an act: "urged Washington to
// impose sanctions", "demanded that Berlin share the findings" (nor what an
// act prompts: "prompting Tokyo to warn residents").
bool EnglishAnalyzer::InAppeal(const Sentence& s, uint32_t anchor) const {
  auto appeal = [&](uint32_t t) {
    const std::string w = Word(s, t);
    for (std::string_view stem :
         {"urg", "ask", "call", "demand", "press", "request", "appeal", "want", "order", "invit",
          "implor", "encourag", "insist", "prompt"}) {
      if (w.substr(0, stem.size()) == stem) return true;
    }
    return w == "told" || w == "tell" || w == "telling";
  };
  uint32_t t = anchor;
  // "to" (with adverbs between) before the verb, an appeal verb before it.
  while (t > start_ && CueAt(s, t - 1, CueKind::kAdverb)) --t;
  if (t > start_ && Word(s, t - 1) == "to") {
    for (uint32_t u = t - 1, k = 0; u > start_ && k < 10; ++k) {
      --u;
      if (IsHardBoundary(s.tokens[u]) || (IsComma(s.tokens[u]) && s.mention_at[u] == kNone)) break;
      if (appeal(u) && s.mention_at[u] == kNone) return true;
      // "signed agreements to establish formal relations", "a plan to
      // withdraw troops": what an accord or plan provides is its content,
      // not an act of its own (gold rule 2).
      if (u + 5 >= t && s.mention_at[u] == kNone &&
          In(Word(s, u), {"agreement", "agreements", "deal", "deals", "accord", "accords", "treaty",
                          "pact", "plan", "plans", "proposal", "proposals", "resolution"})) {
        return true;
      }
      if (IsAnchor(s, u) && !InNounPosition(s, u)) break;
    }
  }
  // "accused Poland of orchestrating", "blamed Bolsonaro for encouraging":
  // what an accusation says is not coded on its own (gold rule 7), nor a
  // second charge joined by "and" ("accused the ships of illegally entering
  // Russian waters and ignoring orders to stop").
  if (EndsWith(Word(s, anchor), "ing") && t > start_ && In(Word(s, t - 1), {"of", "for", "and"})) {
    const bool second = Word(s, t - 1) == "and";
    bool of = !second;
    for (uint32_t u = t - 1, k = 0; u > start_ && k < (second ? 14u : 10u); ++k) {
      --u;
      if (IsHardBoundary(s.tokens[u]) || (second && IsComma(s.tokens[u]))) break;
      if (In(Word(s, u), {"of", "for"})) of = true;
      if (!of) continue;
      const std::string w = Word(s, u);
      for (std::string_view stem : {"accus", "blam", "charg", "condemn", "critici", "suspect",
                                    "denounc", "prais", "thank", "punish"}) {
        if (w.substr(0, stem.size()) == stem) return true;
      }
    }
  }
  // "demanded that Berlin share": a content clause of an appeal verb. (A
  // participle after a comma is not in it: "demanded that Madrid release
  // them, accusing Spain of ...".)
  const bool adjunct = EndsWith(Word(s, anchor), "ing") && t > start_ && IsComma(s.tokens[t - 1]);
  for (uint32_t u = anchor, k = 0; u > start_ && k < 12 && !adjunct; ++k) {
    --u;
    if (IsHardBoundary(s.tokens[u])) break;
    if (CueStartsAt(s, u, CueKind::kComplementizer)) {
      return u > start_ && appeal(u - 1);
    }
  }
  return false;
}

bool EnglishAnalyzer::InBackground(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  while (t > start_) {
    --t;
    const Token& tok = s.tokens[t];
    if (IsHardBoundary(tok) || IsComma(tok)) return false;
    if (CueStartsAt(s, t, CueKind::kRelative)) return true;
    if (CueStartsAt(s, t, CueKind::kCondition)) return true;
    if (CueStartsAt(s, t, CueKind::kComplementizer)) {
      // "that" after a noun is a relative pronoun; after a verb it opens a
      // content clause ("said that", "agreed that").
      if (t == 0) return false;
      const uint32_t p = t - 1;
      const bool after_verb = (IsAnchor(s, p) && !InNounPosition(s, p)) || CueAt(s, p, CueKind::kSay) ||
                              CueAt(s, p, CueKind::kDeny) || CueAt(s, p, CueKind::kContinue) ||
                              IsComma(s.tokens[p]) || s.tokens[p].kind == TokenKind::kPunct ||
                              CueAt(s, p, CueKind::kAdverb) ||
                              std::any_of(s.times.begin(), s.times.end(), [&](const TimeHit& h) {
                                return h.first <= p && p <= h.last;
                              });
      return !after_verb && s.tokens[p].kind == TokenKind::kWord &&
             (s.tokens[p].key == text::Lexicon::kUnknown || IsAnchor(s, p)) &&
             !IsAuxiliary(Word(s, p));
    }
  }
  return false;
}

bool EnglishAnalyzer::IsNegated(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  for (int looked = 0; t > start_ && looked < 4; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kNegate)) return true;
    const std::string w = Word(s, t);
    if (CueAt(s, t, CueKind::kAdverb) || IsAuxiliary(w) || CueAt(s, t, CueKind::kIntent)) continue;
    break;
  }
  return false;
}

bool EnglishAnalyzer::IsIntended(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  for (int looked = 0; t > start_ && looked < 5; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kIntent)) return true;
    const std::string w = Word(s, t);
    // "would continue to support", "will keep working with"
    if (CueAt(s, t, CueKind::kAdverb) || IsAuxiliary(w) || CueAt(s, t, CueKind::kNegate) ||
        In(w, {"continue", "keep", "further"})) {
      continue;
    }
    break;
  }
  return false;
}

// "Britain will expel 23 diplomats", "the country will recall its
// ambassador": a state announcing with "will" that it cuts relations or
// expels has decided the act; it is coded as the act (161, 166), not as a
// threat (1313). ("would widen sanctions", "will hunt you down" stay
// threats: other acts, or a conditional "would".)
bool EnglishAnalyzer::DecidedReduction(const Sentence& s, uint32_t anchor,
                                       std::string_view code) const {
  if (code.substr(0, 3) != "161" && code.substr(0, 3) != "166") return false;
  uint32_t t = anchor;
  for (int looked = 0; t > start_ && looked < 4; ++looked) {
    --t;
    if (CueAt(s, t, CueKind::kIntent)) return Word(s, t) == "will";
    if (!CueAt(s, t, CueKind::kAdverb)) return false;
  }
  return false;
}

uint32_t EnglishAnalyzer::SubjectOf(const Sentence& s, uint32_t anchor) const {
  constexpr uint32_t kNotYet = kNone - 1;
  if (subjects_of_ != &s || subjects_begin_ != s.span.begin || subjects_start_ != start_ ||
      subjects_.size() != s.tokens.size()) {
    subjects_.assign(s.tokens.size(), kNotYet);
    subjects_of_ = &s;
    subjects_begin_ = s.span.begin;
    subjects_start_ = start_;
  }
  if (anchor >= subjects_.size()) return FindSubject(s, anchor);
  if (subjects_[anchor] == kNotYet) subjects_[anchor] = FindSubject(s, anchor);
  return subjects_[anchor];
}

uint32_t EnglishAnalyzer::FindSubject(const Sentence& s, uint32_t anchor) const {
  // "with both sides reporting deaths": the actor between "with" and a
  // participle is its subject.
  if (anchor > start_ + 1 && EndsWith(Word(s, anchor), "ing") &&
      s.mention_at[anchor - 1] != kNone) {
    const uint32_t m = s.mention_at[anchor - 1];
    const uint32_t first = s.mentions[m].first;
    if (first > start_ && Word(s, first - 1) == "with" && s.mentions[m].group < 0) return m;
  }
  // A participle after a comma ("..., accusing Washington of ...", "...,
  // saying ...") or "by" ("responded by breaking ties") has the subject of
  // the verb it follows.
  if (EndsWith(Word(s, anchor), "ing")) {
    uint32_t t = anchor;
    while (t > start_ && CueAt(s, t - 1, CueKind::kAdverb)) --t;
    const bool attached = t > start_ && (IsComma(s.tokens[t - 1]) || Word(s, t - 1) == "by");
    if (attached) {
      for (uint32_t u = t - 1; u > start_;) {
        --u;
        if (IsHardBoundary(s.tokens[u])) break;
        const bool verb = s.mention_at[u] == kNone &&
                          ((IsAnchor(s, u) && !InNounPosition(s, u)) || CueAt(s, u, CueKind::kSay) ||
                           CueAt(s, u, CueKind::kDeny));
        // ("demanded that Berlin share ... and involve ..., accusing": not
        // the verbs of the demand's content, the verb that demands.)
        if (verb && !InBackground(s, u) && !InAppeal(s, u)) return SubjectOf(s, u);
      }
    }
  }
  // "dismissed the protesters as ... and accused Poland": a second verb
  // joined by "and" has the subject of the first.
  {
    uint32_t u = anchor;
    while (u > start_ && (CueAt(s, u - 1, CueKind::kAdverb) || In(Word(s, u - 1), {"then", "also"}))) --u;
    if (u > start_ + 1 && In(Word(s, u - 1), {"and", "but"}) && s.mention_at[u - 1] == kNone) {
      for (uint32_t v = u - 1; v > start_;) {
        --v;
        if (IsHardBoundary(s.tokens[v])) break;
        if (s.mention_at[v] != kNone) continue;
        // ("reporting deaths and accusing each other": participles in a row.)
        const bool verb = (IsAnchor(s, v) && !InNounPosition(s, v) &&
                           (!EndsWith(Word(s, v), "ing") || EndsWith(Word(s, anchor), "ing"))) ||
                          CueAt(s, v, CueKind::kSay) || CueAt(s, v, CueKind::kDeny);
        // ("what he called an attack": a relative verb, not the first verb)
        if (verb && v >= start_ + 2 && IsSubjectPronoun(Word(s, v - 1)) &&
            In(Word(s, v - 2), {"what", "which", "that", "whom"})) {
          continue;
        }
        if (verb && !InBackground(s, v)) {
          const uint32_t first = SubjectOf(s, v);
          if (first != kNone) return first;  // else a participle ("manipulated from abroad")
        }
      }
    }
  }
  uint32_t t = anchor;
  int words = 0;
  // A common noun right before the verb is its subject, and not an actor:
  // "one man was killed", "five of the missiles had landed".
  {
    uint32_t u = anchor;
    while (u > start_) {
      const std::string w = Word(s, u - 1);
      if (IsAuxiliary(w) || CueAt(s, u - 1, CueKind::kAdverb) || CueAt(s, u - 1, CueKind::kNegate) ||
          CueAt(s, u - 1, CueKind::kIntent) || (EndsWith(w, "ly") && w.size() > 4)) {
        --u;
        continue;
      }
      break;
    }
    if (u > start_ && u < anchor + 1) {
      const uint32_t b = u - 1;
      const Token& tok = s.tokens[b];
      const std::string w = Word(s, b);
      const bool in_time = std::any_of(s.times.begin(), s.times.end(), [&](const TimeHit& h) {
        return h.first <= b && b <= h.last;
      });
      if (tok.kind == TokenKind::kWord && s.mention_at[b] == kNone && s.cue_at[b] == kNone &&
          !in_time && (tok.flags & (text::kCapitalized | text::kAllCaps)) == 0 &&
          !IsDeterminer(w) && !IsSubjectPronoun(w) && !IsConjunctionWord(w) &&
          !IsNounPreposition(w) && !IsAnchor(s, b) && !In(w, {"who", "which", "that", "then"}) &&
          b > start_ && (In(Word(s, b - 1), {"a", "an", "the", "one", "some", "several", "many",
                                             "few", "of"}) ||
                         s.tokens[b - 1].kind == TokenKind::kNumber)) {
        return kNone;
      }
    }
  }
  while (t > start_) {
    --t;
    // An apposition or relative clause between commas ("Lukashenko, who has
    // ruled Belarus since 1994, dismissed ..."; "Russia, a key ally of ...,
    // condemned ...") is passed over to the noun it describes.
    if (IsComma(s.tokens[t])) {
      uint32_t open = t;
      while (open > start_ && !IsComma(s.tokens[open - 1]) && !IsHardBoundary(s.tokens[open - 1])) {
        --open;
      }
      if (open > start_ && IsComma(s.tokens[open - 1]) && open < t) {
        const std::string first = Word(s, open);
        const bool aside = CueStartsAt(s, open, CueKind::kRelative) ||
                           In(first, {"a", "an", "the", "speaking", "citing", "in", "on", "at",
                                      "with", "after", "before", "during", "according", "however",
                                      "meanwhile", "though", "too", "instead", "nevertheless"}) ||
                           CueAt(s, open, CueKind::kPreposition) ||
                           CueAt(s, open, CueKind::kAdverb);
        if (aside) {
          t = open - 1;
          continue;
        }
      }
      continue;
    }
    if (IsBoundary(s, t)) return kNone;
    const uint32_t m = s.mention_at[t];
    if (m != kNone) {
      if (!IsPrepositional(s, m) && !IsObject(s, m)) return m;
      t = s.mentions[m].first;
      ++words;
      continue;
    }
    const std::string w = Word(s, t);
    if (IsSubjectPronoun(w) && words < 6) return kPronoun;
    if (s.tokens[t].kind == TokenKind::kWord) ++words;
  }
  return kNone;
}

uint32_t EnglishAnalyzer::ObjectAfter(const Sentence& s, uint32_t from, uint32_t source) const {
  const auto n = static_cast<uint32_t>(s.tokens.size());
  const int group = source < s.mentions.size() ? s.mentions[source].group : -1;
  int units = 0;
  for (uint32_t t = from; t < n && units < 10; ++units) {
    if (IsHardBoundary(s.tokens[t]) || IsComma(s.tokens[t])) break;
    if (t > from && (CueStartsAt(s, t, CueKind::kClause) || CueStartsAt(s, t, CueKind::kRelative) ||
                     CueStartsAt(s, t, CueKind::kCondition) || CueAt(s, t, CueKind::kSay) ||
                     CueAt(s, t, CueKind::kDeny))) {
      break;
    }
    // "condemned the expulsions and warned that Washington ...": the next
    // verb has its own object.
    if (t > from && IsAnchor(s, t) && !InNounPosition(s, t) && !EndsWith(Word(s, t), "ing") &&
        s.tokens[t - 1].kind == TokenKind::kWord && IsConjunctionWord(Word(s, t - 1))) {
      break;
    }
    const uint32_t m = s.mention_at[t];
    if (m != kNone) {
      if (m != source && (group < 0 || s.mentions[m].group != group)) return m;
      t = s.mentions[m].last + 1;
      continue;
    }
    ++t;
  }
  return kNone;
}

uint32_t EnglishAnalyzer::ByAgent(const Sentence& s, uint32_t anchor) const {
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t t = anchor + 1; t < n && t < anchor + 12; ++t) {
    if (IsHardBoundary(s.tokens[t])) break;
    if (!CueAt(s, t, CueKind::kPassive)) continue;
    for (uint32_t u = t + 1; u < n && u < t + 4; ++u) {
      if (s.mention_at[u] != kNone) return s.mention_at[u];
      if (!NounPhraseWord(Word(s, u), s.tokens[u], false)) break;
    }
    break;
  }
  return kNone;
}

std::string EnglishAnalyzer::HomeCountry() const {
  std::string best;
  int weight = 0;
  if (!dateline_country_.empty()) {
    best = dateline_country_;
    auto it = country_weight_.find(best);
    weight = it != country_weight_.end() ? it->second : 0;
  }
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

void EnglishAnalyzer::ResolveMentions(Sentence* s) {
  resolved_.assign(s->mentions.size(), {});
  // The dateline ("BAGHDAD, July 20 (Reuters) -") names where the story is:
  // the country of unnamed protesters, police and "the country".
  if (s->index == 0 && start_ > 0) {
    std::set<std::string> places;
    for (const Mention& m : s->mentions) {
      if (m.last >= start_ || m.code.size() < 3 || !m.has_country) continue;
      const std::string country = m.code.substr(0, 3);
      if (IsTopLevel(country) || country == "---" || HasRole(m.code, "MED")) continue;
      places.insert(country);
    }
    if (places.size() == 1) {
      dateline_country_ = *places.begin();
      country_weight_[dateline_country_] += 2;
    }
  }
  for (std::size_t i = 0; i < s->mentions.size(); ++i) {
    Mention& m = s->mentions[i];
    if (m.first < start_) continue;  // in the dateline
    std::vector<ActorRef>& refs = resolved_[i];
    const std::string surface = Surface(*s, m.first, m.last);
    switch (m.reference) {
      case ReferenceKind::kLast:
        if (!recent_codes_.empty()) refs.push_back({recent_codes_.back(), surface, ""});
        continue;
      case ReferenceKind::kPair: {
        // "the two sides", "the three countries": that many actors, those
        // named before in the sentence ("A and B accused each other"), else
        // the story's main actors, the first it named ("India, however, said
        // the two sides had agreed"). A place ("met in Singapore") is not a side.
        std::size_t wanted = surface.find("three") != std::string::npos  ? 3
                             : surface.find("four") != std::string::npos ? 4
                                                                         : 2;
        std::vector<std::string> pair;
        auto add = [&](const std::string& c) {
          if (c.size() < 3 || c.substr(0, 3) == "---" || pair.size() >= wanted) return;
          if (std::none_of(pair.begin(), pair.end(), [&](const std::string& x) {
                return x.substr(0, 3) == c.substr(0, 3);
              })) {
            pair.push_back(c);
          }
        };
        for (std::size_t j = i; j-- > 0;) {
          const Mention& o = s->mentions[j];
          if (o.first < start_ || o.reference != ReferenceKind::kNone || IsPlace(*s, o)) continue;
          for (const ActorRef& r : resolved_[j]) add(r.code);
        }
        // "urged all sides to exercise restraint": the sides of the story's
        // first hostile act between two countries, else its country.
        if (surface.find("all ") != std::string::npos ||
            surface.find("All ") != std::string::npos) {
          pair.clear();
          for (const std::string& c : conflict_sides_) add(c);
          if (pair.empty() && !HomeCountry().empty()) {
            refs.push_back({HomeCountry(), surface, ""});
            continue;
          }
          wanted = pair.size();
        }
        if (pair.size() < wanted) {
          pair.clear();
          for (const std::string& c : lead_codes_) add(c);
        }
        if (pair.size() == wanted) {
          for (auto it = pair.rbegin(); it != pair.rend(); ++it) refs.push_back({*it, surface, ""});
        }
        continue;
      }
      case ReferenceKind::kOwn: {
        // "Lithuania's minister said his country had ...": the actor before
        // it in the sentence, else the last subject.
        std::string own;
        for (std::size_t j = i; j-- > 0 && own.empty();) {
          if (s->mentions[j].first < start_ || resolved_[j].empty()) continue;
          if (IsPrepositional(*s, static_cast<uint32_t>(j))) continue;
          const std::string& c = resolved_[j].front().code;
          if (c.size() >= 3 && c.substr(0, 3) != "---" && !IsTopLevel(c.substr(0, 3)))
            own = c.substr(0, 3);
        }
        if (own.empty() && !last_subject_.code.empty()) own = last_subject_.code.substr(0, 3);
        if (!own.empty()) refs.push_back({own, surface, ""});
        continue;
      }
      default:
        break;
    }
    if (m.reference == ReferenceKind::kCounterpart && !m.has_country) {
      // "his counterpart" with no country: the other country of the story.
      for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend(); ++it) {
        if (!last_subject_.code.empty() && it->substr(0, 3) == last_subject_.code.substr(0, 3)) continue;
        m.code = it->substr(0, 3) + (last_subject_.code.size() >= 6 ? last_subject_.code.substr(3, 3) : "GOV");
        m.has_country = true;
        break;
      }
    }
    // A title with no country: "its forces" (the owner's), "the ministry" (the
    // last one named), else the country the story is about.
    if (!m.has_country && m.agent != kNone && m.code.substr(0, 3) == "---") {
      const std::string before = m.first > 0 ? Word(*s, m.first - 1) : "";
      std::string country;
      // "the alliance would bolster its forces": the owner is the subject
      // before it in the sentence, else the last subject.
      std::string owner;
      if (IsPossessivePronoun(before)) {
        for (std::size_t j = i; j-- > 0;) {
          if (resolved_[j].empty() || s->mentions[j].first < start_) continue;
          if (IsPrepositional(*s, static_cast<uint32_t>(j))) continue;
          owner = resolved_[j].front().code;
          break;
        }
      }
      if (IsPossessivePronoun(before) && !owner.empty() && IsTopLevel(owner.substr(0, 3))) {
        m.code = owner;  // an organisation's forces are the organisation's
        m.has_country = true;
      } else if (IsPossessivePronoun(before) && !owner.empty()) {
        country = owner.substr(0, 3);
      } else if (IsPossessivePronoun(before) && !last_subject_.code.empty()) {
        country = last_subject_.code.substr(0, 3);
      } else if (before == "the" && agent_code_.count(m.agent) > 0) {
        m.code = agent_code_[m.agent];
        m.has_country = true;
      }
      // "the bloc", "the alliance": the organisation named last.
      if (!m.has_country && tables_.actors[m.agent].code == "-") {
        for (auto it = recent_codes_.rbegin(); it != recent_codes_.rend(); ++it) {
          if (it->size() >= 3 && IsTopLevel(it->substr(0, 3))) {
            m.code = *it;
            m.has_country = true;
            break;
          }
        }
        if (!m.has_country) continue;  // no organisation in the story: not an actor
      }
      // "the court" after "the International Criminal Court", "the agency"
      // after "the International Atomic Energy Agency": the body named.
      if (!m.has_country && (before == "the" || Word(*s, m.first) == "the")) {
        const std::string head = Word(*s, m.last);
        for (auto it = recent_names_.rbegin(); it != recent_names_.rend(); ++it) {
          const std::string& name = it->first;
          const std::size_t at = name.find(head);
          const bool word = at != std::string::npos && (at == 0 || name[at - 1] == ' ') &&
                            (at + head.size() == name.size() || name[at + head.size()] == ' ');
          if (word && head.size() >= 4) {
            m.code = it->second;
            m.has_country = true;
            break;
          }
        }
      }
      if (!m.has_country) {
        if (country.empty()) country = HomeCountry();
        if (!country.empty()) {
          m.code = country + m.code.substr(3);
          m.has_country = true;
        }
      }
    } else if (m.agent != kNone && m.has_country) {
      agent_code_[m.agent] = m.code;
    }
    if (m.code.empty()) continue;
    refs.push_back({m.code, surface, m.name});
    if (m.has_country && m.code.size() >= 3) {
      const std::string country = m.code.substr(0, 3);
      if (!IsTopLevel(country) && country != "---" && country != "EUR" && country != "WST") {
        country_weight_[country] += IsPrepositional(*s, static_cast<uint32_t>(i)) ? 2 : 1;
      }
    }
    if (m.code.substr(0, 3) != "---") {
      if (lead_codes_.size() < 4 && !IsPlace(*s, m) &&
          std::none_of(lead_codes_.begin(), lead_codes_.end(), [&](const std::string& c) {
            return c.substr(0, 3) == m.code.substr(0, 3);
          })) {
        lead_codes_.push_back(m.code);
      }
      recent_codes_.push_back(m.code);
      if (m.last > m.first) {
        recent_names_.push_back({LowerAscii(surface), m.code});
        if (recent_names_.size() > 24) recent_names_.erase(recent_names_.begin());
      }
    }
  }
}

// "Islamic State claimed responsibility for a suicide bombing": the act a
// claim of responsibility names is the claimant's act (gold convention 3),
// coded as that act, not as the claim (015). Returns the claim verb's token
// for the act noun at `anchor`, or kNone.
uint32_t EnglishAnalyzer::ClaimedAct(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  for (int k = 0; k < 4 && t > start_; ++k) {
    --t;
    if (Word(s, t) == "for") break;
    if (s.tokens[t].kind != TokenKind::kWord) return kNone;  // "a (deadly) suicide bombing"
  }
  if (Word(s, t) != "for" || t < start_ + 2 || Word(s, t - 1) != "responsibility") return kNone;
  const std::string& verb = Word(s, t - 2);
  for (std::string_view stem :
       {"claim", "admit", "accept", "acknowledg", "took", "take", "assum"}) {
    if (verb.compare(0, stem.size(), stem) == 0) return t - 2;
  }
  return kNone;
}

// "the ministry denied carrying out any such strike", "Rwanda denied any
// role in the attacks": an act the denier's own denial names is its act,
// negated (gold rule 7). Returns the denial cue's token for the act noun at
// `anchor`, or kNone.
uint32_t EnglishAnalyzer::DeniedAct(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  bool named = false;  // "carrying out", "any role in"
  for (int k = 0; k < 6 && t > start_ && !named; ++k) {
    --t;
    const std::string& w = Word(s, t);
    if (s.tokens[t].kind != TokenKind::kWord) return kNone;
    if (In(w, {"carrying", "conducting", "launching", "ordering", "staging", "committing"}))
      named = true;
    if (w == "in" && t > start_ &&
        In(Word(s, t - 1), {"involvement", "role", "part", "hand", "responsibility"})) {
      --t;
      named = true;
    }
  }
  if (!named) return kNone;
  for (int k = 0; k < 5 && t > start_; ++k) {
    --t;
    if (CueAt(s, t, CueKind::kDeny)) return t;
    if (s.tokens[t].kind != TokenKind::kWord) return kNone;
  }
  return kNone;
}

// "met in Singapore", "flew to India": a mention after "in", or after "to"
// a verb of motion, is where something happens, not a party to it.
bool EnglishAnalyzer::IsPlace(const Sentence& s, const Mention& m) const {
  if (m.first == 0) return false;
  const std::string& before = Word(s, m.first - 1);
  if (before == "in") return true;
  return (before == "to" || before == "into") && m.first >= 2 &&
         In(Word(s, m.first - 2), {"flew", "fled", "travelled", "traveled", "went", "returned",
                                   "arrived", "came", "moved", "headed", "sailed", "escaped"});
}

bool EnglishAnalyzer::IsNamed(const Sentence& s, uint32_t mention) const {
  if (mention >= s.mentions.size()) return false;
  const Mention& m = s.mentions[mention];
  if (!m.name.empty() && m.code.size() >= 3) {
    for (const std::string& e : m.explain) {
      if (e.find("persons") != std::string::npos) return true;
    }
  }
  return m.agent != kNone && (s.tokens[m.last].flags & text::kCapitalized) != 0 &&
         s.tokens[m.last].key == text::Lexicon::kUnknown;
}

std::vector<ActorRef> EnglishAnalyzer::Expand(const Sentence& s, uint32_t mention) const {
  std::vector<ActorRef> out;
  if (mention >= s.mentions.size()) return out;
  const Mention& m = s.mentions[mention];
  if (m.group < 0) {
    out = resolved_[mention];
  } else {
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      if (s.mentions[i].group != m.group) continue;
      for (const ActorRef& r : resolved_[i]) out.push_back(r);
    }
  }
  return out;
}

ActorRef EnglishAnalyzer::SpeakerOf(const Sentence& s, const CueHit& cue, uint32_t* left_edge) const {
  *left_edge = cue.first;
  // To the left: the subject of the reporting verb ("the army said",
  // "Putin, in a televised address, said").
  const uint32_t m = SubjectOf(s, cue.first);
  if (m == kPronoun) {
    for (uint32_t t = cue.first; t > start_; --t) {
      if (IsSubjectPronoun(Word(s, t - 1))) {
        *left_edge = t - 1;
        break;
      }
    }
    return !last_subject_.code.empty() ? last_subject_ : last_speaker_;
  }
  if (m != kNone) {
    *left_edge = s.mentions[m].first;
    // A compound speaker: its first member.
    if (s.mentions[m].group >= 0) {
      for (const Mention& other : s.mentions) {
        if (other.group == s.mentions[m].group) *left_edge = std::min(*left_edge, other.first);
      }
    }
    std::vector<ActorRef> refs = Expand(s, m);
    if (!refs.empty()) return refs.front();
    return {};
  }
  // To the right: "said Ukrainian officials", "according to the army".
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (uint32_t u = cue.last + 1; u < n && u <= cue.last + 3; ++u) {
    const uint32_t m = s.mention_at[u];
    if (m != kNone) {
      std::vector<ActorRef> refs = Expand(s, m);
      if (!refs.empty()) return refs.front();
      break;
    }
    if (!In(Word(s, u), {"the", "a", "an"}) && !CueAt(s, u, CueKind::kSource)) break;
  }
  return {};
}

std::vector<EnglishAnalyzer::Frame> EnglishAnalyzer::Frames(const Sentence& s) {
  const auto n = static_cast<uint32_t>(s.tokens.size());
  std::vector<Frame> frames(n);
  if (quote_open_) {
    for (Frame& f : frames) f.speakers = quote_frame_;
  }
  auto anchor_after = [&](uint32_t from) {
    return std::any_of(s.matches.begin(), s.matches.end(),
                       [&](const PatternMatch& m) { return m.anchor >= from; });
  };
  auto that_after = [&](uint32_t from) {
    for (uint32_t t = from; t < n; ++t) {
      if (CueStartsAt(s, t, CueKind::kComplementizer)) return true;
    }
    return false;
  };
  for (const CueHit& hit : s.cues) {
    const CueKind kind = tables_.cues[hit.cue].kind;
    if (hit.first < start_) continue;
    if (kind == CueKind::kSource) {
      uint32_t mention = kNone;
      for (uint32_t t = hit.last + 1; t < n && t <= hit.last + 3 && mention == kNone; ++t) {
        mention = s.mention_at[t];
      }
      if (mention == kNone) continue;
      std::vector<ActorRef> refs = Expand(s, mention);
      if (refs.empty()) continue;
      const bool opens = hit.first <= start_ + 1;
      for (uint32_t t = opens ? hit.last + 1 : start_; t < (opens ? n : hit.first); ++t) {
        frames[t].speakers.push_back(refs.front());
      }
      last_speaker_ = refs.front();
      continue;
    }
    if (kind != CueKind::kSay && kind != CueKind::kDeny && kind != CueKind::kContinue) continue;
    if (InBackground(s, hit.first)) continue;
    uint32_t left_edge = hit.first;
    ActorRef speaker = SpeakerOf(s, hit, &left_edge);
    if (speaker.code.empty() && kind != CueKind::kDeny) speaker = last_speaker_;
    // "..., Ukrainian officials said." names the speaker after the words.
    uint32_t before = left_edge;
    while (before > start_ && (IsQuote(s.tokens[before - 1]) || In(Word(s, before - 1), {"the", "a", "an"}))) {
      --before;
    }
    const bool after_comma = before > start_ && (IsComma(s.tokens[before - 1]) ||
                                                 IsDash(s.tokens[before - 1]));
    // ('"...," the embassy said, adding that ...': the continuation has its
    // own frame, the words before are still the speaker's.)
    const bool comma_after = hit.last + 1 < n && IsComma(s.tokens[hit.last + 1]);
    const bool post = kind != CueKind::kDeny && after_comma &&
                      ((!anchor_after(hit.last + 1) && !that_after(hit.last + 1)) || comma_after);
    if (!speaker.code.empty()) {
      last_speaker_ = speaker;
      last_subject_ = speaker;  // "Putin said he had ...": he is the speaker
      last_subject_named_ = left_edge < n && s.mention_at[left_edge] != kNone &&
                            IsNamed(s, s.mention_at[left_edge]);
    }
    const uint32_t from = post ? start_ : hit.last + 1;
    uint32_t to = post ? before : n;
    // "denied supporting the M23 and accused Kinshasa": the denial ends
    // where a second verb of the denier begins.
    if (kind == CueKind::kDeny && !post) {
      for (uint32_t t = from; t + 1 < n; ++t) {
        if (!In(Word(s, t), {"and", "but"}) || s.mention_at[t] != kNone) continue;
        uint32_t u = t + 1;
        while (u < n && CueAt(s, u, CueKind::kAdverb)) ++u;
        if (u < n && s.mention_at[u] == kNone && !EndsWith(Word(s, u), "ing") &&
            ((IsAnchor(s, u) && EndsWith(Word(s, u), "ed")) || CueAt(s, u, CueKind::kSay))) {
          to = t;
          break;
        }
      }
    }
    for (uint32_t t = from; t < to; ++t) {
      if (!speaker.code.empty()) frames[t].speakers.push_back(speaker);
      if (kind == CueKind::kDeny) frames[t].denied = true;
    }
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
    quote_frame_ = n > 0 ? frames[n - 1].speakers : std::vector<ActorRef>();
    if (quote_frame_.empty() && !last_speaker_.code.empty()) quote_frame_ = {last_speaker_};
  } else if (balance < 0 && quote_open_) {
    quote_open_ = false;
    quote_frame_.clear();
  }
  return frames;
}

// The actor of an act a noun phrase names ("condemned the detentions", "the
// move was outrageous"), from `from`: an event word ("the attack", "the
// detentions") is the last reported event of its root; another noun ("the
// incident", "the move") the last conflictual act (`hostile`) or the last
// act. Not the speaker's own act; within one country, another body's
// ("Putin called the mutiny 'treason'": Wagner's). Empty when no noun.
ActorRef EnglishAnalyzer::ActorOfNamedAct(const Sentence& s, uint32_t from, const ActorRef& own_actor,
                                          bool hostile, const std::vector<Event>& events,
                                          std::string* rule, bool foreign_only) const {
  const std::string own = own_actor.code.size() >= 3 ? own_actor.code.substr(0, 3) : std::string();
  std::set<std::string> roots;
  bool noun = false;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  int adjectives = 0;
  uint32_t quotes = 0;  // quotation marks (and "and" between adjectives) are not words here
  for (uint32_t t = from, k = 0; t < n && k < 6 + quotes; ++t, ++k) {
    const Token& tok = s.tokens[t];
    if (IsQuote(tok) || IsJoiner(tok)) {
      ++quotes;
      continue;
    }
    if (tok.kind != TokenKind::kWord || s.mention_at[t] != kNone) break;
    const std::string w = Word(s, t);
    // ("what" is a determiner too: "what he called" goes first.)
    if (w == "what" && t + 2 < n && IsSubjectPronoun(Word(s, t + 1))) {  // "what he called"
      t += 2;
      k = 0;
      continue;
    }
    if (IsDeterminer(w)) continue;
    // "an unprovoked and unjustified attack": adjectives joined by "and".
    if (IsConjunctionWord(w) && noun && roots.empty() && t + 1 < n &&
        s.tokens[t + 1].kind == TokenKind::kWord && s.mention_at[t + 1] == kNone) {
      ++quotes;  // nor does the "and"
      continue;
    }
    if (CueAt(s, t, CueKind::kAdverb) || IsAuxiliary(w) || IsConjunctionWord(w) ||
        IsNounPreposition(w)) {
      break;
    }
    if (IsSubjectPronoun(w)) break;
    // Nouns of acts whose verb the stemmer does not reach ("detentions" is
    // not "detain").
    static const std::pair<std::string_view, std::string_view> kActNouns[] = {
        {"detention", "17"},    {"arrest", "17"},    {"crackdown", "17"},  {"seizure", "17"},
        {"expulsion", "16"},    {"sanction", "16"},  {"invasion", "19"},   {"offensive", "19"},
        {"assault", "19"},      {"bombing", "19"},   {"bombing", "18"},    {"attack", "18"},
        {"shelling", "19"},     {"airstrike", "19"}, {"strike", "19"},     {"killing", "18"},
        {"coup", "18"},         {"massacre", "20"},  {"deployment", "15"}, {"mobilisation", "15"},
        {"mobilization", "15"}, {"launch", "15"},    {"blockade", "19"},   {"annexation", "19"},
        {"storming", "14"},     {"protest", "14"},   {"accusation", "11"}, {"allegation", "11"},
        {"criticism", "11"},    {"ruling", "17"},    {"warrant", "17"},    {"agreement", "05"},
        {"deal", "05"},         {"ceasefire", "08"}, {"truce", "08"},      {"visit", "04"},
        {"talks", "04"},        {"summit", "04"}};
    for (const auto& [noun_word, noun_root] : kActNouns) {
      if (w == noun_word || (w.size() == noun_word.size() + 1 && w.back() == 's' &&
                             w.compare(0, noun_word.size(), noun_word) == 0)) {
        roots.insert(std::string(noun_root));
      }
    }
    if (IsAnchor(s, t)) {
      // Only the word's own patterns (one literal word: "attack" -> 19),
      // not the phrases it starts.
      auto it = lang_.patterns_by_anchor.find(tok.key);
      for (uint32_t q : it->second) {
        if (lang_.patterns[q].literal_count <= 1) roots.insert(lang_.patterns[q].code.substr(0, 2));
      }
    }
    noun = true;
    if (EndsWith(w, "s") || !roots.empty() || adjectives >= 2) break;
    // an adjective before the noun ("unprecedented", "unprovoked and
    // unjustified"): go on
    const bool joined_adjective = t + 2 < n && IsConjunctionWord(Word(s, t + 1)) && roots.empty() &&
                                  s.tokens[t + 2].kind == TokenKind::kWord &&
                                  s.mention_at[t + 2] == kNone;
    if (t + 1 < n && s.tokens[t + 1].kind == TokenKind::kWord &&
        !IsNounPreposition(Word(s, t + 1)) &&
        (!IsConjunctionWord(Word(s, t + 1)) || joined_adjective) && s.mention_at[t + 1] == kNone) {
      roots.clear();
      ++adjectives;
      continue;
    }
    break;
  }
  if (!noun) return {};
  auto role = [](const std::string& c) { return c.size() >= 6 ? c.substr(3, 3) : std::string("GOV"); };
  auto other = [&](const Event& e) {
    const std::string by = e.source.code.substr(0, 3);
    if (by == "---" || e.target.code.substr(0, 3) == "---" || e.negated) return false;
    if (by == own && foreign_only) return false;
    return !(by == own && (own_actor.code.empty() || role(e.source.code) == role(own_actor.code)));
  };
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (other(*it) && roots.count(it->root) > 0) {
      *rule = "the actor of the last event the noun names";
      return it->source;
    }
  }
  if (hostile) {
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
      if (other(*it) && it->quad >= 3) {
        *rule = "the actor of the last hostile act";
        return it->source;
      }
    }
  } else {
    // "welcomed the decision", "hailed the agreement": the story's lead act.
    for (const Event& e : events) {
      if (other(e)) {
        *rule = "the actor of the story's lead act";
        return e.source;
      }
    }
  }
  return {};
}

// Judgements in reported speech: "the move was 'outrageous'", "the
// election had been 'neither free nor fair'", "We consider this unacceptable",
// "it was 'regrettable' that China ...", "Russia was responsible for the
// attack", "the warrant was 'justified'". The speaker criticises (111),
// accuses (112) or approves (051) the actor the subject names: a mention in
// it, or the actor of the act its noun names.
void EnglishAnalyzer::EmitJudgements(const Sentence& s, const std::vector<Frame>& frames,
                                     std::vector<Event>* events) {
  const auto n = static_cast<uint32_t>(s.tokens.size());
  auto negative = [&](uint32_t t) {
    const std::string w = Word(s, t);
    if (In(w, {"unacceptable", "outrageous", "illegal", "unlawful", "dangerous", "irresponsible",
               "regrettable", "provocative", "baseless", "unfounded", "absurd", "meaningless",
               "reckless", "unjustified", "shameful", "deplorable", "barbaric", "groundless",
               "illegitimate", "ridiculous", "disgraceful", "shocking", "unprovoked", "treason",
               "aggression", "escalation", "violation", "hypocritical", "destabilising",
               "destabilizing", "lies", "blackmail", "piracy", "sabotage", "terrorism"})) {
      return true;
    }
    if (w == "motivated" && t > 0 && Word(s, t - 1) == "politically") return true;
    if ((w == "fair" || w == "free") && t > 0 &&
        std::any_of(s.tokens.begin() + (t > 4 ? t - 4 : 0), s.tokens.begin() + t,
                    [&](const Token& k) {
                      const std::string x = LowerSurface(document_.text, k);
                      return x == "neither" || x == "not";
                    })) {
      return true;
    }
    return false;
  };
  auto blame = [&](uint32_t t) {
    const std::string w = Word(s, t);
    return In(w, {"responsible", "culpable", "behind"}) && t + 1 < n &&
           In(Word(s, t + 1), {"for", "of"});
  };
  auto positive = [&](uint32_t t) {
    return In(Word(s, t), {"justified", "historic", "constructive", "positive", "welcome"});
  };
  std::set<uint32_t> used;
  for (uint32_t t = start_; t < n; ++t) {
    if (frames[t].speakers.empty() || s.mention_at[t] != kNone || s.tokens[t].kind != TokenKind::kWord) continue;
    const bool neg = negative(t), acc = blame(t), pos = positive(t) && !neg;
    if (!neg && !acc && !pos) continue;
    const ActorRef speaker = frames[t].speakers.back();
    if (speaker.code.empty() || speaker.code.substr(0, 3) == "---") continue;
    // Back to the verb that makes the judgement: a form of "be", "consider",
    // "call", "find".
    uint32_t verb = kNone;
    bool negated = false;
    for (uint32_t u = t, k = 0; u > start_ && k < 8; ++k) {
      --u;
      const std::string w = Word(s, u);
      if (IsHardBoundary(s.tokens[u]) || s.mention_at[u] != kNone) break;
      if (w == "not" || w == "n't" || w == "never") negated = true;
      if (IsBeForm(w) || In(w, {"consider", "considers", "considered", "find", "found", "deem",
                                "deemed", "remains", "remained", "seemed"})) {
        verb = u;
        break;
      }
    }
    if (verb == kNone || negated || used.count(verb) > 0) continue;
    used.insert(verb);
    // The subject before the verb ("the move was"), or the object after
    // "consider" ("consider this unacceptable").
    uint32_t np_first = kNone, np_mention = kNone;
    const bool consider = !IsBeForm(Word(s, verb));
    if (consider) {
      np_first = verb + 1;
      for (uint32_t u = verb + 1; u < t; ++u) {
        if (s.mention_at[u] != kNone) np_mention = s.mention_at[u];
      }
    } else {
      uint32_t u = verb;
      while (u > start_ && (IsAuxiliary(Word(s, u - 1)) || CueAt(s, u - 1, CueKind::kAdverb))) --u;
      for (uint32_t k = 0; u > start_ && k < 6; ++k) {
        --u;
        const Token& tok = s.tokens[u];
        if (IsHardBoundary(tok) || IsComma(tok) || CueAt(s, u, CueKind::kSay) ||
            CueStartsAt(s, u, CueKind::kComplementizer) || CueAt(s, u, CueKind::kContinue)) {
          break;
        }
        np_first = u;
        if (s.mention_at[u] != kNone) {
          np_mention = s.mention_at[u];
          u = s.mentions[np_mention].first + 1;
        }
      }
      // "it was regrettable that China ...": the clause after "that".
      if (np_first != kNone && Word(s, np_first) == "it") {
        np_first = kNone;
        for (uint32_t v = t + 1; v < n && v < t + 4; ++v) {
          if (CueStartsAt(s, v, CueKind::kComplementizer) && v + 1 < n && s.mention_at[v + 1] != kNone) {
            np_mention = s.mention_at[v + 1];
            break;
          }
        }
      }
    }
    std::vector<ActorRef> targets;
    std::string rule;
    if (np_mention != kNone) {
      targets = Expand(s, np_mention);
      rule = "the actor named in the subject";
    } else if (np_first != kNone && !acc) {
      ActorRef act = ActorOfNamedAct(s, np_first, speaker, neg, *events, &rule);
      if (!act.code.empty()) targets.push_back(act);
    }
    const std::string code = acc ? "112" : neg ? "111" : "051";
    auto cameo = tables_.cameo.find(code);
    if (cameo == tables_.cameo.end()) continue;
    int date = ResolveDate(tables_, s, document_.text, start_, n - 1, t, article_date_);
    if (date == 0) date = article_date_;
    for (const ActorRef& tgt : targets) {
      if (tgt.code.size() < 3 || tgt.code.substr(0, 3) == "---") continue;
      if (tgt.code.substr(0, 3) == speaker.code.substr(0, 3) &&
          (tgt.code.size() == 3 || tgt.code.substr(3, 3) == (speaker.code.size() >= 6 ? speaker.code.substr(3, 3) : "GOV"))) {
        continue;
      }
      const bool repeated = std::any_of(events->begin(), events->end(), [&](const Event& e) {
        return !e.negated && e.root == code.substr(0, 2) &&
               e.source.code.substr(0, 3) == speaker.code.substr(0, 3) &&
               e.target.code.substr(0, 3) == tgt.code.substr(0, 3);
      });
      if (repeated) continue;
      Event e;
      e.doc = document_.id;
      e.sentence = s.index;
      e.span = {s.tokens[verb].begin, s.tokens[t].end};
      e.sentence_span = s.span;
      e.sentence_text = document_.text.substr(s.span.begin, s.span.end - s.span.begin);
      e.source = speaker;
      e.target = tgt;
      e.code = code;
      e.root = code.substr(0, 2);
      e.quad = cameo->second.quad;
      e.goldstein = cameo->second.goldstein;
      e.plover = cameo->second.plover;
      if (!document_.outlet.empty()) e.attribution.push_back({"", document_.outlet, document_.outlet});
      for (const ActorRef& sp : frames[t].speakers) e.attribution.push_back(sp);
      e.said_by = speaker;
      e.date = FormatDate(date);
      e.pattern = "english-judgement";
      if (explain_) {
        e.explain.push_back("judgement '" + Surface(s, verb, t) + "' in reported speech -> " + code +
                            " (English rules)");
        e.explain.push_back("source: the speaker '" + speaker.text + "'");
        e.explain.push_back("target: " + rule);
      }
      events->push_back(std::move(e));
    }
  }
}

void EnglishAnalyzer::Emit(const Sentence& s, const PatternMatch& m,
                           const std::vector<Frame>& frames, std::vector<Event>* events) {
  clash_ = false;
  const std::ptrdiff_t first_of_match = static_cast<std::ptrdiff_t>(events->size());
  const Pattern& p = lang_.patterns[m.pattern];
  const uint32_t a = m.anchor;
  const bool passive = p.verbal && IsPassive(s, a);
  // (A claimed act's subject is the claimant: "IS claimed responsibility
  // for a bombing".)
  const uint32_t claim = claimed_ ? ClaimedAct(s, a) : denied_act_ ? DeniedAct(s, a) : kNone;
  const uint32_t subject = claim != kNone ? SubjectOf(s, claim) : SubjectOf(s, a);
  uint32_t source = m.source, target = kNone;
  std::vector<ActorRef> sources, targets;
  std::string source_rule, target_rule;
  auto refs_of = [&](uint32_t mention, std::vector<ActorRef>* out) {
    if (mention == kPronoun) {
      // "X said it had ...": the pronoun is the speaker of its frame.
      const ActorRef& who = !frames[a].speakers.empty() && !frames[a].speakers.back().code.empty() &&
                                    frames[a].speakers.back().code.substr(0, 3) != "---"
                                ? frames[a].speakers.back()
                                : last_subject_;
      if (!who.code.empty()) out->push_back(who);
    } else if (mention != kNone) {
      *out = Expand(s, mention);
    }
  };
  if (passive) {
    uint32_t agent = ByAgent(s, a);
    // "killed in a clash with Chinese troops": the other side of the clash.
    if (agent == kNone) {
      const auto n = static_cast<uint32_t>(s.tokens.size());
      for (uint32_t t = a + 1; t + 1 < n && t < a + 8; ++t) {
        if (IsHardBoundary(s.tokens[t]) || IsComma(s.tokens[t])) break;
        if (In(Word(s, t), {"clash", "clashes", "fighting", "battle", "confrontation", "skirmish",
                            "skirmishes", "firefight", "attack", "attacks", "strike", "strikes",
                            "raid", "raids", "shelling"}) &&
            In(Word(s, t + 1), {"with", "by"})) {
          for (uint32_t u = t + 2; u < n && u < t + 5; ++u) {
            if (s.mention_at[u] != kNone) {
              agent = s.mention_at[u];
              clash_ = Word(s, t + 1) == "with" && In(Word(s, t), {"clash", "clashes", "fighting", "battle",
                                                                  "confrontation", "skirmish",
                                                                  "skirmishes", "firefight"});
              break;
            }
            if (!NounPhraseWord(Word(s, u), s.tokens[u], false)) break;
          }
          break;
        }
      }
    }
    if (source == kNone) source = agent;
    target = subject;
    if (m.target != kNone && m.target != agent && subject == kNone) target = m.target;
    source_rule = source != kNone ? "agent after 'by' (passive)" : "";
    target_rule = "subject of the passive";
  } else {
    if (source == kNone) {
      source = subject;
      source_rule = subject == kPronoun ? "pronoun subject (the last subject)" : "subject before the verb";
      // A pattern that starts before its verb ("neither ... boycott"): the
      // subject may stand inside it.
      if (source == kNone && !p.verbal) {
        for (uint32_t t = a + 1; t < m.last; ++t) {
          const uint32_t inside = s.mention_at[t];
          if (inside != kNone && inside != m.target && !IsPrepositional(s, inside)) {
            source = inside;
            source_rule = "subject inside the pattern";
            break;
          }
        }
      }
    } else {
      source_rule = "SRC slot";
      // "Eriador received money from Osgiliath": with the source after the
      // verb, the subject is the target.
      if (m.target == kNone && subject != kNone && subject != source) {
        target = subject;
        target_rule = "subject (the source is after the verb)";
      }
    }
    if (target != kNone) {
      // set above
    } else if (m.target != kNone && m.target != source) {
      target = m.target;
      target_rule = "TGT slot";
    } else {
      const bool has_slot = std::any_of(p.elements.begin(), p.elements.end(), [](const auto& e) {
        return e.kind == PatternElement::Kind::kTarget;
      });
      if (!has_slot || m.target == source) {
        target = ObjectAfter(s, std::max(m.last, a) + 1, source);
        target_rule = "next mention";
        // "arrested dozens of protesters": a pattern word that names an
        // actor is the object.
        for (uint32_t t = a + 1; t <= m.last && t < s.tokens.size() && p.verbal; ++t) {
          const uint32_t inside = s.mention_at[t];
          if (inside != kNone && inside != source && !IsPrepositional(s, inside)) {
            target = inside;
            target_rule = "the actor among the pattern's words";
            break;
          }
        }
      }
    }
    // "fired on, rammed and seized three Ukrainian ships": verbs in a list
    // share the object after the last of them.
    if (target == kNone && m.target == kNone && m.last <= a + 1) {
      const auto n = static_cast<uint32_t>(s.tokens.size());
      uint32_t t = std::max(m.last, a) + 1;
      while (t < n && In(Word(s, t), {"on", "at", "down", "off", "up"})) ++t;
      bool moved = false;
      while (t + 1 < n && (IsComma(s.tokens[t]) || Word(s, t) == "and")) {
        uint32_t u = t + 1;
        if (Word(s, u) == "and") ++u;
        if (u >= n || !IsAnchor(s, u) || !EndsWith(Word(s, u), "ed")) break;
        t = u + 1;
        while (t < n && In(Word(s, t), {"on", "at", "down", "off", "up"})) ++t;
        moved = true;
      }
      if (moved) {
        target = ObjectAfter(s, t, source);
        target_rule = "object of the last verb of the list";
      }
    }
  }
  refs_of(source, &sources);
  refs_of(target, &targets);
  // A denied act with no party named: the target of the last act of its
  // kind by another, else the denier's accuser ("Prigozhin accused the
  // ministry of a strike on his men. The ministry denied carrying out any
  // such strike.").
  if (denied_act_ && targets.empty() && target == kNone && !sources.empty()) {
    const std::string own = sources[0].code.substr(0, 3);
    for (auto it = events->rbegin(); it != events->rend() && targets.empty(); ++it) {
      if (it->root == p.code.substr(0, 2) && it->source.code.substr(0, 3) != own &&
          it->target.code.substr(0, 3) != "---" && it->target.code.substr(0, 3) != own) {
        targets.push_back(it->target);
        target_rule = "the target of the last act of its kind (denied act)";
      }
    }
    for (auto it = events->rbegin(); it != events->rend() && targets.empty(); ++it) {
      if (it->root == "11" && it->target.code.substr(0, 3) == own &&
          it->source.code.substr(0, 3) != "---") {
        targets.push_back(it->source);
        target_rule = "the accuser (denied act)";
      }
    }
  }
  // "claimed responsibility for a bombing ... that killed 13 U.S. service
  // members and dozens of Afghans": the victims the relative clause names.
  if (claimed_) {
    const auto n = static_cast<uint32_t>(s.tokens.size());
    uint32_t t = std::max(m.last, a) + 1;
    for (int k = 0; t < n && k < 10 && !IsHardBoundary(s.tokens[t]) && !IsComma(s.tokens[t]);
         ++t, ++k) {
      if (In(Word(s, t), {"that", "which"}) && t + 1 < n && IsAnchor(s, t + 1)) break;
    }
    if (t < n && In(Word(s, t), {"that", "which"})) {
      std::vector<ActorRef> victims;
      for (uint32_t u = t + 2, k = 0; u < n && k < 12; ++u, ++k) {
        if (IsHardBoundary(s.tokens[u]) || IsComma(s.tokens[u])) break;
        const uint32_t v = s.mention_at[u];
        if (v == kNone || v == source) continue;
        for (const ActorRef& r : Expand(s, v)) victims.push_back(r);
        u = s.mentions[v].last;
      }
      if (!victims.empty()) {
        targets = victims;
        target_rule = "the victims the relative clause names (claimed act)";
      }
    }
  }
  // "given her refuge", "did not detain him": an object pronoun right after
  // the verb is the subject of the sentence before.
  if (targets.empty() && target == kNone && !passive) {
    // (Right after the anchor when the pattern goes on: "given her refuge".)
    const uint32_t from =
        a + 1 < m.last && In(Word(s, a + 1), {"him", "her", "them"}) ? a + 1 : m.last + 1;
    for (uint32_t t = from; t < s.tokens.size() && t <= from + 1; ++t) {
      const std::string w = Word(s, t);
      if (In(w, {"him", "her", "them"}) && !previous_subject_.code.empty() &&
          previous_subject_named_) {
        targets.push_back(previous_subject_);
        target_rule = "object pronoun (the subject of the sentence before)";
        break;
      }
      if (!In(w, {"the", "a"})) break;
    }
  }
  // "condemned the attack", "welcomed the ruling", "rejected the
  // accusations": an act with no actor named is the last reported act, and
  // its target the actor that did it.
  const std::string root = p.code.substr(0, 2);
  // "condemned the attack on the embassy" (its own): the target is the
  // attacker, not the speaker's own body named in the object.
  if ((root == "05" || root == "11" || root == "12") && !sources.empty() && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](const ActorRef& t) {
        return t.code.substr(0, 3) == sources[0].code.substr(0, 3);
      }) &&
      sources[0].code.substr(0, 3) != "---") {
    std::string rule;
    ActorRef act = ActorOfNamedAct(s, a + 1, sources[0], root != "05", *events, &rule);
    if (!act.code.empty()) {
      targets = {act};
      target_rule = rule + " (the object named the speaker's own)";
    }
  }
  // Demands and threats with no party named ("demanded the immediate
  // release of the ship", "warned of serious consequences") answer the last
  // hostile act against the speaker's side: its actor is the target.
  // (Drills and mobilisations with no party named answer it too: "staged a
  // bombing drill", "bolster its forces on its eastern flank".)
  const bool own_object = !sources.empty() && !targets.empty() &&
                          std::all_of(targets.begin(), targets.end(), [&](const ActorRef& t) {
                            return t.code.substr(0, 3) == sources[0].code.substr(0, 3);
                          });
  // ("We will hunt you down": an act announced is a threat too.)
  // ("would not rule out any options": weighing a response, 014, answers
  // the same act.)
  const bool threat = root == "13" || p.id.rfind("en-weigh-response", 0) == 0 ||
                      (modality_ && IsIntended(s, a) && !IsNegated(s, a) &&
                       IntentCode(p.code).substr(0, 2) == "13");
  if (((targets.empty() && target == kNone) || (own_object && root == "15")) &&
      (root == "10" || threat || root == "15") && !sources.empty()) {
    targets.clear();
    std::string rule;
    // A show of force answers a military act (a display, an assault, the use
    // of force), not sanctions or words: "staged a bombing drill" after a
    // missile launch, not after the condemnations of it.
    const bool military = root == "15";
    ActorRef act = military ? ActorRef()
                            : ActorOfNamedAct(s, std::max(m.last, a) + 1, sources[0], true, *events,
                                              &rule, /*foreign_only=*/true);
    if (act.code.empty()) {  // no noun after the verb: the last hostile act of another state
      // (An armed group counts, and so do rebels of the speaker's own country:
      // "We will hunt you down" after an Islamic State bombing, a president
      // "vowing harsh punishment" after a mutiny.)
      const std::string own = sources[0].code.substr(0, 3);
      const std::string own_role = sources[0].code.size() >= 6 ? sources[0].code.substr(3, 3) : "";
      for (auto it = events->rbegin(); it != events->rend(); ++it) {
        const std::string by = it->source.code.substr(0, 3);
        const std::string role = it->source.code.size() >= 6 ? it->source.code.substr(3, 3) : "";
        const bool insurgent = by == own && In(role, {"REB", "SEP", "CRM"}) && role != own_role;
        if (military && !In(it->root, {"15", "18", "19", "20"})) continue;
        if (by == "---" || it->negated || it->quad < 3 || (by == own && !insurgent) ||
            (IsTopLevel(by) && by != "IMG") || it->target.code.substr(0, 3) == "---") {
          continue;
        }
        act = it->source;
        rule = "the actor of the last hostile act";
        break;
      }
    }
    if (!act.code.empty()) {
      targets.push_back(act);
      target_rule = rule;
    }
  }
  if (targets.empty() && target == kNone && (root == "05" || root == "11" || root == "12")) {
    const ActorRef own = sources.empty() ? ActorRef() : sources[0];
    const bool hostile = root == "11" || root == "12";
    ActorRef act;
    // "condemned the attack" matched as one pattern: the act its last word
    // names, when an event of that kind was reported.
    if (m.last > a) {
      std::string rule;
      act = ActorOfNamedAct(s, m.last, own, hostile, *events, &rule);
      if (rule == "the actor of the last event the noun names") {
        target_rule = rule;
      } else {
        act = {};
      }
    }
    if (act.code.empty())
      act = ActorOfNamedAct(s, std::max(m.last, a) + 1, own, hostile, *events, &target_rule);
    if (!act.code.empty()) targets.push_back(act);
  }
  if (targets.empty() && target == kNone && (root == "05" || root == "11" || root == "12") &&
      !last_event_source_.code.empty()) {
    const std::string own = sources.empty() ? std::string() : sources[0].code.substr(0, 3);
    if (last_event_source_.code.substr(0, 3) != own) {
      targets.push_back(last_event_source_);
      target_rule = "the actor of the last event";
    } else if (!last_event_target_.code.empty() && last_event_target_.code.substr(0, 3) != own) {
      targets.push_back(last_event_target_);
      target_rule = "the target of the last event";
    }
  }
  // Martial law, a state of emergency, a curfew: a state imposes them on its
  // own people, whatever place is named after them ("along the border with
  // Belarus").
  if ((p.code == "1724" || p.code == "1723") && !sources.empty() && sources[0].code.size() >= 3 &&
      sources[0].code.substr(0, 3) != "---" && !IsTopLevel(sources[0].code.substr(0, 3))) {
    const std::string own = sources[0].code.substr(0, 3);
    if (sources[0].code.size() == 3) sources[0].code += "GOV";  // "Armenia declared"
    if (targets.empty() || targets[0].code.substr(0, 3) != own) {
      targets = {{own + "CVL", "", ""}};
      target_rule = "the source's own people (emergency rule)";
    }
  }
  // "about 2,000 people were detained": arrests with no agent named are the
  // police's of the country where they happen.
  if (passive && sources.empty() && source == kNone && p.code == "173" && !targets.empty() &&
      targets[0].code.size() >= 3 && targets[0].code.substr(0, 3) != "---" &&
      !IsTopLevel(targets[0].code.substr(0, 3))) {
    sources.push_back({targets[0].code.substr(0, 3) + "COP", "", ""});
    source_rule = "the police of the target's country (agentless arrest)";
  }
  // The subject of an event in a denial or a report with no subject of its own.
  if (sources.empty() && source == kNone && !passive && !frames[a].speakers.empty() &&
      frames[a].denied) {
    sources.push_back(frames[a].speakers.back());
    source_rule = "the denier";
  }
  // "A and B signed an accord": a compound subject acting on its members;
  // "fighting between A and B".
  std::vector<std::pair<ActorRef, ActorRef>> pairs;
  auto between = [&](uint32_t mention) {
    return mention < s.mentions.size() && s.mentions[mention].first > 0 &&
           Word(s, s.mentions[mention].first - 1) == "between";
  };
  const bool mutual = root == "03" || root == "04" || root == "05" || root == "06" ||
                      root == "19" || p.code == "0871" || p.code == "1123" || p.code == "112";
  // "the two sides agreed", "A and B accused each other", "A and B agreed
  // after a call between their generals": a group acting on itself ("each
  // other"), on its own members ("their ..."), or cooperating with one of
  // them ("A and B signed a statement in which B ...") acts on each other.
  const bool group_source =
      sources.size() >= 2 && source < s.mentions.size() &&
      (s.mentions[source].group >= 0 || s.mentions[source].reference == ReferenceKind::kPair);
  // "Trump and Kim met in Singapore": the place of a meeting is not a party.
  if (root == "04" && group_source && target < s.mentions.size() &&
      IsPlace(s, s.mentions[target])) {
    targets.clear();
    target = kNone;
    target_rule.clear();
  }
  const bool own_reference =
      target < s.mentions.size() &&
      (s.mentions[target].reference == ReferenceKind::kPair ||
       (s.mentions[target].first > 0 && Word(s, s.mentions[target].first - 1) == "their"));
  const bool on_itself =
      group_source && (own_reference || root < "10") && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](const ActorRef& t) {
        return std::any_of(sources.begin(), sources.end(), [&](const ActorRef& x) {
          return x.code.substr(0, 3) == t.code.substr(0, 3);
        });
      });
  if (mutual && (targets.empty() || on_itself) && group_source) {
    for (const ActorRef& x : sources) {
      for (const ActorRef& y : sources) {
        if (x.code.substr(0, 3) != y.code.substr(0, 3)) pairs.push_back({x, y});
      }
    }
    target_rule = "each other (compound subject)";
  } else if (sources.empty() && targets.size() >= 2 && between(target)) {
    // ("fighting between M23 and Congolese troops": rebels and the army of
    // one country are two sides.)
    auto sides = [](const ActorRef& x, const ActorRef& y) {
      if (x.code.substr(0, 3) != y.code.substr(0, 3)) return true;
      auto armed = [](const std::string& c) {
        return c.size() >= 6 && In(c.substr(3, 3), {"REB", "SEP", "CRM"});
      };
      return x.code.size() >= 6 && y.code.size() >= 6 && x.code != y.code &&
             (armed(x.code) || armed(y.code));
    };
    for (const ActorRef& x : targets) {
      for (const ActorRef& y : targets) {
        if (sides(x, y)) pairs.push_back({x, y});
      }
    }
    source_rule = "between A and B";
  } else {
    if (sources.empty() && targets.empty()) return;
    if ((sources.empty() || targets.empty()) && !WritesOneSided(p.code)) return;
    if (sources.empty()) sources.push_back({"---", "", ""});
    if (targets.empty()) targets.push_back({"---", "", ""});
    for (const ActorRef& x : sources) {
      for (const ActorRef& y : targets) pairs.push_back({x, y});
    }
  }
  if (source != kNone && source != kPronoun && !sources.empty() && sources[0].code != "---") {
    last_subject_ = sources[0];
    last_subject_named_ = IsNamed(s, source);
  }

  const bool negated = frames[a].denied || IsNegated(s, a);
  std::string code = p.code;
  if (modality_ && !negated && IsIntended(s, a) && !DecidedReduction(s, a, p.code)) {
    code = IntentCode(p.code);
  }
  if (tables_.cameo.count(code) == 0) code = p.code;
  const auto n = static_cast<uint32_t>(s.tokens.size());
  int date = ResolveDate(tables_, s, document_.text, start_, n - 1, a, article_date_);
  if (date == 0) date = article_date_;
  std::vector<std::string> why;
  if (explain_) {
    why.push_back("pattern " + p.id + " -> " + p.code +
                  (code != p.code ? " (intended: " + code + ")" : "") + " (anchor '" +
                  Surface(s, a, a) + "', English rules" + (passive ? ", passive" : "") + ")");
    why.push_back("source: " + (source_rule.empty() ? std::string("none") : source_rule));
    if (source < s.mentions.size()) {
      for (const auto& e : s.mentions[source].explain) why.push_back("  source entry " + e);
    }
    why.push_back("target: " + (target_rule.empty() ? std::string("none") : target_rule));
    if (target < s.mentions.size()) {
      for (const auto& e : s.mentions[target].explain) why.push_back("  target entry " + e);
    }
    if (negated) why.push_back(frames[a].denied ? "negated: inside a denial" : "negated: negator before the verb");
    if (!frames[a].speakers.empty()) why.push_back("said_by: '" + frames[a].speakers.back().text + "'");
  }
  const uint32_t span_last = std::max(m.last, target < s.mentions.size() ? s.mentions[target].last : m.last);
  auto emit = [&](const ActorRef& src, const ActorRef& tgt, const std::string& event_code) {
    if (src.code == tgt.code && src.code != "---") return;
    // "Turkish President Erdogan ... Turkey": a state does not act on itself.
    // Rebels, opposition, civilians do act on their own state ("Wagner forces
    // seized the headquarters of Russia's Southern Military District").
    auto nonstate = [](const std::string& c) {
      return c.size() >= 6 && In(c.substr(3, 3), {"REB", "OPP", "CVL", "SEP", "CRM", "EDU", "LAB", "ELI"});
    };
    if (src.code.substr(0, 3) == tgt.code.substr(0, 3) && src.code != "---" &&
        (src.code.size() == 3 || tgt.code.size() == 3) && !nonstate(src.code) && !nonstate(tgt.code)) {
      return;
    }
    auto cameo = tables_.cameo.find(event_code);
    if (cameo == tables_.cameo.end()) return;
    // One event per pair of countries, root and negation in a document: a
    // second wording of the same act ("pounding cities and military bases")
    // is not a second event.
    // "launched an assault on Ukraine, pounding cities": the participle
    // elaborates the act before it.
    const bool participle = EndsWith(Word(s, a), "ing") && a > start_ && IsComma(s.tokens[a - 1]) &&
                            event_code.substr(0, 2) >= "14";  // material acts, not words
    // Two acts of one root between the same bodies under different codes
    // ("detained the leaders ... and declared a state of emergency") stay two.
    // (Members of one compound target - "stormed Congress, the Supreme Court
    // and the presidential palace" - are one event each: only events written
    // before this match count.)
    const bool repeated =
        std::any_of(events->begin(), events->begin() + first_of_match, [&](const Event& e) {
          return e.negated == negated && e.root == event_code.substr(0, 2) &&
                 e.source.code.substr(0, 3) == src.code.substr(0, 3) &&
                 e.target.code.substr(0, 3) == tgt.code.substr(0, 3) &&
                 src.code.substr(0, 3) != "---" && tgt.code.substr(0, 3) != "---" &&
                 (e.code == event_code || (e.sentence == s.index && participle) ||
                  (e.sentence == s.index && e.root == "13"));  // one threat, said twice
        });
    if (repeated) return;
    Event e;
    e.doc = document_.id;
    e.sentence = s.index;
    e.span = {s.tokens[a].begin, s.tokens[span_last].end};
    e.sentence_span = s.span;
    e.sentence_text = document_.text.substr(s.span.begin, s.span.end - s.span.begin);
    e.source = src;
    e.target = tgt;
    e.code = event_code;
    e.root = event_code.substr(0, 2);
    e.quad = cameo->second.quad;
    e.goldstein = cameo->second.goldstein;
    e.plover = cameo->second.plover;
    e.negated = negated;
    if (!document_.outlet.empty()) e.attribution.push_back({"", document_.outlet, document_.outlet});
    for (const ActorRef& speaker : frames[a].speakers) e.attribution.push_back(speaker);
    if (!frames[a].speakers.empty()) {
      e.said_by = frames[a].speakers.back();
    } else if (claimed_) {
      e.said_by = src;  // on the claimant's word, which ends the chain
      e.attribution.push_back(src);
    }
    e.date = FormatDate(date);
    e.pattern = p.id;
    e.explain = why;
    events->push_back(std::move(e));
  };
  for (const auto& [src, tgt] : pairs) {
    if (src.code != "---" && tgt.code != "---") {
      last_event_source_ = src;
      last_event_target_ = tgt;
      // The sides of the story's conflict, for "all sides": its first
      // hostile act between two countries.
      auto cameo = tables_.cameo.find(code);
      if (conflict_sides_.empty() && !negated && cameo != tables_.cameo.end() &&
          cameo->second.quad >= 3 && src.code.substr(0, 3) != tgt.code.substr(0, 3) &&
          !IsTopLevel(src.code.substr(0, 3)) && !IsTopLevel(tgt.code.substr(0, 3))) {
        conflict_sides_ = {src.code.substr(0, 3), tgt.code.substr(0, 3)};
      }
    }
    emit(src, tgt, code);
    if (!p.reverse_code.empty() && src.code != "---" && tgt.code != "---") {
      emit(tgt, src, p.reverse_code);
    }
    if (clash_ && src.code != "---" && tgt.code != "---") emit(tgt, src, code);  // a clash has two sides
  }
}

// Patterns for compound subjects ("subject: compound", PETRARCH's %): where
// the subject of a word is a compound ("A and B agree"), its compound
// pattern replaces the ordinary one.
void EnglishAnalyzer::UseCompoundPatterns(Sentence* s) const {
  const auto n = static_cast<uint32_t>(s->tokens.size());
  for (uint32_t t = start_; t < n; ++t) {
    const uint32_t key = s->tokens[t].key;
    if (key == text::Lexicon::kUnknown || s->mention_at[t] != kNone) continue;
    auto it = lang_.patterns_by_anchor.find(key);
    if (it == lang_.patterns_by_anchor.end()) continue;
    std::optional<PatternMatch> best;
    for (uint32_t p : it->second) {
      if (!lang_.patterns[p].compound_subject) continue;
      auto m = MatchPatternAt(tables_, lang_, p, *s, t);
      if (m && (!best || m->elements_matched > best->elements_matched)) best = m;
    }
    if (!best) continue;
    const uint32_t subject = SubjectOf(*s, t);
    if (subject >= s->mentions.size() || s->mentions[subject].group < 0) continue;
    auto existing = std::find_if(s->matches.begin(), s->matches.end(),
                                 [&](const PatternMatch& m) { return m.anchor == t; });
    if (existing != s->matches.end()) {
      if (best->elements_matched >= existing->elements_matched) *existing = *best;
    } else {
      s->matches.insert(std::upper_bound(s->matches.begin(), s->matches.end(), *best,
                                         [](const PatternMatch& a, const PatternMatch& b) {
                                           return a.anchor < b.anchor;
                                         }),
                        *best);
    }
  }
}

// A pattern's words may stand apart ("imposed new sanctions on"), but not
// across a comma or an "and" that joins two clauses: "denied supporting the
// M23 and accused Kinshasa" is not "deny ... accusation". Such a match is
// replaced by the best match of the same anchor that stays in its clause.
void EnglishAnalyzer::KeepPatternsInClause(Sentence* s) const {
  // A particle verb ("call off", "phone up") keeps its particle close, and
  // the particle is the word itself ("of" is not "off").
  auto loose_particle = [&](const PatternMatch& m) {
    const Pattern& p = lang_.patterns[m.pattern];
    if (p.literal_count != 2 || p.elements.size() < 2 ||
        p.elements[1].kind != PatternElement::Kind::kWord) {
      return false;
    }
    bool particle = false;
    for (uint32_t key : p.elements[1].keys) {
      particle |= In(lang_.lexicon.Key(key), {"off", "up", "down", "out", "back", "away", "over", "of"});
    }
    if (!particle) return false;
    return m.last > m.anchor + 3 ||
           !In(Word(*s, m.last), {"off", "up", "down", "out", "back", "away", "over"});
  };
  // "said on Wednesday he regretted the decision": a pattern anchored on a
  // reporting verb must not take the reported verb as one of its words.
  auto swallows_verb = [&](const PatternMatch& m) {
    if (!CueAt(*s, m.anchor, CueKind::kSay)) return false;
    for (uint32_t t = m.anchor + 1; t <= m.last && t < s->tokens.size(); ++t) {
      // A verb form: "-ed", or after "to", a modal or a pronoun ("he
      // regretted", "would continue to support") - not "sweeping sanctions".
      const std::string before = Word(*s, t - 1);
      const bool verb_form = EndsWith(Word(*s, t), "ed") || IsSubjectPronoun(before) ||
                             In(before, {"to", "would", "will", "could", "should", "had", "has", "have"});
      if (s->mention_at[t] == kNone && IsAnchor(*s, t) && !InNounPosition(*s, t) &&
          !EndsWith(Word(*s, t), "ing") && verb_form) {
        return true;
      }
    }
    return false;
  };
  auto crosses = [&](const PatternMatch& m) {
    if (loose_particle(m) || swallows_verb(m)) return true;
    const uint32_t end = std::max(m.last, m.target < s->mentions.size() ? s->mentions[m.target].first : 0u);
    for (uint32_t t = m.anchor + 1; t < end && t < s->tokens.size(); ++t) {
      if (s->mention_at[t] != kNone) continue;
      const bool comma = IsComma(s->tokens[t]);
      const bool conj = Word(*s, t) == "and" || Word(*s, t) == "but";
      if (!comma && !conj) continue;
      // Only where a second verb follows ("... and accused"): not inside a
      // list ("complete, full ties", "heavily and unjustly criticized").
      if (t > 0 && EndsWith(Word(*s, t - 1), "ly")) continue;
      uint32_t u = t + 1;
      while (u < s->tokens.size() && (CueAt(*s, u, CueKind::kAdverb) || In(Word(*s, u), {"then", "also"}))) ++u;
      if (u >= s->tokens.size() || s->mention_at[u] != kNone) continue;
      const bool verb = CueAt(*s, u, CueKind::kSay) || CueAt(*s, u, CueKind::kDeny) ||
                        (IsAnchor(*s, u) && !EndsWith(Word(*s, u), "ing") && !InNounPosition(*s, u) &&
                         (std::any_of(s->matches.begin(), s->matches.end(),
                                      [&](const PatternMatch& o) { return o.anchor == u; }) ||
                          EndsWith(Word(*s, u), "ed")));
      if (verb) return true;
    }
    return false;
  };
  std::vector<PatternMatch> kept;
  for (const PatternMatch& m : s->matches) {
    if (m.elements_matched <= 1 || !crosses(m)) {
      kept.push_back(m);
      continue;
    }
    auto it = lang_.patterns_by_anchor.find(s->tokens[m.anchor].key);
    std::optional<PatternMatch> best;
    if (it != lang_.patterns_by_anchor.end()) {
      for (uint32_t p : it->second) {
        if (lang_.patterns[p].compound_subject) continue;
        auto alt = MatchPatternAt(tables_, lang_, p, *s, m.anchor);
        if (!alt || crosses(*alt)) continue;
        if (!best || alt->elements_matched > best->elements_matched ||
            (alt->elements_matched == best->elements_matched &&
             lang_.patterns[alt->pattern].code.size() > lang_.patterns[best->pattern].code.size())) {
          best = alt;
        }
      }
    }
    if (best) kept.push_back(*best);
    // The words the long match had taken may anchor matches of their own
    // ("... and ordered the release of ...").
    const uint32_t from = best ? best->last + 1 : m.anchor + 1;
    for (uint32_t t = from; t <= m.last && t < s->tokens.size(); ++t) {
      if (s->mention_at[t] != kNone) continue;
      auto at = lang_.patterns_by_anchor.find(s->tokens[t].key);
      if (at == lang_.patterns_by_anchor.end()) continue;
      std::optional<PatternMatch> own;
      for (uint32_t p : at->second) {
        if (lang_.patterns[p].compound_subject) continue;
        auto alt = MatchPatternAt(tables_, lang_, p, *s, t);
        if (!alt || crosses(*alt)) continue;
        if (!own || alt->elements_matched > own->elements_matched) own = alt;
      }
      if (own) {
        kept.push_back(*own);
        t = own->last;
      }
    }
  }
  // "declared martial law and a general mobilisation": two objects, two
  // acts; the pattern that ends before the "and" is kept beside the longer.
  {
    std::vector<PatternMatch> extra;
    for (const PatternMatch& m : kept) {
      if (m.elements_matched < 2) continue;
      uint32_t conj = kNone;
      for (uint32_t t = m.anchor + 1; t < m.last; ++t) {
        if (Word(*s, t) == "and" && s->mention_at[t] == kNone) conj = t;
      }
      if (conj == kNone) continue;
      auto it = lang_.patterns_by_anchor.find(s->tokens[m.anchor].key);
      if (it == lang_.patterns_by_anchor.end()) continue;
      std::optional<PatternMatch> first;
      for (uint32_t p : it->second) {
        if (lang_.patterns[p].compound_subject) continue;
        auto alt = MatchPatternAt(tables_, lang_, p, *s, m.anchor);
        if (!alt || alt->last >= conj || alt->elements_matched < 2) continue;
        if (lang_.patterns[alt->pattern].code.substr(0, 2) == lang_.patterns[m.pattern].code.substr(0, 2)) continue;
        if (!first || alt->elements_matched > first->elements_matched) first = alt;
      }
      if (first) extra.push_back(*first);
    }
    kept.insert(kept.end(), extra.begin(), extra.end());
  }
  std::sort(kept.begin(), kept.end(),
            [](const PatternMatch& x, const PatternMatch& y) { return x.anchor < y.anchor; });
  // "called the mutiny 'treason'" names and shames; "called a meeting",
  // "what he called an attack" do not.
  {
    std::vector<PatternMatch> named;
    for (const PatternMatch& m : kept) {
      if (lang_.patterns[m.pattern].id.rfind("en-call-quote", 0) == 0) {
        bool quote = false;
        const bool relative = m.anchor >= 2 && (Word(*s, m.anchor - 2) == "what" ||
                                                Word(*s, m.anchor - 1) == "what");
        for (uint32_t t = m.anchor + 2; t < s->tokens.size() && t <= m.anchor + 8 && !relative; ++t) {
          if (IsQuote(s->tokens[t])) {
            quote = true;
            break;
          }
          if (IsHardBoundary(s->tokens[t]) || IsComma(s->tokens[t]) || CueAt(*s, t, CueKind::kSay)) break;
        }
        if (!quote) continue;
      }
      named.push_back(m);
    }
    kept = std::move(named);
  }
  // "agreed on Monday to ban", "vowed to keep up": a bare verb whose
  // infinitive names the act is that act, not an event of its own.
  std::vector<PatternMatch> acts;
  for (const PatternMatch& m : kept) {
    bool leads = false;
    if (m.elements_matched == 1 && !CueAt(*s, m.anchor, CueKind::kSay)) {
      for (const PatternMatch& o : kept) {
        if (o.anchor <= m.anchor + 1 || o.anchor > m.anchor + 6 || Word(*s, o.anchor - 1) != "to") continue;
        bool clean = true;
        for (uint32_t t = m.anchor + 1; t + 1 < o.anchor; ++t) {
          clean &= !IsHardBoundary(s->tokens[t]) && !IsComma(s->tokens[t]) && s->mention_at[t] == kNone;
        }
        leads |= clean;
      }
    }
    if (!leads) acts.push_back(m);
  }
  s->matches = std::move(acts);
}

void EnglishAnalyzer::Analyze(Sentence* sentence, std::vector<Event>* events) {
  Sentence& s = *sentence;
  if (s.tokens.empty() || discarded_) return;
  // Discards: sport, entertainment, history.
  for (const CueHit& hit : s.cues) {
    const internal::CueInfo& cue = tables_.cues[hit.cue];
    if (cue.kind != CueKind::kDiscard) continue;
    if (cue.story) {
      discarded_ = true;
      events->clear();  // one analyzer codes one document
    }
    return;
  }
  start_ = s.index == 0 ? EnglishDatelineEnd(s, document_.text) : 0;
  const std::size_t events_before = events->size();
  previous_subject_ = last_subject_;
  previous_subject_named_ = last_subject_named_;
  // "may" and "march" in lower case are verbs, not months.
  s.times.erase(std::remove_if(s.times.begin(), s.times.end(),
                               [&](const TimeHit& h) {
                                 const std::string w = Word(s, h.first);
                                 // ("Theresa May said": a name is no month.)
                                 return ((w == "may" || w == "march") &&
                                         (s.tokens[h.first].flags & text::kCapitalized) == 0) ||
                                        s.mention_at[h.first] != kNone;
                               }),
                s.times.end());
  ResolveMentions(&s);
  UseCompoundPatterns(&s);
  KeepPatternsInClause(&s);
  const std::vector<Frame> frames = Frames(s);
  const std::size_t before = events->size();
  std::vector<const PatternMatch*> sayings;
  for (const PatternMatch& m : s.matches) {
    if (m.anchor < start_) continue;
    if (s.mention_at[m.anchor] != kNone) continue;
    const bool nominal = !lang_.patterns[m.pattern].verbal;  // "pos: noun" entries
    const bool claimed = ClaimedAct(s, m.anchor) != kNone;
    const bool denied = !claimed && InNounPosition(s, m.anchor) && DeniedAct(s, m.anchor) != kNone;
    if (!nominal && InNounPosition(s, m.anchor) && !claimed && !denied) continue;
    // The claim itself is not coded when it names the act.
    if (lang_.patterns[m.pattern].code == "015" &&
        std::any_of(s.matches.begin(), s.matches.end(), [&](const PatternMatch& other) {
          return other.anchor > m.anchor && ClaimedAct(s, other.anchor) == m.anchor;
        })) {
      continue;
    }
    // "her visit to Taiwan", "its mediation efforts": an act owned by a
    // possessive pronoun is background (gold rule 6).
    if (nominal && m.anchor > start_) {
      uint32_t t = m.anchor - 1;
      for (int k = 0; k < 2 && t > start_ && s.tokens[t].kind == TokenKind::kWord &&
                      !IsPossessivePronoun(Word(s, t)) && s.cue_at[t] == kNone && s.mention_at[t] == kNone;
           ++k) {
        --t;
      }
      if (IsPossessivePronoun(Word(s, t))) continue;
    }
    if (InBackground(s, m.anchor) || InAppeal(s, m.anchor)) continue;
    // "cancelled the meeting, citing Japan's support for a G7 statement": the
    // reason given is background.
    {
      bool cited = Word(s, m.anchor) == "citing";
      for (uint32_t u = m.anchor, k = 0; u > start_ && k < 6 && !cited; ++k) {
        --u;
        if (IsHardBoundary(s.tokens[u]) || IsComma(s.tokens[u])) break;
        cited = Word(s, u) == "citing";
      }
      if (cited) continue;
    }
    // "closed their investigations without naming any suspects": a manner,
    // not an act that did not happen.
    if (m.anchor > start_ && EndsWith(Word(s, m.anchor), "ing") && Word(s, m.anchor - 1) == "without") {
      continue;
    }
    // "said" alone is attribution, not an event (gold rule 3) ...
    if (m.elements_matched == 1 && (CueAt(s, m.anchor, CueKind::kSay) ||
                                    CueAt(s, m.anchor, CueKind::kContinue))) {
      sayings.push_back(&m);
      continue;
    }
    claimed_ = claimed;
    denied_act_ = denied;
    Emit(s, m, frames, events);
    claimed_ = false;
    denied_act_ = false;
  }
  // ... unless nothing more specific is said: then the statement is the
  // event, toward the actor it is about ("X believes Y can cope").
  if (events->size() == before) {
    for (const PatternMatch* m : sayings) Emit(s, *m, frames, events);
  }
  EmitJudgements(s, frames, events);
  // "..., a claim Moscow denied", "Tehran denied the report": a denial of
  // what was just reported is that act, negated, on the denier's word.
  const auto n = static_cast<uint32_t>(s.tokens.size());
  for (const CueHit& hit : s.cues) {
    if (tables_.cues[hit.cue].kind != CueKind::kDeny || hit.first < start_) continue;
    uint32_t u = hit.last + 1;
    while (u < n && In(Word(s, u), {"the", "this", "that", "these", "those", "it", "them", "all", "any"})) ++u;
    const bool back = u >= n || IsHardBoundary(s.tokens[u]) ||
                      In(Word(s, u), {"claim", "claims", "report", "reports", "accusation",
                                      "accusations", "allegation", "allegations", "charge",
                                      "charges", "assertion"});
    if (!back || std::any_of(s.matches.begin(), s.matches.end(),
                             [&](const PatternMatch& m) { return m.anchor > hit.last; })) {
      continue;
    }
    uint32_t left = hit.first;
    const ActorRef denier = SpeakerOf(s, hit, &left);
    if (denier.code.empty() || denier.code.substr(0, 3) == "---") continue;
    // The acts of this sentence before the denial, else of the sentence before.
    std::vector<Event> denied;
    for (int from_sentence : {s.index, s.index - 1}) {
      for (const Event& e : *events) {
        if (e.sentence != from_sentence || e.negated || e.span.begin >= s.tokens[hit.first].begin) continue;
        if (e.source.code.substr(0, 3) == "---" || e.target.code.substr(0, 3) == "---") continue;
        if (e.source.code.substr(0, 3) == denier.code.substr(0, 3)) continue;
        denied.push_back(e);
      }
      if (!denied.empty()) break;
    }
    for (Event e : denied) {
      e.negated = true;
      e.said_by = denier;
      e.attribution.push_back(denier);
      if (explain_) e.explain.push_back("negated: denied by '" + denier.text + "' (a denial of the act reported)");
      events->push_back(std::move(e));
    }
  }
  // A sentence that names a subject and codes no event still sets the topic.
  if (events->size() == events_before) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      if (s.mentions[i].first < start_ || resolved_[i].empty()) continue;
      if (!IsPrepositional(s, static_cast<uint32_t>(i))) {
        last_subject_ = resolved_[i].front();
        // ("Tsikhanouskaya left for Lithuania. ... had given her refuge")
        last_subject_named_ = IsNamed(s, static_cast<uint32_t>(i));
        break;
      }
    }
  }
}

}  // namespace khabar::coder
