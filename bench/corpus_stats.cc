// Copyright 2026 The khabar Authors. MIT License.
//
// corpus_stats: how many documents, sentences and tokens `khabar code` sees
// in JSONL files, counted the way Coder::Code counts them (CodeStats): the
// sentences of the language's SentenceSplitter and the tokens of its
// Tokenizer, with the built-in dictionaries. bench/run divides by these.
//
//   build/bench/corpus_stats FILE...
//   -> documents 25611 rejected 0 bytes 104859779 text_bytes 101234567 sentences 360000 tokens
//   9000000
//
// Documents without a "lang" are coded in full (Coder::Code) to learn their
// language; the others are only split and tokenized, which is much faster.

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "dict/tables.h"
#include "khabar/coder.h"
#include "khabar/dictionary.h"
#include "khabar/io.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: corpus_stats FILE.jsonl...\n");
    return 2;
  }
  khabar::Result<khabar::Dictionary> dict = khabar::Dictionary::Load({});
  if (!dict.ok()) {
    std::fprintf(stderr, "corpus_stats: %s\n", dict.status().ToString().c_str());
    return 2;
  }
  const khabar::internal::Tables& tables = dict->tables();
  const khabar::Coder coder(*dict);
  khabar::text::SentenceSplitter ar_splitter(&tables.ar.abbreviations);
  khabar::text::SentenceSplitter en_splitter(&tables.en.abbreviations);
  khabar::text::SentenceSplitter* splitters[2] = {&ar_splitter, &en_splitter};
  khabar::text::Tokenizer ar(khabar::text::Language::kArabic, &tables.ar.lexicon);
  khabar::text::Tokenizer en(khabar::text::Language::kEnglish, &tables.en.lexicon);
  khabar::text::Tokenizer* tokenizers[2] = {&ar, &en};

  long documents = 0, rejected = 0, sentences = 0, tokens = 0;
  unsigned long long bytes = 0, text_bytes = 0;
  std::vector<khabar::Span> spans;
  std::vector<khabar::text::Token> sentence_tokens;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "corpus_stats: cannot open %s\n", argv[i]);
      return 2;
    }
    in.seekg(0, std::ios::end);
    bytes += static_cast<unsigned long long>(in.tellg());
    in.seekg(0);
    khabar::DocumentReader reader(in, argv[i], khabar::DocumentReader::Format::kJsonl);
    khabar::ReadItem item;
    while (reader.Next(&item)) {
      if (!item.document) {
        ++rejected;
        continue;
      }
      const khabar::Document& d = *item.document;
      if (d.lang != "ar" && d.lang != "en") {
        khabar::CodeStats stats;
        if (!coder.Code(d, &stats).ok()) {
          ++rejected;
          continue;
        }
        ++documents;
        text_bytes += d.text.size();
        sentences += stats.sentences;
        tokens += stats.tokens;
        continue;
      }
      const int l = d.lang == "ar" ? 0 : 1;
      ++documents;
      text_bytes += d.text.size();
      spans.clear();
      splitters[l]->Split(d.text, &spans);
      sentences += static_cast<long>(spans.size());
      for (const khabar::Span& s : spans) {
        sentence_tokens.clear();
        tokenizers[l]->Tokenize(d.text, s, &sentence_tokens);
        tokens += static_cast<long>(sentence_tokens.size());
      }
    }
  }
  std::printf("documents %ld rejected %ld bytes %llu text_bytes %llu sentences %ld tokens %ld\n",
              documents, rejected, bytes, text_bytes, sentences, tokens);
  return 0;
}
