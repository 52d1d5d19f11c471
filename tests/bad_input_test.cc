// Copyright 2026 The khabar Authors. MIT License.
//
// The bad-input matrix: `khabar code` on inputs that are broken or merely
// unusual, one test each. For every input that must be rejected the test
// checks that the message names the place (file:line, and the byte where it
// applies), that the other documents are still coded (their events appear),
// that the exit status is 1 (2 for a usage error or an unusable dictionary),
// and that the count of rejected documents is printed at the end. Inputs
// that are valid however odd (a BOM, CRLF, bidi marks, NUL characters, an
// empty document) must be coded as if they were plain.
//
// The documents are coded with a small test dictionary (test_dictionary.h:
// two invented countries, three event patterns) instead of the built-in
// ones, so that the events of every good document are known.

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_dictionary.h"
#include "test_util.h"

namespace khabar::testing {
namespace {

// A JSON Lines document whose one event (042, QQA -> QQB) is known.
std::string Good(const std::string& id, const std::string& text = "Qualandia visited Quberia.") {
  return R"({"id":")" + id + R"(","date":"2024-03-14","lang":"en","text":")" + text + "\"}";
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// "byte N": where `part` starts in `line`.
std::string ByteOf(const std::string& line, const std::string& part) {
  return "byte " + std::to_string(line.find(part));
}

// What one `khabar code` run did, read from its stdout and stderr.
struct Outcome {
  int status = -1;
  std::string out, err;
  std::vector<nlohmann::json> events;
  std::vector<std::string> doc_of_event;  // "doc" of each event, in output order
  std::vector<std::string> rejections;    // stderr lines "khabar: PLACE: reason (... rejected)"
  bool summary = false;                   // the final count line was printed
  long coded = -1, written = -1, rejected = -1;
};

Outcome Parse(const CommandResult& r) {
  Outcome run;
  run.status = r.status;
  run.out = r.out;
  run.err = r.err;
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) {
    auto event = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(event.is_discarded()) << "not JSON: " << line;
    if (event.is_discarded()) continue;
    run.doc_of_event.push_back(event.at("doc").get<std::string>());
    run.events.push_back(std::move(event));
  }
  static const std::regex kSummary(
      R"(khabar: (\d+) documents coded, (\d+) events written, (\d+) documents rejected)");
  std::istringstream err(r.err);
  std::string last;
  for (std::string line; std::getline(err, line);) {
    if (line.starts_with("khabar: ") && line.ends_with("rejected)")) run.rejections.push_back(line);
    last = line;
  }
  std::smatch m;
  if (std::regex_match(last, m, kSummary)) {
    run.summary = true;
    run.coded = std::stol(m[1]);
    run.written = std::stol(m[2]);
    run.rejected = std::stol(m[3]);
  }
  return run;
}

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << part << "' not in:\n" << text;
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir(std::string("bad_input_") +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dict_flags_ = WriteTestDictionary(dir_ + "/dict");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    WriteFile(path, bytes);
    return path;
  }

  // Runs `khabar code` with the test dictionary and ARGS.
  Outcome Code(const std::string& args) {
    return Parse(RunCommand(Cli() + " code " + dict_flags_ + " " + args));
  }

  // The common verdict on a run over good and bad documents: the good ones
  // were coded (one event each, `ids` in order), `coded` documents in all,
  // and exactly the `rejected` messages were given (each a substring of one
  // rejection line, starting with its place), with exit status 1.
  static void ExpectVerdict(const Outcome& run, const std::vector<std::string>& ids, long coded,
                            const std::vector<std::string>& rejected) {
    EXPECT_EQ(run.status, rejected.empty() ? 0 : 1) << run.err;
    EXPECT_EQ(run.doc_of_event, ids) << run.err;
    ASSERT_EQ(run.rejections.size(), rejected.size()) << run.err;
    for (std::size_t i = 0; i < rejected.size(); ++i) {
      EXPECT_TRUE(Contains(run.rejections[i], "khabar: " + rejected[i]));
    }
    if (rejected.empty()) return;  // a clean run prints no summary unless asked
    ASSERT_TRUE(run.summary) << "no final count line in:\n" << run.err;
    EXPECT_EQ(run.coded, coded);
    EXPECT_EQ(run.written, static_cast<long>(ids.size()));
    EXPECT_EQ(run.rejected, static_cast<long>(rejected.size()));
  }

