// Privileges on Windows: the effective token's privileges, with the readiness verdict as Windows
// decides it today.
#include <windows.h>

#include <algorithm>
#include <map>
#include <utility>

#include "tokenscope/errors.hpp"
#include "tokenscope/privileges.hpp"
#include "win/access_token.hpp"
#include "win/privilege_table.hpp"
#include "win/text.hpp"

namespace tokenscope {
namespace {

constexpr std::string_view kImpersonate = "SeImpersonatePrivilege";
constexpr std::string_view kAssignPrimaryToken = "SeAssignPrimaryTokenPrivilege";
constexpr std::string_view kIncreaseQuota = "SeIncreaseQuotaPrivilege";

std::uint64_t luidKey(const LUID& luid) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(luid.HighPart)) << 32) | luid.LowPart;
}

Privilege describe(std::string name, const LUID& luid) {
    Privilege privilege;
    privilege.value = luid.LowPart;
    privilege.description = win::privilegeDisplayName(name);
    if (const auto* info = win::privilegeInfo(name)) {
        if (privilege.description.empty()) privilege.description = std::string(info->displayName);
        for (const auto need : info->neededFor) privilege.neededFor.emplace_back(need);
    }
    privilege.name = std::move(name);
    return privilege;
}

// The system's spelling of a privilege named "SeImpersonatePrivilege", "seimpersonateprivilege"
// or "Impersonate"; the name unchanged when TokenScope does not know it (the system may).
std::string canonicalName(std::string_view name) {
    if (const auto* info = win::privilegeInfo(name)) return std::string(info->name);
    if (const auto* info = win::privilegeInfo("Se" + std::string(name) + "Privilege"))
        return std::string(info->name);
    return std::string(name);
}

const Privilege* byName(const std::vector<Privilege>& privileges, std::string_view name) {
    const auto it = std::find_if(privileges.begin(), privileges.end(),
                                 [&](const Privilege& p) { return p.name == name; });
    return it == privileges.end() ? nullptr : &*it;
}

void judgeReadiness(PrivilegeReport& report, bool threadToken) {
    const Privilege* impersonate = byName(report.privileges, kImpersonate);
    if (impersonate != nullptr && impersonate->held) {
        report.canImpersonate = true;
        report.verdict =
            "This thread can impersonate: it holds SeImpersonatePrivilege, so ImpersonateLoggedOnUser "
            "gives it an Impersonation-level token of the user.";
        if (!impersonate->enabled)
            report.notes.emplace_back(
                "SeImpersonatePrivilege is held but disabled; TokenScope enables it before impersonating.");
    } else {
        report.canImpersonate = false;
        report.missingForImpersonation.emplace_back(kImpersonate);
        report.verdict =
            "This thread cannot fully impersonate another user: SeImpersonatePrivilege is not held. "
            "ImpersonateLoggedOnUser still succeeds, but Windows then gives the thread only an "
            "Identification-level token: it can tell who the user is and open nothing as the user "
            "(impersonating one's own account works without it). Run TokenScope elevated or as a "
            "service account, which hold the privilege.";
    }

    const Privilege* assign = byName(report.privileges, kAssignPrimaryToken);
    const Privilege* quota = byName(report.privileges, kIncreaseQuota);
    const bool canRunAs = assign != nullptr && assign->held && quota != nullptr && quota->held;
    if (canRunAs) {
        report.notes.emplace_back(
            "Can start a process as the user with CreateProcessAsUserW: SeAssignPrimaryTokenPrivilege "
            "and SeIncreaseQuotaPrivilege are held.");
    } else {
        report.notes.emplace_back(
            "Starting a process as the user with CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege "
            "and SeIncreaseQuotaPrivilege, which this token lacks; CreateProcessWithLogonW needs neither.");
    }
    report.notes.emplace_back(
        "SeTcbPrivilege is not needed to log users on: only Windows 2000's LogonUser required it; "
        "since Windows XP any account may call LogonUser.");
    if (threadToken)
        report.notes.emplace_back(
            "The thread impersonates: these are the privileges of its impersonation token.");
}

}  // namespace

std::vector<std::string> privilegesForImpersonation() { return {std::string(kImpersonate)}; }

std::vector<std::string> privilegesForLogon() { return {}; }

// Windows Error Reporting is configured per machine; per process only its dialog (and the dump it
// offers to send) can be kept away.
Status keepSecretsOutOfCrashDumps() {
    ::SetErrorMode(::GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return Done{};
}

Result<PrivilegeReport> threadPrivileges() {
    auto thread = win::AccessToken::fromCurrentThread(TOKEN_QUERY);
    const bool threadToken = thread.ok();
    if (!thread && thread.error().code != ERROR_NO_TOKEN) return thread.error();
    auto token = threadToken ? std::move(thread) : win::AccessToken::fromCurrentProcess(TOKEN_QUERY);
    if (!token) return token.error();
    auto held = token->privileges();
    if (!held) return held.error();

    // Every privilege the system knows (the SDK's list, as far as the system resolves it), plus
    // any the token holds that TokenScope has no entry for.
    std::map<std::uint64_t, Privilege> byLuid;
    for (const auto& info : win::privilegeTable()) {
        auto luid = win::privilegeValue(info.name);
        if (luid) byLuid.emplace(luidKey(*luid), describe(std::string(info.name), *luid));
    }
    for (const auto& entry : *held) {
        auto [it, inserted] = byLuid.try_emplace(luidKey(entry.luid));
        if (inserted) {
            it->second = describe(entry.name.empty() ? "LUID " + win::hex(luidKey(entry.luid)) : entry.name,
                                  entry.luid);
        }
        Privilege& privilege = it->second;
        privilege.held = !entry.isRemoved();
        privilege.enabled = entry.isEnabled();
        privilege.enabledByDefault = entry.isEnabledByDefault();
    }

    PrivilegeReport report;
    for (auto& [key, privilege] : byLuid) report.privileges.push_back(std::move(privilege));
    judgeReadiness(report, threadToken);
    return report;
}

Result<Privilege> findPrivilege(std::string_view name) {
    const std::string wanted = canonicalName(name);
    auto luid = win::privilegeValue(wanted);
    if (!luid) return luid.error();
    auto report = threadPrivileges();
    if (!report) return report.error();
    for (auto& privilege : report->privileges) {
        if (privilege.value == luid->LowPart) return std::move(privilege);
    }
    return describe(wanted, *luid);
}

// Windows keeps privilege state in the token: while the thread impersonates that is the thread's
// token, otherwise the process's, and then the change is seen by every thread of the process.
Result<bool> setPrivilegeEnabled(std::string_view name, bool enable) {
    const std::string wanted = canonicalName(name);
    auto token = win::AccessToken::fromEffective(TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY);
    if (!token) return token.error();
    return token->setPrivilege(wanted, enable);
}

}  // namespace tokenscope

namespace tokenscope {

// Not wired on Windows yet: the callers' keep lists name Linux capabilities, and removing
// SeImpersonatePrivilege or SeChangeNotifyPrivilege from the process token would change what
// logon and impersonation can do. Nothing is dropped, and the empty list says so.
Result<std::vector<std::string>> dropPrivilegesExcept(const std::vector<std::string>& /*keep*/) {
    return std::vector<std::string>{};
}

}  // namespace tokenscope
