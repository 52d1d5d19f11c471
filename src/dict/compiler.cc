// Copyright 2026 The khabar Authors. MIT License.

#include "dict/compiler.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>

#include "dict/arabic_verbs.h"
#include "dict/entry_parser.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace khabar::dict {

using internal::ActorInfo;
using internal::ActorKind;
using internal::CueInfo;
using internal::CueKind;
using internal::DatedRole;
using internal::LanguageTables;
using internal::Pattern;
using internal::PatternElement;
using internal::Phrase;
using internal::ReferenceKind;
using internal::Tables;
using internal::TimeInfo;
using internal::TimeKind;
using text::Language;
using text::Lexicon;

uint64_t NextGeneration() {
  static std::atomic<uint64_t> generations{0};
  return ++generations;
}

int ParseDate(std::string_view s) {
  auto number = [](std::string_view part, int* out) {
    if (part.empty()) return false;
    auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), *out);
    return ec == std::errc() && p == part.data() + part.size();
  };
  int year = 0, month = 1, day = 1;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return 0;
  if (!number(s.substr(0, 4), &year) || year < 1000) return 0;
  if (s.size() >= 7 && (s[4] != '-' || !number(s.substr(5, 2), &month))) return 0;
  if (s.size() == 10 && (s[7] != '-' || !number(s.substr(8, 2), &day))) return 0;
  if (month < 1 || month > 12 || day < 1) return 0;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return 0;
  if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return 0;
  return year * 10000 + month * 100 + day;
}