  std::string dir_;
  std::string dict_flags_;
};

// ---- bytes that are not UTF-8 ---------------------------------------------

TEST_F(BadInputTest, InvalidUtf8OverlongForms) {
  const std::string bad1 = R"({"id":"o1","text":"a)"
                           "\xC0\xAF"
                           R"(b"})";  // '/' in 2 bytes
  const std::string bad2 = R"({"id":"o2","text":"a)"
                           "\xE0\x80\xAF"
                           R"(b"})";  // in 3 bytes
  const std::string bad3 = R"({"id":"o3","text":"a)"
                           "\xF0\x80\x80\xAF"
                           R"(b"})";  // in 4 bytes
  const std::string path = Write("overlong.jsonl", Good("g1") + "\n" + bad1 + "\n" + Good("g2") +
                                                       "\n" + bad2 + "\n" + bad3 + "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {path + ":2: " + ByteOf(bad1, "\xC0") + " of the line: invalid UTF-8",
                 path + ":4: " + ByteOf(bad2, "\xE0") + " of the line: invalid UTF-8",
                 path + ":5: " + ByteOf(bad3, "\xF0") + " of the line: invalid UTF-8"});
}

TEST_F(BadInputTest, InvalidUtf8Surrogates) {
  const std::string raw = R"({"id":"s1","text":"a)"
                          "\xED\xA0\x80"
                          R"(b"})";  // U+D800 encoded
  const std::string low = R"({"id":"s2","text":"a)"
                          "\xED\xBF\xBF"
                          R"(b"})";                                // U+DFFF encoded
  const std::string escaped = R"({"id":"s3","text":"a\ud800b"})";  // lone surrogate escape
  const std::string path = Write("surrogates.jsonl", raw + "\n" + Good("g1") + "\n" + low + "\n" +
                                                         escaped + "\n" + Good("g2") + "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {path + ":1: " + ByteOf(raw, "\xED") + " of the line: invalid UTF-8",
                 path + ":3: " + ByteOf(low, "\xED") + " of the line: invalid UTF-8",
                 path + ":4: not a JSON object"});
}

TEST_F(BadInputTest, InvalidUtf8TruncatedSequences) {
  // A sequence cut short inside a line, at the end of a line, and in a text
  // file (whose place is the file and the byte in it).
  const std::string inside = R"({"id":"t1","text":"a)"
                             "\xE2\x82"
                             R"( b"})";
  const std::string at_end = R"({"id":"t2","text":"abc"})"
                             "\xF0\x9F\x98";
  const std::string jsonl = Write(
      "truncated.jsonl", Good("g1") + "\n" + inside + "\n" + at_end + "\n" + Good("g2") + "\n");
  const std::string text = Write("truncated.txt", "Qualandia visited Quberia. \xD8");
  const Outcome run = Code(Quote(jsonl) + " " + Quote(text));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {jsonl + ":2: " + ByteOf(inside, "\xE2") + " of the line: invalid UTF-8",
                 jsonl + ":3: " + ByteOf(at_end, "\xF0") + " of the line: invalid UTF-8",
                 text + ": byte 27: invalid UTF-8 (document '" + text + "' rejected)"});
}

// ---- unusual but valid bytes ----------------------------------------------

TEST_F(BadInputTest, NulBytes) {
  // U+0000 is valid UTF-8: an escaped NUL in JSON and a NUL byte in a text
  // file are coded. A raw NUL inside a JSON string is not JSON.
  const std::string escaped = Good("n1", R"(Qualandia visited Quberia.\u0000 More.)");
  const std::string raw = R"({"id":"n2","text":"a)" + std::string(1, '\0') + R"(b"})";
  const std::string jsonl = Write("nul.jsonl", escaped + "\n" + raw + "\n" + Good("g1") + "\n");
  const std::string text = Write("nul.txt", std::string("Qualandia visited Quberia.\0 More.", 34));
  const Outcome run = Code(Quote(jsonl) + " " + Quote(text));
  ExpectVerdict(run, {"n1", "g1", text}, 3, {jsonl + ":2: not a JSON object"});
}

