// Copyright 2026 The khabar Authors. MIT License.
//
// The snapshot format (dict/SNAPSHOT.md): a 40-byte header, then the payload,
// every field in the order Fields() below visits it. One template describes
// each structure for both the writer and the reader, so that the two cannot
// disagree on the order of fields.

#include "dict/snapshot.h"

#include <bit>
#include <concepts>
#include <cstring>
#include <map>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "dict/embedded.h"

namespace khabar::dict {

using internal::ActorInfo;
using internal::CameoCode;
using internal::CueInfo;
using internal::DatedRole;
using internal::LanguageTables;
using internal::Pattern;
using internal::PatternElement;
using internal::Phrase;
using internal::PhraseIndex;
using internal::Tables;
using internal::TimeInfo;

namespace {

static_assert(std::endian::native == std::endian::little,
              "snapshots are little-endian; a big-endian build compiles the text");
static_assert(sizeof(int) == 4 && sizeof(double) == 8);

// A snapshot records every field of the tables. When one of these structures
// gains or loses a field, this stops compiling: update its Fields() below (or
// the LanguageTables / Tables parts of Writer, Reader and WriteSnapshot) and
// raise kVersion. FieldCount counts the members of an aggregate (the number
// of initializers it accepts), so a field added into padding is caught too;
// the sizes (x86-64 libstdc++) catch a field whose type changes.
struct AnyField {
  template <class T>
  operator T() const;  // never defined: only in unevaluated requires
};
template <class T, class... A>
constexpr std::size_t FieldCount() {
  if constexpr (requires { T{A{}..., AnyField{}}; }) {
    return FieldCount<T, A..., AnyField>();
  } else {
    return sizeof...(A);
  }
}
static_assert(FieldCount<DatedRole>() == 3, "update Fields(DatedRole) and kVersion");
static_assert(FieldCount<ActorInfo>() == 7, "update Fields(ActorInfo) and kVersion");
static_assert(FieldCount<CueInfo>() == 5, "update Fields(CueInfo) and kVersion");
static_assert(FieldCount<TimeInfo>() == 4, "update Fields(TimeInfo) and kVersion");
static_assert(FieldCount<Phrase>() == 6, "update Fields(Phrase) and kVersion");
static_assert(FieldCount<PatternElement>() == 5, "update Fields(PatternElement) and kVersion");
static_assert(FieldCount<Pattern>() == 8, "update Fields(Pattern) and kVersion");
static_assert(FieldCount<CameoCode>() == 4, "update Fields(CameoCode) and kVersion");
static_assert(FieldCount<DictionaryStats>() == 11, "update Fields(DictionaryStats) and kVersion");
static_assert(FieldCount<DictionaryReport>() == 4, "update Fields(DictionaryReport) and kVersion");
static_assert(FieldCount<LanguageTables>() == 8, "update Value(LanguageTables) and kVersion");
static_assert(FieldCount<Tables>() == 9, "update WriteSnapshot, ReadSnapshot and kVersion");
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(ActorInfo) == 168, "update Fields(ActorInfo) and kVersion");
static_assert(sizeof(DatedRole) == 40, "update Fields(DatedRole) and kVersion");
static_assert(sizeof(CueInfo) == 40, "update Fields(CueInfo) and kVersion");
static_assert(sizeof(TimeInfo) == 48, "update Fields(TimeInfo) and kVersion");
static_assert(sizeof(Phrase) == 56, "update Fields(Phrase) and kVersion");
static_assert(sizeof(PatternElement) == 40, "update Fields(PatternElement) and kVersion");
static_assert(sizeof(Pattern) == 128, "update Fields(Pattern) and kVersion");
static_assert(sizeof(CameoCode) == 80, "update Fields(CameoCode) and kVersion");
static_assert(sizeof(DictionaryStats) == 176, "update Fields(DictionaryStats) and kVersion");
static_assert(sizeof(DictionaryReport) == 56, "update Fields(DictionaryReport) and kVersion");
#endif

constexpr char kMagic[8] = {'K', 'H', 'A', 'B', 'S', 'N', 'A', 'P'};
constexpr uint32_t kVersion = 3;
constexpr std::size_t kHeaderSize = 40;

// Hash64 (dict/SNAPSHOT.md): 8 bytes at a time, little-endian, the last
// word zero-padded, then the length. Each step is a bijection of the state,
// so two inputs of one length that differ in one word never collide.
class Hasher {
 public:
  void Add(std::string_view bytes) {
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      Step(word);
    }
    if (i < bytes.size()) {
      uint64_t word = 0;
      std::memcpy(&word, bytes.data() + i, bytes.size() - i);
      Step(word);
    }
    Step(bytes.size());
  }
  uint64_t value() const { return h_ ^ (h_ >> 29); }

