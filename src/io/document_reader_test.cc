// Copyright 2026 The khabar Authors. MIT License.

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "khabar/io.h"

namespace khabar {
namespace {

// Reads like a pipe: a few bytes at a time, and it cannot seek back. After
// `fail_after` bytes (when given) reading fails, as a disk error would.
class PipeBuffer : public std::streambuf {
 public:
  explicit PipeBuffer(std::string bytes, std::size_t fail_after = std::string::npos)
      : bytes_(std::move(bytes)), fail_after_(fail_after) {}

 protected:
  int_type underflow() override {
    if (pos_ >= fail_after_) throw std::runtime_error("read error");
    if (pos_ >= bytes_.size()) return traits_type::eof();
    const std::size_t n = std::min<std::size_t>({2, bytes_.size() - pos_, fail_after_ - pos_});
    setg(bytes_.data() + pos_, bytes_.data() + pos_, bytes_.data() + pos_ + n);
    pos_ += n;
    return traits_type::to_int_type(bytes_[pos_ - n]);
  }

 private:
  std::string bytes_;
  std::size_t fail_after_;
  std::size_t pos_ = 0;
};

// "place|id|text" for a document, "place!message" for a rejection.
std::vector<std::string> ReadAll(std::istream& in, DocumentReader::Format format,
                                 std::size_t max_bytes = DocumentReader::kDefaultMaxBytes) {
  DocumentReader reader(in, "in", format);
  reader.set_max_bytes(max_bytes);
  std::vector<std::string> items;
  ReadItem item;
  while (reader.Next(&item)) {
    items.push_back(item.document ? item.place + "|" + item.document->id + "|" + item.document->text
                                  : item.place + "!" + item.rejection.message());
  }
  return items;
}

std::vector<std::string> ReadPipe(const std::string& bytes,
                                  DocumentReader::Format format = DocumentReader::Format::kAuto) {
  PipeBuffer buffer(bytes);
  std::istream in(&buffer);
  return ReadAll(in, format);
}

std::vector<std::string> ReadFile(const std::string& bytes,
                                  DocumentReader::Format format = DocumentReader::Format::kAuto) {
  std::istringstream in(bytes);
  return ReadAll(in, format);
}

using Items = std::vector<std::string>;

TEST(DocumentReaderTest, OneDocumentPerJsonLine) {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"text\":\"y\"}\n{\"id\":1,\"text\":\"z\"}";
  const Items expected = {"in:1|a|x", "in:3|in:3|y", "in:4|1|z"};
  EXPECT_EQ(ReadFile(input), expected);
  EXPECT_EQ(ReadPipe(input), expected);
}

TEST(DocumentReaderTest, SkipsAByteOrderMark) {
  EXPECT_EQ(ReadPipe("\xEF\xBB\xBFplain text"), Items{"in|in|plain text"});
  EXPECT_EQ(ReadPipe("\xEF\xBB\xBF{\"text\":\"x\"}\n"), Items{"in:1|in:1|x"});
  // At the start of a later line too (files joined with cat).
  EXPECT_EQ(ReadFile("{\"text\":\"x\"}\n\xEF\xBB\xBF{\"text\":\"y\"}\n"),
            (Items{"in:1|in:1|x", "in:2|in:2|y"}));
}

TEST(DocumentReaderTest, KeepsBytesThatOnlyBeginLikeAByteOrderMark) {
  // U+FEFB (lam-alef) is EF BB BB: not a BOM. From a pipe nothing can be put
  // back, and nothing may be lost either.
  const std::string lam_alef = "\xEF\xBB\xBB";
  EXPECT_EQ(ReadPipe(lam_alef + " text"), Items{"in|in|" + lam_alef + " text"});
  EXPECT_EQ(ReadFile(lam_alef + " text"), Items{"in|in|" + lam_alef + " text"});
  EXPECT_EQ(ReadPipe("\xEF"
                     "abc"),
            Items{"in|in|\xEF"
                  "abc"});
}

TEST(DocumentReaderTest, SniffingKeepsLineNumbersAndLeadingBlanks) {
  EXPECT_EQ(ReadPipe("\n \n{\"text\":\"x\"}\n"), Items{"in:3|in:3|x"});
  EXPECT_EQ(ReadPipe("\n  text after blanks"), Items{"in|in|\n  text after blanks"});
}

TEST(DocumentReaderTest, EmptyInputIsOneRejection) {
  const Items empty = {"in!empty input: no document in it"};
  EXPECT_EQ(ReadPipe(""), empty);
  EXPECT_EQ(ReadPipe("\xEF\xBB\xBF"), empty);
  EXPECT_EQ(ReadPipe(" \n\t\r\n"), empty);
  EXPECT_EQ(ReadFile("", DocumentReader::Format::kText), empty);
  EXPECT_EQ(ReadFile("\n\n", DocumentReader::Format::kJsonl), empty);
}

TEST(DocumentReaderTest, RejectsUnusableLinesAndGoesOn) {
  const std::string input =
      "not json\n{\"id\":\"a\"}\n{\"text\":5}\n{\"text\":\"ok\",\"lang\":[]}\n"
      "{\"text\":\"\xC0\xAF\"}\n{\"id\":\"b\",\"text\":\"y\"}\n";
  const Items items = ReadFile(input, DocumentReader::Format::kJsonl);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_TRUE(items[0].starts_with("in:1!not a JSON object"));
  EXPECT_EQ(items[1], "in:2!no 'text' field");
  EXPECT_EQ(items[2], "in:3!'text' is not a string");
  EXPECT_EQ(items[3], "in:4!'lang' is not a string");
  EXPECT_EQ(items[4], "in:5!byte 9 of the line: invalid UTF-8");
  EXPECT_EQ(items[5], "in:6|b|y");
}

TEST(DocumentReaderTest, ReportsAReadError) {
  // The documents read before the error are kept; the error is named.
  PipeBuffer buffer("{\"text\":\"x\"}\n{\"text\":\"y\"}\n{\"text\":\"z\"}\n", 30);
  std::istream in(&buffer);
  const Items items = ReadAll(in, DocumentReader::Format::kJsonl);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "in:1|in:1|x");
  EXPECT_EQ(items[1], "in:2|in:2|y");
  EXPECT_EQ(items[2], "in:2!read error; the input after this point is lost");
}

TEST(DocumentReaderTest, ALineOverTheLimitIsRejectedAndTheRestRead) {
  // 70,000 bytes: longer than the reader's 64 KiB chunk, so the line is read
  // in pieces, and longer than the limit of 1,000 bytes given here.
  const std::string big = "{\"text\":\"" + std::string(70000 - 11, 'a') + "\"}";
  const std::string input = "{\"text\":\"x\"}\n" + big + "\n{\"text\":\"y\"}";
  for (bool pipe : {false, true}) {
    PipeBuffer buffer(input);
    std::istringstream file(input);
    std::istream pipe_stream(&buffer);
    std::istream& in = pipe ? pipe_stream : file;
    const Items items = ReadAll(in, DocumentReader::Format::kJsonl, 1000);
    const Items expected = {
        "in:1|in:1|x", "in:2!the line is 70000 bytes; the reader's limit is 1000", "in:3|in:3|y"};
    EXPECT_EQ(items, expected) << (pipe ? "pipe" : "file");
  }
  // Within the limit, the same long line is a document, read whole.
  std::istringstream in(big);
  const Items whole = ReadAll(in, DocumentReader::Format::kJsonl);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole[0].size(), std::string("in:1|in:1|").size() + 70000 - 11);
}

TEST(DocumentReaderTest, ALineOfExactlyTheLimitIsKept) {
  const std::string line = "{\"text\":\"abc\"}";  // 14 bytes
  std::istringstream in(line + "\n" + line);
  const Items expected = {"in:1|in:1|abc", "in:2|in:2|abc"};
  EXPECT_EQ(ReadAll(in, DocumentReader::Format::kJsonl, line.size()), expected);
  std::istringstream over(line + "\n");
  EXPECT_EQ(ReadAll(over, DocumentReader::Format::kJsonl, line.size() - 1),
            Items{"in:1!the line is 14 bytes; the reader's limit is 13"});
}

TEST(DocumentReaderTest, ATextInputOverTheLimitIsRejected) {
  std::istringstream in(std::string(5000, 'w'));
  EXPECT_EQ(ReadAll(in, DocumentReader::Format::kText, 4096),
            Items{"in!the text is 5000 bytes; the reader's limit is 4096"});
  std::istringstream small("kept whole");
  EXPECT_EQ(ReadAll(small, DocumentReader::Format::kText, 4096), Items{"in|in|kept whole"});
}

}  // namespace
}  // namespace khabar
