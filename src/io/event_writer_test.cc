// Copyright 2026 The khabar Authors. MIT License.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "khabar/io.h"

namespace khabar {
namespace {

Event SampleEvent() {
  Event e;
  e.doc = "doc-1";
  e.sentence = 2;
  e.span = {10, 20};
  e.sentence_span = {0, 40};
  e.sentence_text = "التقى \"المرشد\"\tبالسلطان\n";
  e.source = {"IRNGOV", "المرشد", "Ali Khamenei"};
  e.target = {"OMNGOV", "السلطان", ""};
  e.code = "040";
  e.root = "04";
  e.quad = 1;
  e.goldstein = 1.0;
  e.plover = "CONSULT";
  e.date = "2023-06-02";
  e.pattern = "ar/events.txt:12";
  return e;
}

nlohmann::ordered_json Parse(const std::string& line) {
  EXPECT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "one event, one line";
  return nlohmann::ordered_json::parse(line);
}

TEST(EventWriterTest, JsonLineHoldsEveryFieldInSchemaOrder) {
  Event e = SampleEvent();
  e.said_by = ActorRef{"USA", "the White House", ""};
  e.attribution = {{"USA", "the White House", ""}, {"", "officials", ""}};
  const auto j = Parse(EventWriter(EventWriter::Format::kJsonl).FormatEvent(e));
  std::string keys;
  for (const auto& [key, value] : j.items()) keys += key + " ";
  EXPECT_EQ(keys,
            "doc sentence span sentence_span sentence_text source target code root quad goldstein "
            "plover negated said_by attribution date pattern ");
  EXPECT_EQ(j["sentence_text"], e.sentence_text);  // quotes, tab and newline round-trip
  EXPECT_EQ(j["span"]["end"], 20);
  EXPECT_EQ(j["source"]["name"], "Ali Khamenei");
  EXPECT_EQ(j["goldstein"].get<double>(), 1.0);
  EXPECT_EQ(j["said_by"]["code"], "USA");
  EXPECT_FALSE(j["said_by"].contains("name"));
  ASSERT_EQ(j["attribution"].size(), 2u);
  EXPECT_EQ(j["attribution"][1]["text"], "officials");
}

TEST(EventWriterTest, NoSpeakerIsNullAndExplainOnlyWhenAsked) {
  Event e = SampleEvent();
  auto j = Parse(EventWriter(EventWriter::Format::kJsonl).FormatEvent(e));
  EXPECT_TRUE(j["said_by"].is_null());
  EXPECT_TRUE(j["attribution"].empty());
  EXPECT_FALSE(j.contains("explain"));
  e.explain = {"source: subject before the verb", "code: ar/events.txt:12"};
  j = Parse(EventWriter(EventWriter::Format::kJsonl).FormatEvent(e));
  ASSERT_EQ(j["explain"].size(), 2u);
  EXPECT_EQ(j["explain"][0], "source: subject before the verb");
}

TEST(EventWriterTest, ControlCharactersAreEscaped) {
  Event e = SampleEvent();
  e.source.text = std::string("a\x01") + "b";
  const std::string line = EventWriter(EventWriter::Format::kJsonl).FormatEvent(e);
  EXPECT_EQ(line.find('\x01'), std::string::npos);
  EXPECT_EQ(Parse(line)["source"]["text"], std::string("a\x01") + "b");
}

TEST(EventWriterTest, InvalidUtf8IsReplacedNotWrittenRaw) {
  Event e = SampleEvent();
  e.target.text = "x\xC3";  // a cut two-byte letter
  const std::string line = EventWriter(EventWriter::Format::kJsonl).FormatEvent(e);
  EXPECT_EQ(line.find("x\xC3\""), std::string::npos);
  EXPECT_EQ(Parse(line)["target"]["text"], "x\xEF\xBF\xBD");  // U+FFFD
  EXPECT_EQ(Parse(line)["doc"], "doc-1");                     // the rest is kept
}

TEST(EventWriterTest, DelimitedRowsQuoteOnlyWhatMustBe) {
  const Event e = SampleEvent();
  const std::string tsv = EventWriter(EventWriter::Format::kTsv).FormatEvent(e);
  EXPECT_EQ(tsv.rfind("doc-1\t2\t10\t20\tIRNGOV\t", 0), 0u) << tsv;
  EXPECT_NE(tsv.find("\"التقى \"\"المرشد\"\"\tبالسلطان\n\"\n"), std::string::npos) << tsv;
  const std::string csv = EventWriter(EventWriter::Format::kCsv).FormatEvent(e);
  EXPECT_EQ(csv.rfind("doc-1,2,10,20,IRNGOV,", 0), 0u) << csv;
}

}  // namespace
}  // namespace khabar
