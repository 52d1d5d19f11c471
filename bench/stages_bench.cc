// Copyright 2026 The khabar Authors. MIT License.
//
// Google Benchmark for the stages of the hot path, per language:
//
//   normalise  text::WordFolder::Fold on every word of every sentence
//   split      text::SentenceSplitter::Split on every document
//   tokenize   text::Tokenizer::Tokenize (with the compiled lexicon) on every sentence
//   match      coder::FindCues, FindTimes, FindMentions, FindPatterns on tokenized sentences
//   code       khabar::Coder::Code on every document (everything above, plus clauses)
//
// and dictionary/load: khabar::Dictionary::Load with the embedded dictionaries
// (which reads the snapshot the build compiled of them, dict/SNAPSHOT.md);
// dictionary/load_arabic: the same with DictionaryOptions::defer_english, as
// `khabar code` loads them (a no-op with the snapshot); dictionary/compile:
// compiling the embedded text, all languages (what Load does without a snapshot,
// and the build does once).
//
// Each stage reports bytes/s (of the text it covers) and items/s, where an item
// is a sentence. The input is ../shared/gold/*.jsonl, or with --corpus DIR the
// first --mib MiB (default 4) of DIR/ar.jsonl and DIR/en.jsonl from
// bench/make_corpus. These are benchmarks, not tests: nothing here judges speed.
//
//   build/bench/khabar_bench [--corpus bench/corpus] [--mib 4] [--benchmark_filter=ar]

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coder/matchers.h"
#include "coder/sentence.h"
#include "dict/compiler.h"
#include "dict/embedded.h"
#include "dict/tables.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace khabar::bench {
namespace {

// The documents of one language, split and tokenized once, so that each stage
// can be timed on its own.
struct Corpus {
  text::Language language;
  std::vector<Document> documents;
  std::size_t bytes = 0;                                // document text bytes
  std::vector<std::pair<std::size_t, Span>> sentences;  // (document, span)
  std::size_t sentence_bytes = 0;
  std::vector<std::vector<text::Token>> tokens;    // per sentence
  std::vector<std::vector<text::RawToken>> words;  // per sentence (words only)
};

const Dictionary* g_dictionary = nullptr;

const internal::LanguageTables& Tables(text::Language language) {
  return g_dictionary->tables().ForLanguage(language);
}

// Reads the documents of `lang` from a JSONL file, up to `max_bytes` of text
// (0: all of it).
void ReadDocuments(const std::string& path, const std::string& lang, std::size_t max_bytes,
                   Corpus* corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "khabar_bench: cannot open %s\n", path.c_str());
    std::exit(2);
  }
  DocumentReader reader(in, path, DocumentReader::Format::kJsonl);
  ReadItem item;
  while (reader.Next(&item)) {
    if (!item.document || item.document->lang != lang) continue;
    corpus->bytes += item.document->text.size();
    corpus->documents.push_back(std::move(*item.document));
    if (max_bytes > 0 && corpus->bytes >= max_bytes) break;
  }
}

void Prepare(Corpus* corpus) {
  const internal::LanguageTables& lt = Tables(corpus->language);
  text::SentenceSplitter splitter(&lt.abbreviations);
  text::Tokenizer tokenizer(corpus->language, &lt.lexicon);
  for (std::size_t d = 0; d < corpus->documents.size(); ++d) {
    const std::string& t = corpus->documents[d].text;
    std::vector<Span> spans;
    splitter.Split(t, &spans);
    for (const Span& s : spans) {
      corpus->sentences.emplace_back(d, s);
      corpus->sentence_bytes += s.end - s.begin;
      std::vector<text::Token> tokens;
      tokenizer.Tokenize(t, s, &tokens);
      corpus->tokens.push_back(std::move(tokens));
      std::vector<text::RawToken> raw, words;
      text::ScanWords(t, s.begin, s.end, corpus->language, &raw);
      for (const text::RawToken& r : raw) {
        if (r.is_word) words.push_back(r);
      }
      corpus->words.push_back(std::move(words));
    }
  }
}

void Report(benchmark::State& state, std::size_t bytes, std::size_t sentences) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
  state.SetLabel("items = sentences");
}

void BM_Normalise(benchmark::State& state, const Corpus* c) {
  const text::WordFolder& folder = text::WordFolder::Get();
  const bool arabic = c->language == text::Language::kArabic;
  std::string folded;
  std::vector<uint32_t> offsets;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c->sentences.size(); ++i) {
      const std::string& t = c->documents[c->sentences[i].first].text;
      for (const text::RawToken& w : c->words[i]) {
        folded.clear();
        offsets.clear();
        // As the tokenizer calls it: byte offsets for Arabic, none for English.
        folder.Fold(std::string_view(t).substr(w.begin, w.end - w.begin), &folded,
                    arabic ? &offsets : nullptr);
        benchmark::DoNotOptimize(folded.data());
      }
    }
  }
  Report(state, c->sentence_bytes, c->sentences.size());
}

void BM_Split(benchmark::State& state, const Corpus* c) {
  text::SentenceSplitter splitter(&Tables(c->language).abbreviations);
  std::vector<Span> spans;
  for (auto _ : state) {
    for (const Document& d : c->documents) {
      spans.clear();
      splitter.Split(d.text, &spans);
      benchmark::DoNotOptimize(spans.data());
    }
  }
  Report(state, c->bytes, c->sentences.size());
}

void BM_Tokenize(benchmark::State& state, const Corpus* c) {
  text::Tokenizer tokenizer(c->language, &Tables(c->language).lexicon);
  std::vector<text::Token> tokens;
  std::size_t count = 0;
  for (auto _ : state) {
    for (const auto& [d, span] : c->sentences) {
      tokens.clear();
      tokenizer.Tokenize(c->documents[d].text, span, &tokens);
      count += tokens.size();
    }
  }
  benchmark::DoNotOptimize(count);
  Report(state, c->sentence_bytes, c->sentences.size());
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}

