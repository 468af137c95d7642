#include "posix/thread_credentials.hpp"

#include <grp.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>

#include "posix/proc_status.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope::posix {
namespace {

constexpr std::uint64_t kCapSetgid = 6;
constexpr std::uint64_t kCapSetuid = 7;

std::atomic<RawSyscall> rawSyscallHook{nullptr};

long rawSyscall(long number, long a, long b, long c) {
    if (const RawSyscall hook = rawSyscallHook.load(std::memory_order_relaxed)) return hook(number, a, b, c);
    return ::syscall(number, a, b, c);
}

// The calling thread's capability sets (capget/capset with pid 0 act on the calling thread only).
bool getThreadCaps(__user_cap_data_struct (&data)[2]) {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return rawSyscall(SYS_capget, reinterpret_cast<long>(&header), reinterpret_cast<long>(data), 0) == 0;
}

bool setThreadCaps(__user_cap_data_struct (&data)[2]) {
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return rawSyscall(SYS_capset, reinterpret_cast<long>(&header), reinterpret_cast<long>(data), 0) == 0;
}

// Raises CAP_SETUID and CAP_SETGID in the effective set where the permitted set has them.
void raiseIdSwitchCapabilities() {
    __user_cap_data_struct data[2] = {};
    if (!getThreadCaps(data)) return;
    const std::uint32_t wanted = (1U << kCapSetuid) | (1U << kCapSetgid);
    const std::uint32_t raise = data[0].permitted & wanted & ~data[0].effective;
    if (raise == 0) return;
    data[0].effective |= raise;
    (void)setThreadCaps(data);
}

std::string threadStatusPath() { return "/proc/self/task/" + std::to_string(currentThreadId()) + "/status"; }

// EPERM from an id switch: name the capabilities the thread lacks (read from its CapEff).
Error switchError(int err, const std::string& what, std::uint64_t capability, const char* capabilityName) {
    if (err != EPERM) return errnoError(err, what);
    std::string missing;
    bool held = false;
    if (auto status = readProcStatus(threadStatusPath())) {
        held = (status->capEffective >> capability) & 1U;
        if (((status->capEffective >> kCapSetuid) & 1U) == 0) missing = "CAP_SETUID";
        if (((status->capEffective >> kCapSetgid) & 1U) == 0)
            missing += missing.empty() ? "CAP_SETGID" : " and CAP_SETGID";
    }
    std::string native = what + ": " + describeErrno(err) + "; ";
    native += held ? std::string(capabilityName) + " is in the thread's effective set, yet the kernel refused"
                   : "the thread lacks " + (missing.empty() ? std::string(capabilityName) : missing);
    return makeError(
        win32::kPrivilegeNotHeld, native,
        "Impersonation needs CAP_SETUID and CAP_SETGID" +
            (missing.empty() ? std::string() : " (missing: " + missing + ")") +
            ": run as root, or grant them with `setcap cap_setuid,cap_setgid+ep` on the program.");
}

}  // namespace

long currentThreadId() noexcept { return ::syscall(SYS_gettid); }
bool onMainThread() noexcept { return currentThreadId() == static_cast<long>(::getpid()); }

Result<ThreadCredentials> readThreadCredentials() {
    ThreadCredentials credentials;
    uid_t r = 0, e = 0, s = 0;
    if (::getresuid(&r, &e, &s) != 0) return errnoError(errno, "getresuid");
    credentials.ruid = r;
    credentials.euid = e;
    credentials.suid = s;
    gid_t gr = 0, ge = 0, gs = 0;
    if (::getresgid(&gr, &ge, &gs) != 0) return errnoError(errno, "getresgid");
    credentials.rgid = gr;
    credentials.egid = ge;
    credentials.sgid = gs;
    const int count = ::getgroups(0, nullptr);
    if (count < 0) return errnoError(errno, "getgroups");
    std::vector<gid_t> groups(static_cast<std::size_t>(count));
    const int got = count == 0 ? 0 : ::getgroups(count, groups.data());
    if (got < 0) return errnoError(errno, "getgroups");
    groups.resize(static_cast<std::size_t>(got));
    credentials.groups.assign(groups.begin(), groups.end());
    return credentials;
}