TEST_F(BadInputTest, ByteOrderMark) {
  // A BOM opens a file (JSONL or text), or a line of a JSONL file made by
  // concatenating files: it is skipped, and offsets count from after it.
  const std::string bom = "\xEF\xBB\xBF";
  const std::string jsonl =
      Write("bom.jsonl", bom + Good("b1") + "\n" + bom + Good("b2") + "\n" + Good("b3") + "\n");
  const std::string text = Write("bom.txt", bom + "Qualandia visited Quberia.");
  const Outcome run = Code(Quote(jsonl) + " " + Quote(text));
  ExpectVerdict(run, {"b1", "b2", "b3", text}, 4, {});
  ASSERT_EQ(run.events.size(), 4u);
  EXPECT_EQ(run.events[3].at("span").at("begin"), 10);  // "visited", counted without the BOM
  EXPECT_EQ(run.events[3].at("sentence_text"), "Qualandia visited Quberia.");
}

TEST_F(BadInputTest, CrlfLineEnds) {
  const std::string jsonl =
      Write("crlf.jsonl", Good("c1") + "\r\n\r\n" + "not json\r\n" + Good("c2") + "\r\n");
  const std::string text =
      Write("crlf.txt", "Qualandia visited Quberia.\r\nQuberia criticized Qualandia.\r\n");
  const Outcome run = Code(Quote(jsonl) + " " + Quote(text));
  ExpectVerdict(run, {"c1", "c2", text, text}, 3, {jsonl + ":3: not a JSON object"});
  ASSERT_EQ(run.events.size(), 4u);
  for (const auto& e : run.events) {
    EXPECT_EQ(e.at("sentence_text").get<std::string>().find('\r'), std::string::npos) << e;
  }
  EXPECT_EQ(run.events[3].at("code"), "111");
  EXPECT_EQ(run.events[3].at("sentence_text"), "Quberia criticized Qualandia.");
}

TEST_F(BadInputTest, MixedBidiMarks) {
  // U+200F (RLM), U+200E (LRM) and U+061C (ALM) around and inside names,
  // as Arabic web text carries them, in Arabic and in English.
  const std::string rlm = "\u200F", lrm = "\u200E", alm = "\u061C";
  const std::string arabic = R"({"id":"ar1","date":"2024-03-14","lang":"ar","text":")" +
                             std::string("زارت") + rlm + " قلنديا" + alm + " قبيريا" + rlm +
                             " أمس." + "\"}";
  const std::string english =
      Good("en1", rlm + "Qualandia" + lrm + " visited " + rlm + "Quberia" + alm + ".");
  const std::string path = Write("bidi.jsonl", arabic + "\n" + english + "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"ar1", "en1"}, 2, {});
  for (const auto& e : run.events) {
    EXPECT_EQ(e.at("code"), "042") << e;
    EXPECT_EQ(e.at("source").at("code"), "QQA") << e;
    EXPECT_EQ(e.at("target").at("code"), "QQB") << e;
  }
}

// ---- JSON Lines that cannot be used ---------------------------------------

TEST_F(BadInputTest, LineThatIsNotJson) {
  const std::string path =
      Write("notjson.jsonl", Good("g1") + "\n" + "this is not JSON\n" + R"({"id":"x","text":)" +
                                 "\n" + "[1, 2, 3]\n" + Good("g2") + "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {path + ":2: not a JSON object", path + ":3: not a JSON object",
                 path + ":4: not a JSON object (rejected)"});
}

TEST_F(BadInputTest, JsonWithoutText) {
  const std::string path =
      Write("notext.jsonl", R"({"id":"x1","date":"2024-03-14"})"
                            "\n" +
                                Good("g1") + "\n" +
                                R"({"id":"x2","text":null})"
                                "\n" +
                                R"({"id":"x3","Text":"Qualandia visited Quberia."})"
                                "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(
      run, {"g1"}, 1,
      {path + ":1: no 'text' field", path + ":3: no 'text' field", path + ":4: no 'text' field"});
}

TEST_F(BadInputTest, TextNotAString) {
  const std::string path =
      Write("textnotstring.jsonl", Good("g1") + "\n" +
                                       R"({"id":"x1","text":42})"
                                       "\n" +
                                       R"({"id":"x2","text":["Qualandia visited Quberia."]})"
                                       "\n" +
                                       R"({"id":"x3","text":{"ar":"..."}})"
                                       "\n" +
                                       Good("g2") + "\n" +
                                       R"({"id":"x4","text":true})"
                                       "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {path + ":2: 'text' is not a string", path + ":3: 'text' is not a string",
                 path + ":4: 'text' is not a string", path + ":6: 'text' is not a string"});
}