namespace {

// ---- the pattern language ---------------------------------------------------

// One alternative of a slot: a sequence of word keys (several when written
// with '_' or when the word splits, as "al-Qaeda" does), or one verb's forms.
struct Alternative {
  std::vector<std::vector<uint32_t>> words;  // each word: its keys (a verb: all forms)
  bool verb = false;
};

struct Slot {
  PatternElement::Kind kind = PatternElement::Kind::kWord;
  bool optional = false;
  std::vector<Alternative> alternatives;
};

bool IsUpper(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// English: the folded words of a name, one per key, so that the coder can
// tell "protesters" (the name) from "protested" (same stem); empty when the
// name has alternatives or words do not line up with keys.
std::vector<std::string> FoldedWords(std::string_view name, std::size_t keys) {
  if (name.find('~') != std::string_view::npos) return {};
  std::vector<text::RawToken> raw;
  text::ScanWords(name, 0, static_cast<uint32_t>(name.size()), Language::kEnglish, &raw);
  std::vector<std::string> words;
  for (const text::RawToken& r : raw) {
    if (!r.is_word) continue;
    std::string w = text::WordFolder::Get().Fold(name.substr(r.begin, r.end - r.begin));
    while (!w.empty() && w.back() == '.') w.pop_back();
    if (!w.empty()) words.push_back(std::move(w));
  }
  if (words.size() != keys) return {};
  return words;
}

// The most patterns one pattern line may expand into (see CompileEvent).
constexpr std::size_t kMaxPatternVariants = 4096;

class Compiler {
 public:
  Compiler(Tables* tables, bool lenient, DictionaryReport* report)
      : t_(tables),
        lenient_(lenient),
        report_(report),
        ar_tokenizer_(Language::kArabic, &tables->ar.lexicon),
        en_tokenizer_(Language::kEnglish, &tables->en.lexicon) {
    InternStructuralKeys();
  }

  void LoadCameo(const DictFile& file);
  void LoadRoles(const DictFile& file);
  void CompileEntry(const Entry& entry);
  void Finish();

 private:
  void AddKnownPossessives();
  // Problems of the entry being compiled; committed or dropped as a whole.
  struct Problems {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
  };

  void InternStructuralKeys();
  void Report(Problems* problems);

  LanguageTables& Lang(Language l) { return l == Language::kArabic ? t_->ar : t_->en; }
  text::Tokenizer& Tokenizer(Language l) {
    return l == Language::kArabic ? ar_tokenizer_ : en_tokenizer_;
  }

  // "ar" / "demonym.en" → language and prefix; false when the key has none.
  static bool SplitLanguageKey(std::string_view key, Language* lang, std::string* prefix);

  std::string CheckActorCode(std::string_view code) const;
  std::optional<DatedRole> ParseRole(std::string_view value, std::string* error) const;

  // Key sequences for a name, cue or time phrase (verbs expand into forms).
  std::vector<std::vector<uint32_t>> PhraseKeys(Language lang, std::string_view phrase,
                                                bool* has_verb, std::string* error,
                                                uint8_t flags);
  Alternative ParseAlternative(Language lang, std::string_view text, std::string* error,
                               uint8_t flags, bool inflect = false);
  Alternative ParseAlternativeText(Language lang, std::string_view text, std::string* error,
                                   uint8_t flags, bool inflect);
  std::vector<uint32_t> VerbForms(Language lang, std::string_view word, std::string* error);

  bool ParsePattern(Language lang, std::string_view text, std::vector<Slot>* slots,
                    std::string* error);
  void AddPattern(Language lang, const std::vector<Slot>& slots, const std::string& code,
                  const std::string& id);

  void AddNames(const Entry& entry, const Attribute& attr, Language lang, uint32_t actor,
                Problems* problems);

  void CompileActor(const Entry& entry);
  void CompilePerson(const Entry& entry);
  void CompileAgent(const Entry& entry);
  void CompileEvent(const Entry& entry);
  void CompileCue(const Entry& entry);
  void CompileTime(const Entry& entry);

  Tables* t_;
  bool lenient_;
  DictionaryReport* report_;
  text::Tokenizer ar_tokenizer_;
  text::Tokenizer en_tokenizer_;
  // Who first used a name: (language, keys) -> actor index, and whether that
  // name must be written with the article (1), without it (0), or either (-1).
  struct NameOwner {
    uint32_t actor;
    int8_t definite;
  };
  std::map<std::pair<int, std::vector<uint32_t>>, NameOwner> name_owner_;
  std::map<std::string, int> pattern_counter_;
  // ParseAlternative's results by (language, flags, inflect, text).
  struct ParsedAlternative {
    Alternative alt;
    std::string error;
  };
  std::unordered_map<std::string, ParsedAlternative> alternatives_;
};

void Compiler::InternStructuralKeys() {
  // Clitics and suffixes must always have ids: the tokenizer emits them.
  for (std::string_view s : {"و", "ف", "ب", "ل", "ك", "س", "ه", "ها", "هم", "هما", "هن", "كم",
                             "كما", "نا"}) {
    t_->ar.lexicon.Intern(text::WordFolder::Get().Fold(s));
  }
  t_->ar.conj_key = t_->ar.lexicon.Find(text::WordFolder::Get().Fold("و"));
  t_->en.lexicon.Intern("'s");
  t_->en.conj_key = t_->en.lexicon.Intern("and");
}

void Compiler::Report(Problems* problems) {
  for (auto& w : problems->warnings) report_->warnings.push_back(std::move(w));
  for (auto& e : problems->errors) {
    if (lenient_) {
      report_->warnings.push_back(e + " (skipped)");
    } else {
      report_->errors.push_back(std::move(e));
    }
  }
}

bool Compiler::SplitLanguageKey(std::string_view key, Language* lang, std::string* prefix) {
  std::string_view tail = key;
  prefix->clear();
  if (const std::size_t dot = key.rfind('.'); dot != std::string_view::npos) {
    *prefix = std::string(key.substr(0, dot));
    tail = key.substr(dot + 1);
  }
  if (tail == "ar") {
    *lang = Language::kArabic;
    return true;
  }
  if (tail == "en") {
    *lang = Language::kEnglish;
    return true;
  }
  return false;
}

void Compiler::LoadCameo(const DictFile& file) {
  std::vector<std::string> errors;
  for (const auto& row : ParseTsv(file.path, file.text, 5, &errors)) {
    internal::CameoCode code;
    code.name = row[1];
    code.goldstein = std::strtod(row[2].c_str(), nullptr);
    code.quad = std::atoi(row[3].c_str());
    code.plover = row[4];
    t_->cameo[row[0]] = std::move(code);
  }
  for (auto& e : errors) report_->errors.push_back(std::move(e));
}

void Compiler::LoadRoles(const DictFile& file) {
  std::vector<std::string> errors;
  for (const auto& row : ParseTsv(file.path, file.text, 2, &errors)) t_->roles[row[0]] = row[1];
  for (auto& e : errors) report_->errors.push_back(std::move(e));
}

std::string Compiler::CheckActorCode(std::string_view code) const {
  if (code.size() < 3 || code.size() % 3 != 0) {
    return "actor code '" + std::string(code) + "' must be 3 letters plus 3-letter roles";
  }
  const std::string_view country = code.substr(0, 3);
  if (!(IsUpper(country) || country == "---")) {
    return "actor code '" + std::string(code) + "' must start with 3 capital letters or ---";
  }
  for (std::size_t i = 3; i < code.size(); i += 3) {
    const std::string role(code.substr(i, 3));
    if (!IsUpper(role) || t_->roles.count(role) == 0) {
      return "unknown role code '" + role + "' in '" + std::string(code) +
             "' (roles are listed in common/roles.tsv)";
    }
  }
  return "";
}

std::optional<DatedRole> Compiler::ParseRole(std::string_view value, std::string* error) const {
  const std::vector<std::string> parts = Split(value, ' ');
  std::vector<std::string> words;
  for (const auto& p : parts) {
    if (!p.empty()) words.push_back(p);
  }
  if (words.empty() || words.size() > 2) {
    *error = "role needs 'CODE [FROM..TO]'";
    return std::nullopt;
  }
  DatedRole role;
  role.code = words[0];
  if (std::string e = CheckActorCode(role.code); !e.empty()) {
    *error = e;
    return std::nullopt;
  }
  if (words.size() == 2) {
    const std::string& span = words[1];
    const std::size_t dots = span.find("..");
    if (dots == std::string::npos) {
      *error = "role dates must be written FROM..TO (either end may be empty)";
      return std::nullopt;
    }
    const std::string from = span.substr(0, dots), to = span.substr(dots + 2);
    if (!from.empty() && (role.from = ParseDate(from)) == 0) {
      *error = "bad date '" + from + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)";
      return std::nullopt;
    }
    if (!to.empty() && (role.to = ParseDate(to)) == 0) {
      *error = "bad date '" + to + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)";
      return std::nullopt;
    }
    if (role.from != 0 && role.to != 0 && role.to < role.from) {
      *error = "role ends (" + to + ") before it starts (" + from + ")";
      return std::nullopt;
    }
  }
  return role;
}

std::vector<uint32_t> Compiler::VerbForms(Language lang, std::string_view word,
                                          std::string* error) {
  const std::size_t slash = word.find('/');
  const std::string past = text::WordFolder::Get().Fold(word.substr(0, slash));
  const std::string present = text::WordFolder::Get().Fold(word.substr(slash + 1));
  if (past.empty() || present.size() < 4 || present.substr(0, 2) != "\xD9\x8A") {
    *error = "verb '" + std::string(word) +
             "' must be PAST/PRESENT with the present starting with ي";
    return {};
  }
  std::vector<uint32_t> keys;
  LanguageTables& tables = Lang(lang);
  // A final hamza (بدأ، أنشأ، لجأ) folds to alef; inflect it as a sound letter.
  const std::string_view written_past = word.substr(0, slash);
  const bool hamza_final = written_past.size() >= 2 &&
                           written_past.substr(written_past.size() - 2) == "\xD8\xA3";  // أ
  for (const std::string& form : InflectArabicVerb(past, present, hamza_final)) {
    const std::string_view key = text::StripArabicArticle(form);
    const uint32_t id = tables.lexicon.Intern(key);
    tables.lexicon.AddFlags(id, text::kVerbForm);
    if (key.size() != form.size()) tables.lexicon.AddFlags(id, text::kArticleVerb);
    keys.push_back(id);
  }
  return keys;
}

