// Copyright 2026 The khabar Authors. MIT License.
//
// Fuzz target: DocumentReader on arbitrary bytes. Each input is read three
// times: as text and as JSON Lines from memory (a seekable stream, as a file
// is), and sniffed (Format::kAuto) from a stream that cannot seek and hands
// out its bytes in small pieces (a pipe, as stdin is). Beyond not crashing,
// reading must lose nothing:
//   - every item is either a document or a rejection, and names its place;
//   - text input is one document holding every byte (less a leading BOM);
//   - JSON Lines input gives exactly one item per non-blank line, and the
//     item's place is that line's number;
//   - an input with nothing in it (no bytes, or only blanks) is one
//     rejection naming the input, never silence;
//   - the sniffed read from the pipe gives exactly the items of the read in
//     the format it sniffed from memory: piece boundaries (even inside a
//     BOM or the sniffed blanks) change nothing.
//
// Each execution is cheap (no files, no processes): a read costs a pass
// over the bytes, and the pipe hands out its first bytes one at a time (the
// BOM and the format sniffing straddle them) and then pieces whose size
// depends on the input.

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

// A stream buffer that cannot seek: hands out the first `head` bytes one at
// a time, then pieces of `piece` bytes.
class PipeBuffer : public std::streambuf {
 public:
  PipeBuffer(std::string_view bytes, std::size_t head, std::size_t piece)
      : bytes_(bytes), head_(head), piece_(piece) {}

 protected:
  int_type underflow() override {
    if (pos_ >= bytes_.size()) return traits_type::eof();
    const std::size_t want = pos_ < head_ ? 1 : piece_;
    const std::size_t n = std::min(want, bytes_.size() - pos_);
    char* p = const_cast<char*>(bytes_.data() + pos_);
    setg(p, p, p + n);
    pos_ += n;
    return traits_type::to_int_type(*p);
  }

 private:
  std::string_view bytes_;
  std::size_t head_;
  std::size_t piece_;
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

// What a read gave, item by item, for comparing two reads.
struct Item {
  std::string place;
  bool document;
  std::string id, date, lang, outlet, text, rejection;
  bool operator==(const Item&) const = default;
};

Item ToItem(const khabar::ReadItem& item) {
  Item copy{item.place, item.document.has_value()};
  if (item.document) {
    const khabar::Document& d = *item.document;
    copy.id = d.id;
    copy.date = d.date;
    copy.lang = d.lang;
    copy.outlet = d.outlet;
    copy.text = d.text;
  } else {
    copy.rejection = item.rejection.message();
  }
  return copy;
}

// Reads `in` in `format` (never kAuto) and checks the invariants above.
std::vector<Item> ReadAndCheck(std::string_view body, std::istream& in,
                               DocumentReader::Format format) {
  DocumentReader reader(in, std::string(kName), format);
  const std::vector<int> lines =
      format == DocumentReader::Format::kJsonl ? NonBlankLines(body) : std::vector<int>();
  std::vector<Item> items;
  khabar::ReadItem item;
  while (reader.Next(&item)) {
    FUZZ_CHECK(item.document.has_value() == item.rejection.ok());
    FUZZ_CHECK(item.rejection.ok() || !item.rejection.message().empty());
    FUZZ_CHECK(std::string_view(item.place).substr(0, kName.size()) == kName);
    const std::size_t index = items.size();
    if (format == DocumentReader::Format::kText) {
      FUZZ_CHECK(index == 0);
      FUZZ_CHECK(item.place == kName);
      if (item.document) FUZZ_CHECK(item.document->text == body);
      FUZZ_CHECK(item.document.has_value() == !IsBlank(body));
    } else if (lines.empty()) {
      FUZZ_CHECK(index == 0);
      FUZZ_CHECK(item.place == kName && !item.rejection.ok());
    } else {
      FUZZ_CHECK(index < lines.size());
      FUZZ_CHECK(item.place == std::string(kName) + ":" + std::to_string(lines[index]));
      if (item.document) {
        FUZZ_CHECK(!item.document->id.empty());
        FUZZ_CHECK(!khabar::text::FindInvalidUtf8(item.document->text).has_value());
      }
    }
    items.push_back(ToItem(item));
  }
  if (format == DocumentReader::Format::kText) {
    FUZZ_CHECK(items.size() == 1);
  } else {
    FUZZ_CHECK(items.size() == std::max<std::size_t>(lines.size(), 1));
  }
  FUZZ_CHECK(!reader.Next(&item));  // and it stays at the end
  return items;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::string_view body = input;
  if (body.substr(0, kBom.size()) == kBom) body.remove_prefix(kBom.size());
  const std::size_t first = body.find_first_not_of(" \t\r\n\f\v");
  const bool sniffed_jsonl = first != std::string_view::npos && body[first] == '{';

  std::vector<Item> text_items, jsonl_items;
  {
    std::istringstream file(input);
    text_items = ReadAndCheck(body, file, DocumentReader::Format::kText);
  }
  {
    std::istringstream file(input);
    jsonl_items = ReadAndCheck(body, file, DocumentReader::Format::kJsonl);
  }
  // The pipe: the first bytes one at a time, then pieces of 1 to 64 bytes.
  const std::size_t head = 8 + (size == 0 ? 0 : data[size - 1] % 8);
  const std::size_t piece = 1 + (size == 0 ? 0 : (data[0] ^ size) % 64);
  PipeBuffer pipe_buffer(input, head, piece);
  std::istream pipe(&pipe_buffer);
  const DocumentReader::Format sniffed =
      sniffed_jsonl ? DocumentReader::Format::kJsonl : DocumentReader::Format::kText;
  DocumentReader reader(pipe, std::string(kName));  // kAuto
  std::vector<Item> piped;
  {
    khabar::ReadItem item;
    while (reader.Next(&item)) {
      piped.push_back(ToItem(item));
    }
    FUZZ_CHECK(!reader.Next(&item));  // and it stays at the end
  }
  FUZZ_CHECK(piped == (sniffed == DocumentReader::Format::kJsonl ? jsonl_items : text_items));
  return 0;
}