TEST_F(BadInputTest, UnknownLanguage) {
  const std::string path =
      Write("lang.jsonl", Good("g1") + "\n" +
                              R"({"id":"x1","lang":"fr","text":"Qualandia visited Quberia."})"
                              "\n" +
                              R"({"id":"x2","lang":"arabic","text":"Qualandia visited Quberia."})"
                              "\n" +
                              R"({"id":"g2","lang":"auto","text":"Qualandia visited Quberia."})"
                              "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(
      run, {"g1", "g2"}, 2,
      {path + ":2: unknown language 'fr' (expected ar, en or auto) (document 'x1' rejected)",
       path + ":3: unknown language 'arabic' (expected ar, en or auto) (document 'x2' "
              "rejected)"});
}

TEST_F(BadInputTest, BadDate) {
  auto dated = [](const std::string& id, const std::string& date) {
    return R"({"id":")" + id + R"(","date":")" + date +
           R"(","lang":"en","text":"Qualandia visited Quberia."})" + "\n";
  };
  const std::string path =
      Write("date.jsonl", dated("x1", "2024-13-45") + dated("x2", "yesterday") +
                              dated("g1", "2024-02-29") + dated("x3", "2023-02-29") +
                              dated("g2", "2024-03-14T08:00:00Z") + dated("x4", "14/03/2024"));
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"g1", "g2"}, 2,
                {path + ":1: bad date '2024-13-45' (expected YYYY-MM-DD) (document 'x1' rejected)",
                 path + ":2: bad date 'yesterday'", path + ":4: bad date '2023-02-29'",
                 path + ":6: bad date '14/03/2024'"});
  EXPECT_EQ(run.events[0].at("date"), "2024-02-29");
}

// ---- empty and huge ---------------------------------------------------------

TEST_F(BadInputTest, EmptyFile) {
  // A file with no document in it is named, never passed over in silence.
  const std::string jsonl = Write("empty.jsonl", "");
  const std::string blank = Write("blank.jsonl", "\n  \n\r\n");
  const std::string text = Write("empty.txt", "");
  const std::string good = Write("good.jsonl", Good("g1") + "\n");
  const Outcome run =
      Code(Quote(jsonl) + " " + Quote(good) + " " + Quote(blank) + " " + Quote(text));
  ExpectVerdict(run, {"g1"}, 1,
                {jsonl + ": empty input", blank + ": empty input", text + ": empty input"});
  // And on standard input.
  const Outcome piped = Parse(RunCommand("printf '' | " + Cli() + " code " + dict_flags_));
  EXPECT_EQ(piped.status, 1);
  EXPECT_TRUE(Contains(piped.err, "khabar: <stdin>: empty input"));
  EXPECT_EQ(piped.rejected, 1);
}

TEST_F(BadInputTest, EmptyDocument) {
  // A document with an empty (or blank) text is coded: it has no events,
  // which is not an error.
  const std::string path = Write("emptydoc.jsonl", R"({"id":"e1","text":""})"
                                                   "\n" +
                                                       Good("g1") + "\n" +
                                                       R"({"id":"e2","text":" \n\t "})"
                                                       "\n" +
                                                       Good("g2") + "\n");
  const Outcome run = Code(Quote(path) + " --progress");  // --progress: the count even when clean
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.doc_of_event, (std::vector<std::string>{"g1", "g2"}));
  EXPECT_TRUE(run.rejections.empty()) << run.err;
  ASSERT_TRUE(run.summary) << run.err;
  EXPECT_EQ(run.coded, 4);
  EXPECT_EQ(run.rejected, 0);
}

TEST_F(BadInputTest, FiftyMegabyteDocument) {
  // One 50 MB document (a JSON line): events at its start and at its very
  // end are found, and the document after it is coded too.
  const std::string first = "Qualandia visited Quberia.", last = "Quberia criticized Qualandia.";
  const std::string filler = std::string(999, 'x') + "\\n";  // "\n" in JSON: one byte
  std::string text = first + "\\n";
  std::size_t bytes = first.size() + 1;  // of the text, once decoded
  while (bytes < (std::size_t{50} << 20)) {
    text += filler;
    bytes += 1000;
  }
  text += last;
  bytes += last.size();
  const std::string path = Write("big.jsonl", Good("big", text) + "\n" + Good("after") + "\n");
  ASSERT_GT(std::filesystem::file_size(path), std::uintmax_t{50} << 20);
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"big", "big", "after"}, 2, {});
  ASSERT_EQ(run.events.size(), 3u);
  EXPECT_EQ(run.events[0].at("code"), "042");
  EXPECT_EQ(run.events[1].at("code"), "111");
  EXPECT_EQ(run.events[1].at("sentence_text"), last);
  EXPECT_EQ(run.events[1].at("sentence_span").at("begin"), bytes - last.size());
  EXPECT_EQ(run.events[1].at("sentence_span").at("end"), bytes);
}

