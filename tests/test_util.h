// Copyright 2026 The khabar Authors. MIT License.
//
// Helpers for tests that run the khabar command: run a shell command and
// capture its stdout, stderr and exit status; make temporary files.

#ifndef KHABAR_TESTS_TEST_UTIL_H_
#define KHABAR_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace khabar::testing {

struct CommandResult {
  int status = -1;  // exit status, or -1 when killed by a signal
  std::string out;
  std::string err;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh directory under the test's temp dir.
inline std::string TempDir(const std::string& name) {
  const std::string dir =
      ::testing::TempDir() + "/khabar_" + name + "_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Runs `command` with /bin/sh; stderr is captured through a temp file.
inline CommandResult RunCommand(const std::string& command) {
  const std::string err_path =
      ::testing::TempDir() + "/khabar_stderr_" + std::to_string(::getpid()) + ".txt";
  CommandResult r;
  FILE* pipe = ::popen((command + " 2>" + err_path).c_str(), "r");
  if (pipe == nullptr) return r;
  char buffer[1 << 14];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = ReadFile(err_path);
  std::filesystem::remove(err_path);
  return r;
}

inline std::string Cli() { return KHABAR_CLI; }
inline std::string Shared(const std::string& path) { return std::string(KHABAR_SHARED_DIR) + "/" + path; }

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_TEST_UTIL_H_
