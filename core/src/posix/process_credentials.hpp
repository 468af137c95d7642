// The process's own credentials, even while its main thread impersonates.
//
// processIdentity() reads /proc/self/status, which is the main thread's view: while the main
// thread impersonates it would show the impersonated user. ImpersonationGuard therefore records
// the process's credentials when it switches the main thread, and this is where they are read.
#pragma once

#include "posix/proc_status.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope::posix {

// The remembered credentials while the main thread impersonates, /proc/self/status otherwise.
[[nodiscard]] Result<ProcStatus> processCredentials();

// Called by impersonation on the main thread.
void rememberProcessCredentials(const ProcStatus& status);
void forgetProcessCredentials() noexcept;

}  // namespace tokenscope::posix