 private:
  void Step(uint64_t word) { h_ = std::rotl((h_ ^ word) * 0x9E3779B97F4A7C15ull, 31); }
  uint64_t h_ = 0xCBF29CE484222325ull;
};

uint64_t Hash64(std::string_view bytes) {
  Hasher h;
  h.Add(bytes);
  return h.value();
}

template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// ---- the fields of each structure, in snapshot order ------------------------

template <class IO, class T>
requires Is<T, DatedRole>
void Fields(IO& io, T& x) { io(x.from, x.to, x.code); }

template <class IO, class T>
requires Is<T, ActorInfo>
void Fields(IO& io, T& x) { io(x.kind, x.code, x.name, x.roles, x.category, x.place, x.people); }

template <class IO, class T>
requires Is<T, CueInfo>
void Fields(IO& io, T& x) { io(x.kind, x.reference, x.verb, x.story, x.place); }

template <class IO, class T>
requires Is<T, TimeInfo>
void Fields(IO& io, T& x) { io(x.kind, x.value, x.unit, x.place); }

template <class IO, class T>
requires Is<T, Phrase>
void Fields(IO& io, T& x) { io(x.keys, x.target, x.verb, x.definite, x.acronym, x.words); }

template <class IO, class T>
requires Is<T, PatternElement>
void Fields(IO& io, T& x) {
  io(x.kind);
  io.KeyList(x.keys);  // an index into the language's key lists
  io(x.optional, x.adjacent, x.verb);
}

template <class IO, class T>
requires Is<T, Pattern>
void Fields(IO& io, T& x) {
  io(x.code, x.reverse_code, x.id, x.elements, x.verbal, x.compound_subject, x.speaker_source,
     x.literal_count);
}

template <class IO, class T>
requires Is<T, CameoCode>
void Fields(IO& io, T& x) { io(x.name, x.goldstein, x.quad, x.plover); }

template <class IO, class T>
requires Is<T, DictionaryStats>
void Fields(IO& io, T& x) {
  io(x.patterns_per_root, x.patterns_per_lang, x.actors_by_kind, x.persons, x.person_roles,
     x.dated_roles, x.agents, x.cues, x.time_words, x.names, x.event_codes);
}

template <class IO, class T>
requires Is<T, DictionaryReport>
void Fields(IO& io, T& x) { io(x.errors, x.warnings, x.files, x.entries); }

// ---- writing ----------------------------------------------------------------

class Writer {
 public:
  template <class... T>
  void operator()(const T&... values) {
    (Value(values), ...);
  }

  void Value(const std::string& s) {
    Count(s.size());
    out_.append(s);
  }
  template <class T>
  requires std::is_arithmetic_v<T> || std::is_enum_v<T>
  void Value(T v) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  template <class T>
  void Value(const std::vector<T>& v) {
    Count(v.size());
    for (const T& x : v) Value(x);
  }
  template <class M>
  requires requires { typename M::mapped_type; }
  void Value(const M& map) {
    Count(map.size());
    for (const auto& [key, value] : map) {
      Value(key);
      Value(value);
    }
  }
  void Value(const std::unordered_set<std::string>& set) {
    Count(set.size());
    for (const std::string& s : set) Value(s);
  }
  template <class T>
  requires requires(Writer& w, const T& x) { Fields(w, x); }
  void Value(const T& x) { Fields(*this, x); }

