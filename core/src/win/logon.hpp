// LogonUserW itself: a logon gives an AccessToken, or an Error saying why not. The public
// LogonToken::logon (logon_token.cpp) is built on it.
#pragma once

#include <windows.h>

#include <string>
#include <string_view>

#include "tokenscope/result.hpp"
#include "win/access_token.hpp"

namespace tokenscope::win {

// True when the program runs under Wine (ntdll exports wine_get_version).
[[nodiscard]] bool runningUnderWine() noexcept;
// "8.0" under Wine, "" on Windows.
[[nodiscard]] std::string wineVersion();

struct LogonRequest {
    std::string user;    // "alice", "alice@example.com" (then domain must be empty)
    std::string domain;  // "EXAMPLE", "." for the local account database, or empty
    DWORD type = LOGON32_LOGON_INTERACTIVE;
    DWORD provider = LOGON32_PROVIDER_DEFAULT;
};

// LogonUserW with the request's type and provider, passed through unchanged. The password is
// copied to a wide buffer that is wiped (SecureZeroMemory) before returning; the caller wipes
// its own copy. The token is checked: a system that returns success without a real token
// (Wine returns the constant handle 0xdeadbeef) gives ERROR_NOT_SUPPORTED (50), "logon not
// implemented by this system". Otherwise LogonUserW's own error, with a hint for the usual
// ones (1326 wrong password, 1385 logon type not granted, …).
[[nodiscard]] Result<AccessToken> logonUser(const LogonRequest& request, std::string_view password);

// What the hint of a failed logon says for `code` and the request's type ("" when nothing useful).
[[nodiscard]] std::string logonHint(DWORD code, DWORD type);

}  // namespace tokenscope::win
