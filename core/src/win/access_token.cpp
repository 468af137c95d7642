#include "win/access_token.hpp"

#include <array>
#include <memory>
#include <utility>

#include "tokenscope/errors.hpp"
#include "win/sid.hpp"
#include "win/text.hpp"
#include "win/win_error.hpp"

namespace tokenscope::win {
namespace {

// A GetTokenInformation result: new[] storage is aligned for every TOKEN_* structure.
class TokenInformation {
public:
    TokenInformation(std::unique_ptr<std::byte[]> data, DWORD size) : data_(std::move(data)), size_(size) {}
    template <class T>
    [[nodiscard]] const T& as() const noexcept {
        return *reinterpret_cast<const T*>(data_.get());
    }
    [[nodiscard]] DWORD size() const noexcept { return size_; }

private:
    std::unique_ptr<std::byte[]> data_;
    DWORD size_;
};

std::string_view className(TOKEN_INFORMATION_CLASS information) {
    switch (information) {
        case TokenUser:
            return "GetTokenInformation(TokenUser)";
        case TokenGroups:
            return "GetTokenInformation(TokenGroups)";
        case TokenPrivileges:
            return "GetTokenInformation(TokenPrivileges)";
        case TokenPrimaryGroup:
            return "GetTokenInformation(TokenPrimaryGroup)";
        case TokenType:
            return "GetTokenInformation(TokenType)";
        case TokenImpersonationLevel:
            return "GetTokenInformation(TokenImpersonationLevel)";
        case TokenStatistics:
            return "GetTokenInformation(TokenStatistics)";
        case TokenSessionId:
            return "GetTokenInformation(TokenSessionId)";
        case TokenElevationType:
            return "GetTokenInformation(TokenElevationType)";
        case TokenElevation:
            return "GetTokenInformation(TokenElevation)";
        case TokenIntegrityLevel:
            return "GetTokenInformation(TokenIntegrityLevel)";
        default:
            return "GetTokenInformation";
    }
}

constexpr const char* kQueryHint = "The token handle must allow TOKEN_QUERY.";

// Variable-size information: ask for the size, then fetch (retrying if it grew meanwhile).
Result<TokenInformation> information(HANDLE token, TOKEN_INFORMATION_CLASS which) {
    DWORD size = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (::GetTokenInformation(token, which, nullptr, 0, &size) == FALSE &&
            ::GetLastError() != ERROR_INSUFFICIENT_BUFFER && ::GetLastError() != ERROR_BAD_LENGTH) {
            return lastError(className(which), kQueryHint);
        }
        if (size == 0)
            return win32Error(ERROR_INTERNAL_ERROR, className(which), "The system reported an empty size.");
        auto data = std::make_unique<std::byte[]>(size);
        DWORD written = 0;
        if (::GetTokenInformation(token, which, data.get(), size, &written)) {
            return TokenInformation(std::move(data), written);
        }
        if (::GetLastError() != ERROR_INSUFFICIENT_BUFFER) return lastError(className(which), kQueryHint);
    }
    return win32Error(ERROR_INSUFFICIENT_BUFFER, className(which), "The information kept growing.");
}

// Fixed-size information (a DWORD, an enum, a small struct).
template <class T>
Result<T> fixedInformation(HANDLE token, TOKEN_INFORMATION_CLASS which) {
    T value{};
    DWORD written = 0;
    if (!::GetTokenInformation(token, which, &value, sizeof(value), &written))
        return lastError(className(which), kQueryHint);
    return value;
}

std::string luidText(const LUID& luid) {
    return hex(static_cast<std::uint32_t>(luid.HighPart)) + ":" + hex(luid.LowPart);
}

std::string integrityName(DWORD rid) {
    switch (rid) {
        case SECURITY_MANDATORY_UNTRUSTED_RID:
            return "Untrusted";
        case SECURITY_MANDATORY_LOW_RID:
            return "Low";
        case SECURITY_MANDATORY_MEDIUM_RID:
            return "Medium";
        case 0x2100:
            return "Medium Plus";  // SECURITY_MANDATORY_MEDIUM_PLUS_RID, missing in mingw-w64
        case SECURITY_MANDATORY_HIGH_RID:
            return "High";
        case SECURITY_MANDATORY_SYSTEM_RID:
            return "System";
        case SECURITY_MANDATORY_PROTECTED_PROCESS_RID:
            return "Protected process";
        default:
            return "Custom " + hex(rid);
    }
}

}  // namespace