Alternative Compiler::ParseAlternative(Language lang, std::string_view text, std::string* error,
                                       uint8_t flags, bool inflect) {
  // The same word recurs in many entries: parse it once. Parsing depends on
  // nothing that changes during the compile, and replaying its lexicon
  // effects (interning, flags) would change nothing.
  std::string memo_key;
  memo_key.reserve(text.size() + 3);
  memo_key += static_cast<char>(lang);
  memo_key += static_cast<char>(flags);
  memo_key += static_cast<char>(inflect);
  memo_key += text;
  auto [memo, fresh] = alternatives_.try_emplace(std::move(memo_key));
  if (fresh)
    memo->second.alt = ParseAlternativeText(lang, text, &memo->second.error, flags, inflect);
  if (!memo->second.error.empty()) *error = memo->second.error;
  return memo->second.alt;
}

Alternative Compiler::ParseAlternativeText(Language lang, std::string_view text, std::string* error,
                                           uint8_t flags, bool inflect) {
  Alternative alt;
  for (const std::string& word : Split(text, '_')) {
    if (word.empty()) {
      *error = "empty word in '" + std::string(text) + "'";
      return {};
    }
    if (lang == Language::kArabic && word.find('/') != std::string::npos) {
      std::vector<uint32_t> forms = VerbForms(lang, word, error);
      if (forms.empty()) return {};
      alt.words.push_back(std::move(forms));
      alt.verb = true;
      continue;
    }
    const std::vector<std::string> keys = Tokenizer(lang).Keys(word);
    for (const std::string& key : keys) {
      const uint32_t id = Lang(lang).lexicon.Intern(key);
      Lang(lang).lexicon.AddFlags(id, flags);
      alt.words.push_back({id});
    }
    // English pattern words: the Snowball stem of an inflected form may
    // differ from the word's own ("boycotted" -> "boycot", "boycott" ->
    // "boycott"); the stems of the regular forms match too.
    if (inflect && lang == Language::kEnglish && keys.size() == 1 && !word.empty()) {
      std::string w = text::WordFolder::Get().Fold(word);
      std::vector<std::string> forms = {w + "s", w + "es", w + "ed", w + "d", w + "ing"};
      if (w.size() > 2 && w.back() == 'e') forms.push_back(w.substr(0, w.size() - 1) + "ing");
      if (w.size() > 2) {
        forms.push_back(w + w.back() + "ed");
        forms.push_back(w + w.back() + "ing");
      }
      std::vector<uint32_t>& ids = alt.words.back();
      for (const std::string& form : forms) {
        const uint32_t id = Lang(lang).lexicon.Intern(Tokenizer(lang).KeyOf(form));
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
    }
  }
  if (alt.words.empty()) *error = "'" + std::string(text) + "' has no word to match";
  return alt;
}

std::vector<std::vector<uint32_t>> Compiler::PhraseKeys(Language lang, std::string_view phrase,
                                                         bool* has_verb, std::string* error,
                                                         uint8_t flags) {
  // Each blank-separated word may hold '~' alternatives; expand them all.
  std::vector<std::vector<uint32_t>> sequences = {{}};
  for (const std::string& word : Split(phrase, ' ')) {
    if (word.empty()) continue;
    // A word of punctuation only ("&", "-") matches nothing: skip it.
    if (word.find('/') == std::string::npos && Tokenizer(lang).Keys(word).empty()) continue;
    std::vector<std::vector<uint32_t>> next;
    for (const std::string& alt_text : Split(word, '~')) {
      Alternative alt = ParseAlternative(lang, alt_text, error, flags);
      if (!error->empty()) return {};
      *has_verb |= alt.verb;
      // Expand the alternative's own words (a verb word is a set of forms).
      std::vector<std::vector<uint32_t>> expanded = {{}};
      for (const auto& forms : alt.words) {
        std::vector<std::vector<uint32_t>> grown;
        for (const auto& prefix : expanded) {
          for (uint32_t form : forms) {
            grown.push_back(prefix);
            grown.back().push_back(form);
          }
        }
        expanded = std::move(grown);
      }
      for (const auto& seq : sequences) {
        for (const auto& tail : expanded) {
          next.push_back(seq);
          next.back().insert(next.back().end(), tail.begin(), tail.end());
        }
      }
    }
    sequences = std::move(next);
    if (sequences.size() > 4096) {
      *error = "phrase '" + std::string(phrase) + "' expands to too many forms";
      return {};
    }
  }
  if (sequences.size() == 1 && sequences[0].empty()) {
    *error = "'" + std::string(phrase) + "' has no word to match";
    return {};
  }
  return sequences;
}

bool Compiler::ParsePattern(Language lang, std::string_view text, std::vector<Slot>* slots,
                            std::string* error) {
  int targets = 0, sources = 0;
  for (std::string word : Split(text, ' ')) {
    if (word.empty()) continue;
    Slot slot;
    if (word.front() == '[' || word.back() == ']') {
      if (word.size() < 3 || word.front() != '[' || word.back() != ']') {
        *error = "unbalanced [ ] in '" + word + "'";
        return false;
      }
      slot.optional = true;
      word = word.substr(1, word.size() - 2);
    }
    if (word.find_first_of("[]") != std::string::npos) {
      *error = "unbalanced [ ] in '" + word + "'";
      return false;
    }
    if (word == "TGT" || word == "SRC") {
      slot.kind = word == "TGT" ? PatternElement::Kind::kTarget : PatternElement::Kind::kSource;
      (word == "TGT" ? targets : sources) += 1;
      slots->push_back(std::move(slot));
      continue;
    }
    if (IsUpper(word) && word.size() == 3) {
      *error = "unknown slot '" + word + "' (slots are TGT and SRC)";
      return false;
    }
    for (const std::string& alt_text : Split(word, '~')) {
      Alternative alt = ParseAlternative(lang, alt_text, error, 0, /*inflect=*/true);
      if (!error->empty()) return false;
      slot.alternatives.push_back(std::move(alt));
    }
    slots->push_back(std::move(slot));
  }
  if (slots->empty() || slots->front().kind != PatternElement::Kind::kWord ||
      slots->front().optional) {
    *error = "a pattern must start with a word or verb (its anchor)";
    return false;
  }
  if (targets > 1 || sources > 1) {
    *error = "TGT and SRC may occur at most once each";
    return false;
  }
  return true;
}

// Expands slots whose alternatives differ in length into pattern variants.
void Compiler::AddPattern(Language lang, const std::vector<Slot>& slots, const std::string& code,
                          const std::string& id) {
  std::vector<std::vector<PatternElement>> variants = {{}};
  for (const Slot& slot : slots) {
    if (slot.kind != PatternElement::Kind::kWord) {
      PatternElement e;
      e.kind = slot.kind;
      e.optional = slot.optional;
      for (auto& v : variants) v.push_back(e);
      continue;
    }
    const bool single = std::all_of(slot.alternatives.begin(), slot.alternatives.end(),
                                    [](const Alternative& a) { return a.words.size() == 1; });
    if (single) {
      PatternElement e;
      e.optional = slot.optional;
      for (const Alternative& a : slot.alternatives) {
        e.keys.insert(e.keys.end(), a.words[0].begin(), a.words[0].end());
        e.verb |= a.verb;
      }
      std::sort(e.keys.begin(), e.keys.end());
      e.keys.erase(std::unique(e.keys.begin(), e.keys.end()), e.keys.end());
      for (auto& v : variants) v.push_back(e);
      continue;
    }
    std::vector<std::vector<PatternElement>> grown;
    for (const auto& v : variants) {
      for (const Alternative& a : slot.alternatives) {
        auto copy = v;
        for (std::size_t w = 0; w < a.words.size(); ++w) {
          PatternElement e;
          e.keys = a.words[w];
          std::sort(e.keys.begin(), e.keys.end());
          e.optional = slot.optional;
          e.adjacent = w > 0;
          e.verb = a.verb;
          copy.push_back(std::move(e));
        }
        grown.push_back(std::move(copy));
      }
    }
    variants = std::move(grown);
  }
  LanguageTables& tables = Lang(lang);
  for (auto& elements : variants) {
    Pattern p;
    p.code = code;
    p.id = id;
    p.verbal = lang == Language::kEnglish || elements.front().verb;
    for (const auto& e : elements) p.literal_count += e.kind == PatternElement::Kind::kWord;
    p.elements = std::move(elements);
    const auto index = static_cast<uint32_t>(tables.patterns.size());
    for (uint32_t key : p.elements.front().keys) tables.patterns_by_anchor[key].push_back(index);
    tables.patterns.push_back(std::move(p));
  }
}

// A plural gentilic noun: Arabic -يون/-يين (sound masculine plural of a
// nisba adjective; the dual genitive is spelt the same and rarely means
// anything else in news), English -ans/-is/-ese... that end in "s".
static bool IsPluralGentilic(Language lang, std::string_view form) {
  const std::string folded = text::WordFolder::Get().Fold(form);
  auto ends = [&](std::string_view suffix) {
    return folded.size() > suffix.size() + 2 &&
           folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (lang == Language::kArabic) {
    return ends("\xD9\x8A\xD9\x88\xD9\x86") || ends("\xD9\x8A\xD9\x8A\xD9\x86");  // يون يين
  }
  return ends("s");
}

void Compiler::AddNames(const Entry& entry, const Attribute& attr, Language lang, uint32_t actor,
                        Problems* problems) {
  for (const std::string& name : SplitAlternatives(attr.value)) {
    bool verb = false;
    std::string error;
    auto sequences = PhraseKeys(lang, name, &verb, &error, text::kNameWord);
    if (!error.empty()) {
      problems->errors.push_back(entry.Place(attr.line) + ": " + error);
      continue;
    }
    if (verb) {
      problems->errors.push_back(entry.Place(attr.line) + ": name '" + name +
                                 "' contains a verb (PAST/PRESENT); names are noun phrases");
      continue;
    }
    // Proper names (actors, persons) keep the article they are written with.
    int8_t written = -1;  // the article as written (Arabic)
    if (lang == Language::kArabic) {
      const std::string first = text::WordFolder::Get().Fold(name.substr(0, name.find(' ')));
      written = text::StripArabicArticle(first).size() != first.size() ? 1 : 0;
    }
    const ActorKind kind = t_->actors[actor].kind;
    const int8_t definite =
        (kind == ActorKind::kActor || kind == ActorKind::kPerson) ? written : int8_t{-1};
    for (auto& keys : sequences) {
      const auto owner_key = std::make_pair(static_cast<int>(lang), keys);
      auto it = name_owner_.find(owner_key);
      // A name matched only as written leaves the other article free: the
      // state "سورية" and the adjective "السورية" share their keys.
      if (it != name_owner_.end() && it->second.definite >= 0 && written >= 0 &&
          written != it->second.definite) {
        Lang(lang).names.Add(internal::Phrase{std::move(keys), actor, false, written, false});
        continue;
      }
      if (it != name_owner_.end()) {
        const ActorInfo& first = t_->actors[it->second.actor];
        const ActorInfo& second = t_->actors[actor];
        if (first.code == second.code && first.kind == second.kind) continue;  // same meaning
        const bool conflict = first.kind == ActorKind::kActor && second.kind == ActorKind::kActor;
        std::string message = entry.Place(attr.line) + ": name '" + name + "' already means " +
                              (first.code.empty() ? first.name : first.code) + " (" +
                              first.place + ")";
        if (conflict) {
          problems->errors.push_back(message + ", not " + second.code);
        } else {
          problems->warnings.push_back(message + "; the first entry wins");
        }
        continue;
      }
      name_owner_.emplace(owner_key, NameOwner{actor, definite});
      const bool acronym = lang == Language::kEnglish && name.size() <= 8 &&
                           text::IsAllCaps(name) &&
                           std::count_if(name.begin(), name.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; }) <= 4;
      internal::Phrase phrase{std::move(keys), actor, false, definite, acronym};
      if (lang == Language::kEnglish) phrase.words = FoldedWords(name, phrase.keys.size());
      Lang(lang).names.Add(std::move(phrase));
    }
  }
}

void Compiler::CompileActor(const Entry& entry) {
  Problems problems;
  if (entry.fields.empty()) {
    problems.errors.push_back(entry.Place() + ": actor needs a CODE and a name");
    Report(&problems);
    return;
  }
  const std::string& code = entry.fields[0];
  if (std::string e = CheckActorCode(code); !e.empty()) {
    problems.errors.push_back(entry.Place() + ": " + e);
    Report(&problems);
    return;
  }
  std::string category = entry.file;
  if (auto slash = category.rfind('/'); slash != std::string::npos) category.erase(0, slash + 1);
  if (auto dot = category.rfind('.'); dot != std::string::npos) category.erase(dot);

  ActorInfo actor{ActorKind::kActor, code, entry.Rest(1), {}, category, entry.Place()};
  ActorInfo demonym{ActorKind::kDemonym, code, entry.Rest(1), {}, category, entry.Place()};
  ActorInfo people = demonym;
  people.people = true;
  const auto actor_index = static_cast<uint32_t>(t_->actors.size());
  const auto demonym_index = actor_index + 1;
  const auto people_index = actor_index + 2;
  t_->actors.push_back(actor);
  t_->actors.push_back(demonym);
  t_->actors.push_back(people);
  bool any = false;
  for (const Attribute& attr : entry.attributes) {
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || (!prefix.empty() && prefix != "demonym")) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for actor (ar, en, demonym.ar, demonym.en)");
      continue;
    }
    if (prefix.empty()) {
      AddNames(entry, attr, lang, actor_index, &problems);
    } else {
      // Plural gentilics ("العراقيين", "Iraqis") name the people when alone.
      Attribute adjectives = attr, plurals = attr, accusatives = attr;
      adjectives.value.clear();
      plurals.value.clear();
      accusatives.value.clear();
      for (const std::string& form : SplitAlternatives(attr.value)) {
        std::string& into = IsPluralGentilic(lang, form) ? plurals.value : adjectives.value;
        into += (into.empty() ? "" : " | ") + form;
        // The indefinite accusative of a masculine nisba is written with a
        // final alef: "أسيراً سعودياً", "مواطناً أميركياً".
        if (lang == Language::kArabic && form.size() >= 6 && form.compare(0, 4, "\xD8\xA7\xD9\x84") != 0 &&
            form.compare(form.size() - 2, 2, "\xD9\x8A") == 0) {
          accusatives.value += (accusatives.value.empty() ? "" : " | ") + form + "\xD8\xA7";
        }
      }
      // Generated forms give way silently to a name that is already taken
      // ("أستراليا" is the country, not the accusative of أسترالي).
      if (!accusatives.value.empty()) {
        Problems ignored;
        AddNames(entry, accusatives, lang, demonym_index, &ignored);
      }
      if (!adjectives.value.empty()) AddNames(entry, adjectives, lang, demonym_index, &problems);
      if (!plurals.value.empty()) AddNames(entry, plurals, lang, people_index, &problems);
    }
    any = true;
  }
  if (!any) problems.errors.push_back(entry.Place() + ": actor " + code + " has no names");
  if (problems.errors.empty()) t_->stats.actors_by_kind[category] += 1;
  Report(&problems);
}

