// Errors and results: every fallible call in core returns Result<T>.
//
// An Error always speaks the Windows language (a Win32 error code and its symbolic name) so the
// GUI and the CLI can show one vocabulary on every platform, and it always carries the native
// detail beside it (errno / PAM result / GetLastError text) plus a hint saying what to try.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace tokenscope {

struct Error {
    std::uint32_t code = 0;  // Win32 error code, e.g. 1326 (ERROR_LOGON_FAILURE)
    std::string name;        // symbolic name, e.g. "ERROR_LOGON_FAILURE"
    std::string message;     // the code in words
    std::string native;      // platform detail: "errno 1 (EPERM): Operation not permitted", ...
    std::string hint;        // what to try next; may be empty

    // "ERROR_LOGON_FAILURE (1326): The user name or password is incorrect."
    [[nodiscard]] std::string summary() const;
};

// Thrown by Result<T>::value() when it holds an error.
class BadResultAccess : public std::runtime_error {
public:
    explicit BadResultAccess(Error error)
        : std::runtime_error(error.summary()), error_(std::move(error)) {}
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    Error error_;
};

// A value or an Error (C++20 has no std::expected).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { check(); return std::get<0>(state_); }
    [[nodiscard]] const T& value() const& { check(); return std::get<0>(state_); }
    [[nodiscard]] T&& value() && { check(); return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    // Precondition: !ok().
    [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

private:
    void check() const {
        if (!ok()) throw BadResultAccess(std::get<1>(state_));
    }
    std::variant<T, Error> state_;
};

// Result of an operation with no value.
struct Done {};
using Status = Result<Done>;

}  // namespace tokenscope