std::string_view levelName(ImpersonationLevel level) noexcept {
    switch (level) {
        case ImpersonationLevel::Anonymous:
            return "Anonymous";
        case ImpersonationLevel::Identification:
            return "Identification";
        case ImpersonationLevel::Impersonation:
            return "Impersonation";
        case ImpersonationLevel::Delegation:
            return "Delegation";
    }
    return "Unknown";
}

std::vector<std::string> AccessToken::Group::attributeNames() const {
    struct Flag {
        DWORD bits;
        const char* name;
    };
    static constexpr std::array kFlags{
        Flag{SE_GROUP_MANDATORY, "mandatory"},
        Flag{SE_GROUP_ENABLED_BY_DEFAULT, "enabled-by-default"},
        Flag{SE_GROUP_ENABLED, "enabled"},
        Flag{SE_GROUP_OWNER, "owner"},
        Flag{SE_GROUP_USE_FOR_DENY_ONLY, "deny-only"},
        Flag{SE_GROUP_INTEGRITY, "integrity"},
        Flag{SE_GROUP_INTEGRITY_ENABLED, "integrity-enabled"},
        Flag{SE_GROUP_RESOURCE, "resource"},
        Flag{SE_GROUP_LOGON_ID, "logon-id"},
    };
    std::vector<std::string> names;
    for (const auto& flag : kFlags) {
        if ((attributes & flag.bits) == flag.bits) names.emplace_back(flag.name);
    }
    return names;
}

Result<AccessToken> AccessToken::fromCurrentProcess(DWORD access) {
    ScopedHandle handle;
    if (!::OpenProcessToken(::GetCurrentProcess(), access, handle.receive()))
        return lastError("OpenProcessToken",
                         "The process may not open its own token with the access asked for.");
    return AccessToken(std::move(handle));
}

Result<AccessToken> AccessToken::fromCurrentThread(DWORD access) {
    ScopedHandle handle;
    if (!::OpenThreadToken(::GetCurrentThread(), access, TRUE, handle.receive())) {
        const DWORD code = ::GetLastError();
        return win32Error(
            code, "OpenThreadToken",
            code == ERROR_NO_TOKEN ? "The thread is not impersonating; it uses the process token." : "");
    }
    return AccessToken(std::move(handle));
}

Result<AccessToken> AccessToken::fromEffective(DWORD access) {
    auto thread = fromCurrentThread(access);
    if (thread || thread.error().code != ERROR_NO_TOKEN) return thread;
    return fromCurrentProcess(access);
}

Result<AccessToken> AccessToken::fromToken(ScopedHandle handle) {
    if (!handle.valid()) {
        return win32Error(ERROR_INVALID_HANDLE, "AccessToken::fromToken", "No token handle was given.");
    }
    AccessToken token(std::move(handle));
    auto kind = token.kind();
    if (!kind) return kind.error();
    return token;
}

Result<Principal> AccessToken::user() const {
    auto info = information(get(), TokenUser);
    if (!info) return info.error();
    return principalFromSid(info->as<TOKEN_USER>().User.Sid);
}

Result<Principal> AccessToken::primaryGroup() const {
    auto info = information(get(), TokenPrimaryGroup);
    if (!info) return info.error();
    return principalFromSid(info->as<TOKEN_PRIMARY_GROUP>().PrimaryGroup);
}

Result<std::vector<AccessToken::Group>> AccessToken::groups() const {
    auto info = information(get(), TokenGroups);
    if (!info) return info.error();
    const auto& groups = info->as<TOKEN_GROUPS>();
    std::vector<Group> out;
    out.reserve(groups.GroupCount);
    const SID_AND_ATTRIBUTES* entries = groups.Groups;
    for (DWORD i = 0; i < groups.GroupCount; ++i) {
        Group group;
        group.principal = principalFromSid(entries[i].Sid);
        group.attributes = entries[i].Attributes;
        group.principal.attributes = group.attributeNames();
        out.push_back(std::move(group));
    }
    return out;
}

