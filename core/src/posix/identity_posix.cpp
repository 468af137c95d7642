#include <grp.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "posix/proc_status.hpp"
#include "posix/process_credentials.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope {
namespace {

// getpwuid_r / getgrgid_r with a buffer that grows on ERANGE (huge group lists exist).
template <class Entry, class Lookup>
std::string lookupName(std::uint32_t id, Lookup lookup) {
    std::vector<char> buffer(4096);
    for (;;) {
        Entry entry{};
        Entry* found = nullptr;
        const int rc = lookup(id, &entry, buffer.data(), buffer.size(), &found);
        if (rc == ERANGE && buffer.size() < (1u << 24)) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        if (rc != 0 || found == nullptr) return {};
        if constexpr (requires { found->pw_name; }) {
            return found->pw_name ? found->pw_name : "";
        } else {
            return found->gr_name ? found->gr_name : "";
        }
    }
}

Principal userPrincipal(std::uint32_t uid) { return Principal{userName(uid), uid, {}, {}}; }
Principal groupPrincipal(std::uint32_t gid) { return Principal{groupName(gid), gid, {}, {}}; }

std::string threadStatusPath() {
    // /proc/thread-self needs Linux 3.17; the task path works everywhere.
    if (::access("/proc/thread-self/status", R_OK) == 0) return "/proc/thread-self/status";
    return "/proc/self/task/" + std::to_string(::syscall(SYS_gettid)) + "/status";
}

}  // namespace

Identity posix::identityFromStatus(const ProcStatus& status) {
    Identity identity;
    identity.user = userPrincipal(status.uids.effective);
    identity.primaryGroup = groupPrincipal(status.gids.effective);
    for (const auto gid : status.groups) identity.groups.push_back(groupPrincipal(gid));
    identity.uids = status.uids;
    identity.gids = status.gids;
    if (status.noNewPrivs) identity.details.emplace_back("NoNewPrivs", std::to_string(*status.noNewPrivs));
    if (status.seccomp) {
        static constexpr const char* kModes[] = {"0 (off)", "1 (strict)", "2 (filter)"};
        identity.details.emplace_back("Seccomp", *status.seccomp >= 0 && *status.seccomp <= 2
                                                     ? kModes[*status.seccomp]
                                                     : std::to_string(*status.seccomp));
    }
    return identity;
}

std::string_view platformName() noexcept { return "linux"; }

std::string userName(std::uint32_t uid) { return lookupName<passwd>(uid, ::getpwuid_r); }
std::string groupName(std::uint32_t gid) { return lookupName<group>(gid, ::getgrgid_r); }

Result<Identity> processIdentity() {
    // /proc/self is the thread-group leader: the process's own credentials (remembered by
    // core while the leader itself impersonates).
    auto status = posix::processCredentials();
    if (!status) return status.error();
    return posix::identityFromStatus(*status);
}

Result<Identity> threadIdentity() {
    auto process = posix::processCredentials();
    if (!process) return process.error();
    auto thread = posix::readProcStatus(threadStatusPath());
    if (!thread) return thread.error();
    Identity identity = posix::identityFromStatus(*thread);
    identity.impersonating = thread->uids != process->uids || thread->gids != process->gids ||
                             thread->groups != process->groups;
    if (identity.impersonating) identity.impersonationLevel = "full (uid switch)";
    return identity;
}

}  // namespace tokenscope