void BM_Match(benchmark::State& state, const Corpus* c) {
  const internal::Tables& tables = g_dictionary->tables();
  const internal::LanguageTables& lt = Tables(c->language);
  std::vector<coder::Sentence> sentences(c->sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    sentences[i].index = static_cast<int>(i);
    sentences[i].span = c->sentences[i].second;
    sentences[i].tokens = c->tokens[i];
  }
  const int date = 20240101;
  std::size_t matches = 0;
  for (auto _ : state) {
    for (coder::Sentence& s : sentences) {
      s.mentions.clear();
      s.cues.clear();
      s.times.clear();
      s.matches.clear();
      coder::FindCues(tables, lt, &s);
      coder::FindTimes(lt, &s);
      coder::FindMentions(tables, lt, date, &s);
      coder::FindPatterns(tables, lt, &s);
      matches += s.matches.size();
    }
  }
  benchmark::DoNotOptimize(matches);
  Report(state, c->sentence_bytes, c->sentences.size());
}

void BM_Code(benchmark::State& state, const Corpus* c) {
  const Coder coder(*g_dictionary);
  std::size_t events = 0, sentences = 0;
  for (auto _ : state) {
    for (const Document& d : c->documents) {
      CodeStats stats;
      Result<std::vector<Event>> coded = coder.Code(d, &stats);
      if (!coded.ok()) {
        state.SkipWithError(("document " + d.id + ": " + coded.status().message()).c_str());
        return;
      }
      events += coded->size();
      sentences += static_cast<std::size_t>(stats.sentences);
    }
  }
  Report(state, c->bytes, sentences / std::max<std::size_t>(1, state.iterations()));
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}

void BM_DictionaryLoad(benchmark::State& state, bool defer_english) {
  DictionaryOptions options;
  options.defer_english = defer_english;
  for (auto _ : state) {
    Result<Dictionary> dict = Dictionary::Load(options);
    if (!dict.ok()) {
      state.SkipWithError(dict.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(&*dict);
  }
}

void BM_DictionaryCompile(benchmark::State& state) {
  std::size_t count = 0;
  const dict::EmbeddedFile* embedded = dict::EmbeddedFiles(&count);
  std::vector<dict::DictFile> files;
  for (std::size_t i = 0; i < count; ++i) {
    files.push_back({std::string(embedded[i].path), std::string(embedded[i].text)});
  }
  for (auto _ : state) {
    DictionaryReport report;
    std::unique_ptr<internal::Tables> tables = dict::Compile(files, false, &report);
    if (!report.errors.empty()) {
      state.SkipWithError(report.errors.front().c_str());
      return;
    }
    benchmark::DoNotOptimize(tables.get());
  }
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  using khabar::bench::Corpus;
  benchmark::Initialize(&argc, argv);
  std::string corpus_dir;
  double mib = 4;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--corpus" && i + 1 < argc) {
      corpus_dir = argv[++i];
    } else if (arg == "--mib" && i + 1 < argc) {
      mib = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: khabar_bench [benchmark flags] [--corpus DIR] [--mib N]\n");
      return 2;
    }
  }

  static khabar::Result<khabar::Dictionary> dict = khabar::Dictionary::Load({});
  if (!dict.ok()) {
    std::fprintf(stderr, "khabar_bench: %s\n", dict.status().ToString().c_str());
    return 2;
  }
  khabar::bench::g_dictionary = &*dict;

  static Corpus corpora[2];
  const char* const kLangs[2] = {"ar", "en"};
  for (int l = 0; l < 2; ++l) {
    Corpus& c = corpora[l];
    c.language = l == 0 ? khabar::text::Language::kArabic : khabar::text::Language::kEnglish;
    if (corpus_dir.empty()) {
      for (const char* file : {"gold/dev.ar.jsonl", "gold/dev.en.jsonl", "gold/seed.ar.jsonl"}) {
        khabar::bench::ReadDocuments(std::string(KHABAR_SHARED_DIR) + "/" + file, kLangs[l], 0, &c);
      }
    } else {
      khabar::bench::ReadDocuments(corpus_dir + "/" + kLangs[l] + ".jsonl", kLangs[l],
                                   static_cast<std::size_t>(mib * (1 << 20)), &c);
    }
    khabar::bench::Prepare(&c);
    std::fprintf(stderr, "khabar_bench: %s: %zu documents, %zu sentences, %.2f MB\n", kLangs[l],
                 c.documents.size(), c.sentences.size(), c.bytes / 1e6);
  }

  benchmark::RegisterBenchmark("dictionary/load", khabar::bench::BM_DictionaryLoad, false)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("dictionary/load_arabic", khabar::bench::BM_DictionaryLoad, true)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("dictionary/compile", khabar::bench::BM_DictionaryCompile)
      ->Unit(benchmark::kMillisecond);
  for (int l = 0; l < 2; ++l) {
    const Corpus* c = &corpora[l];
    const std::string lang = kLangs[l];
    if (c->documents.empty()) continue;
    benchmark::RegisterBenchmark(("normalise/" + lang).c_str(), khabar::bench::BM_Normalise, c)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("split/" + lang).c_str(), khabar::bench::BM_Split, c)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("tokenize/" + lang).c_str(), khabar::bench::BM_Tokenize, c)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("match/" + lang).c_str(), khabar::bench::BM_Match, c)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("code/" + lang).c_str(), khabar::bench::BM_Code, c)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
