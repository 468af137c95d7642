// AccessToken: one Windows access token, owned, and what it says about its holder.
//
// The shape follows Chromium's base::win::AccessToken: named factories say where a token comes
// from, queries return small value types, and the few mutations are named for what they do.
// Every fallible call returns Result<…> carrying the Win32 error of the call that failed.
#pragma once

#include <windows.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/result.hpp"
#include "win/unique_handle.hpp"

namespace tokenscope::win {

enum class TokenKind { Primary = TokenPrimary, Impersonation = TokenImpersonation };

enum class ImpersonationLevel {
    Anonymous = SecurityAnonymous,
    Identification = SecurityIdentification,
    Impersonation = SecurityImpersonation,
    Delegation = SecurityDelegation,
};
static_assert(static_cast<int>(ImpersonationLevel::Anonymous) == 0);
static_assert(static_cast<int>(ImpersonationLevel::Identification) == 1);
static_assert(static_cast<int>(ImpersonationLevel::Impersonation) == 2);
static_assert(static_cast<int>(ImpersonationLevel::Delegation) == 3);

// "Identification", …
[[nodiscard]] std::string_view levelName(ImpersonationLevel level) noexcept;

class AccessToken {
public:
    // A group of the token: SID (and account name) with its SE_GROUP_* attributes.
    struct Group {
        Principal principal;
        DWORD attributes = 0;
        [[nodiscard]] bool isEnabled() const noexcept { return (attributes & SE_GROUP_ENABLED) != 0; }
        [[nodiscard]] bool isDenyOnly() const noexcept {
            return (attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0;
        }
        [[nodiscard]] bool isLogonId() const noexcept {
            return (attributes & SE_GROUP_LOGON_ID) == SE_GROUP_LOGON_ID;
        }
        // "enabled", "mandatory", "owner", "deny-only", "logon-id", "integrity", … in bit order.
        [[nodiscard]] std::vector<std::string> attributeNames() const;
    };

    // A privilege of the token: LUID, its name and SE_PRIVILEGE_* attributes.
    struct Privilege {
        LUID luid{};
        std::string name;  // from LookupPrivilegeNameW; "" when the system has no name for it
        DWORD attributes = 0;
        [[nodiscard]] bool isEnabled() const noexcept { return (attributes & SE_PRIVILEGE_ENABLED) != 0; }
        [[nodiscard]] bool isEnabledByDefault() const noexcept {
            return (attributes & SE_PRIVILEGE_ENABLED_BY_DEFAULT) != 0;
        }
        [[nodiscard]] bool isRemoved() const noexcept { return (attributes & SE_PRIVILEGE_REMOVED) != 0; }
    };

    // OpenProcessToken on the current process with `access` (TOKEN_QUERY for the queries).
    [[nodiscard]] static Result<AccessToken> fromCurrentProcess(DWORD access = TOKEN_QUERY);
    // OpenThreadToken on the calling thread, checked against the process's own security context
    // (OpenAsSelf), so it works under an Identification-level token too. A thread that is not
    // impersonating has no token: ERROR_NO_TOKEN (1008).
    [[nodiscard]] static Result<AccessToken> fromCurrentThread(DWORD access = TOKEN_QUERY);
    // The token access checks use now: the thread's while it impersonates, else the process's.
    [[nodiscard]] static Result<AccessToken> fromEffective(DWORD access = TOKEN_QUERY);
    // Takes ownership of `handle` and checks that it is a token (it must allow TOKEN_QUERY).
    // Not a token, or a null handle: ERROR_INVALID_HANDLE (6). Wine's LogonUserW, which returns
    // the constant 0xdeadbeef instead of a token, is caught here.
    [[nodiscard]] static Result<AccessToken> fromToken(ScopedHandle handle);

    AccessToken(AccessToken&&) noexcept = default;
    AccessToken& operator=(AccessToken&&) noexcept = default;

    [[nodiscard]] HANDLE get() const noexcept { return handle_.get(); }

