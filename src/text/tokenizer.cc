// Copyright 2026 The khabar Authors. MIT License.

#include "text/tokenizer.h"

#include <libstemmer.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/normalizer.h"

namespace khabar::text {
namespace {

constexpr char32_t kTatweel = 0x0640;

bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (u_isalnum(c) || c == static_cast<UChar32>(kTatweel)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

UChar32 Peek(std::string_view text, uint32_t pos, uint32_t end) {
  if (pos >= end) return -1;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(end), c);
  return c;
}

// Folded Arabic clitics (all letters are two bytes in UTF-8).
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kSin = "\xD8\xB3";         // س
constexpr std::string_view kTa = "\xD8\xAA";          // ت
constexpr std::string_view kHa = "\xD9\x87";          // ه
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

// Pronoun suffixes, longest first.
constexpr std::array<std::string_view, 8> kSuffixes = {
    "\xD9\x87\xD9\x85\xD8\xA7",  // هما
    "\xD9\x83\xD9\x85\xD8\xA7",  // كما
    "\xD9\x87\xD8\xA7",          // ها
    "\xD9\x87\xD9\x85",          // هم
    "\xD9\x87\xD9\x86",          // هن
    "\xD9\x83\xD9\x85",          // كم
    "\xD9\x86\xD8\xA7",          // نا
    "\xD9\x87",                  // ه
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Present-tense prefixes that may follow the future particle س.
bool StartsPresentVerb(std::string_view s) {
  return StartsWith(s, "\xD9\x8A") || StartsWith(s, kTa) || StartsWith(s, "\xD9\x86") ||
         StartsWith(s, "\xD8\xA7");  // ي ت ن ا
}

// True when the document bytes at `pos` are ة (U+0629).
bool IsTehMarbuta(std::string_view text, uint32_t pos) {
  return pos + 1 < text.size() && text[pos] == '\xD8' && text[pos + 1] == '\xA9';
}

}  // namespace

bool IsAllCaps(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.') {
      return false;
    }
  }
  return letters >= 2;
}

void ScanWords(std::string_view text, uint32_t begin, uint32_t end, Language language,
               std::vector<RawToken>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(begin);
  const auto limit = static_cast<int32_t>(end);
  while (i < limit) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, limit, c);
    // White space, and format characters (U+200F, U+061C, U+FEFF) outside
    // a word, separate words: a word never starts with an invisible mark.
    if (c < 0 || u_isUWhiteSpace(c) || c == 0 || u_charType(c) == U_FORMAT_CHAR) continue;
    if (!IsWordChar(c)) {
      out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), false, false,
                      static_cast<char32_t>(c)});
      continue;
    }
    bool digits = u_isdigit(c) != 0;
    bool letters = !digits && u_isalpha(c);
    while (i < limit) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s, next, limit, d);
      if (IsWordChar(d)) {
        if (u_isdigit(d)) {
          digits = true;
        } else if (u_isalpha(d)) {
          letters = true;
        }
        i = next;
        continue;
      }
      // Separators that stay inside a token: 1,000 and 3.5; U.S. and e.g.;
      // English apostrophes (don't, o'clock) except the possessive 's.
      const UChar32 after = Peek(text, static_cast<uint32_t>(next), end);
      if ((d == ',' || d == '.') && digits && !letters && after >= 0 && u_isdigit(after)) {
        i = next;
        continue;
      }
      if (d == '.' && language == Language::kEnglish && after >= 0 && after < 0x80 &&
          IsAsciiLetter(static_cast<char>(after))) {
        const UChar32 after2 = Peek(text, static_cast<uint32_t>(next) + 1, end);
        if (after2 == '.' || after2 < 0 || !IsWordChar(after2)) {
          i = next;
          continue;
        }
      }
      if ((d == '\'' || d == 0x2019) && language == Language::kEnglish && after >= 0 &&
          u_isalpha(after)) {
        const UChar32 after2 =
            Peek(text, static_cast<uint32_t>(next) + (after < 0x80 ? 1 : 2), end);
        const bool possessive = (after == 's' || after == 'S') && !IsWordChar(after2);
        if (!possessive) {
          i = next;
          continue;
        }
      }
      break;
    }
    // An abbreviation written with dots keeps its final dot: "U.S."
    uint32_t word_end = static_cast<uint32_t>(i);
    if (language == Language::kEnglish && word_end < end && text[word_end] == '.') {
      const std::string_view w = text.substr(static_cast<uint32_t>(start), word_end - start);
      if (w.find('.') != std::string_view::npos) word_end += 1;
    }
    i = static_cast<int32_t>(word_end);
    out->push_back({static_cast<uint32_t>(start), word_end, true, digits && !letters, 0});
  }
}