void Compiler::CompilePerson(const Entry& entry) {
  Problems problems;
  ActorInfo person{ActorKind::kPerson, "", entry.Rest(0), {}, "person", entry.Place()};
  if (person.name.empty()) problems.errors.push_back(entry.Place() + ": person needs a name");
  for (const Attribute& attr : entry.attributes) {
    if (attr.key != "role") continue;
    std::string error;
    if (auto role = ParseRole(attr.value, &error)) {
      person.roles.push_back(*role);
    } else {
      problems.errors.push_back(entry.Place(attr.line) + ": " + error);
    }
  }
  if (person.roles.empty() && problems.errors.empty()) {
    problems.errors.push_back(entry.Place() + ": person '" + person.name + "' has no role");
  }
  if (!problems.errors.empty()) {
    Report(&problems);
    return;
  }
  const auto index = static_cast<uint32_t>(t_->actors.size());
  t_->actors.push_back(person);
  bool any = false;
  for (const Attribute& attr : entry.attributes) {
    if (attr.key == "role") continue;
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || !prefix.empty()) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for person (ar, en, role)");
      continue;
    }
    AddNames(entry, attr, lang, index, &problems);
    any = true;
  }
  if (!any) problems.errors.push_back(entry.Place() + ": person has no names");
  if (problems.errors.empty()) {
    t_->stats.persons += 1;
    t_->stats.person_roles += static_cast<int>(person.roles.size());
    for (const auto& r : person.roles) t_->stats.dated_roles += (r.from != 0 || r.to != 0);
  }
  Report(&problems);
}

