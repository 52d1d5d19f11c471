// Copyright 2026 The khabar Authors. MIT License.

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <string>

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
  std::size_t max_bytes = DocumentReader::kDefaultMaxBytes;
  simdjson::dom::parser parser;

  void SkipByteOrderMark();
  bool ReadLine(std::string* out, std::uint64_t* length);
  void Keep(const char* data, std::size_t size, std::string* out, std::uint64_t* length) const;
  Status TooLong(std::uint64_t length, const char* what) const;
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

void DocumentReader::set_max_bytes(std::size_t max_bytes) { impl_->max_bytes = max_bytes; }

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

// Appends input bytes to *out while the item stays within max_bytes; past
// that, *out is dropped (and its memory freed) and only *length counts on.
void DocumentReader::Impl::Keep(const char* data, std::size_t size, std::string* out,
                                std::uint64_t* length) const {
  *length += size;
  if (*length <= max_bytes) {
    out->append(data, size);
  } else if (!out->empty()) {
    std::string().swap(*out);
  }
}

Status DocumentReader::Impl::TooLong(std::uint64_t length, const char* what) const {
  return Status::InvalidInput(std::string(what) + " is " + std::to_string(length) +
                              " bytes; the reader's limit is " + std::to_string(max_bytes));
}

// One line without its '\n' into *out, and its length into *length. A line
// longer than max_bytes is read to its end but not kept (*out is empty):
// memory stays bounded whatever the input. False at the end of the input.
bool DocumentReader::Impl::ReadLine(std::string* out, std::uint64_t* length) {
  out->clear();
  *length = 0;
  bool any = false;
  if (!pending.empty()) {
    const std::size_t newline = pending.find('\n');
    Keep(pending.data(), std::min(newline, pending.size()), out, length);
    pending.erase(0, newline == std::string::npos ? pending.size() : newline + 1);
    if (newline != std::string::npos) return true;
    any = true;
  }
  char chunk[1 << 16];
  while (true) {
    in->getline(chunk, sizeof chunk, '\n');
    const auto n = static_cast<std::size_t>(in->gcount());
    if (in->bad()) return false;      // a read error: AtEnd reports it
    if (!in->fail() && !in->eof()) {  // the line ended: its '\n' was taken, not stored
      Keep(chunk, n - 1, out, length);
      return true;
    }
    Keep(chunk, n, out, length);
    any |= n > 0;
    if (in->eof()) return any;  // the last line, without a '\n'
    in->clear();                // the chunk was full: the line goes on
  }
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
  std::string text;
  std::uint64_t length = 0;
  Keep(pending.data(), pending.size(), &text, &length);
  pending.clear();
  char chunk[1 << 16];
  while (in->read(chunk, sizeof chunk) || in->gcount() > 0) {
    Keep(chunk, static_cast<std::size_t>(in->gcount()), &text, &length);
  }
  if (length <= max_bytes && IsBlankLine(text)) return AtEnd(item);
  done = true;
  ++items;
  item->place = name;
  if (length > max_bytes) {
    item->rejection = TooLong(length, "the text");
    return true;
  }
  Document doc;
  doc.id = name;
  doc.text = std::move(text);
  item->document = std::move(doc);
  return true;
}

bool DocumentReader::Impl::NextJsonl(ReadItem* item) {
  std::string buffer;
  std::uint64_t length = 0;
  while (true) {
    if (!ReadLine(&buffer, &length)) return AtEnd(item);
    ++line;
    if (length > max_bytes) break;
    // A BOM may open any line of files joined with cat.
    if (buffer.starts_with(kBom)) buffer.erase(0, kBom.size());
    if (!IsBlankLine(buffer)) break;
  }
  ++items;
  if (length > max_bytes) {
    item->place = name + ":" + std::to_string(line);
    item->rejection = TooLong(length, "the line");
    return true;
  }
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