  void Value(const text::Lexicon& lexicon) {
    Count(lexicon.size());
    for (uint32_t id = 0; id < lexicon.size(); ++id) {
      Value(lexicon.Key(id));
      Value(lexicon.flags(id));
    }
  }
  void Value(const PhraseIndex& index) {
    Count(index.size());
    for (uint32_t i = 0; i < index.size(); ++i) Value(index.phrase(i));
  }
  void Value(const LanguageTables& l) {
    // Pattern elements share their key lists (an Arabic verb's forms recur
    // in every pattern of that verb): each distinct list is written once,
    // in order of first use, and elements refer to it by index.
    key_lists_.clear();
    std::vector<const std::vector<uint32_t>*> lists;
    for (const Pattern& p : l.patterns) {
      for (const PatternElement& e : p.elements) {
        if (key_lists_.try_emplace(e.keys, lists.size()).second) lists.push_back(&e.keys);
      }
    }
    (*this)(l.lexicon, l.names, l.cues, l.times);
    Count(lists.size());
    for (const std::vector<uint32_t>* keys : lists) Value(*keys);
    // patterns_by_anchor and the phrase indexes' lookup maps are rebuilt.
    (*this)(l.patterns, l.abbreviations, l.conj_key);
  }
  void KeyList(const std::vector<uint32_t>& keys) { Value(key_lists_.at(keys)); }

  std::string& out() { return out_; }

 private:
  void Count(std::size_t n) { Value(static_cast<uint32_t>(n)); }
  std::string out_;
  std::map<std::vector<uint32_t>, uint32_t> key_lists_;  // of the language being written
};

// ---- reading ----------------------------------------------------------------

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <class... T>
  void operator()(T&... values) {
    (Value(values), ...);
  }

  bool ok() const { return error_.empty(); }
  bool at_end() const { return in_.empty(); }
  const std::string& error() const { return error_; }
  void Fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
    in_ = {};
  }

  void Value(std::string& s) {
    const uint32_t n = Count(1);
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
  }
  void Value(bool& b) {
    uint8_t v = 0;
    Value(v);
    if (v > 1) Fail("a flag is neither 0 nor 1");
    b = v == 1;
  }
  template <class T>
  requires std::is_arithmetic_v<T> || std::is_enum_v<T>
  void Value(T& v) {
    if (in_.size() < sizeof(T)) {
      Fail("truncated");
      v = T{};
      return;
    }
    std::memcpy(&v, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
  }
  template <class T>
  void Value(std::vector<T>& v) {
    const uint32_t n = Count(sizeof(T) < 4 ? sizeof(T) : 4);
    // Room for all at once only when that costs at most twice the bytes
    // left: a damaged count must not make a huge allocation.
    v.clear();
    if (Affordable(n, sizeof(T))) v.reserve(n);
    for (uint32_t i = 0; i < n && ok(); ++i) Value(v.emplace_back());
  }
  template <class M>
  requires requires { typename M::mapped_type; }
  void Value(M& map) {
    const uint32_t n = Count(4);
    if constexpr (requires { map.reserve(n); }) {
      if (Affordable(n, sizeof(void*))) map.reserve(n);
    }
    for (uint32_t i = 0; i < n && ok(); ++i) {
      typename M::key_type key{};
      typename M::mapped_type value{};
      Value(key);
      Value(value);
      map.emplace(std::move(key), std::move(value));
    }
  }
  void Value(std::unordered_set<std::string>& set) {
    const uint32_t n = Count(4);
    if (Affordable(n, sizeof(void*))) set.reserve(n);
    for (uint32_t i = 0; i < n && ok(); ++i) {
      std::string s;
      Value(s);
      set.insert(std::move(s));
    }
  }
  template <class T>
  requires requires(Reader& r, T& x) { Fields(r, x); }
  void Value(T& x) { Fields(*this, x); }

  void Value(text::Lexicon& lexicon) {
    const uint32_t n = Count(5);
    if (Affordable(n, sizeof(std::string) + sizeof(void*))) lexicon.Reserve(n);
    std::string key;
    for (uint32_t id = 0; id < n && ok(); ++id) {
      uint8_t flags = 0;
      (*this)(key, flags);
      if (!ok()) break;
      if (lexicon.Intern(key) != id) {
        Fail("a lexicon key occurs twice");
        break;
      }
      lexicon.AddFlags(id, flags);
    }
  }
  void Value(PhraseIndex& index) {
    const uint32_t n = Count(13);
    for (uint32_t i = 0; i < n && ok(); ++i) {
      Phrase p;
      Value(p);
      if (p.keys.empty()) Fail("a phrase has no keys");
      index.Add(std::move(p));
    }
    index.Finish();
  }
  void Value(LanguageTables& l) {
    (*this)(l.lexicon, l.names, l.cues, l.times, key_lists_, l.patterns, l.abbreviations,
            l.conj_key);
    for (uint32_t i = 0; i < l.patterns.size() && ok(); ++i) {
      if (l.patterns[i].elements.empty()) {
        Fail("a pattern has no elements");
        break;
      }
      for (uint32_t key : l.patterns[i].elements.front().keys)
        l.patterns_by_anchor[key].push_back(i);
    }
  }

  void KeyList(std::vector<uint32_t>& keys) {
    uint32_t index = 0;
    Value(index);
    if (!ok()) return;
    if (index >= key_lists_.size()) {
      Fail("a pattern element's key list is out of range");
      return;
    }
    keys = key_lists_[index];
  }

 private:
  // A count of items of at least `min_bytes` each, checked against what is
  // left, so that a damaged count cannot ask for a huge allocation.
  uint32_t Count(std::size_t min_bytes) {
    uint32_t n = 0;
    Value(n);
    if (static_cast<uint64_t>(n) * min_bytes > in_.size()) {
      Fail("truncated");
      return 0;
    }
    return n;
  }

  bool Affordable(uint64_t n, std::size_t bytes_each) const {
    return n * bytes_each <= 2 * static_cast<uint64_t>(in_.size()) + 4096;
  }

  std::string_view in_;
  std::string error_;
  std::vector<std::vector<uint32_t>> key_lists_;  // of the language being read
};