void Compiler::CompileAgent(const Entry& entry) {
  Problems problems;
  const std::string role = entry.fields.empty() ? "" : entry.fields[0];
  // One or more roles ("GOV", "GOVMED"); a final '~' puts them before the
  // code the agent attaches to ("NGO~", PETRARCH's prefix agents).
  std::string roles = role;
  if (roles.size() > 3 && roles.back() == '~') roles.pop_back();
  bool known = role == "-" || (!roles.empty() && roles.size() % 3 == 0 && IsUpper(roles));
  for (std::size_t i = 0; known && role != "-" && i < roles.size(); i += 3) {
    known = t_->roles.count(roles.substr(i, 3)) > 0;
  }
  if (!known) {
    problems.errors.push_back(entry.Place() + ": agent role '" + role +
                              "' must be roles from common/roles.tsv (GOV, GOVMED, NGO~) or '-'");
    Report(&problems);
    return;
  }
  const auto index = static_cast<uint32_t>(t_->actors.size());
  t_->actors.push_back({ActorKind::kAgent, role, entry.Rest(1), {}, "agent", entry.Place()});
  bool any = false;
  for (const Attribute& attr : entry.attributes) {
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || !prefix.empty()) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for agent (ar, en)");
      continue;
    }
    AddNames(entry, attr, lang, index, &problems);
    any = true;
  }
  if (!any) problems.errors.push_back(entry.Place() + ": agent has no names");
  if (problems.errors.empty()) t_->stats.agents += 1;
  Report(&problems);
}

