// Copyright 2026 The khabar Authors. MIT License.
//
// Reading documents and writing events.
//
// DocumentReader turns input bytes into Documents: a `.txt` input is one
// document; a `.jsonl` input (or any input whose first non-blank byte is
// '{') holds one JSON object per line with "id", "date", "text" and optional
// "lang", "outlet". A line that cannot be used is *rejected* with a message
// naming the place ("in.jsonl:7: 'text' is not a string"); reading goes on.
// An input with no document in it (no bytes, or only blanks) gives one
// rejection, naming the input; so does a read error. Nothing passes in silence.
//
// EventWriter formats events as JSON Lines (the primary format), TSV or CSV;
// the schema is documented in README.md. Neither class prints anything: the
// caller decides where bytes go.

#ifndef KHABAR_IO_H_
#define KHABAR_IO_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "khabar/event.h"
#include "khabar/status.h"

namespace khabar {

// One item read from the input: either a document or a rejection.
struct ReadItem {
  std::optional<Document> document;
  Status rejection;   // not OK when the item was rejected
  std::string place;  // "file:line" (or "file") of the item
};

class DocumentReader {
 public:
  enum class Format { kAuto, kText, kJsonl };

  // Reads from `in`, which must outlive the reader. `name` is used in
  // messages and, for text input, as the document id.
  DocumentReader(std::istream& in, std::string name, Format format = Format::kAuto);
  ~DocumentReader();

  // Guesses the format from a file name (".jsonl"/".json" -> kJsonl,
  // anything else -> kAuto, which sniffs the first byte).
  static Format FormatForPath(std::string_view path);

  // The longest JSON line (or text input) read: a longer one is read to its
  // end without being kept, and rejected ("the line is N bytes; the
  // reader's limit is M"), so memory stays bounded. The default is four times
  // CoderOptions::max_document_bytes' default: a JSON line may escape every
  // letter of a text that the coder still accepts ("\u0627" for "ا").
  static constexpr std::size_t kDefaultMaxBytes = std::size_t{256} << 20;
  void set_max_bytes(std::size_t max_bytes);

  // Returns false at the end of input. Otherwise fills `item`.
  bool Next(ReadItem* item);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class EventWriter {
 public:
  enum class Format { kJsonl, kTsv, kCsv };

  static Result<Format> ParseFormat(std::string_view name);

  explicit EventWriter(Format format);
  ~EventWriter();

  // The header line (TSV/CSV column names), or "" for JSONL. Ends with '\n'.
  std::string Header() const;
  // One event as one line ending with '\n'.
  std::string FormatEvent(const Event& event) const;

 private:
  Format format_;
};

}  // namespace khabar

#endif  // KHABAR_IO_H_
