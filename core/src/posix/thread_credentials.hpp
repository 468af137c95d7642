// The calling thread's credentials, read and set with raw syscalls: glibc's setresuid(),
// setresgid() and setgroups() would change every thread of the process.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope::posix {

struct ThreadCredentials {
    std::uint32_t ruid = 0, euid = 0, suid = 0;
    std::uint32_t rgid = 0, egid = 0, sgid = 0;
    std::vector<std::uint32_t> groups;
};

// getresuid / getresgid / getgroups: each reads the calling thread's own credentials.
[[nodiscard]] Result<ThreadCredentials> readThreadCredentials();

long currentThreadId() noexcept;
bool onMainThread() noexcept;

// Thread-only setters. `what` is kept for the Error; EPERM becomes ERROR_PRIVILEGE_NOT_HELD
// naming the capability the call needs.
Status setThreadGroups(const std::vector<std::uint32_t>& groups);
Status setThreadGids(std::uint32_t real, std::uint32_t effective, std::uint32_t saved);
Status setThreadUids(std::uint32_t real, std::uint32_t effective, std::uint32_t saved);

// Sets uids, then gids, then groups, in the order that works when going back to a privileged
// identity. Going back to the saved effective uid gives the thread its effective capabilities
// again; under SECBIT_NO_SETUID_FIXUP the kernel does not, so CAP_SETUID and CAP_SETGID are raised
// from the permitted set by hand before the gids and groups need them.
Status restoreThreadCredentials(const ThreadCredentials& credentials);

// Empties the calling thread's effective capability set (permitted and inheritable stay), then
// reads CapEff back from /proc/thread-self/status: ERROR_INTERNAL_ERROR naming what is still
// effective if it is not empty. The kernel does this itself when the effective uid leaves 0, but
// not under SECBIT_NO_SETUID_FIXUP, and never for a thread whose uids were not 0 to begin with.
Status clearThreadEffectiveCapabilities();

// The raw id and capability syscalls go through this function (nullptr: ::syscall). Tests inject
// failures with it; nothing else sets it.
using RawSyscall = long (*)(long number, long a, long b, long c);
void setRawSyscallForTesting(RawSyscall hook) noexcept;

}  // namespace tokenscope::posix