void Compiler::CompileEvent(const Entry& entry) {
  Problems problems;
  std::string code = entry.fields.empty() ? "" : entry.fields[0];
  // "042:043": a paired code, the second from the target toward the source.
  std::string reverse;
  if (const std::size_t colon = code.find(':'); colon != std::string::npos) {
    reverse = code.substr(colon + 1);
    code.resize(colon);
  }
  const std::string& unknown = t_->cameo.count(code) == 0 ? code : reverse;
  if (t_->cameo.count(code) == 0 || (!reverse.empty() && t_->cameo.count(reverse) == 0)) {
    problems.errors.push_back(entry.Place() + ": unknown CAMEO event code '" + unknown +
                              "' (codes are listed in common/cameo.tsv)");
    Report(&problems);
    return;
  }
  std::string id_attr;
  bool noun = false;  // "pos: noun|any": the anchor is not a verb (English)
  bool compound = false;  // "subject: compound"
  bool speaker = false;   // "source: speaker"
  for (const Attribute& attr : entry.attributes) {
    if (attr.key == "id") id_attr = attr.value;
    if (attr.key == "subject") {
      if (attr.value != "compound") {
        problems.errors.push_back(entry.Place(attr.line) + ": subject must be compound");
      }
      compound = true;
    }
    if (attr.key == "source") {
      if (attr.value != "speaker") {
        problems.errors.push_back(entry.Place(attr.line) + ": source must be speaker");
      }
      speaker = true;
    }
    if (attr.key == "pos") {
      if (attr.value != "noun" && attr.value != "verb" && attr.value != "any") {
        problems.errors.push_back(entry.Place(attr.line) + ": pos must be verb, noun or any");
      }
      noun = attr.value != "verb";
    }
  }
  struct Parsed {
    Language lang;
    std::vector<Slot> slots;
    std::string id;
  };
  std::vector<Parsed> parsed;
  for (const Attribute& attr : entry.attributes) {
    if (attr.key == "id" || attr.key == "note" || attr.key == "pos" || attr.key == "subject" ||
        attr.key == "source") {
      continue;
    }
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || !prefix.empty()) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for event (ar, en, id, note, pos, subject, source)");
      continue;
    }
    Parsed p{lang, {}, ""};
    std::string error;
    if (!ParsePattern(lang, attr.value, &p.slots, &error)) {
      problems.errors.push_back(entry.Place(attr.line) + ": " + error);
      continue;
    }
    // A slot whose alternatives have several words becomes one pattern per
    // alternative (AddPattern), so such slots multiply: bound the product,
    // as PhraseKeys bounds a phrase's forms.
    std::size_t variants = 1;
    for (const Slot& slot : p.slots) {
      const bool multiword = std::any_of(slot.alternatives.begin(), slot.alternatives.end(),
                                         [](const Alternative& a) { return a.words.size() > 1; });
      if (multiword)
        variants = std::min(variants * slot.alternatives.size(), kMaxPatternVariants + 1);
    }
    if (variants > kMaxPatternVariants) {
      problems.errors.push_back(
          entry.Place(attr.line) + ": pattern expands to more than " +
          std::to_string(kMaxPatternVariants) +
          " patterns (slots of several-word alternatives multiply); split it");
      continue;
    }
    p.id = id_attr.empty() ? entry.Place(attr.line)
                           : id_attr + "." + std::to_string(++pattern_counter_[id_attr]);
    parsed.push_back(std::move(p));
  }
  if (parsed.empty() && problems.errors.empty()) {
    problems.errors.push_back(entry.Place() + ": event " + code + " has no patterns");
  }
  if (problems.errors.empty() || lenient_) {
    for (const Parsed& p : parsed) {
      const std::size_t before = Lang(p.lang).patterns.size();
      AddPattern(p.lang, p.slots, code, p.id);
      for (std::size_t i = before; i < Lang(p.lang).patterns.size(); ++i) {
        Lang(p.lang).patterns[i].reverse_code = reverse;
        if (noun) Lang(p.lang).patterns[i].verbal = false;
        Lang(p.lang).patterns[i].compound_subject = compound;
        Lang(p.lang).patterns[i].speaker_source = speaker;
      }
      t_->stats.patterns_per_root[code.substr(0, 2)] += 1;
      t_->stats.patterns_per_lang[p.lang == Language::kArabic ? "ar" : "en"] += 1;
    }
  }
  Report(&problems);
}

