// Copyright 2026 The khabar Authors. MIT License.
//
// Dictionary snapshots: internal::Tables (and the DictionaryReport of the
// compile that made them) as one flat byte string, so that the embedded
// dictionaries are read, not compiled, when a program starts. The format is
// specified in dict/SNAPSHOT.md.
//
// The build compiles the embedded dictionaries with the text compiler
// (tools/make_snapshot.cc) and links the snapshot into the library;
// Dictionary::Load reads it when the options ask for exactly the embedded
// dictionaries, and compiles the text when it is absent, stale or damaged.

#ifndef KHABAR_DICT_SNAPSHOT_H_
#define KHABAR_DICT_SNAPSHOT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/compiler.h"
#include "dict/tables.h"
#include "khabar/dictionary.h"

namespace khabar::dict {

// The hash of a dictionary's source: every file's path and text, in order.
uint64_t SourceHash(const std::vector<DictFile>& files);
// The same for the embedded files (dict/embedded.h), without copying them.
uint64_t EmbeddedSourceHash();

// The snapshot of `tables` and `report`, compiled from a source whose
// SourceHash is `source_hash`.
std::string WriteSnapshot(const internal::Tables& tables, const DictionaryReport& report,
                          uint64_t source_hash);

// Reads a snapshot made by WriteSnapshot from a source of hash
// `source_hash`. Returns null, and says why in `*error`, when the bytes are
// not such a snapshot: wrong magic or format version, another source,
// truncated, corrupted (checksum), or inconsistent contents. Never reads
// outside `bytes`. On success appends the compile's report to `*report`
// (files, entries, warnings, errors) and gives the tables a new generation.
std::unique_ptr<internal::Tables> ReadSnapshot(std::string_view bytes, uint64_t source_hash,
                                               DictionaryReport* report, std::string* error);

// The snapshot of the embedded dictionaries linked into the library; empty
// when the build made none (the snapshot generator itself, or a dictionary
// with errors).
std::string_view EmbeddedSnapshot();

// Tests: makes Dictionary::Load read `*snapshot` instead of the embedded
// snapshot (null: the embedded one again). Not thread-safe.
void SetSnapshotForTesting(const std::string_view* snapshot);

// The checksum of a snapshot's payload (Hash64 in dict/SNAPSHOT.md).
uint64_t SnapshotChecksum(std::string_view payload);

}  // namespace khabar::dict

#endif  // KHABAR_DICT_SNAPSHOT_H_
