// Errors from GetLastError(): code, symbolic name, words, and the system's own text.
#pragma once

#include <windows.h>

#include <string>
#include <string_view>

#include "tokenscope/errors.hpp"

namespace tokenscope::win {

// FormatMessageW's text for a Win32 error code, as UTF-8 without the trailing line break;
// "" when the system has none. (Wine words its messages its own way.)
[[nodiscard]] std::string systemMessage(DWORD code);

// An Error for `code` returned by the call `what` ("OpenProcessToken"): the name and documented
// message from core's table (FormatMessageW's text when core does not know the code), and as
// native detail "what: GetLastError() = code: <system text>".
[[nodiscard]] Error win32Error(DWORD code, std::string_view what, std::string hint = {});

// win32Error(GetLastError(), …). Call it first thing after the failing call.
[[nodiscard]] Error lastError(std::string_view what, std::string hint = {});

}  // namespace tokenscope::win
