// Copyright 2026 The khabar Authors. MIT License.

#include "coder/modality.h"

#include <map>

namespace khabar::coder {

std::string IntentCode(std::string_view code) {
  // Exact codes first, then by 3-digit family, then by root. Values follow the
  // CAMEO codebook's pairing of acts (04-08, 14, 16-20) with intents (03x)
  // and threats (13x).
  static const std::map<std::string_view, std::string_view> kExact = {
      {"057", "030"},  {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"075", "033"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"0841", "0353"},
      {"0842", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"0871", "0356"},
      {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"172", "132"},  {"1721", "1321"},
      {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"183", "1383"}, {"204", "1385"},
  };
  static const std::map<std::string_view, std::string_view> kRoot = {
      {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"},
      {"14", "133"}, {"16", "131"}, {"17", "137"}, {"18", "138"}, {"19", "1384"},
      {"20", "138"},
  };
  if (auto it = kExact.find(code); it != kExact.end()) return std::string(it->second);
  if (code.size() >= 3) {
    if (auto it = kExact.find(code.substr(0, 3)); it != kExact.end()) return std::string(it->second);
  }
  if (code.size() >= 2) {
    if (auto it = kRoot.find(code.substr(0, 2)); it != kRoot.end()) return std::string(it->second);
  }
  return std::string(code);
}

}  // namespace khabar::coder