Tokenizer::Tokenizer(Language language, const Lexicon* lexicon)
    : language_(language), lexicon_(lexicon) {
  if (language_ == Language::kEnglish) stemmer_ = sb_stemmer_new("english", "UTF_8");
}

Tokenizer::~Tokenizer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string_view Tokenizer::Stem(std::string_view folded) {
  if (stemmer_ == nullptr) return folded;
  const std::string word(folded);
  if (const auto it = stems_.find(word); it != stems_.end()) return it->second;
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (stem == nullptr) return folded;
  if (stems_.size() >= kMaxStems) stems_.clear();
  const std::string_view stemmed(reinterpret_cast<const char*>(stem),
                                 static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  return stems_.emplace(word, stemmed).first->second;
}

std::string Tokenizer::KeyOf(std::string_view word) {
  std::string folded = WordFolder::Get().Fold(word);
  if (language_ == Language::kArabic) return std::string(StripArabicArticle(folded));
  // English: drop dots of abbreviations ("u.s." and "us" differ; keep dots
  // but strip a trailing one so "U.S" and "U.S." agree).
  while (!folded.empty() && folded.back() == '.') folded.pop_back();
  return std::string(Stem(folded));
}

std::vector<std::string> Tokenizer::Keys(std::string_view phrase) {
  std::vector<RawToken> raw;
  ScanWords(phrase, 0, static_cast<uint32_t>(phrase.size()), language_, &raw);
  std::vector<std::string> keys;
  for (const RawToken& r : raw) {
    if (!r.is_word) continue;
    const std::string_view word = phrase.substr(r.begin, r.end - r.begin);
    std::string key;
    if (language_ == Language::kArabic) {
      SplitDictionaryClitics(word, &keys);  // sets pending_stem_
      key = KeyOf(pending_stem_);
    } else {
      key = KeyOf(word);
    }
    if (!key.empty()) keys.push_back(std::move(key));
  }
  return keys;
}

// A dictionary word written with its proclitics and article ("بالسجن",
// "للتشاور", "والأمم") is split as article text would be: the proclitics
// become words of their own, so "ب السجن" and "بالسجن" mean the same and the
// whole form never enters the lexicon (where it would stop clitic splitting).
void Tokenizer::SplitDictionaryClitics(std::string_view word, std::vector<std::string>* keys) {
  const std::string folded = WordFolder::Get().Fold(word);
  std::string_view rest = folded;
  std::vector<std::string_view> clitics;
  if (StartsWith(rest, kWaw) || StartsWith(rest, kFa)) {
    clitics.push_back(rest.substr(0, 2));
    rest.remove_prefix(2);
  }
  bool lam_al = false;
  if (StartsWith(rest, "\xD9\x84\xD9\x84")) {  // لل = ل + (ا)ل
    clitics.push_back(rest.substr(0, 2));
    rest.remove_prefix(2);
    lam_al = true;
  } else if (StartsWith(rest, kBa) || StartsWith(rest, kLam) || StartsWith(rest, kKaf)) {
    if (StartsWith(rest.substr(2), kAl)) {
      clitics.push_back(rest.substr(0, 2));
      rest.remove_prefix(2);
    }
  }
  const bool article = lam_al || StartsWith(rest, kAl);
  const std::size_t stem_size = lam_al ? rest.size() - 2 : rest.size() - kAl.size();
  if (clitics.empty() || !article || rest.size() < 2 || stem_size < 4) {
    pending_stem_.assign(word);
    return;
  }
  for (std::string_view c : clitics) keys->emplace_back(c);
  pending_stem_ = lam_al ? std::string(kAl) + std::string(rest.substr(2)) : std::string(rest);
}

void Tokenizer::Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  std::vector<RawToken> raw;
  raw.reserve(64);
  ScanWords(text, span.begin, span.end, language_, &raw);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const RawToken& r = raw[i];
    // English possessive: "'" or "’" directly followed by the word "s".
    if (!r.is_word && (r.punct == '\'' || r.punct == 0x2019) && language_ == Language::kEnglish &&
        i + 1 < raw.size() && raw[i + 1].is_word && raw[i + 1].begin == r.end &&
        raw[i + 1].end == r.end + 1 && (text[r.end] == 's' || text[r.end] == 'S')) {
      Token t;
      t.begin = r.begin;
      t.end = raw[i + 1].end;
      t.kind = TokenKind::kSuffix;
      t.key = lexicon_->Find("'s");
      out->push_back(t);
      ++i;
      continue;
    }
    if (!r.is_word) {
      Token t;
      t.begin = r.begin;
      t.end = r.end;
      t.kind = TokenKind::kPunct;
      t.punct = r.punct;
      out->push_back(t);
      continue;
    }
    AddWord(text, r.begin, r.end, out);
    if (r.is_number && !out->empty() && out->back().begin == r.begin) {
      out->back().kind = TokenKind::kNumber;
    }
  }
}

