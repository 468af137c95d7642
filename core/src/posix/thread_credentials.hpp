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
// identity (the uid switch restores the effective capabilities the other two need).
Status restoreThreadCredentials(const ThreadCredentials& credentials);

}  // namespace tokenscope::posix
