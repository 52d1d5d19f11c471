// Copyright 2026 The khabar Authors. MIT License.
//
// Status and Result<T>: errors are values. No function of the khabar library
// throws across its boundary, prints or exits; every operation that can fail
// returns a Status (or a Result<T> holding either a T or a Status).
//
// A Status names the place of the problem in its message ("dict/ar/x.txt:12:
// unknown role code 'GOX'", "input.jsonl:7: byte 31: invalid UTF-8").
//
// Thread-safety: Status and Result are plain values; distinct objects may be
// used from distinct threads.

#ifndef KHABAR_STATUS_H_
#define KHABAR_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace khabar {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad option or value supplied by the caller
    kInvalidInput,     // bad document bytes: UTF-8, JSON, missing field
    kNotFound,         // missing file
    kIoError,          // a read or write failed
    kDictionary,       // a dictionary entry is malformed
    kInternal,         // a bug in khabar
  };

  Status() = default;  // OK
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status InvalidInput(std::string m) { return {Code::kInvalidInput, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status Dictionary(std::string m) { return {Code::kDictionary, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid input: input.jsonl:7: ..." — for humans.
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Accessing value() of an error Result is
// a programming error (checked by assertion in debug builds).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace khabar

#endif  // KHABAR_STATUS_H_
