// ImpersonationGuard: the calling thread acts as a token's user until the guard is destroyed.
//
// The seed's ImpersonateLoggedOnUser / RevertToSelf pair as constructor and destructor.
// Impersonation belongs to one thread: the guard must be destroyed (or revert() called) on the
// thread that created it; on any other thread it does nothing, since RevertToSelf there would
// revert the wrong thread.
#pragma once

#include <windows.h>

#include <string_view>

#include "tokenscope/result.hpp"
#include "win/access_token.hpp"

namespace tokenscope::win {

class ImpersonationGuard {
public:
    // ImpersonateLoggedOnUser(token) on the calling thread. A primary token needs TOKEN_QUERY |
    // TOKEN_DUPLICATE, an impersonation token TOKEN_QUERY | TOKEN_IMPERSONATE. Without
    // SeImpersonatePrivilege Windows still succeeds for another user's token but hands the thread
    // an Identification-level token: check effectiveLevel().
    [[nodiscard]] static Result<ImpersonationGuard> begin(const AccessToken& token);

    ImpersonationGuard(ImpersonationGuard&& other) noexcept;
    ImpersonationGuard& operator=(ImpersonationGuard&& other) noexcept;
    ImpersonationGuard(const ImpersonationGuard&) = delete;
    ImpersonationGuard& operator=(const ImpersonationGuard&) = delete;
    ~ImpersonationGuard();

    // True until revert() or destruction.
    [[nodiscard]] bool active() const noexcept { return active_; }
    // The level the thread really got, read back from its token.
    [[nodiscard]] Result<ImpersonationLevel> effectiveLevel() const;
    // RevertToSelf now, reporting a failure (the destructor cannot). Calling it on another
    // thread than the one that impersonated gives ERROR_INVALID_PARAMETER (87).
    [[nodiscard]] Status revert();

private:
    explicit ImpersonationGuard(DWORD threadId) noexcept : threadId_(threadId), active_(true) {}
    DWORD threadId_ = 0;
    bool active_ = false;
};

// A full round trip on the calling thread as the process's own user: the process token is
// duplicated as an impersonation token of `level` (DuplicateTokenEx) and impersonated. What
// the thread shows while the guard lives is what any other impersonation would show.
[[nodiscard]] Result<ImpersonationGuard> impersonateSelf(ImpersonationLevel level);

// What the calling thread may do to a file or folder, asked of the system the only reliable way:
// by opening it (CreateFileW, folders with FILE_FLAG_BACKUP_SEMANTICS) for reading, or for
// reading and writing. While the thread impersonates, the check is made as the user. Returns
// CreateFileW's error: ERROR_ACCESS_DENIED (5), ERROR_FILE_NOT_FOUND (2), … An
// Identification-level thread gets ERROR_BAD_IMPERSONATION_LEVEL (1346) on Windows.
[[nodiscard]] Status probeAccess(std::string_view path, bool write);

}  // namespace tokenscope::win