// ---- consistency --------------------------------------------------------------

template <class E>
bool InRange(E e, E last) {
  return static_cast<uint8_t>(e) <= static_cast<uint8_t>(last);
}

std::string CheckPhrases(const PhraseIndex& index, std::size_t keys, std::size_t targets) {
  for (uint32_t i = 0; i < index.size(); ++i) {
    const Phrase& p = index.phrase(i);
    if (p.target >= targets) return "a phrase points past its table";
    if (!p.words.empty() && p.words.size() != p.keys.size())
      return "a phrase's words and keys differ";
    for (uint32_t k : p.keys) {
      if (k >= keys) return "a phrase key is not in the lexicon";
    }
  }
  return "";
}

// Every index the coder follows must lead inside its table.
std::string Check(const Tables& t) {
  using internal::ActorKind;
  using internal::CueKind;
  using internal::ReferenceKind;
  using internal::TimeKind;
  for (const ActorInfo& a : t.actors) {
    if (!InRange(a.kind, ActorKind::kDemonym)) return "an actor of unknown kind";
  }
  for (const CueInfo& c : t.cues) {
    if (!InRange(c.kind, CueKind::kWarning) || !InRange(c.reference, ReferenceKind::kThree)) {
      return "a cue of unknown kind";
    }
  }
  for (const TimeInfo& ti : t.times) {
    if (!InRange(ti.kind, TimeKind::kUnit)) return "a time word of unknown kind";
  }
  for (const LanguageTables* l : {&t.ar, &t.en}) {
    const std::size_t keys = l->lexicon.size();
    if (l->conj_key != text::Lexicon::kUnknown && l->conj_key >= keys) {
      return "the conjunction key is not in the lexicon";
    }
    for (const auto& [index, targets] :
         {std::pair{&l->names, t.actors.size()}, std::pair{&l->cues, t.cues.size()},
          std::pair{&l->times, t.times.size()}}) {
      if (std::string e = CheckPhrases(*index, keys, targets); !e.empty()) return e;
    }
    for (const Pattern& p : l->patterns) {
      if (p.elements.front().kind != PatternElement::Kind::kWord)
        return "a pattern without an anchor";
      for (const PatternElement& e : p.elements) {
        if (!InRange(e.kind, PatternElement::Kind::kSource))
          return "a pattern element of unknown kind";
        for (uint32_t k : e.keys) {
          if (k >= keys) return "a pattern key is not in the lexicon";
        }
      }
    }
  }
  return "";
}

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

}  // namespace

