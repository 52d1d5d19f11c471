// Copyright 2026 The khabar Authors. MIT License.

#include "coder/date_resolver.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace khabar::coder {

using internal::TimeInfo;
using internal::TimeKind;

namespace {

std::chrono::year_month_day ToYmd(int date) {
  return std::chrono::year_month_day{std::chrono::year{date / 10000},
                                     std::chrono::month{static_cast<unsigned>(date / 100 % 100)},
                                     std::chrono::day{static_cast<unsigned>(date % 100)}};
}

int FromYmd(std::chrono::year_month_day ymd) {
  if (!ymd.ok()) return 0;
  return static_cast<int>(ymd.year()) * 10000 + static_cast<int>(static_cast<unsigned>(ymd.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(ymd.day()));
}

int MakeDate(int year, int month, int day) {
  return FromYmd(std::chrono::year_month_day{std::chrono::year{year},
                                             std::chrono::month{static_cast<unsigned>(month)},
                                             std::chrono::day{static_cast<unsigned>(day)}});
}

// The value of a number token (ASCII digits after folding), or -1.
int NumberValue(const Sentence& s, std::string_view text, uint32_t t) {
  if (t >= s.tokens.size() || s.tokens[t].kind != text::TokenKind::kNumber) return -1;
  std::string digits;
  const std::string_view surface = text.substr(s.tokens[t].begin, s.tokens[t].end - s.tokens[t].begin);
  // Arabic-Indic digits are two bytes: take the last byte's offset from the
  // digit zero of its block (both blocks end in the low nibble).
  for (std::size_t i = 0; i < surface.size(); ++i) {
    const auto c = static_cast<unsigned char>(surface[i]);
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
    } else if ((c == 0xD9 || c == 0xDB) && i + 1 < surface.size()) {
      const auto d = static_cast<unsigned char>(surface[i + 1]);
      if (c == 0xD9 && d >= 0xA0 && d <= 0xA9) digits += static_cast<char>('0' + d - 0xA0);
      if (c == 0xDB && d >= 0xB0 && d <= 0xB9) digits += static_cast<char>('0' + d - 0xB0);
      ++i;
    } else {
      return -1;
    }
  }
  int value = -1;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// One time expression: the facts of a run of adjacent time words.
struct Expression {
  uint32_t first = 0, last = 0;
  int offset = 0;
  bool has_offset = false;
  int month = 0, weekday = 0, direction = 0, part = 0, day = 0, year = 0;
  bool has_direction = false;
  char unit = 0;
};

int Resolve(const Expression& e, int article) {
  const int ay = article / 10000, am = article / 100 % 100;
  if (e.month != 0) {
    int year = e.year != 0 ? e.year : ay;
    const int day = e.day != 0 ? e.day : (e.part != 0 ? e.part : 1);
    int date = MakeDate(year, e.month, day);
    if (e.year == 0) {
      if (e.has_direction && e.direction < 0 && date > article) date = MakeDate(--year, e.month, day);
      if (e.has_direction && e.direction > 0 && date < article) date = MakeDate(++year, e.month, day);
      // No direction: news reports the past, so a later month is last year's.
      if (!e.has_direction && e.month > am) date = MakeDate(--year, e.month, day);
    }
    return date;
  }
  if (e.weekday != 0) {
    const int today = IsoWeekday(article);
    if (e.has_direction && e.direction > 0) {
      int ahead = (e.weekday - today + 7) % 7;
      return AddDays(article, ahead == 0 ? 7 : ahead);
    }
    int back = (today - e.weekday + 7) % 7;
    if (back == 0 && e.has_direction && e.direction < 0) back = 7;
    return AddDays(article, -back + e.offset);
  }
  if (e.unit != 0 && e.has_direction) {
    switch (e.unit) {
      case 'd':
        return AddDays(article, e.direction);
      case 'w':
        return AddDays(article, 7 * e.direction);
      case 'm': {
        int month = am + e.direction, year = ay;
        if (month < 1) month = 12, --year;
        if (month > 12) month = 1, ++year;
        return MakeDate(year, month, e.part != 0 ? e.part : 1);
      }
      case 'y':
        return MakeDate(ay + e.direction, 1, 1);
      default:
        return 0;
    }
  }
  if (e.has_offset) return AddDays(article, e.offset);
  return 0;
}

}  // namespace

int AddDays(int date, int days) {
  const auto ymd = ToYmd(date);
  if (!ymd.ok()) return 0;
  return FromYmd(std::chrono::year_month_day{std::chrono::sys_days{ymd} + std::chrono::days{days}});
}

int IsoWeekday(int date) {
  const auto ymd = ToYmd(date);
  if (!ymd.ok()) return 0;
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{ymd}}.iso_encoding());
}

std::string FormatDate(int date) {
  if (date == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buf;
}

int ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return 0;
  int y = 0, m = 0, d = 0;
  auto num = [&](std::string_view part, int* out) {
    auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), *out);
    return ec == std::errc() && p == part.data() + part.size();
  };
  if (!num(text.substr(0, 4), &y) || !num(text.substr(5, 2), &m) || !num(text.substr(8, 2), &d)) {
    return 0;
  }
  if (m < 1 || m > 12 || d < 1) return 0;
  return MakeDate(y, m, d);
}

int ResolveDate(const internal::Tables& tables, const Sentence& s, std::string_view text,
                uint32_t from, uint32_t to, uint32_t near, int article_date) {
  if (article_date == 0) return 0;
  // Group adjacent time words (and the numbers of day and year around a
  // month) into expressions.
  std::vector<Expression> expressions;
  for (const TimeHit& hit : s.times) {
    if (hit.first < from || hit.last > to) continue;
    const TimeInfo& info = tables.times[hit.time];
    if (expressions.empty() || hit.first > expressions.back().last + 2) {
      expressions.push_back({hit.first, hit.last});
    }
    Expression& e = expressions.back();
    e.last = hit.last;
    switch (info.kind) {
      case TimeKind::kOffset:
        e.offset += info.value;
        e.has_offset = true;
        break;
      case TimeKind::kMonth: {
        e.month = info.value;
        const int day = NumberValue(s, text, hit.first - (hit.first > 0 ? 1 : 0));
        if (hit.first > 0 && day >= 1 && day <= 31) e.day = day;
        const int year = NumberValue(s, text, hit.last + 1);
        if (year >= 1900 && year <= 2100) e.year = year;
        break;
      }
      case TimeKind::kWeekday:
        e.weekday = info.value;
        break;
      case TimeKind::kDirection:
        e.direction = info.value;
        e.has_direction = true;
        break;
      case TimeKind::kPart:
        e.part = info.value;
        break;
      case TimeKind::kUnit:
        e.unit = info.unit;
        break;
    }
  }
  int best = 0;
  uint32_t best_distance = 0xFFFFFFFFu;
  for (const Expression& e : expressions) {
    const int date = Resolve(e, article_date);
    if (date == 0) continue;
    const uint32_t distance = e.first > near ? e.first - near : near - e.last;
    if (distance < best_distance) {
      best = date;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace khabar::coder
