// Copyright 2026 The khabar Authors. MIT License.
//
// Modality: an act announced for the future or stated as an intention is not
// the act itself. Following the gold conventions (DEV_NOTES.md, conventions
// 4), a cooperative act that is intended or announced becomes the matching
// "express intent" code (03x) and a conflictual one the matching threat
// (13x); a negated future act keeps its own code, negated.

#ifndef KHABAR_CODER_MODALITY_H_
#define KHABAR_CODER_MODALITY_H_

#include <string>
#include <string_view>

namespace khabar::coder {

// The intent (03x) or threat (13x) code for the act `code`, or `code` itself
// when the act has no such counterpart (statements, appeals, demands, ...).
std::string IntentCode(std::string_view code);

}  // namespace khabar::coder

#endif  // KHABAR_CODER_MODALITY_H_
