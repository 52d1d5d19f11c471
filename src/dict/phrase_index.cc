// Copyright 2026 The khabar Authors. MIT License.

#include <algorithm>

#include "dict/tables.h"

namespace khabar::internal {

void PhraseIndex::Add(Phrase phrase) {
  if (phrase.keys.empty()) return;
  const auto index = static_cast<uint32_t>(phrases_.size());
  by_first_[phrase.keys.front()].push_back(index);
  phrases_.push_back(std::move(phrase));
}

void PhraseIndex::Finish() {
  for (auto& [key, candidates] : by_first_) {
    std::stable_sort(candidates.begin(), candidates.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].keys.size() > phrases_[b].keys.size();
    });
  }
}

}  // namespace khabar::internal
