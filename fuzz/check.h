// Copyright 2026 The khabar Authors. MIT License.
//
// FUZZ_CHECK(condition): an invariant of the code under test. When it does
// not hold the fuzzer reports a crash and saves the input.

#ifndef KHABAR_FUZZ_CHECK_H_
#define KHABAR_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)

#endif  // KHABAR_FUZZ_CHECK_H_
