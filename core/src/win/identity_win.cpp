// Identity on Windows: the process token, and the thread token while the thread impersonates.
#ifndef SECURITY_WIN32
#define SECURITY_WIN32
#endif
#include <windows.h>
// after windows.h: security.h declares GetUserNameExW (secext.h)
#include <security.h>

#include <vector>

#include "tokenscope/identity.hpp"
#include "win/access_token.hpp"
#include "win/text.hpp"

namespace tokenscope {
namespace {

// A detail row: the value, or why it could not be read.
template <class T, class Format>
void addDetail(Identity& identity, std::string key, const Result<T>& value, Format format) {
    identity.details.emplace_back(std::move(key),
                                  value ? format(*value) : "unavailable: " + value.error().summary());
}

// GetUserNameExW(NameSamCompatible): "DOMAIN\\user" of the calling thread as Windows sees it
// (Wine answers with the process's user even while the thread impersonates).
std::string samCompatibleUserName() {
    ULONG length = 0;
    ::GetUserNameExW(NameSamCompatible, nullptr, &length);
    if (length == 0 || length > 4096) return {};
    std::vector<wchar_t> name(length + 1);
    length = static_cast<ULONG>(name.size());
    if (!::GetUserNameExW(NameSamCompatible, name.data(), &length)) return {};
    return win::toUtf8(std::wstring_view(name.data(), length));
}

}  // namespace

Result<Identity> win::identityOf(const AccessToken& token) {
    auto user = token.user();
    if (!user) return user.error();
    auto primaryGroup = token.primaryGroup();
    if (!primaryGroup) return primaryGroup.error();
    auto groups = token.groups();
    if (!groups) return groups.error();

    Identity identity;
    identity.user = std::move(*user);
    identity.primaryGroup = std::move(*primaryGroup);
    for (auto& group : *groups) identity.groups.push_back(std::move(group.principal));

    const auto kind = token.kind();
    addDetail(identity, "Token type", kind, [](win::TokenKind k) {
        return std::string(k == win::TokenKind::Primary ? "Primary" : "Impersonation");
    });
    if (kind && *kind == win::TokenKind::Impersonation) {
        const auto level = token.impersonationLevel();
        if (level) identity.impersonationLevel = std::string(win::levelName(*level));
        addDetail(identity, "Impersonation level", level,
                  [](win::ImpersonationLevel l) { return std::string(win::levelName(l)); });
    }
    addDetail(identity, "Elevated", token.isElevated(), [](bool e) { return std::string(e ? "yes" : "no"); });
    addDetail(identity, "Elevation type", token.elevationType(), [](const std::string& s) { return s; });
    addDetail(identity, "Integrity level", token.integrityLevel(), [](const std::string& s) { return s; });
    addDetail(identity, "Linked token", token.linkedToken(), [](const std::string& s) { return s; });
    addDetail(identity, "Logon session", token.logonSession(), [](const std::string& s) { return s; });
    addDetail(identity, "Session", token.sessionId(), [](DWORD id) { return std::to_string(id); });
    return identity;
}

std::string_view platformName() noexcept { return "windows"; }

// POSIX ids do not exist on Windows: every principal is a SID.
std::string userName(std::uint32_t) { return {}; }
std::string groupName(std::uint32_t) { return {}; }

Result<Identity> processIdentity() {
    auto token = win::AccessToken::fromCurrentProcess(TOKEN_QUERY);
    if (!token) return token.error();
    auto identity = identityOf(*token);
    if (!identity) return identity;
    identity->details.emplace_back("GetUserNameExW", samCompatibleUserName());
    return identity;
}

Result<Identity> threadIdentity() {
    auto thread = win::AccessToken::fromCurrentThread(TOKEN_QUERY);
    if (!thread) {
        if (thread.error().code != ERROR_NO_TOKEN) return thread.error();
        // Not impersonating: the thread acts as the process.
        auto identity = processIdentity();
        if (identity) identity->details.emplace_back("Thread token", "none (uses the process token)");
        return identity;
    }
    auto identity = identityOf(*thread);
    if (!identity) return identity;
    identity->impersonating = true;
    identity->details.emplace_back("GetUserNameExW", samCompatibleUserName());
    if (identity->impersonationLevel == "Identification" || identity->impersonationLevel == "Anonymous") {
        identity->details.emplace_back(
            "Warning", "The thread impersonates at " + identity->impersonationLevel +
                           " level: it can query the user's identity but open nothing as that user "
                           "(SeImpersonatePrivilege was missing).");
    }
    return identity;
}

}  // namespace tokenscope