Status setThreadGroups(const std::vector<std::uint32_t>& groups) {
    const std::vector<gid_t> list(groups.begin(), groups.end());
    if (rawSyscall(SYS_setgroups, static_cast<long>(list.size()),
                   reinterpret_cast<long>(list.empty() ? nullptr : list.data()), 0) != 0) {
        return switchError(errno, "setgroups (this thread)", kCapSetgid, "CAP_SETGID");
    }
    return Done{};
}

Status setThreadGids(std::uint32_t real, std::uint32_t effective, std::uint32_t saved) {
    if (rawSyscall(SYS_setresgid, static_cast<gid_t>(real), static_cast<gid_t>(effective),
                   static_cast<gid_t>(saved)) != 0) {
        return switchError(errno, "setresgid (this thread)", kCapSetgid, "CAP_SETGID");
    }
    return Done{};
}

Status setThreadUids(std::uint32_t real, std::uint32_t effective, std::uint32_t saved) {
    if (rawSyscall(SYS_setresuid, static_cast<uid_t>(real), static_cast<uid_t>(effective),
                   static_cast<uid_t>(saved)) != 0) {
        return switchError(errno, "setresuid (this thread)", kCapSetuid, "CAP_SETUID");
    }
    return Done{};
}

Status restoreThreadCredentials(const ThreadCredentials& credentials) {
    // First only the effective uid, which the thread kept as its saved uid: that alone is always
    // allowed, and going back to a privileged euid restores the effective capabilities the rest
    // needs (a real uid that is neither the user's nor the saved one, as in a setuid program).
    // What already matches is left alone: a switch that failed at its first step changed nothing,
    // and setting the same groups again would need CAP_SETGID all the same.
    auto current = readThreadCredentials();
    const bool sameUids = current && current->ruid == credentials.ruid && current->euid == credentials.euid &&
                          current->suid == credentials.suid;
    const bool sameGids = current && current->rgid == credentials.rgid && current->egid == credentials.egid &&
                          current->sgid == credentials.sgid;
    const bool sameGroups = current && current->groups == credentials.groups;
    if (!sameUids) {
        (void)rawSyscall(SYS_setresuid, -1, static_cast<uid_t>(credentials.euid), -1);
        raiseIdSwitchCapabilities();
        if (auto uids = setThreadUids(credentials.ruid, credentials.euid, credentials.suid); !uids)
            return uids;
    }
    if (!sameGids) {
        if (auto gids = setThreadGids(credentials.rgid, credentials.egid, credentials.sgid); !gids)
            return gids;
    }
    if (!sameGroups) return setThreadGroups(credentials.groups);
    return Done{};
}

Status clearThreadEffectiveCapabilities() {
    __user_cap_data_struct data[2] = {};
    if (!getThreadCaps(data)) return errnoError(errno, "capget (this thread)");
    if (data[0].effective != 0 || data[1].effective != 0) {
        data[0].effective = 0;
        data[1].effective = 0;
        if (!setThreadCaps(data)) return errnoError(errno, "capset (this thread)");
    }
    // The kernel's own account, not ours: what /proc says the thread can use now.
    auto status = readProcStatus(threadStatusPath());
    if (!status) return status.error();
    if (status->capEffective != 0) {
        char mask[24];
        std::snprintf(mask, sizeof mask, "%016llx", static_cast<unsigned long long>(status->capEffective));
        return makeError(win32::kInternalError,
                         std::string("the impersonating thread still has effective capabilities (CapEff ") +
                             mask + ") after clearing them",
                         "Refusing to act as the user with capabilities of ours.");
    }
    return Done{};
}

void setRawSyscallForTesting(RawSyscall hook) noexcept {
    rawSyscallHook.store(hook, std::memory_order_relaxed);
}

}  // namespace tokenscope::posix