void Compiler::CompileCue(const Entry& entry) {
  Problems problems;
  static const std::map<std::string, CueKind> kKinds = {
      {"say", CueKind::kSay},
      {"continue", CueKind::kContinue},
      {"source", CueKind::kSource},
      {"deny", CueKind::kDeny},
      {"negate", CueKind::kNegate},
      {"complementizer", CueKind::kComplementizer},
      {"condition", CueKind::kCondition},
      {"clause", CueKind::kClause},
      {"relative", CueKind::kRelative},
      {"reference", CueKind::kReference},
      {"intent", CueKind::kIntent},
      {"abbreviation", CueKind::kAbbreviation},
      {"preposition", CueKind::kPreposition},
      {"adverb", CueKind::kAdverb},
      {"linker", CueKind::kLinker},
      {"passive", CueKind::kPassive},
      {"conjunction", CueKind::kConjunction},
      {"discard", CueKind::kDiscard},
      {"quantity", CueKind::kQuantity},
      {"head", CueKind::kHead},
      {"light", CueKind::kLight},
      {"warning", CueKind::kWarning},
  };
  static const std::map<std::string, ReferenceKind> kReferences = {
      {"last", ReferenceKind::kLast},
      {"pair", ReferenceKind::kPair},
      {"own", ReferenceKind::kOwn},
      {"counterpart", ReferenceKind::kCounterpart},
      {"event", ReferenceKind::kEvent},
      {"parties", ReferenceKind::kParties},
      {"decision", ReferenceKind::kDecision},
      {"group", ReferenceKind::kGroup},
      {"organisation", ReferenceKind::kOrganisation},
      {"organisations", ReferenceKind::kOrganisations},
      {"state", ReferenceKind::kState},
      {"three", ReferenceKind::kThree},
  };
  const std::string kind = entry.fields.empty() ? "" : entry.fields[0];
  auto it = kKinds.find(kind);
  if (it == kKinds.end()) {
    problems.errors.push_back(entry.Place() + ": unknown cue kind '" + kind + "'");
    Report(&problems);
    return;
  }
  CueInfo cue;
  cue.kind = it->second;
  cue.place = entry.Place();
  if (cue.kind == CueKind::kReference) {
    auto ref = kReferences.find(entry.fields.size() > 1 ? entry.fields[1] : "");
    if (ref == kReferences.end()) {
      problems.errors.push_back(
          entry.Place() +
          ": cue reference needs a type: last, pair, own, counterpart, event, parties, "
          "decision, group, organisation, organisations, state or three");
      Report(&problems);
      return;
    }
    cue.reference = ref->second;
  }
  if (cue.kind == CueKind::kDiscard) {
    const std::string scope = entry.fields.size() > 1 ? entry.fields[1] : "";
    if (scope != "sentence" && scope != "story") {
      problems.errors.push_back(entry.Place() + ": cue discard needs a scope: sentence or story");
      Report(&problems);
      return;
    }
    cue.story = scope == "story";
  }
  const auto index = static_cast<uint32_t>(t_->cues.size());
  t_->cues.push_back(cue);
  const uint8_t flags = cue.kind == CueKind::kComplementizer || cue.kind == CueKind::kNegate ||
                                cue.kind == CueKind::kPreposition || cue.kind == CueKind::kLinker ||
                                cue.kind == CueKind::kConjunction
                            ? text::kFunctionWord
                            : 0;
  for (const Attribute& attr : entry.attributes) {
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || !prefix.empty()) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for cue (ar, en)");
      continue;
    }
    for (const std::string& phrase : SplitAlternatives(attr.value)) {
      if (cue.kind == CueKind::kAbbreviation) {
        std::string folded = text::WordFolder::Get().Fold(phrase);
        while (!folded.empty() && folded.back() == '.') folded.pop_back();
        Lang(lang).abbreviations.insert(folded);
        t_->stats.cues += 1;
        continue;
      }
      bool verb = false;
      std::string error;
      auto sequences = PhraseKeys(lang, phrase, &verb, &error, flags);
      if (!error.empty()) {
        problems.errors.push_back(entry.Place(attr.line) + ": " + error);
        continue;
      }
      // References to acts (الهجوم، الاتفاق) are definite nouns: the bare
      // noun is a new act, not a reference, so they keep their article.
      int8_t definite = -1;
      if (lang == Language::kArabic &&
          (cue.reference == ReferenceKind::kEvent || cue.reference == ReferenceKind::kParties ||
           cue.reference == ReferenceKind::kDecision || cue.reference == ReferenceKind::kGroup ||
           cue.reference == ReferenceKind::kOrganisation ||
           cue.reference == ReferenceKind::kOrganisations ||
           cue.reference == ReferenceKind::kState)) {
        const std::string first = text::WordFolder::Get().Fold(phrase.substr(0, phrase.find(' ')));
        definite = text::StripArabicArticle(first).size() != first.size() ? 1 : 0;
      }
      for (auto& keys : sequences) Lang(lang).cues.Add({std::move(keys), index, verb, definite});
      t_->stats.cues += 1;
    }
  }
  Report(&problems);
}

void Compiler::CompileTime(const Entry& entry) {
  Problems problems;
  static const std::map<std::string, TimeKind> kKinds = {
      {"offset", TimeKind::kOffset}, {"month", TimeKind::kMonth},
      {"weekday", TimeKind::kWeekday}, {"direction", TimeKind::kDirection},
      {"part", TimeKind::kPart},     {"unit", TimeKind::kUnit},
  };
  const std::string kind = entry.fields.empty() ? "" : entry.fields[0];
  auto it = kKinds.find(kind);
  if (it == kKinds.end() || entry.fields.size() < 2) {
    problems.errors.push_back(entry.Place() + ": time entry needs KIND VALUE (kind '" + kind +
                              "')");
    Report(&problems);
    return;
  }
  TimeInfo info;
  info.kind = it->second;
  info.place = entry.Place();
  const std::string& value = entry.fields[1];
  if (info.kind == TimeKind::kUnit) {
    if (value != "day" && value != "week" && value != "month" && value != "year") {
      problems.errors.push_back(entry.Place() + ": time unit must be day, week, month or year");
    }
    info.unit = value[0];
  } else {
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), info.value);
    const bool number = ec == std::errc() && p == value.data() + value.size();
    bool in_range = number;
    if (info.kind == TimeKind::kMonth) in_range &= info.value >= 1 && info.value <= 12;
    if (info.kind == TimeKind::kWeekday) in_range &= info.value >= 1 && info.value <= 7;
    if (info.kind == TimeKind::kDirection) in_range &= info.value >= -1 && info.value <= 1;
    if (info.kind == TimeKind::kPart) in_range &= info.value >= 1 && info.value <= 31;
    if (!in_range) {
      problems.errors.push_back(entry.Place() + ": bad value '" + value + "' for time " + kind);
    }
  }
  if (!problems.errors.empty()) {
    Report(&problems);
    return;
  }
  const auto index = static_cast<uint32_t>(t_->times.size());
  t_->times.push_back(info);
  for (const Attribute& attr : entry.attributes) {
    Language lang;
    std::string prefix;
    if (!SplitLanguageKey(attr.key, &lang, &prefix) || !prefix.empty()) {
      problems.errors.push_back(entry.Place(attr.line) + ": unknown attribute '" + attr.key +
                                "' for time (ar, en)");
      continue;
    }
    for (const std::string& phrase : SplitAlternatives(attr.value)) {
      bool verb = false;
      std::string error;
      auto sequences = PhraseKeys(lang, phrase, &verb, &error, 0);
      if (!error.empty()) {
        problems.errors.push_back(entry.Place(attr.line) + ": " + error);
        continue;
      }
      for (auto& keys : sequences) Lang(lang).times.Add({std::move(keys), index, false});
      t_->stats.time_words += 1;
    }
  }
  Report(&problems);
}

