// PAM result codes in the Windows vocabulary: every PAM_* result maps to the closest Win32 error,
// with pam_strerror's text and the PAM code kept beside it, and a hint.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope::posix {

// The PAM call a result came from: the same code means different things in different steps
// (PAM_PERM_DENIED from pam_acct_mgmt is "not allowed to log on here").
enum class PamStep { Start, Authenticate, AcctMgmt, SetCred, OpenSession, CloseSession, DeleteCred };

[[nodiscard]] std::string_view pamStepName(PamStep step) noexcept;  // "pam_authenticate"
// "PAM_AUTH_ERR", or "" for a code this build does not know.
[[nodiscard]] std::string_view pamCodeName(int code) noexcept;
// The closest Win32 error for a PAM result returned by `step`.
[[nodiscard]] std::uint32_t win32FromPam(int code, PamStep step) noexcept;

// What the hint needs to know about the logon that failed.
struct PamContext {
    std::string service = "login";
    std::string user;
    LogonType type = LogonType::Interactive;
    bool callerIsRoot = true;           // geteuid() == 0
    bool callerIsUser = false;          // the caller is the account being checked
    std::vector<std::string> messages;  // PAM_ERROR_MSG / PAM_TEXT_INFO text from the modules
};

// The Error for `code` from `step`: Win32 code and name, native
// "pam_authenticate (service login): PAM_AUTH_ERR (7): Authentication failure", and a hint.
[[nodiscard]] Error pamError(int code, PamStep step, const PamContext& context);

}  // namespace tokenscope::posix