Result<std::vector<AccessToken::Privilege>> AccessToken::privileges() const {
    auto info = information(get(), TokenPrivileges);
    if (!info) return info.error();
    const auto& privileges = info->as<TOKEN_PRIVILEGES>();
    std::vector<Privilege> out;
    out.reserve(privileges.PrivilegeCount);
    const LUID_AND_ATTRIBUTES* entries = privileges.Privileges;
    for (DWORD i = 0; i < privileges.PrivilegeCount; ++i) {
        Privilege privilege;
        privilege.luid = entries[i].Luid;
        privilege.name = privilegeName(entries[i].Luid);
        privilege.attributes = entries[i].Attributes;
        out.push_back(std::move(privilege));
    }
    return out;
}

Result<TokenKind> AccessToken::kind() const {
    auto type = fixedInformation<TOKEN_TYPE>(get(), TokenType);
    if (!type) return type.error();
    return *type == TokenImpersonation ? TokenKind::Impersonation : TokenKind::Primary;
}

Result<ImpersonationLevel> AccessToken::impersonationLevel() const {
    auto level = fixedInformation<SECURITY_IMPERSONATION_LEVEL>(get(), TokenImpersonationLevel);
    if (!level) return level.error();
    return static_cast<ImpersonationLevel>(*level);
}

Result<bool> AccessToken::isElevated() const {
    auto elevation = fixedInformation<TOKEN_ELEVATION>(get(), TokenElevation);
    if (!elevation) return elevation.error();
    return elevation->TokenIsElevated != 0;
}

Result<std::string> AccessToken::elevationType() const {
    auto type = fixedInformation<TOKEN_ELEVATION_TYPE>(get(), TokenElevationType);
    if (!type) return type.error();
    switch (*type) {
        case TokenElevationTypeDefault:
            return std::string("Default");
        case TokenElevationTypeFull:
            return std::string("Full");
        case TokenElevationTypeLimited:
            return std::string("Limited");
    }
    return "Unknown " + std::to_string(static_cast<int>(*type));
}

Result<std::string> AccessToken::integrityLevel() const {
    auto info = information(get(), TokenIntegrityLevel);
    if (!info) return info.error();
    PSID sid = info->as<TOKEN_MANDATORY_LABEL>().Label.Sid;
    if (sid == nullptr || !::IsValidSid(sid) || *::GetSidSubAuthorityCount(sid) == 0) {
        return win32Error(ERROR_INVALID_SID, className(TokenIntegrityLevel), "");
    }
    const DWORD rid = *::GetSidSubAuthority(sid, static_cast<DWORD>(*::GetSidSubAuthorityCount(sid) - 1));
    return integrityName(rid) + " (" + sidString(sid) + ")";
}

Result<std::string> AccessToken::logonSession() const {
    auto statistics = fixedInformation<TOKEN_STATISTICS>(get(), TokenStatistics);
    if (!statistics) return statistics.error();
    return luidText(statistics->AuthenticationId);
}

Result<DWORD> AccessToken::sessionId() const { return fixedInformation<DWORD>(get(), TokenSessionId); }

Result<std::string> AccessToken::linkedToken() const {
    auto linked = fixedInformation<TOKEN_LINKED_TOKEN>(get(), TokenLinkedToken);
    if (!linked) {
        // A token that is not split (UAC off, a service, a non-admin) has no linked token.
        if (linked.error().code == ERROR_NO_SUCH_LOGON_SESSION) return std::string("no");
        return linked.error();
    }
    auto other = fromToken(ScopedHandle(linked->LinkedToken));
    if (!other) return other.error();
    const auto type = other->elevationType();
    const auto integrity = other->integrityLevel();
    return "yes (" + (type ? *type : type.error().summary()) + ", " +
           (integrity ? *integrity : integrity.error().summary()) + ")";
}

