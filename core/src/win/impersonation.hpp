// Windows-only impersonation helpers beside the public ImpersonationGuard (impersonation.hpp).
#pragma once

#include <windows.h>

#include "tokenscope/impersonation.hpp"
#include "tokenscope/result.hpp"
#include "win/access_token.hpp"

namespace tokenscope::win {

// A full round trip on the calling thread as the process's own user: the process token is
// duplicated as an impersonation token of `level` (DuplicateTokenEx) and impersonated through
// the public ImpersonationGuard. What the thread shows while the guard lives is what any other
// impersonation would show; it also works where LogonUserW is only a stub (Wine).
[[nodiscard]] Result<ImpersonationGuard> impersonateSelf(ImpersonationLevel level);

// The level of the calling thread's token; ERROR_NO_TOKEN (1008) when it is not impersonating.
[[nodiscard]] Result<ImpersonationLevel> threadImpersonationLevel();

}  // namespace tokenscope::win
