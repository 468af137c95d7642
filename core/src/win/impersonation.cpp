// ImpersonateLoggedOnUser / RevertToSelf on Windows: the public ImpersonationGuard, revertToSelf()
// and effectiveUserName().
#include "win/impersonation.hpp"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "tokenscope/errors.hpp"
#include "win/logon_token.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

bool threadHasToken() { return win::AccessToken::fromCurrentThread(TOKEN_QUERY).ok(); }

}  // namespace

Result<ImpersonationGuard> ImpersonationGuard::impersonate(const LogonToken& token) {
    const HANDLE handle = LogonTokenAccess::handle(token);
    if (handle == nullptr) {
        return makeError(win32::kInvalidHandle, "the logon token is logged off or moved from",
                         "Log on again before impersonating.");
    }
    // RevertToSelf would end an impersonation made by someone else (the seed's IIS case) too:
    // refuse rather than silently replace it.
    if (threadHasToken()) {
        return makeError(win32::kBusy, "this thread already impersonates (OpenThreadToken succeeds)",
                         "Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate.");
    }
    if (!::ImpersonateLoggedOnUser(handle)) {
        return win::lastError("ImpersonateLoggedOnUser",
                              "The token must allow TOKEN_QUERY and TOKEN_DUPLICATE (primary) or "
                              "TOKEN_IMPERSONATE (impersonation).");
    }
    ImpersonationGuard guard;
    guard.thread_ = static_cast<long>(::GetCurrentThreadId());
    guard.active_ = true;
    guard.user_ = token.user();
    // Windows does not fail an impersonation it weakens: read back what the thread really got.
    if (auto level = win::threadImpersonationLevel(); level) {
        guard.level_ = std::string(win::levelName(*level));
        if (*level == win::ImpersonationLevel::Identification ||
            *level == win::ImpersonationLevel::Anonymous) {
            guard.warning_ = "The thread got only an " + guard.level_ +
                             "-level token: it can read who the user is but open nothing as the user "
                             "(ERROR_BAD_IMPERSONATION_LEVEL). Impersonating another user needs "
                             "SeImpersonatePrivilege.";
        }
    } else {
        guard.level_ = "unknown";
        guard.warning_ = "The impersonation level could not be read back: " + level.error().summary();
    }
    return guard;
}

ImpersonationGuard::ImpersonationGuard(ImpersonationGuard&& other) noexcept
    : thread_(other.thread_),
      active_(std::exchange(other.active_, false)),
      user_(std::move(other.user_)),
      level_(std::move(other.level_)),
      warning_(std::move(other.warning_)) {}

Status ImpersonationGuard::revert() {
    if (!active_) return Done{};
    const auto current = static_cast<long>(::GetCurrentThreadId());
    if (current != thread_) {
        return makeError(win32::kInvalidHandle,
                         "the impersonation belongs to thread " + std::to_string(thread_) +
                             ", not to the calling thread " + std::to_string(current),
                         "Revert on the thread that impersonated: impersonation is per thread.");
    }
    const DWORD saved = ::GetLastError();
    if (!::RevertToSelf()) return win::lastError("RevertToSelf");
    ::SetLastError(saved);
    active_ = false;
    return Done{};
}

Status revertToSelf() {
    if (!::RevertToSelf()) return win::lastError("RevertToSelf");
    return Done{};
}

// GetUserNameW shows the process's user under Wine even while impersonating; the effective
// token's user is right everywhere.
Result<std::string> effectiveUserName() {
    auto token = win::AccessToken::fromEffective(TOKEN_QUERY);
    if (!token) return token.error();
    auto user = token->user();
    if (!user) return user.error();
    if (user->name.empty()) return user->sid;
    const auto slash = user->name.rfind('\\');
    return slash == std::string::npos ? user->name : user->name.substr(slash + 1);
}

namespace win {

Result<ImpersonationLevel> threadImpersonationLevel() {
    auto token = AccessToken::fromCurrentThread(TOKEN_QUERY);
    if (!token) return token.error();
    return token->impersonationLevel();
}

Result<ImpersonationGuard> impersonateSelf(ImpersonationLevel level) {
    auto process = AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    if (!process) return process.error();
    auto duplicate = process->duplicateImpersonation(level);
    if (!duplicate) return duplicate.error();
    // The thread gets its own reference to the token: the LogonToken may close right after.
    const LogonToken token = LogonTokenAccess::fromAccessToken(std::move(*duplicate));
    return ImpersonationGuard::impersonate(token);
}

}  // namespace win
}  // namespace tokenscope
