// Copyright 2026 The khabar Authors. MIT License.
//
// Dates of events from time expressions ("أمس", "الثلاثاء الماضي", "مطلع مايو
// المنصرم", "in early July", "13 سبتمبر") resolved against the article date.
// Dates are yyyymmdd integers; 0 means unknown.

#ifndef KHABAR_CODER_DATE_RESOLVER_H_
#define KHABAR_CODER_DATE_RESOLVER_H_

#include <string>
#include <string_view>

#include "coder/sentence.h"
#include "dict/tables.h"

namespace khabar::coder {

// The date stated by the time expression in tokens [from, to] nearest to
// token `near`, or 0 when there is none (or it cannot be resolved).
int ResolveDate(const internal::Tables& tables, const Sentence& sentence, std::string_view text,
                uint32_t from, uint32_t to, uint32_t near, int article_date);

// Arithmetic on yyyymmdd dates.
int AddDays(int date, int days);
int IsoWeekday(int date);  // 1 = Monday ... 7 = Sunday
std::string FormatDate(int date);  // "2023-06-02"; "" for 0
int ParseIsoDate(std::string_view text);  // "2023-06-02" -> 20230602; 0 if bad

}  // namespace khabar::coder

#endif  // KHABAR_CODER_DATE_RESOLVER_H_
