// Copyright 2026 The khabar Authors. MIT License.
//
// Coder::Code: the pipeline of DESIGN.md, one document at a time:
// validate → sentences → tokens → dictionary matches → clauses → events.

#include "khabar/coder.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "coder/clause_analyzer.h"
#include "coder/date_resolver.h"
#include "coder/english_rules.h"
#include "coder/matchers.h"
#include "dict/tables.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace khabar {
namespace {

// "ar" when Arabic letters outnumber Latin ones in the first 64 KiB.
std::string DetectLanguage(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), 1 << 16));
  int arabic = 0, latin = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_ARABIC) ++arabic;
    if (script == USCRIPT_LATIN) ++latin;
  }
  return arabic > latin ? "ar" : "en";
}

// The CAMEO root-04 events (consult, visit, negotiate) are written once per
// pair of countries: the most specific code wins (a visit beats a meeting).
int ConsultRank(std::string_view code) {
  if (code == "042" || code == "043") return 6;
  if (code == "046") return 5;
  if (code == "045") return 4;
  if (code == "041") return 3;
  if (code == "044") return 2;
  return 1;
}

// Per-thread tools (an ICU break iterator, a Snowball stemmer) are costly to
// make; each thread keeps one set per dictionary and language.
struct ThreadScratch {
  uint64_t generation = 0;
  std::unique_ptr<text::SentenceSplitter> splitter;
  std::unique_ptr<text::Tokenizer> tokenizer;
  std::vector<Span> spans;

  static ThreadScratch& For(const internal::Tables& tables, text::Language language) {
    thread_local ThreadScratch scratch[2];
    ThreadScratch& s = scratch[static_cast<int>(language)];
    if (s.generation != tables.generation) {
      const internal::LanguageTables& lt = tables.ForLanguage(language);
      s.splitter = std::make_unique<text::SentenceSplitter>(&lt.abbreviations);
      s.tokenizer = std::make_unique<text::Tokenizer>(language, &lt.lexicon);
      s.generation = tables.generation;
    }
    return s;
  }
};

// One event per act: the same pair, code and polarity twice in one sentence
// is one act said twice; in two sentences it is two acts ("أبدى انفتاحاً …"
// in one paragraph and again in the next), as the gold counts them. Root 04
// stays once per pair of countries in the whole document (gold rule 4).
void Deduplicate(std::vector<Event>* events) {
  std::vector<Event> kept;
  std::set<std::tuple<int, std::string, std::string, std::string, bool>> seen;
  // Root 04 once per pair of countries (either direction) and polarity: the
  // index in `kept` of the one written so far.
  std::map<std::tuple<std::string, std::string, bool>, std::size_t> consult;
  for (Event& e : *events) {
    if (e.root == "04" && e.source.code.substr(0, 3) != "---" && e.target.code.substr(0, 3) != "---") {
      std::string a = e.source.code.substr(0, 3), b = e.target.code.substr(0, 3);
      if (b < a) std::swap(a, b);
      auto [it, fresh] = consult.try_emplace({a, b, e.negated}, kept.size());
      if (!fresh) {
        Event& first = kept[it->second];
        if (ConsultRank(e.code) > ConsultRank(first.code)) first = std::move(e);
        continue;
      }
    }
    auto key = std::make_tuple(e.sentence, e.source.code, e.target.code, e.code, e.negated);
    if (!seen.insert(key).second) continue;
    kept.push_back(std::move(e));
  }
  *events = std::move(kept);
}

}  // namespace

namespace {

std::string Surface(const Document& d, const text::Token& t) {
  return d.text.substr(t.begin, t.end - t.begin);
}

void TraceSentence(const internal::Tables& tables, const internal::LanguageTables& lt,
                   const Document& doc, const coder::Sentence& s, std::string* out) {
  *out += "sentence " + std::to_string(s.index) + ": " +
          doc.text.substr(s.span.begin, s.span.end - s.span.begin) + "\n  tokens:";
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const text::Token& t = s.tokens[i];
    *out += " " + std::to_string(i) + ":" + Surface(doc, t);
    if (t.kind == text::TokenKind::kProclitic) *out += "+";
    if (t.kind == text::TokenKind::kSuffix) *out += "(suffix)";
    if (t.key == text::Lexicon::kUnknown && t.kind == text::TokenKind::kWord) *out += "?";
    if (t.key != text::Lexicon::kUnknown && (lt.lexicon.flags(t.key) & text::kVerbForm)) *out += "[v]";
  }
  *out += "\n";
  for (const coder::Mention& m : s.mentions) {
    *out += "  mention " + std::to_string(m.first) + "-" + std::to_string(m.last) + " " +
            (m.code.empty() ? "(reference)" : m.code) +
            (m.group >= 0 ? " group " + std::to_string(m.group) : "") + " '" +
            doc.text.substr(s.tokens[m.first].begin, s.tokens[m.last].end - s.tokens[m.first].begin) +
            "'\n";
  }
  static const char* const kCueNames[] = {"say", "continue", "source", "deny", "negate",
                                           "complementizer", "condition", "clause", "relative",
                                           "reference", "intent", "abbreviation", "preposition",
                                           "adverb", "linker", "passive", "conjunction",
                                           "discard", "quantity", "head", "light", "warning"};
  static_assert(std::size(kCueNames) == static_cast<std::size_t>(internal::CueKind::kWarning) + 1,
                "a name for every CueKind, in order");
  for (const coder::CueHit& c : s.cues) {
    *out += "  cue " + std::to_string(c.first) + " " +
            kCueNames[static_cast<int>(tables.cues[c.cue].kind)] + " '" + Surface(doc, s.tokens[c.first]) +
            "'\n";
  }
  for (const coder::TimeHit& t : s.times) {
    *out += "  time " + std::to_string(t.first) + " '" + Surface(doc, s.tokens[t.first]) + "' (" +
            tables.times[t.time].place + ")\n";
  }
  for (const coder::PatternMatch& m : s.matches) {
    const internal::Pattern& p = lt.patterns[m.pattern];
    *out += "  match " + p.code + " " + p.id + " anchor " + std::to_string(m.anchor) + " last " +
            std::to_string(m.last) + (m.source != coder::kNone ? " SRC=mention" + std::to_string(m.source) : "") +
            (m.target != coder::kNone ? " TGT=mention" + std::to_string(m.target) : "") + "\n";
  }
}

}  // namespace

