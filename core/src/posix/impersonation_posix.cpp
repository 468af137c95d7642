// ImpersonateLoggedOnUser / RevertToSelf on Linux: per-thread id switches.
#include <sys/capability.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "posix/process_credentials.hpp"
#include "posix/thread_credentials.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"

namespace tokenscope {
namespace {

struct CapFree {
    void operator()(cap_t caps) const noexcept { cap_free(caps); }
};
using UniqueCaps = std::unique_ptr<std::remove_pointer_t<cap_t>, CapFree>;

// The thread's capability sets, put back exactly after the uid switch back (which refills the
// effective set from the permitted one, undoing any privilege the caller had lowered).
void restoreCapabilities(const std::string& text) {
    if (text.empty()) return;
    UniqueCaps wanted(cap_from_text(text.c_str()));
    UniqueCaps current(cap_get_proc());
    if (!wanted || !current) return;
    if (cap_compare(wanted.get(), current.get()) != 0) (void)cap_set_proc(wanted.get());
}

std::string capabilityText() {
    UniqueCaps caps(cap_get_proc());
    if (!caps) return {};
    char* text = cap_to_text(caps.get(), nullptr);
    if (text == nullptr) return {};
    std::string out(text);
    cap_free(text);
    return out;
}

posix::ThreadCredentials fromSaved(const ImpersonationGuard::Saved& saved) {
    posix::ThreadCredentials credentials;
    credentials.ruid = saved.ruid;
    credentials.euid = saved.euid;
    credentials.suid = saved.suid;
    credentials.rgid = saved.rgid;
    credentials.egid = saved.egid;
    credentials.sgid = saved.sgid;
    credentials.groups = saved.groups;
    return credentials;
}

}  // namespace

Result<ImpersonationGuard> ImpersonationGuard::impersonate(const LogonToken& token) {
    if (!token.loggedOn()) {
        return makeError(win32::kInvalidHandle, "the logon token is logged off or moved from",
                         "Log on again before impersonating.");
    }
    auto identity = threadIdentity();
    if (!identity) return identity.error();
    if (identity->impersonating) {
        return makeError(win32::kBusy,
                         "this thread already runs as " +
                             (identity->user.name.empty() ? identity->user.idString() : identity->user.name) +
                             " (its ids differ from the process's)",
                         "Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate.");
    }
    auto current = posix::readThreadCredentials();
    if (!current) return current.error();

    ImpersonationGuard guard;
    guard.saved_.ruid = current->ruid;
    guard.saved_.euid = current->euid;
    guard.saved_.suid = current->suid;
    guard.saved_.rgid = current->rgid;
    guard.saved_.egid = current->egid;
    guard.saved_.sgid = current->sgid;
    guard.saved_.groups = current->groups;
    guard.thread_ = posix::currentThreadId();
    guard.mainThread_ = posix::onMainThread();
    guard.user_ = token.user();
    guard.uid_ = token.uid();
    guard.gid_ = token.gid();
    guard.level_ = "full (uid switch)";
    const std::string capabilities = capabilityText();

    if (guard.mainThread_) {
        auto process = posix::readProcStatus("/proc/self/status");
        if (!process) return process.error();
        posix::rememberProcessCredentials(*process);
    }
    // Groups and gids first, while the thread still has CAP_SETGID; the uid last. The saved ids
    // stay the original effective ones: that is what lets the thread switch back.
    Status switched = posix::setThreadGroups(token.groups());
    if (switched) switched = posix::setThreadGids(token.gid(), token.gid(), current->egid);
    if (switched) switched = posix::setThreadUids(token.uid(), token.uid(), current->euid);
    // Whatever the securebits say (SECBIT_NO_SETUID_FIXUP keeps the effective set across the
    // switch), the thread acts as the user with no capability in effect.
    if (switched) switched = posix::clearThreadEffectiveCapabilities();
    if (!switched) {
        // A thread that cannot get back to who it was must not go on as a mix of both.
        if (auto restored = posix::restoreThreadCredentials(*current); !restored) {
            std::fprintf(stderr,
                         "tokenscope: impersonating %s failed (%s) and the thread's ids cannot be restored: "
                         "%s (%s); aborting\n",
                         guard.user_.c_str(), switched.error().summary().c_str(),
                         restored.error().summary().c_str(), restored.error().native.c_str());
            std::abort();
        }
        restoreCapabilities(capabilities);
        if (guard.mainThread_) posix::forgetProcessCredentials();
        return switched.error();
    }
    guard.saved_.capabilities = capabilities;
    guard.active_ = true;
    return guard;
}

ImpersonationGuard::ImpersonationGuard(ImpersonationGuard&& other) noexcept
    : saved_(std::move(other.saved_)),
      thread_(other.thread_),
      mainThread_(other.mainThread_),
      active_(std::exchange(other.active_, false)),
      user_(std::move(other.user_)),
      uid_(other.uid_),
      gid_(other.gid_),
      level_(std::move(other.level_)),
      warning_(std::move(other.warning_)) {}

Status ImpersonationGuard::revert() {
    if (!active_) return Done{};
    if (posix::currentThreadId() != thread_) {
        return makeError(win32::kInvalidHandle,
                         "the impersonation belongs to thread " + std::to_string(thread_) +
                             ", not to the calling thread " + std::to_string(posix::currentThreadId()),
                         "Revert on the thread that impersonated.");
    }
    if (auto restored = posix::restoreThreadCredentials(fromSaved(saved_)); !restored) return restored;
    restoreCapabilities(saved_.capabilities);
    if (mainThread_) posix::forgetProcessCredentials();
    active_ = false;
    return Done{};
}

Status revertToSelf() {
    auto identity = threadIdentity();
    if (!identity) return identity.error();
    if (!identity->impersonating) return Done{};
    auto process = posix::processCredentials();
    if (!process) return process.error();
    posix::ThreadCredentials credentials;
    credentials.ruid = process->uids.real;
    credentials.euid = process->uids.effective;
    credentials.suid = process->uids.saved;
    credentials.rgid = process->gids.real;
    credentials.egid = process->gids.effective;
    credentials.sgid = process->gids.saved;
    credentials.groups = process->groups;
    if (auto restored = posix::restoreThreadCredentials(credentials); !restored) return restored;
    if (posix::onMainThread()) posix::forgetProcessCredentials();
    return Done{};
}

Result<std::string> effectiveUserName() {
    const auto uid = static_cast<std::uint32_t>(::geteuid());  // the calling thread's euid
    std::string name = userName(uid);
    if (name.empty()) name = std::to_string(uid);
    return name;
}

}  // namespace tokenscope