uint64_t SnapshotChecksum(std::string_view payload) { return Hash64(payload); }

uint64_t SourceHash(const std::vector<DictFile>& files) {
  Hasher h;
  for (const DictFile& f : files) {
    h.Add(f.path);
    h.Add(f.text);
  }
  return h.value();
}

uint64_t EmbeddedSourceHash() {
  std::size_t count = 0;
  const EmbeddedFile* files = EmbeddedFiles(&count);
  Hasher h;
  for (std::size_t i = 0; i < count; ++i) {
    h.Add(files[i].path);
    h.Add(files[i].text);
  }
  return h.value();
}

std::string WriteSnapshot(const Tables& t, const DictionaryReport& report, uint64_t source_hash) {
  Writer w;
  w.out().assign(kHeaderSize, '\0');
  w(report, t.stats, t.cameo, t.roles, t.actors, t.cues, t.times, t.ar, t.en);
  std::string& out = w.out();
  const std::string_view payload = std::string_view(out).substr(kHeaderSize);
  const uint64_t length = payload.size();
  const uint64_t checksum = Hash64(payload);
  char* h = out.data();
  std::memcpy(h, kMagic, 8);
  std::memcpy(h + 8, &kVersion, 4);
  const uint32_t header_size = kHeaderSize;
  std::memcpy(h + 12, &header_size, 4);
  std::memcpy(h + 16, &source_hash, 8);
  std::memcpy(h + 24, &length, 8);
  std::memcpy(h + 32, &checksum, 8);
  return std::move(out);
}

std::unique_ptr<Tables> ReadSnapshot(std::string_view bytes, uint64_t source_hash,
                                     DictionaryReport* report, std::string* error) {
  error->clear();
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    *error = "not a khabar dictionary snapshot";
    return nullptr;
  }
  uint32_t version = 0, header_size = 0;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&header_size, bytes.data() + 12, 4);
  if (version != kVersion || header_size != kHeaderSize) {
    *error =
        "snapshot format " + std::to_string(version) + ", expected " + std::to_string(kVersion);
    return nullptr;
  }
  if (Load64(bytes.data() + 16) != source_hash) {
    *error = "snapshot of another dictionary source (stale)";
    return nullptr;
  }
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (Load64(bytes.data() + 24) != payload.size()) {
    *error = "snapshot of the wrong length (truncated)";
    return nullptr;
  }
  if (Load64(bytes.data() + 32) != Hash64(payload)) {
    *error = "snapshot checksum mismatch (corrupted)";
    return nullptr;
  }
  auto tables = std::make_unique<Tables>();
  DictionaryReport saved;
  Reader r(payload);
  Tables& t = *tables;
  r(saved, t.stats, t.cameo, t.roles, t.actors, t.cues, t.times, t.ar, t.en);
  if (r.ok() && !r.at_end()) r.Fail("bytes after the tables");
  if (!r.ok()) {
    *error = "damaged snapshot: " + r.error();
    return nullptr;
  }
  if (std::string e = Check(t); !e.empty()) {
    *error = "damaged snapshot: " + e;
    return nullptr;
  }
  t.generation = NextGeneration();
  report->files += saved.files;
  report->entries += saved.entries;
  for (std::string& w : saved.warnings) report->warnings.push_back(std::move(w));
  for (std::string& e : saved.errors) report->errors.push_back(std::move(e));
  return tables;
}

}  // namespace khabar::dict