Result<std::string> Coder::Trace(const Document& document) const {
  if (auto bad = text::FindInvalidUtf8(document.text)) {
    return Status::InvalidInput("byte " + std::to_string(*bad) + ": invalid UTF-8");
  }
  std::string lang = document.lang.empty() ? options_.default_lang : document.lang;
  if (lang == "auto") lang = DetectLanguage(document.text);
  if (lang != "ar" && lang != "en") return Status::InvalidInput("unknown language '" + lang + "'");
  const int article_date = coder::ParseIsoDate(document.date.empty() ? options_.default_date
                                                                     : document.date);
  const internal::Tables& tables = dictionary_->TablesFor(lang == "en");
  const text::Language language = lang == "ar" ? text::Language::kArabic : text::Language::kEnglish;
  const internal::LanguageTables& lt = tables.ForLanguage(language);
  text::SentenceSplitter splitter(&lt.abbreviations);
  text::Tokenizer tokenizer(language, &lt.lexicon);
  std::vector<Span> spans;
  splitter.Split(document.text, &spans);
  std::string out;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    coder::Sentence sentence;
    sentence.index = static_cast<int>(i);
    sentence.span = spans[i];
    tokenizer.Tokenize(document.text, spans[i], &sentence.tokens);
    coder::FindCues(tables, lt, &sentence);
    coder::FindTimes(lt, &sentence);
    if (language == text::Language::kEnglish) {  // English order: coder/english_rules.h
      coder::FindEnglishMentions(tables, lt, document.text, article_date, &sentence);
    } else {
      coder::FindMentions(tables, lt, article_date, &sentence);
    }
    coder::FindPatterns(tables, lt, &sentence);
    TraceSentence(tables, lt, document, sentence, &out);
  }
  return out;
}

Coder::Coder(const Dictionary& dictionary, CoderOptions options)
    : dictionary_(&dictionary), options_(std::move(options)) {}

Result<std::vector<Event>> Coder::Code(const Document& document, CodeStats* stats) const {
  if (document.text.size() > options_.max_document_bytes) {
    return Status::InvalidInput("document is " + std::to_string(document.text.size()) +
                                " bytes; the limit is " +
                                std::to_string(options_.max_document_bytes));
  }
  if (auto bad = text::FindInvalidUtf8(document.text)) {
    return Status::InvalidInput("byte " + std::to_string(*bad) + ": invalid UTF-8");
  }
  std::string lang = document.lang.empty() ? options_.default_lang : document.lang;
  if (lang == "auto") lang = DetectLanguage(document.text);
  if (lang != "ar" && lang != "en") {
    return Status::InvalidInput("unknown language '" + lang + "' (expected ar, en or auto)");
  }
  const std::string& date_text = document.date.empty() ? options_.default_date : document.date;
  const int article_date = date_text.empty() ? 0 : coder::ParseIsoDate(date_text.substr(0, 10));
  if (!date_text.empty() && article_date == 0) {
    return Status::InvalidInput("bad date '" + date_text + "' (expected YYYY-MM-DD)");
  }

  const internal::Tables& tables = dictionary_->TablesFor(lang == "en");
  const text::Language language = lang == "ar" ? text::Language::kArabic : text::Language::kEnglish;
  const internal::LanguageTables& lt = tables.ForLanguage(language);

  ThreadScratch& scratch = ThreadScratch::For(tables, language);
  std::vector<Span>& spans = scratch.spans;
  spans.clear();
  scratch.splitter->Split(document.text, &spans);
  text::Tokenizer& tokenizer = *scratch.tokenizer;

  coder::ClauseAnalyzer analyzer(tables, lt, document, article_date, options_.explain);
  coder::EnglishAnalyzer english(tables, lt, document, article_date, options_);
  std::vector<Event> events;
  coder::Sentence sentence;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    sentence = coder::Sentence();
    sentence.index = static_cast<int>(i);
    sentence.span = spans[i];
    tokenizer.Tokenize(document.text, spans[i], &sentence.tokens);
    coder::FindCues(tables, lt, &sentence);
    coder::FindTimes(lt, &sentence);
    if (language == text::Language::kEnglish) {  // English order: coder/english_rules.h
      coder::FindEnglishMentions(tables, lt, document.text, article_date, &sentence);
    } else {
      coder::FindMentions(tables, lt, article_date, &sentence);
    }
    coder::FindPatterns(tables, lt, &sentence);
    if (language == text::Language::kEnglish) {
      english.Analyze(&sentence, &events);
    } else {
      analyzer.Analyze(&sentence, &events);
    }
    if (stats != nullptr) stats->tokens += static_cast<int>(sentence.tokens.size());
  }
  if (stats != nullptr) stats->sentences += static_cast<int>(spans.size());
  Deduplicate(&events);
  return events;
}

}  // namespace khabar
