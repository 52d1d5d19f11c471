// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: the whole coder (built-in dictionaries) on arbitrary bytes,
// then the three writers on its events. The last bytes of the input choose
// the document's language, date and id, whether to explain, and (one input
// in four) whether to Trace too; the rest is the text. Invariants checked:
//   - Code() succeeds exactly when it should: it rejects text that is not
//     valid UTF-8 and bad dates, and nothing else;
//   - every event keeps the schema of khabar/event.h: spans inside the text
//     and inside their sentence, sentence_text equal to the sentence's
//     bytes, a CAMEO code with its root and quad class, an ISO date;
//   - each JSON line parses back; each TSV/CSV row has the header's columns;
//   - Trace() succeeds exactly when the text is valid UTF-8.

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "khabar/coder.h"
#include "khabar/io.h"
#include "text/utf8.h"

namespace {

const khabar::Dictionary& BuiltIn() {
  static const khabar::Dictionary* dictionary = [] {
    auto loaded = khabar::Dictionary::Load({});
    FUZZ_CHECK(loaded.ok());
    return new khabar::Dictionary(std::move(loaded).value());
  }();
  return *dictionary;
}

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

// Splits one CSV/TSV record (RFC 4180 quoting) into fields.
std::vector<std::string> SplitRecord(std::string_view line, char delimiter) {
  FUZZ_CHECK(!line.empty() && line.back() == '\n');
  line.remove_suffix(1);
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"' && (i == 0 || line[i - 1] == delimiter)) {
      quoted = true;
    } else if (c == delimiter) {
      fields.emplace_back();
    } else {
      FUZZ_CHECK(c != '\n' && c != '\r');  // a line break must be quoted
      fields.back() += c;
    }
  }
  FUZZ_CHECK(!quoted);
  return fields;
}

void CheckWriters(const khabar::Event& e) {
  const khabar::EventWriter jsonl(khabar::EventWriter::Format::kJsonl);
  const std::string line = jsonl.FormatEvent(e);
  FUZZ_CHECK(!line.empty() && line.find('\n') == line.size() - 1);
  const auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!json.is_discarded());
  FUZZ_CHECK(json.at("doc") == e.doc && json.at("code") == e.code);
  FUZZ_CHECK(json.at("sentence_text").get<std::string>() == e.sentence_text);

  for (auto [format, delimiter] : {std::pair{khabar::EventWriter::Format::kTsv, '\t'},
                                   std::pair{khabar::EventWriter::Format::kCsv, ','}}) {
    const khabar::EventWriter writer(format);
    const auto header = SplitRecord(writer.Header(), delimiter);
    const auto row = SplitRecord(writer.FormatEvent(e), delimiter);
    FUZZ_CHECK(row.size() == header.size());
    FUZZ_CHECK(row.front() == e.doc && row.back() == e.sentence_text);
  }
}

void CheckEvent(const khabar::Document& doc, const khabar::Event& e) {
  const std::size_t size = doc.text.size();
  FUZZ_CHECK(e.doc == doc.id);
  FUZZ_CHECK(e.sentence >= 0);
  FUZZ_CHECK(e.sentence_span.begin < e.sentence_span.end && e.sentence_span.end <= size);
  FUZZ_CHECK(e.sentence_span.begin <= e.span.begin && e.span.begin <= e.span.end &&
             e.span.end <= e.sentence_span.end);
  FUZZ_CHECK(e.sentence_text ==
             doc.text.substr(e.sentence_span.begin, e.sentence_span.end - e.sentence_span.begin));
  FUZZ_CHECK(e.code.size() >= 2 && e.code.size() <= 4 && e.root == e.code.substr(0, 2));
  FUZZ_CHECK(e.quad >= 1 && e.quad <= 4);
  FUZZ_CHECK(!e.source.code.empty() && !e.target.code.empty());
  FUZZ_CHECK(e.date.empty() || IsIsoDate(e.date));
  FUZZ_CHECK(!e.said_by || !e.attribution.empty());
  CheckWriters(e);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  BuiltIn();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  FuzzedDataProvider provider(data, size);
  khabar::CoderOptions options;
  // The first byte: explain or not, and whether to Trace too (one input in
  // four: Trace reads the whole document again, and costs more than Code).
  const std::uint8_t flags = provider.ConsumeIntegral<std::uint8_t>();
  options.explain = (flags & 1) != 0;
  const bool trace = (flags & 6) == 6;
  static const char* const kLanguages[] = {"", "ar", "en", "auto"};
  static const char* const kIds[] = {"doc", "a\tb", "x,\"y\"", "مقال-1"};
  // A date the coder must accept (or none), or one it must reject.
  static const char* const kDates[] = {"",           "2024-03-14", "2019-02-28T10:00:00Z",
                                       "2000-02-29", "2019-02-29", "14/03/2024",
                                       "2024-3-14",  "yesterday"};
  khabar::Document doc;
  doc.lang = kLanguages[provider.ConsumeIntegralInRange(0, 3)];
  doc.id = kIds[provider.ConsumeIntegralInRange(0, 3)];
  const int date = provider.ConsumeIntegralInRange(0, 7);
  doc.date = kDates[date];
  const bool date_ok = date < 4;
  doc.text = provider.ConsumeRemainingBytesAsString();
  const bool utf8_ok = !khabar::text::FindInvalidUtf8(doc.text).has_value();

  const khabar::Coder coder(BuiltIn(), options);
  khabar::CodeStats stats;
  const auto events = coder.Code(doc, &stats);
  FUZZ_CHECK(events.ok() == (utf8_ok && date_ok));
  if (!events.ok()) {
    FUZZ_CHECK(events.status().code() == khabar::Status::Code::kInvalidInput);
    FUZZ_CHECK(!events.status().message().empty());
  } else {
    FUZZ_CHECK(stats.sentences >= 0 && stats.tokens >= 0);
    for (const khabar::Event& e : *events) CheckEvent(doc, e);
  }
  if (trace) {
    const auto traced = coder.Trace(doc);
    FUZZ_CHECK(traced.ok() == utf8_ok);
  }
  return 0;
}