void Tokenizer::AddWord(std::string_view text, uint32_t begin, uint32_t end,
                        std::vector<Token>* out) {
  if (language_ == Language::kArabic) {
    AddArabicWord(text, begin, end, out);
  } else {
    AddEnglishWord(text, begin, end, out);
  }
}

uint32_t Tokenizer::FindArabic(std::string_view folded) const {
  return lexicon_->Find(StripArabicArticle(folded));
}

void Tokenizer::AddArabicWord(std::string_view text, uint32_t begin, uint32_t end,
                              std::vector<Token>* out) {
  folded_.clear();
  offsets_.clear();
  WordFolder::Get().Fold(text.substr(begin, end - begin), &folded_, &offsets_);
  if (folded_.empty()) return;  // only marks: nothing to match
  const std::string_view word = folded_;
  auto at = [&](std::size_t folded_byte) {  // folded byte -> document byte
    return folded_byte >= offsets_.size() ? end : begin + offsets_[folded_byte];
  };
  auto push = [&](std::size_t from, std::size_t to, uint32_t key, TokenKind kind, uint8_t flags) {
    Token t;
    t.begin = at(from);
    t.end = at(to);
    t.key = key;
    t.kind = kind;
    t.flags = flags;
    out->push_back(t);
  };
  // ال is an article unless the word is a verb form that begins with it
  // (التقى، التزمت، ألغى).
  auto definite = [&](std::string_view stem) -> uint8_t {
    const std::string_view bare = StripArabicArticle(stem);
    if (!StartsWith(stem, kAl) || bare.size() == stem.size()) return 0;
    const uint32_t key = lexicon_->Find(bare);
    const bool verb = key != Lexicon::kUnknown && (lexicon_->flags(key) & kArticleVerb) != 0;
    return verb ? 0 : kDefinite;
  };

  // و or ف written onto a number ("و3 سودانيين") is the conjunction.
  if ((StartsWith(word, kWaw) || StartsWith(word, kFa)) && word.size() > 2 &&
      std::all_of(word.begin() + 2, word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    push(0, 2, lexicon_->Find(word.substr(0, 2)), TokenKind::kProclitic, 0);
    push(2, word.size(), Lexicon::kUnknown, TokenKind::kNumber, 0);
    return;
  }
  // 1. The whole word. A lone proclitic letter ("لـ «الجريدة»") is a proclitic.
  if (const uint32_t id = FindArabic(word); id != Lexicon::kUnknown) {
    const bool clitic = word == kWaw || word == kFa || word == kBa || word == kLam || word == kKaf;
    push(0, word.size(), id, clitic ? TokenKind::kProclitic : TokenKind::kWord, definite(word));
    return;
  }

  // 2. Proclitics + stem + suffix, shortest clitics first.
  struct Prefix {
    std::string_view letters;  // folded proclitic letters, one per token
    bool lam_al;               // "لل": ل + ال with the alef elided
  };
  static constexpr std::array<Prefix, 18> kPrefixes = {{
      {"", false},
      {kWaw, false},
      {kFa, false},
      {kBa, false},
      {kLam, false},
      {kKaf, false},
      {kSin, false},
      {"\xD9\x84", true},           // لل
      {"\xD9\x88\xD8\xA8", false},  // وب
      {"\xD9\x88\xD9\x84", false},  // ول
      {"\xD9\x88\xD9\x83", false},  // وك
      {"\xD9\x88\xD8\xB3", false},  // وس
      {"\xD9\x81\xD8\xA8", false},  // فب
      {"\xD9\x81\xD9\x84", false},  // فل
      {"\xD9\x81\xD8\xB3", false},  // فس
      {"\xD9\x88\xD9\x84", true},   // ولل
      {"\xD9\x81\xD9\x84", true},   // فلل
      {"\xD9\x83\xD9\x84", true},   // كلل (rare)
  }};
  // "لل" + a hamza on alef is ل + ال + a word that begins with it: "للأمين
  // العام" is "to the secretary-general", not ل + the name "لامين" (folding
  // drops the hamza, so only the written letter tells). With a bare alef it
  // is ل + ال + a word that begins with ل ("للاجئين" = ل + اللاجئين), which
  // the plain ل split already finds.
  bool article_after_lam = false;
  if (StartsWith(word, kLam) && StartsWith(word.substr(kLam.size()), kLam) &&
      word.size() > 2 * kLam.size()) {
    const UChar32 c = Peek(text, static_cast<uint32_t>(at(2 * kLam.size())), end);
    if (c == 0x0623 || c == 0x0625 || c == 0x0622) {  // أ إ آ
      candidate_.assign(kAl);
      candidate_.append(word.substr(2 * kLam.size()));
      article_after_lam = FindArabic(candidate_) != Lexicon::kUnknown;
    }
  }
  for (const Prefix& p : kPrefixes) {
    if (article_after_lam && !p.lam_al && p.letters == kLam) continue;
    // For "لل" the second ل begins the stem (ال with its alef elided).
    const std::size_t stem_from = p.letters.size();
    if (!StartsWith(word, p.letters)) continue;
    if (p.lam_al && !StartsWith(word.substr(stem_from), kLam)) continue;
    const std::string_view rest = word.substr(stem_from);
    const bool future = EndsWith(p.letters, kSin);
    if (future && !StartsPresentVerb(rest)) continue;
    for (std::size_t s = 0; s <= kSuffixes.size(); ++s) {
      const std::string_view suffix = s == 0 ? std::string_view() : kSuffixes[s - 1];
      if (p.letters.empty() && suffix.empty()) continue;  // the whole word: tried
      if (!EndsWith(rest, suffix) || rest.size() < suffix.size() + 4) continue;
      // ة folds to ه, but a written ة is never the pronoun: مصادرة, شحنة.
      if (suffix == kHa && IsTehMarbuta(text, at(word.size() - kHa.size()))) continue;
      std::string_view stem = rest.substr(0, rest.size() - suffix.size());
      uint32_t id = Lexicon::kUnknown;
      if (p.lam_al) {
        candidate_.assign(kAl);  // ل + (ا)ل...: restore the article
        candidate_.append(stem.substr(kLam.size()));
        id = FindArabic(candidate_);
      } else {
        id = FindArabic(stem);
      }
      if (id == Lexicon::kUnknown && !suffix.empty() && EndsWith(stem, kTa)) {
        // Teh marbuta before a suffix is written ت: زيارته → زيارة + ه.
        candidate_.assign(stem.substr(0, stem.size() - kTa.size()));
        candidate_.append(kHa);
        id = FindArabic(candidate_);
      }
      if (id == Lexicon::kUnknown) continue;
      // Short stems (two letters) only when the lexicon marks them as
      // function words (أن after ب: بأن), or for a doubled verb of two
      // letters after the conjunction و ("وردّ"، "وحثّ"، "وشنّ"); after ف
      // only when the shadda is written, since "فشل"، "فرد" are words.
      if (StripArabicArticle(stem).size() < 6 && !(lexicon_->flags(id) & kFunctionWord) &&
          !(suffix.empty() && (lexicon_->flags(id) & kVerbForm) &&
            (p.letters == kWaw ||
             (p.letters == kFa &&
              text.substr(begin, end - begin).find("\xD9\x91") != std::string_view::npos)))) {
        continue;
      }
      const std::size_t letters_end = p.lam_al ? p.letters.size() - kLam.size() : p.letters.size();
      // Every piece needs bytes of its own: a split inside one written code
      // point (the ligature ﻻ folds to ل + ا) is not a split.
      bool separable = true;
      for (std::size_t k = 2; k <= stem_from + stem.size() && separable; k += 2) {
        separable = at(k) > at(k - 2) || k > stem_from;
      }
      if (!separable || (!suffix.empty() && at(stem_from + stem.size()) >= end)) continue;
      for (std::size_t k = 0; k < letters_end; k += 2) {
        push(k, k + 2, lexicon_->Find(word.substr(k, 2)), TokenKind::kProclitic, 0);
      }
      if (p.lam_al) {
        // "لل" → the first ل is the preposition.
        push(letters_end, letters_end + 2, lexicon_->Find(kLam), TokenKind::kProclitic, 0);
      }
      const std::size_t stem_begin = p.lam_al ? letters_end + 2 : letters_end;
      push(stem_begin, stem_from + stem.size(), id, TokenKind::kWord,
           p.lam_al ? static_cast<uint8_t>(kDefinite) : definite(stem));
      if (!suffix.empty()) {
        push(stem_from + stem.size(), word.size(), lexicon_->Find(suffix), TokenKind::kSuffix, 0);
      }
      return;
    }
  }

  // 3. Unknown word. Split a conjunction/preposition before ال (والعلاقات,
  // بالمبادرة) so clause analysis sees it; otherwise keep the word whole.
  static constexpr std::array<std::string_view, 8> kBeforeAl = {"\xD9\x88\xD8\xA8",
                                                                "\xD9\x88\xD9\x83",
                                                                "\xD9\x81\xD8\xA8",  // وب وك فب
                                                                kWaw,
                                                                kFa,
                                                                kBa,
                                                                kKaf,
                                                                ""};
  for (std::string_view p : kBeforeAl) {
    if (p.empty()) break;
    if (StartsWith(word, p) && StartsWith(word.substr(p.size()), kAl) &&
        word.size() >= p.size() + kAl.size() + 4 && at(p.size()) > at(p.size() - 2) &&
        (p.size() < 4 || at(2) > at(0))) {
      for (std::size_t k = 0; k < p.size(); k += 2) {
        push(k, k + 2, lexicon_->Find(word.substr(k, 2)), TokenKind::kProclitic, 0);
      }
      push(p.size(), word.size(), Lexicon::kUnknown, TokenKind::kWord, kDefinite);
      return;
    }
  }
  if (StartsWith(word, "\xD9\x84\xD9\x84") && word.size() >= 8 && at(2) > at(0)) {  // لل
    push(0, 2, lexicon_->Find(kLam), TokenKind::kProclitic, 0);
    push(2, word.size(), Lexicon::kUnknown, TokenKind::kWord, kDefinite);
    return;
  }
  uint8_t flags = definite(word);
  if ((StartsWith(word, kWaw) || StartsWith(word, kFa)) && word.size() >= 6) flags |= kMaybeConj;
  push(0, word.size(), Lexicon::kUnknown, TokenKind::kWord, flags);
}

void Tokenizer::AddEnglishWord(std::string_view text, uint32_t begin, uint32_t end,
                               std::vector<Token>* out) {
  const std::string_view surface = text.substr(begin, end - begin);
  Token t;
  t.begin = begin;
  t.end = end;
  const UChar32 first = Peek(text, begin, end);
  if (first >= 0 && u_isupper(first)) t.flags |= kCapitalized;
  if (IsAllCaps(surface)) t.flags |= kAllCaps;
  // Possessive 's was left as a separate word by ScanWords: "'s" → suffix.
  folded_.clear();
  WordFolder::Get().Fold(surface, &folded_, nullptr);
  while (!folded_.empty() && folded_.back() == '.') folded_.pop_back();
  if (folded_.empty()) return;
  t.key = lexicon_->Find(Stem(folded_));
  out->push_back(t);
}

}  // namespace khabar::text
