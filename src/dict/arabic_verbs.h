// Copyright 2026 The khabar Authors. MIT License.
//
// Inflection of Arabic verbs written PAST/PRESENT in the dictionaries (the
// mechanism of dict/FORMAT.md, "Inflection of Arabic verbs"). Input and output
// are folded (WordFolder) forms; the caller turns them into match keys.

#ifndef KHABAR_DICT_ARABIC_VERBS_H_
#define KHABAR_DICT_ARABIC_VERBS_H_

#include <string>
#include <string_view>
#include <vector>

namespace khabar::dict {

// All third-person (and common first-person) past and present forms of the
// verb, including the jussive/subjunctive forms after لم/لن/أن. `past` and
// `present` are folded; `present` must start with ي. Returns unique forms.
std::vector<std::string> InflectArabicVerb(std::string_view past, std::string_view present);

}  // namespace khabar::dict

#endif  // KHABAR_DICT_ARABIC_VERBS_H_
