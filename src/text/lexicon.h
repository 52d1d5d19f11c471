// Copyright 2026 The khabar Authors. MIT License.
//
// Lexicon: interns the match keys of every word the dictionaries know, so
// that the hot path compares 32-bit ids, not strings.
//
// A key is a word as WordFolder folds it, then, for Arabic, without a leading
// "ال" (when three or more letters remain) and, for English, Snowball-stemmed
// (see MakeKey). Both dictionary words and article words go through MakeKey.
//
// Thread-safety: built single-threaded; afterwards Find/Key/flags are const
// and safe to call from any thread.

#ifndef KHABAR_TEXT_LEXICON_H_
#define KHABAR_TEXT_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace khabar::text {

enum class Language : uint8_t { kArabic = 0, kEnglish = 1 };

// Per-key facts the tokenizer and clause analysis use.
enum LexiconFlag : uint8_t {
  kVerbForm = 1 << 0,      // an inflected verb form from a pattern or cue
  kFunctionWord = 1 << 1,  // a short word that may stand alone after clitics (أن، إن)
  kNameWord = 1 << 2,      // part of an actor, person or agent name
  kArticleVerb = 1 << 3,   // the key of a verb form that itself begins with ال (التقى،
                           // ألغى): there the ال is no article
};

class Lexicon {
 public:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;

  Lexicon() = default;

  // Build time: returns the id of `key`, adding it if new.
  uint32_t Intern(std::string_view key);
  void AddFlags(uint32_t id, uint8_t flags) { flags_[id] |= flags; }
  // Build time: room for `n` keys.
  void Reserve(std::size_t n) {
    ids_.reserve(n);
    keys_.reserve(n);
    flags_.reserve(n);
  }

  // Hot path: the id of `key`, or kUnknown.
  uint32_t Find(std::string_view key) const {
    auto it = ids_.find(key);
    return it == ids_.end() ? kUnknown : it->second;
  }
  const std::string& Key(uint32_t id) const { return keys_[id]; }
  uint8_t flags(uint32_t id) const { return id < flags_.size() ? flags_[id] : 0; }
  std::size_t size() const { return keys_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> keys_;
  std::vector<uint8_t> flags_;
};

// Arabic: removes a leading "ال" when at least three letters remain.
std::string_view StripArabicArticle(std::string_view folded);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_LEXICON_H_