TEST_F(BadInputTest, DocumentOverTheSizeLimit) {
  // Over 64 MiB a document is rejected by name; the next one is coded.
  const std::string text(std::size_t{65} << 20, 'x');
  const std::string path = Write("huge.jsonl", Good("huge", text) + "\n" + Good("after") + "\n");
  const Outcome run = Code(Quote(path));
  ExpectVerdict(run, {"after"}, 1,
                {path + ":1: document is " + std::to_string(text.size()) +
                 " bytes; the limit is 67108864 (document 'huge' rejected)"});
}

// ---- the command line and the dictionaries ---------------------------------

TEST_F(BadInputTest, DictionaryWithASyntaxError) {
  std::filesystem::create_directories(dir_ + "/bad/en");
  WriteFile(dir_ + "/bad/en/broken.txt",
            "actor QQC Quentia\n"
            "  en: Quentia\n"
            "this is not an entry\n"
            "event 042 Make a visit\n"
            "  en visit TGT\n");
  const std::string good = Write("good.jsonl", Good("g1") + "\n");
  const std::string args = "--dict " + Quote(dir_ + "/bad") + " " + Quote(good);
  const Outcome run = Code(args);
  EXPECT_EQ(run.status, 2);
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_TRUE(Contains(run.err, "en/broken.txt:3: unknown entry keyword 'this'"));
  EXPECT_TRUE(Contains(run.err, "en/broken.txt:5: attribute line needs 'key: value'"));
  EXPECT_FALSE(run.summary);
  // --dict-lenient skips the broken lines, says where they were, and codes.
  const Outcome lenient = Code("--dict-lenient " + args);
  EXPECT_EQ(lenient.status, 0) << lenient.err;
  EXPECT_TRUE(Contains(lenient.err, "en/broken.txt:3:"));
  EXPECT_EQ(lenient.doc_of_event, std::vector<std::string>{"g1"});
}

TEST_F(BadInputTest, UsageErrorsExitWithTwo) {
  const std::string good = Write("good.jsonl", Good("g1") + "\n");
  for (const std::string& flags : std::vector<std::string>{
           "--lang fr", "--lang", "--format xml", "--threads 0", "--date 2024-3-1",
           "--date 2024-13-45", "--no-such-flag", "--dict " + Quote(dir_ + "/missing")}) {
    const Outcome run = Code(flags + " " + Quote(good));
    EXPECT_EQ(run.status, 2) << flags << "\n" << run.err;
    EXPECT_TRUE(run.out.empty()) << flags;
    EXPECT_FALSE(run.err.empty()) << flags;
  }
  const Outcome run = Code("--lang fr " + Quote(good));
  EXPECT_TRUE(Contains(run.err, "--lang"));
}

TEST_F(BadInputTest, MissingFile) {
  const std::string good = Write("good.jsonl", Good("g1") + "\n");
  const std::string missing = dir_ + "/no-such-file.jsonl";
  const Outcome run = Code(Quote(missing) + " " + Quote(good) + " " + Quote(dir_));
  ExpectVerdict(run, {"g1"}, 1, {missing + ": cannot open file", dir_ + ": cannot open file"});
}

TEST_F(BadInputTest, StrictStopsBeforeWritingAnything) {
  const std::string path = Write("strict.jsonl", Good("g1") + "\n" + Good("g2") + "\n" +
                                                     "not json\n" + Good("g3") + "\n" +
                                                     R"({"id":"x","text":1})"
                                                     "\n");
  const Outcome run = Code("--strict " + Quote(path));
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(run.out.empty()) << run.out;
  ASSERT_EQ(run.rejections.size(), 1u) << run.err;  // the first one only
  EXPECT_TRUE(Contains(run.rejections[0], path + ":3: not a JSON object"));
  EXPECT_TRUE(Contains(run.err, "--strict: stopped at the first rejected document"));
  // With nothing to reject, --strict writes everything.
  const std::string clean = Write("clean.jsonl", Good("g1") + "\n" + Good("g2") + "\n");
  const Outcome ok = Code("--strict " + Quote(clean));
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_EQ(ok.doc_of_event, (std::vector<std::string>{"g1", "g2"}));
}

