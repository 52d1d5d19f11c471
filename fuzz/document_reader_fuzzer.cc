// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: DocumentReader on arbitrary bytes, read as JSON Lines, as text
// and sniffed, from a seekable stream (a file) and from one that cannot seek
// (a pipe, as stdin is). Beyond not crashing, reading must lose nothing:
//   - every item is either a document or a rejection, and names its place;
//   - text input is one document holding every byte (less a leading BOM);
//   - JSON Lines input gives exactly one item per non-blank line, and the
//     item's place is that line's number;
//   - an input with nothing in it (no bytes, or only blanks) is one
//     rejection naming the input, never silence.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "khabar/io.h"
#include "text/utf8.h"

namespace {

using khabar::DocumentReader;

constexpr std::string_view kName = "fuzz.in";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A stream buffer that hands out a few bytes at a time and cannot seek.
class PipeBuffer : public std::streambuf {
 public:
  explicit PipeBuffer(std::string_view bytes) : bytes_(bytes) {}

 protected:
  int_type underflow() override {
    if (pos_ >= bytes_.size()) return traits_type::eof();
    const std::size_t n = std::min<std::size_t>(3, bytes_.size() - pos_);
    char* p = const_cast<char*>(bytes_.data() + pos_);
    setg(p, p, p + n);
    pos_ += n;
    return traits_type::to_int_type(*p);
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Line numbers (from 1) of the non-blank lines of `bytes` (a BOM opening a
// line does not count).
std::vector<int> NonBlankLines(std::string_view bytes) {
  std::vector<int> lines;
  int number = 0;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    ++number;
    std::string_view line = bytes.substr(start, end - start);
    if (line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());  // as joined files
    if (!IsBlank(line)) lines.push_back(number);
    start = end + 1;
  }
  return lines;
}

void Check(std::string_view input, std::istream& in, DocumentReader::Format format) {
  std::string_view body = input;
  if (body.substr(0, kBom.size()) == kBom) body.remove_prefix(kBom.size());
  if (format == DocumentReader::Format::kAuto) {
    const std::size_t first = body.find_first_not_of(" \t\r\n\f\v");
    const bool jsonl = first != std::string_view::npos && body[first] == '{';
    format = jsonl ? DocumentReader::Format::kJsonl : DocumentReader::Format::kText;
  }
  const std::vector<int> lines = NonBlankLines(body);

  DocumentReader reader(in, std::string(kName), format);
  khabar::ReadItem item;
  std::size_t items = 0;
  while (reader.Next(&item)) {
    FUZZ_CHECK(item.document.has_value() == item.rejection.ok());
    FUZZ_CHECK(item.rejection.ok() || !item.rejection.message().empty());
    FUZZ_CHECK(std::string_view(item.place).substr(0, kName.size()) == kName);
    if (format == DocumentReader::Format::kText) {
      FUZZ_CHECK(items == 0);
      FUZZ_CHECK(item.place == kName);
      if (item.document) FUZZ_CHECK(item.document->text == body);
      FUZZ_CHECK(item.document.has_value() == !IsBlank(body));
    } else if (lines.empty()) {
      FUZZ_CHECK(items == 0);
      FUZZ_CHECK(item.place == kName && !item.rejection.ok());
    } else {
      FUZZ_CHECK(items < lines.size());
      FUZZ_CHECK(item.place == std::string(kName) + ":" + std::to_string(lines[items]));
      if (item.document) {
        FUZZ_CHECK(!item.document->id.empty());
        FUZZ_CHECK(!khabar::text::FindInvalidUtf8(item.document->text).has_value());
      }
    }
    ++items;
    item = khabar::ReadItem();
  }
  if (format == DocumentReader::Format::kText) {
    FUZZ_CHECK(items == 1);
  } else {
    FUZZ_CHECK(items == std::max<std::size_t>(lines.size(), 1));
  }
  FUZZ_CHECK(!reader.Next(&item));  // and it stays at the end
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (auto format : {DocumentReader::Format::kAuto, DocumentReader::Format::kText,
                      DocumentReader::Format::kJsonl}) {
    std::istringstream file(input);
    Check(input, file, format);
    PipeBuffer pipe_buffer(input);
    std::istream pipe(&pipe_buffer);
    Check(input, pipe, format);
  }
  return 0;
}
