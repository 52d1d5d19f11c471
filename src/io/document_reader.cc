// Copyright 2026 The khabar Authors. MIT License.

#include <simdjson.h>

#include <sstream>

#include "khabar/io.h"
#include "text/utf8.h"

namespace khabar {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";  // UTF-8 byte-order mark

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// A string field of a JSON object: absent, a string, or wrong type.
enum class Field { kAbsent, kString, kWrongType };

Field GetString(simdjson::dom::object object, std::string_view key, std::string* out) {
  simdjson::dom::element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS) return Field::kAbsent;
  if (value.is_null()) return Field::kAbsent;
  std::string_view s;
  if (value.get(s) == simdjson::SUCCESS) {
    *out = std::string(s);
    return Field::kString;
  }
  if (key == "id" && (value.is_int64() || value.is_uint64())) {  // numeric ids are common
    *out = simdjson::to_string(value);
    return Field::kString;
  }
  return Field::kWrongType;
}

}  // namespace

struct DocumentReader::Impl {
  std::istream* in;
  std::string name;
  Format format;
  bool started = false;
  bool done = false;
  int line = 0;
  int items = 0;
  // Bytes already taken from `in` (while looking for a BOM or sniffing the
  // format) that belong to the input: read before the rest of `in`. Kept
  // here because `in` may be a pipe, which cannot seek back.
  std::string pending;
  simdjson::dom::parser parser;

  void SkipByteOrderMark();
  bool ReadLine(std::string* out);
  bool NextText(ReadItem* item);
  bool NextJsonl(ReadItem* item);
  bool AtEnd(ReadItem* item);
  void ParseLine(const std::string& line, ReadItem* item);
};

DocumentReader::DocumentReader(std::istream& in, std::string name, Format format)
    : impl_(std::make_unique<Impl>()) {
  impl_->in = &in;
  impl_->name = std::move(name);
  impl_->format = format;
}

DocumentReader::~DocumentReader() = default;

DocumentReader::Format DocumentReader::FormatForPath(std::string_view path) {
  auto ends = [&](std::string_view s) {
    return path.size() >= s.size() && path.substr(path.size() - s.size()) == s;
  };
  if (ends(".jsonl") || ends(".json") || ends(".ndjson")) return Format::kJsonl;
  if (ends(".txt")) return Format::kText;
  return Format::kAuto;
}

bool DocumentReader::Next(ReadItem* item) {
  *item = ReadItem();
  if (impl_->done) return false;
  if (!impl_->started) {
    impl_->started = true;
    impl_->SkipByteOrderMark();
    if (impl_->format == Format::kAuto) {
      // Sniff: JSON Lines start with '{' (after blanks, which are kept).
      if (impl_->pending.empty()) {
        while (impl_->in->good() && std::isspace(impl_->in->peek()) != 0) {
          impl_->pending += static_cast<char>(impl_->in->get());
        }
      }
      const bool jsonl = IsBlankLine(impl_->pending) && impl_->in->peek() == '{';
      impl_->format = jsonl ? Format::kJsonl : Format::kText;
    }
  }
  return impl_->format == Format::kText ? impl_->NextText(item) : impl_->NextJsonl(item);
}

void DocumentReader::Impl::SkipByteOrderMark() {
  for (char c : kBom) {
    if (in->peek() != static_cast<unsigned char>(c)) return;  // not a BOM: keep the bytes
    pending += static_cast<char>(in->get());
  }
  pending.clear();
}

bool DocumentReader::Impl::ReadLine(std::string* out) {
  if (const std::size_t newline = pending.find('\n'); newline != std::string::npos) {
    out->assign(pending, 0, newline);
    pending.erase(0, newline + 1);
    return true;
  }
  out->clear();
  if (!std::getline(*in, *out) && pending.empty()) return false;
  out->insert(0, pending);
  pending.clear();
  return true;
}

// At the end of the input: a read error, or an input with no document at
// all, is reported once (as a rejection) rather than passing in silence.
bool DocumentReader::Impl::AtEnd(ReadItem* item) {
  done = true;
  item->place = name;
  if (in->bad()) {
    if (line > 0) item->place += ":" + std::to_string(line);
    item->rejection = Status::IoError("read error; the input after this point is lost");
    return true;
  }
  if (items == 0) {
    item->rejection = Status::InvalidInput("empty input: no document in it");
    return true;
  }
  return false;
}

bool DocumentReader::Impl::NextText(ReadItem* item) {
  std::ostringstream text;
  text << pending;
  pending.clear();
  if (in->peek() != std::char_traits<char>::eof()) text << in->rdbuf();
  if (IsBlankLine(text.view())) return AtEnd(item);
  done = true;
  ++items;
  Document doc;
  doc.id = name;
  doc.text = std::move(text).str();
  item->place = name;
  item->document = std::move(doc);
  return true;
}

bool DocumentReader::Impl::NextJsonl(ReadItem* item) {
  std::string buffer;
  while (true) {
    if (!ReadLine(&buffer)) return AtEnd(item);
    ++line;
    // A BOM may open any line of files joined with cat.
    if (buffer.starts_with(kBom)) buffer.erase(0, kBom.size());
    if (!IsBlankLine(buffer)) break;
  }
  ++items;
  ParseLine(buffer, item);
  return true;
}

void DocumentReader::Impl::ParseLine(const std::string& line_text, ReadItem* item) {
  item->place = name + ":" + std::to_string(line);
  auto reject = [&](const std::string& why) { item->rejection = Status::InvalidInput(why); };
  if (auto bad = text::FindInvalidUtf8(line_text)) {
    reject("byte " + std::to_string(*bad) + " of the line: invalid UTF-8");
    return;
  }
  simdjson::dom::element root;
  if (auto error = parser.parse(line_text).get(root); error != simdjson::SUCCESS) {
    reject(std::string("not a JSON object: ") + simdjson::error_message(error));
    return;
  }
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) {
    reject("not a JSON object");
    return;
  }
  Document doc;
  switch (GetString(object, "text", &doc.text)) {
    case Field::kAbsent:
      reject("no 'text' field");
      return;
    case Field::kWrongType:
      reject("'text' is not a string");
      return;
    case Field::kString:
      break;
  }
  struct Optional {
    const char* key;
    std::string* out;
  };
  for (const Optional& f : {Optional{"id", &doc.id}, Optional{"date", &doc.date},
                            Optional{"lang", &doc.lang}, Optional{"outlet", &doc.outlet}}) {
    if (GetString(object, f.key, f.out) == Field::kWrongType) {
      reject(std::string("'") + f.key + "' is not a string");
      return;
    }
  }
  if (doc.id.empty()) doc.id = item->place;
  item->document = std::move(doc);
}

}  // namespace khabar