TEST_F(BadInputTest, OutputThatCannotBeWritten) {
  // Events that cannot be written are lost: that is an error, not success.
  ASSERT_TRUE(std::filesystem::exists("/dev/full"));
  const std::string good = Write("good.jsonl", Good("g1") + "\n");
  const CommandResult r =
      RunCommand(Cli() + " code " + dict_flags_ + " " + Quote(good) + " >/dev/full");
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "khabar: cannot write the events to standard output"));
}

// ---- no silent loss ----------------------------------------------------------

TEST_F(BadInputTest, EveryDocumentIsCodedOrRejected) {
  // A mixed file: each non-blank line is a document that must come out
  // either coded (its events, possibly none) or rejected by its line number;
  // and the final count must add up to the number of such lines.
  struct Line {
    std::string json;
    bool good;
    int events;  // for a good line: events of its document
  };
  const std::vector<Line> lines = {
      {Good("d01"), true, 1},
      {"", false, 0},  // blank: not a document
      {R"({"id":"d03","text":"Nothing happens here."})", true, 0},
      {"garbage", false, 0},
      {Good("d05", "Quberia criticized Qualandia. Qualandia praised Quberia."), true, 2},
      {R"({"id":"d06"})", false, 0},
      {R"({"id":"d07","text":""})", true, 0},
      {R"({"id":"d08","text":"a)"
       "\xFF"
       R"("})",
       false, 0},
      {R"({"id":"d09","lang":"xx","text":"Qualandia visited Quberia."})", false, 0},
      {"   ", false, 0},  // blank
      {Good("d11"), true, 1},
      {R"({"id":"d12","date":"2024-02-30","text":"Qualandia visited Quberia."})", false, 0},
      {R"({"id":"d13","text":7})", false, 0},
      {R"({"id":"d14","lang":"ar","text":"زارت قلنديا قبيريا."})", true, 1},
      {R"({"text":"Qualandia visited Quberia."})", true, 1},  // no id: named by its place
      {R"({"id":"d16","text":"Qualandia visited Quberia.","outlet":5})", false, 0},
      {Good("d17"), true, 1},
  };
  std::string bytes;
  for (const Line& l : lines) bytes += l.json + "\n";
  const std::string path = Write("mixed.jsonl", bytes);
  const Outcome run = Code("--threads 2 " + Quote(path));

  EXPECT_EQ(run.status, 1);
  long documents = 0, good = 0, events = 0;
  std::multiset<std::string> docs(run.doc_of_event.begin(), run.doc_of_event.end());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const std::string place = path + ":" + std::to_string(i + 1) + ":";
    int named = 0;
    for (const std::string& r : run.rejections) named += r.starts_with("khabar: " + place) ? 1 : 0;
    const bool blank = l.json.find_first_not_of(" ") == std::string::npos;
    if (blank) {
      EXPECT_EQ(named, 0) << place;
      continue;
    }
    ++documents;
    if (l.good) {
      ++good;
      events += l.events;
      EXPECT_EQ(named, 0) << place << " was rejected:\n" << run.err;
      const std::string id = l.json.find("\"id\"") == std::string::npos
                                 ? path + ":" + std::to_string(i + 1)
                                 : l.json.substr(l.json.find("\"id\":\"") + 6, 3);
      EXPECT_EQ(docs.count(id), static_cast<std::size_t>(l.events)) << id;
    } else {
      EXPECT_EQ(named, 1) << place << " not rejected exactly once:\n" << run.err;
    }
  }
  ASSERT_TRUE(run.summary) << run.err;
  EXPECT_EQ(run.coded, good);
  EXPECT_EQ(run.rejected, documents - good);
  EXPECT_EQ(run.coded + run.rejected, documents);
  EXPECT_EQ(run.written, events);
  EXPECT_EQ(static_cast<long>(run.events.size()), events);
  EXPECT_EQ(static_cast<long>(run.rejections.size()), documents - good);
}

}  // namespace
}  // namespace khabar::testing