    // The queries need TOKEN_QUERY.
    [[nodiscard]] Result<Principal> user() const;
    [[nodiscard]] Result<Principal> primaryGroup() const;
    [[nodiscard]] Result<std::vector<Group>> groups() const;
    [[nodiscard]] Result<std::vector<Privilege>> privileges() const;
    [[nodiscard]] Result<TokenKind> kind() const;
    // Only impersonation tokens have a level; a primary token gives ERROR_INVALID_PARAMETER.
    [[nodiscard]] Result<ImpersonationLevel> impersonationLevel() const;
    [[nodiscard]] Result<bool> isElevated() const;
    // "Default", "Full" or "Limited" (TokenElevationType).
    [[nodiscard]] Result<std::string> elevationType() const;
    // "High (S-1-16-12288)".
    [[nodiscard]] Result<std::string> integrityLevel() const;
    // The logon session (TokenStatistics.AuthenticationId): "0x0:0x3E7".
    [[nodiscard]] Result<std::string> logonSession() const;
    [[nodiscard]] Result<DWORD> sessionId() const;
    // The other half of a split (UAC) token, TokenLinkedToken: "yes (Full, S-1-16-12288)" names
    // its elevation type and integrity level; "no" when the token has none (ERROR_NO_SUCH_LOGON_SESSION).
    [[nodiscard]] Result<std::string> linkedToken() const;

    // Enables or disables the privilege `name` ("SeChangeNotifyPrivilege") with
    // AdjustTokenPrivileges; needs TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY. Returns whether it was
    // enabled before. An unknown name gives ERROR_NO_SUCH_PRIVILEGE (1313). Enabling one the
    // token does not hold gives ERROR_PRIVILEGE_NOT_HELD (1314): AdjustTokenPrivileges itself
    // "succeeds" and leaves ERROR_NOT_ALL_ASSIGNED (1300) in GetLastError, which is checked here.
    // Disabling one that is not held succeeds and returns false.
    [[nodiscard]] Result<bool> setPrivilege(std::string_view name, bool enable) const;

    // Removes the privilege `name` from the token for good (SE_PRIVILEGE_REMOVED): it can never
    // be enabled again in this token. Same access as setPrivilege; removing one that is not held
    // succeeds.
    [[nodiscard]] Status removePrivilege(std::string_view name) const;

    // DuplicateTokenEx into an impersonation token of `level`; needs TOKEN_DUPLICATE. The copy
    // is opened with TOKEN_ALL_ACCESS.
    [[nodiscard]] Result<AccessToken> duplicateImpersonation(ImpersonationLevel level) const;

private:
    explicit AccessToken(ScopedHandle handle) noexcept : handle_(std::move(handle)) {}
    ScopedHandle handle_;
};

// LookupPrivilegeValueW; ERROR_NO_SUCH_PRIVILEGE (1313) for an unknown name.
[[nodiscard]] Result<LUID> privilegeValue(std::string_view name);
// LookupPrivilegeNameW; "" when the system has no name for the LUID.
[[nodiscard]] std::string privilegeName(LUID luid);
// LookupPrivilegeDisplayNameW ("Bypass traverse checking"); "" when the system gives none
// (Wine never does).
[[nodiscard]] std::string privilegeDisplayName(std::string_view name);

// The token's user, primary group and groups (SIDs, names, attributes) with its facts as
// details (type, level, elevation, integrity, logon session); needs TOKEN_QUERY. Defined in
// identity_win.cpp.
[[nodiscard]] Result<Identity> identityOf(const AccessToken& token);

// Every privilege the system knows with its state in `token`, and the readiness verdict;
// `threadToken`: the token is a thread's own (an impersonation token).
[[nodiscard]] Result<PrivilegeReport> privilegeReport(const AccessToken& token, bool threadToken);

// Removes from `token` (SE_PRIVILEGE_REMOVED, for good) every privilege it holds that is not named
// in `keep` ("SeImpersonatePrivilege", "Impersonate"; names the system does not know, such as
// Linux capability names, are ignored). Needs TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY. Reads the
// token back and returns the names really removed, in the token's order; a privilege still
// present afterwards is ERROR_NOT_ALL_ASSIGNED. Defined in privileges_win.cpp.
[[nodiscard]] Result<std::vector<std::string>> removePrivilegesExcept(const AccessToken& token,
                                                                      const std::vector<std::string>& keep);

}  // namespace tokenscope::win
