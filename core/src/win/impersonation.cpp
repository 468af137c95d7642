#include "win/impersonation.hpp"

#include <utility>

#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope::win {

Result<ImpersonationGuard> ImpersonationGuard::begin(const AccessToken& token) {
    if (!::ImpersonateLoggedOnUser(token.get())) {
        return lastError("ImpersonateLoggedOnUser",
                         "The token must allow TOKEN_QUERY and TOKEN_DUPLICATE (primary) or "
                         "TOKEN_IMPERSONATE (impersonation).");
    }
    return ImpersonationGuard(::GetCurrentThreadId());
}

ImpersonationGuard::ImpersonationGuard(ImpersonationGuard&& other) noexcept
    : threadId_(other.threadId_), active_(std::exchange(other.active_, false)) {}

ImpersonationGuard& ImpersonationGuard::operator=(ImpersonationGuard&& other) noexcept {
    if (this != &other) {
        if (active_) (void)revert();
        threadId_ = other.threadId_;
        active_ = std::exchange(other.active_, false);
    }
    return *this;
}

ImpersonationGuard::~ImpersonationGuard() {
    if (active_) (void)revert();
}

Result<ImpersonationLevel> ImpersonationGuard::effectiveLevel() const {
    auto token = AccessToken::fromCurrentThread(TOKEN_QUERY);
    if (!token) return token.error();
    return token->impersonationLevel();
}

Status ImpersonationGuard::revert() {
    if (!active_) return Done{};
    if (::GetCurrentThreadId() != threadId_) {
        return win32Error(ERROR_INVALID_PARAMETER, "ImpersonationGuard::revert",
                          "Revert on the thread that impersonated: impersonation is per thread.");
    }
    const DWORD saved = ::GetLastError();
    if (!::RevertToSelf()) return lastError("RevertToSelf");
    ::SetLastError(saved);
    active_ = false;
    return Done{};
}

Status probeAccess(std::string_view path, bool write) {
    const std::wstring wide = toWide(path);
    if (wide.empty()) return win32Error(ERROR_INVALID_PARAMETER, "probeAccess", "Give a path to probe.");
    const DWORD access = GENERIC_READ | (write ? GENERIC_WRITE : 0);
    ScopedHandle file(::CreateFileW(wide.c_str(), access,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!file.valid()) {
        return lastError(std::string("CreateFileW(") + (write ? "read+write" : "read") + ")",
                         "The thread's user (the impersonated one, while impersonating) lacks this access, "
                         "or the path does not exist.");
    }
    return Done{};
}

Result<ImpersonationGuard> impersonateSelf(ImpersonationLevel level) {
    auto process = AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    if (!process) return process.error();
    auto duplicate = process->duplicateImpersonation(level);
    if (!duplicate) return duplicate.error();
    return ImpersonationGuard::begin(*duplicate);
}

}  // namespace tokenscope::win