void Compiler::CompileEntry(const Entry& entry) {
  if (entry.keyword == "actor") {
    CompileActor(entry);
  } else if (entry.keyword == "person") {
    CompilePerson(entry);
  } else if (entry.keyword == "agent") {
    CompileAgent(entry);
  } else if (entry.keyword == "event") {
    CompileEvent(entry);
  } else if (entry.keyword == "cue") {
    CompileCue(entry);
  } else if (entry.keyword == "time") {
    CompileTime(entry);
  }
}

// An Arabic pattern word also matches its possessive forms that the lexicon
// knows whole: a word known whole is never split by the tokenizer, so once
// any entry lists "استعداده" (or "تمويلها"), "استعداد" in another pattern
// would miss it. Verb elements are left alone ("رفضها" is a noun there), and
// so are nouns whose genitive is the pattern's source.
void Compiler::AddKnownPossessives() {
  LanguageTables& ar = t_->ar;
  static constexpr std::string_view kSuffixes[] = {"\xD9\x87", "\xD9\x87\xD8\xA7",  // ه ها
                                                   "\xD9\x87\xD9\x85",                // هم
                                                   "\xD9\x87\xD9\x85\xD8\xA7"};     // هما
  constexpr std::string_view kHa = "\xD9\x87", kTa = "\xD8\xAA";  // ه (also a folded ة), ت
  std::string candidate;
  for (uint32_t index = 0; index < ar.patterns.size(); ++index) {
    Pattern& p = ar.patterns[index];
    for (std::size_t k = 0; k < p.elements.size(); ++k) {
      PatternElement& e = p.elements[k];
      if (e.kind != PatternElement::Kind::kWord || e.verb) continue;
      // (Nor a noun whose genitive is the source: "دعم SRC ل TGT" — in
      // "دعمها جهود إيكواس" the possessor is the pronoun.)
      if (k + 1 < p.elements.size() && p.elements[k + 1].kind == PatternElement::Kind::kSource) {
        continue;
      }
      std::vector<uint32_t> added;
      for (uint32_t key : e.keys) {
        const std::string& word = ar.lexicon.Key(key);
        for (std::string_view suffix : kSuffixes) {
          candidate.assign(word).append(suffix);
          uint32_t found = ar.lexicon.Find(candidate);
          if (found == text::Lexicon::kUnknown && word.size() > kHa.size() &&
              word.compare(word.size() - kHa.size(), kHa.size(), kHa) == 0) {
            // زيارة + ها is written زيارتها.
            candidate.assign(word, 0, word.size() - kHa.size()).append(kTa).append(suffix);
            found = ar.lexicon.Find(candidate);
          }
          if (found != text::Lexicon::kUnknown && (ar.lexicon.flags(found) & text::kVerbForm) == 0) {
            added.push_back(found);
          }
        }
      }
      if (added.empty()) continue;
      e.keys.insert(e.keys.end(), added.begin(), added.end());
      std::sort(e.keys.begin(), e.keys.end());
      e.keys.erase(std::unique(e.keys.begin(), e.keys.end()), e.keys.end());
      if (k == 0) {
        for (uint32_t key : added) {
          std::vector<uint32_t>& list = ar.patterns_by_anchor[key];
          if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
        }
      }
    }
  }
}

void Compiler::Finish() {
  AddKnownPossessives();
  for (LanguageTables* l : {&t_->ar, &t_->en}) {
    l->names.Finish();
    l->cues.Finish();
    l->times.Finish();
  }
  t_->stats.names = static_cast<int>(name_owner_.size());
  t_->stats.event_codes = static_cast<int>(t_->cameo.size());
}

}  // namespace

std::unique_ptr<Tables> Compile(const std::vector<DictFile>& files, bool lenient,
                                DictionaryReport* report) {
  auto tables = std::make_unique<Tables>();
  tables->generation = NextGeneration();
  Compiler compiler(tables.get(), lenient, report);
  // Tables first: entries are checked against them.
  bool have_cameo = false, have_roles = false;
  for (const DictFile& f : files) {
    if (f.path == "common/cameo.tsv") {
      compiler.LoadCameo(f);
      have_cameo = true;
    } else if (f.path == "common/roles.tsv") {
      compiler.LoadRoles(f);
      have_roles = true;
    }
  }
  if (!have_cameo) report->errors.push_back("common/cameo.tsv: missing (the CAMEO code table)");
  if (!have_roles) report->errors.push_back("common/roles.tsv: missing (the role code table)");
  std::vector<Entry> entries;
  std::vector<std::string> syntax_errors;
  for (const DictFile& f : files) {
    if (f.path.size() < 4 || f.path.substr(f.path.size() - 4) != ".txt") continue;
    ParseEntries(f.path, f.text, &entries, &syntax_errors);
    report->files += 1;
  }
  for (auto& e : syntax_errors) {
    // A line with bad syntax is skipped either way; lenient makes it a warning.
    if (lenient) {
      report->warnings.push_back(e + " (skipped)");
    } else {
      report->errors.push_back(std::move(e));
    }
  }
  report->entries = static_cast<int>(entries.size());
  for (const Entry& e : entries) compiler.CompileEntry(e);
  compiler.Finish();
  return tables;
}

}  // namespace khabar::dict