Result<bool> AccessToken::setPrivilege(std::string_view name, bool enable) const {
    auto luid = privilegeValue(name);
    if (!luid) return luid.error();

    TOKEN_PRIVILEGES wanted{};
    wanted.PrivilegeCount = 1;
    wanted.Privileges[0].Luid = *luid;
    wanted.Privileges[0].Attributes = enable ? SE_PRIVILEGE_ENABLED : 0;
    TOKEN_PRIVILEGES previous{};
    DWORD previousSize = sizeof(previous);
    const std::string call =
        "AdjustTokenPrivileges(" + std::string(name) + (enable ? ", enable)" : ", disable)");
    if (!::AdjustTokenPrivileges(get(), FALSE, &wanted, sizeof(previous), &previous, &previousSize)) {
        return lastError(call, "The token handle must allow TOKEN_ADJUST_PRIVILEGES and TOKEN_QUERY.");
    }
    if (::GetLastError() == ERROR_NOT_ALL_ASSIGNED) {
        // TRUE with ERROR_NOT_ALL_ASSIGNED: the token does not hold the privilege.
        if (!enable) return false;
        return makeError(win32::kPrivilegeNotHeld,
                         std::string(name) + " is not held by the token: " + call +
                             " returned TRUE and left GetLastError() = 1300 (ERROR_NOT_ALL_ASSIGNED)",
                         "A privilege can be enabled only if the token holds it; grant it to the "
                         "account (secpol.msc, User Rights Assignment) and log on again.");
    }
    // PreviousState lists only what changed: nothing listed means it already had the state asked.
    if (previous.PrivilegeCount == 0) return enable;
    return (previous.Privileges[0].Attributes & SE_PRIVILEGE_ENABLED) != 0;
}

Status AccessToken::removePrivilege(std::string_view name) const {
    auto luid = privilegeValue(name);
    if (!luid) return luid.error();
    TOKEN_PRIVILEGES wanted{};
    wanted.PrivilegeCount = 1;
    wanted.Privileges[0].Luid = *luid;
    wanted.Privileges[0].Attributes = SE_PRIVILEGE_REMOVED;
    if (!::AdjustTokenPrivileges(get(), FALSE, &wanted, 0, nullptr, nullptr)) {
        return lastError("AdjustTokenPrivileges(" + std::string(name) + ", remove)",
                         "The token handle must allow TOKEN_ADJUST_PRIVILEGES and TOKEN_QUERY.");
    }
    return Done{};  // ERROR_NOT_ALL_ASSIGNED here means it was not held: nothing to remove
}

Result<AccessToken> AccessToken::duplicateImpersonation(ImpersonationLevel level) const {
    ScopedHandle duplicate;
    if (!::DuplicateTokenEx(get(), TOKEN_ALL_ACCESS, nullptr,
                            static_cast<SECURITY_IMPERSONATION_LEVEL>(level), TokenImpersonation,
                            duplicate.receive())) {
        return lastError("DuplicateTokenEx", "The token handle must allow TOKEN_DUPLICATE.");
    }
    return AccessToken(std::move(duplicate));
}

Result<LUID> privilegeValue(std::string_view name) {
    LUID luid{};
    const std::wstring wide = toWide(name);
    if (wide.empty() || !::LookupPrivilegeValueW(nullptr, wide.c_str(), &luid)) {
        const DWORD code = wide.empty() ? ERROR_NO_SUCH_PRIVILEGE : ::GetLastError();
        std::string shown(name.substr(0, 64));
        return win32Error(code, "LookupPrivilegeValueW(\"" + shown + "\")",
                          "Use a privilege name such as SeChangeNotifyPrivilege; `tokenscope-cli "
                          "privileges --all` lists them.");
    }
    return luid;
}

std::string privilegeName(LUID luid) {
    DWORD length = 0;
    ::LookupPrivilegeNameW(nullptr, &luid, nullptr, &length);
    if (length == 0) return {};
    std::wstring name(length + 1, L'\0');
    length = static_cast<DWORD>(name.size());
    if (!::LookupPrivilegeNameW(nullptr, &luid, name.data(), &length)) return {};
    name.resize(length);
    return toUtf8(name);
}

std::string privilegeDisplayName(std::string_view name) {
    const std::wstring wide = toWide(name);
    if (wide.empty()) return {};
    DWORD length = 0;
    DWORD language = 0;
    ::SetLastError(ERROR_SUCCESS);
    ::LookupPrivilegeDisplayNameW(nullptr, wide.c_str(), nullptr, &length, &language);
    if (length == 0 || length > 4096) return {};
    std::wstring display(length + 1, L'\0');
    length = static_cast<DWORD>(display.size());
    if (!::LookupPrivilegeDisplayNameW(nullptr, wide.c_str(), display.data(), &length, &language)) return {};
    display.resize(length);
    return toUtf8(display);
}

}  // namespace tokenscope::win
