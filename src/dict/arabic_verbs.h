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
// `present` are folded; `present` must start with ي. `hamza_final`: the verb
// ends in hamza (بدأ/يبدأ), which folding wrote as alef; it is inflected as a
// sound verb, not a defective one (بدأت، يبدأون). Returns unique forms.
std::vector<std::string> InflectArabicVerb(std::string_view past, std::string_view present,
                                           bool hamza_final = false);

}  // namespace khabar::dict

#endif  // KHABAR_DICT_ARABIC_VERBS_H_
