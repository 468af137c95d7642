// ImpersonateLoggedOnUser / RevertToSelf: the calling thread, and only it, acts as the user.
//
// Windows: ImpersonateLoggedOnUser with the logon's token, RevertToSelf; the level the thread
// got is read back from its token (Identification level gives a warning). The notes below
// about ids and groups are Linux's.
//
// Linux: raw syscall(SYS_setgroups / SYS_setresgid / SYS_setresuid) on the calling thread
// (glibc's wrappers would change every thread of the process). The thread keeps its original
// effective uid as saved uid, which is what lets it switch back. Needs CAP_SETUID and
// CAP_SETGID (root has them).
//
// Thread affinity: a guard belongs to the thread that made it; it must be reverted or destroyed
// on that thread. A thread that ends while impersonating simply ends (its credentials die with
// it); a guard on its stack reverts first, since thread exit unwinds the stack.
//
// Unlike Windows, a thread created by an impersonating thread starts with the impersonated
// credentials (Linux clones its creator's): create workers before impersonating, or from a
// thread that does not impersonate.
//
// Caveat: any glibc call that sets ids for the process (setuid(), setgroups(), …), made by any
// thread while another impersonates, overwrites the impersonation on every thread.
//
// Impersonating on the process's main thread is allowed: core then remembers the process's own
// credentials, so processIdentity() keeps telling the truth. The CLI and GUI impersonate on a
// worker thread anyway, like Windows services do.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

class ImpersonationGuard {
public:
    // Switches the calling thread to the token's uid, gid and groups. Errors:
    // ERROR_PRIVILEGE_NOT_HELD (1314) naming the missing capability (CAP_SETUID / CAP_SETGID);
    // ERROR_BUSY when the thread already impersonates (call revertToSelf() first);
    // ERROR_INVALID_HANDLE when the token is logged off.
    [[nodiscard]] static Result<ImpersonationGuard> impersonate(const LogonToken& token);

    ImpersonationGuard(ImpersonationGuard&& other) noexcept;
    ImpersonationGuard& operator=(ImpersonationGuard&&) = delete;
    ImpersonationGuard(const ImpersonationGuard&) = delete;
    ImpersonationGuard& operator=(const ImpersonationGuard&) = delete;
    // Reverts if still active. If reverting fails the process aborts: a thread that cannot stop
    // being another user must not keep running.
    ~ImpersonationGuard();

    // Restores the thread's ids and groups exactly as they were. Idempotent. Called from a thread
    // other than the one that impersonated: ERROR_INVALID_HANDLE, nothing changed.
    Status revert();
    [[nodiscard]] bool active() const noexcept { return active_; }

    [[nodiscard]] const std::string& user() const noexcept { return user_; }
    [[nodiscard]] std::uint32_t uid() const noexcept { return uid_; }
    [[nodiscard]] std::uint32_t gid() const noexcept { return gid_; }
    // The level the thread really got. Windows reads it back from the thread's token
    // ("Impersonation", "Identification", …); POSIX: "full (uid switch)".
    [[nodiscard]] const std::string& level() const noexcept { return level_; }
    // Non-empty when the thread got less than it asked for: a Windows thread left at
    // Identification level (no SeImpersonatePrivilege) can open nothing as the user.
    [[nodiscard]] const std::string& warning() const noexcept { return warning_; }

    struct Saved {
        std::uint32_t ruid = 0, euid = 0, suid = 0;
        std::uint32_t rgid = 0, egid = 0, sgid = 0;
        std::vector<std::uint32_t> groups;
        std::string capabilities;  // the thread's capability sets, as cap_to_text() writes them
    };

private:
    ImpersonationGuard() = default;
    Saved saved_;
    long thread_ = 0;  // kernel thread id that impersonates
    bool mainThread_ = false;
    bool active_ = false;
    std::string user_;
    std::uint32_t uid_ = 0;
    std::uint32_t gid_ = 0;
    std::string level_;
    std::string warning_;
};

// RevertToSelf: gives the calling thread the process's ids and groups again, whoever made it
// impersonate (the seed's "IIS already impersonates" case). A thread that is not impersonating
// is left alone. Needs the thread to have kept a privileged saved uid, or CAP_SETUID/CAP_SETGID:
// otherwise ERROR_PRIVILEGE_NOT_HELD.
Status revertToSelf();

// GetUserName: the calling thread's effective user name (the uid as text when it has no name).
[[nodiscard]] Result<std::string> effectiveUserName();

}  // namespace tokenscope
