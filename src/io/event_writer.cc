// Copyright 2026 The khabar Authors. MIT License.
//
// Event output. A JSON line is written by RapidJSON's streaming Writer (no
// document tree per event: building one with nlohmann::json took half of
// the coding time); the rare event holding a string that is not valid UTF-8
// goes through nlohmann::json, which replaces the bad bytes with U+FFFD.
// CSV and TSV fields go through libcsv's quoting (a field is quoted only when
// it must be).

#include <csv.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "khabar/io.h"

namespace khabar {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const ActorRef& a) {
  Json j;
  j["code"] = a.code;
  j["text"] = a.text;
  j["name"] = a.name;
  return j;
}

std::string Fixed(double v) {
  Json j = v;
  return j.dump();
}

// The columns of TSV and CSV output, in order.
const std::vector<std::string>& Columns() {
  static const std::vector<std::string> kColumns = {
      "doc",          "sentence",    "span_begin",  "span_end", "source",
      "source_text",  "target",      "target_text", "code",     "root",
      "quad",         "goldstein",   "plover",      "negated",  "said_by",
      "said_by_text", "attribution", "date",        "pattern",  "sentence_text"};
  return kColumns;
}

std::vector<std::string> Row(const Event& e) {
  std::string chain;
  for (const ActorRef& a : e.attribution) {
    if (!chain.empty()) chain += " > ";
    chain += a.code.empty() ? a.text : a.code;
  }
  return {e.doc,
          std::to_string(e.sentence),
          std::to_string(e.span.begin),
          std::to_string(e.span.end),
          e.source.code,
          e.source.text,
          e.target.code,
          e.target.text,
          e.code,
          e.root,
          std::to_string(e.quad),
          Fixed(e.goldstein),
          e.plover,
          e.negated ? "true" : "false",
          e.said_by ? e.said_by->code : "",
          e.said_by ? e.said_by->text : "",
          chain,
          e.date,
          e.pattern,
          e.sentence_text};
}

// One delimited line; libcsv quotes a field that holds the delimiter, a quote
// or a line break.
std::string Delimited(const std::vector<std::string>& fields, char delimiter) {
  std::string line;
  std::vector<char> buffer;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += delimiter;
    const std::string& f = fields[i];
    if (f.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos) {
      line += f;
      continue;
    }
    buffer.resize(f.size() * 2 + 2);
    const std::size_t n = csv_write(buffer.data(), buffer.size(), f.data(), f.size());
    line.append(buffer.data(), n);
  }
  line += '\n';
  return line;
}

// RapidJSON's writer, validating UTF-8: a string that is not valid UTF-8
// makes a call return false.
using JsonWriter =
    rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

bool Key(JsonWriter* w, std::string_view key) {
  return w->Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}
bool String(JsonWriter* w, const std::string& value) {
  return w->String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}
bool CodeText(JsonWriter* w, const ActorRef& a, bool with_name) {
  bool ok = w->StartObject() && Key(w, "code") && String(w, a.code) && Key(w, "text") &&
            String(w, a.text);
  if (with_name) ok = ok && Key(w, "name") && String(w, a.name);
  return ok && w->EndObject();
}
bool SpanObject(JsonWriter* w, const Span& span) {
  return w->StartObject() && Key(w, "begin") && w->Uint64(span.begin) && Key(w, "end") &&
         w->Uint64(span.end) && w->EndObject();
}

// The event as one JSON line with its fields in schema order, or "" when a
// string in it is not valid UTF-8.
std::string StreamJson(const Event& e) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  bool ok = w.StartObject() && Key(&w, "doc") && String(&w, e.doc) && Key(&w, "sentence") &&
            w.Int(e.sentence) && Key(&w, "span") && SpanObject(&w, e.span) &&
            Key(&w, "sentence_span") && SpanObject(&w, e.sentence_span) &&
            Key(&w, "sentence_text") && String(&w, e.sentence_text) && Key(&w, "source") &&
            CodeText(&w, e.source, true) && Key(&w, "target") && CodeText(&w, e.target, true) &&
            Key(&w, "code") && String(&w, e.code) && Key(&w, "root") && String(&w, e.root) &&
            Key(&w, "quad") && w.Int(e.quad) && Key(&w, "goldstein") && w.Double(e.goldstein) &&
            Key(&w, "plover") && String(&w, e.plover) && Key(&w, "negated") && w.Bool(e.negated) &&
            Key(&w, "said_by");
  ok = ok && (e.said_by ? CodeText(&w, *e.said_by, false) : w.Null());
  ok = ok && Key(&w, "attribution") && w.StartArray();
  for (const ActorRef& a : e.attribution) ok = ok && CodeText(&w, a, false);
  ok = ok && w.EndArray() && Key(&w, "date") && String(&w, e.date) && Key(&w, "pattern") &&
       String(&w, e.pattern);
  if (!e.explain.empty()) {
    ok = ok && Key(&w, "explain") && w.StartArray();
    for (const std::string& line : e.explain) ok = ok && String(&w, line);
    ok = ok && w.EndArray();
  }
  ok = ok && w.EndObject();
  if (!ok) return "";
  std::string line(buffer.GetString(), buffer.GetSize());
  line += '\n';
  return line;
}

// The same line built as a tree, with invalid UTF-8 replaced by U+FFFD.
std::string TreeJson(const Event& e) {
  Json j;
  j["doc"] = e.doc;
  j["sentence"] = e.sentence;
  j["span"] = {{"begin", e.span.begin}, {"end", e.span.end}};
  j["sentence_span"] = {{"begin", e.sentence_span.begin}, {"end", e.sentence_span.end}};
  j["sentence_text"] = e.sentence_text;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["negated"] = e.negated;
  if (e.said_by) {
    j["said_by"] = {{"code", e.said_by->code}, {"text", e.said_by->text}};
  } else {
    j["said_by"] = nullptr;
  }
  j["attribution"] = Json::array();
  for (const ActorRef& a : e.attribution) {
    j["attribution"].push_back({{"code", a.code}, {"text", a.text}});
  }
  j["date"] = e.date;
  j["pattern"] = e.pattern;
  if (!e.explain.empty()) j["explain"] = e.explain;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

Result<EventWriter::Format> EventWriter::ParseFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return Format::kJsonl;
  if (name == "tsv") return Format::kTsv;
  if (name == "csv") return Format::kCsv;
  return Status::InvalidArgument("unknown output format '" + std::string(name) +
                                 "' (expected jsonl, tsv or csv)");
}

EventWriter::EventWriter(Format format) : format_(format) {}
EventWriter::~EventWriter() = default;

std::string EventWriter::Header() const {
  switch (format_) {
    case Format::kJsonl:
      return "";
    case Format::kTsv:
      return Delimited(Columns(), '\t');
    case Format::kCsv:
      return Delimited(Columns(), ',');
  }
  return "";
}

std::string EventWriter::FormatEvent(const Event& e) const {
  if (format_ == Format::kTsv) return Delimited(Row(e), '\t');
  if (format_ == Format::kCsv) return Delimited(Row(e), ',');
  if (std::string line = StreamJson(e); !line.empty()) return line;
  return TreeJson(e);
}

}  // namespace khabar
