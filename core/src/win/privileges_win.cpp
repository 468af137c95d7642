// Privileges on Windows: the effective token's privileges, with the readiness verdict as Windows
// decides it today.
#include <windows.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <utility>

#include "tokenscope/errors.hpp"
#include "tokenscope/privileges.hpp"
#include "win/access_token.hpp"
#include "win/privilege_table.hpp"
#include "win/text.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

constexpr std::string_view kImpersonate = "SeImpersonatePrivilege";
constexpr std::string_view kAssignPrimaryToken = "SeAssignPrimaryTokenPrivilege";
constexpr std::string_view kIncreaseQuota = "SeIncreaseQuotaPrivilege";

std::uint64_t luidKey(const LUID& luid) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(luid.HighPart)) << 32) | luid.LowPart;
}

bool sameLuid(const LUID& a, const LUID& b) { return luidKey(a) == luidKey(b); }

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

// LogonUserW itself needs no privilege (SeTcbPrivilege mattered on Windows 2000 only);
// impersonating the token needs SeImpersonatePrivilege, starting a program with it
// SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege, and SeChangeNotifyPrivilege spares
// path traversal checks.
std::vector<std::string> privilegesForLogon() {
    return {"SeChangeNotifyPrivilege", std::string(kImpersonate), "SeAssignPrimaryTokenPrivilege",
            "SeIncreaseQuotaPrivilege"};
}

// Windows Error Reporting is configured per machine; per process only its dialog (and the dump it
// offers to send) can be kept away.
Status keepSecretsOutOfCrashDumps() {
    ::SetErrorMode(::GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return Done{};
}

Result<PrivilegeReport> win::privilegeReport(const AccessToken& token, bool threadToken) {
    auto held = token.privileges();
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

Result<PrivilegeReport> threadPrivileges() {
    auto thread = win::AccessToken::fromCurrentThread(TOKEN_QUERY);
    const bool threadToken = thread.ok();
    if (!thread && thread.error().code != ERROR_NO_TOKEN) return thread.error();
    auto token = threadToken ? std::move(thread) : win::AccessToken::fromCurrentProcess(TOKEN_QUERY);
    if (!token) return token.error();
    return win::privilegeReport(*token, threadToken);
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

namespace win {

Result<std::vector<std::string>> removePrivilegesExcept(const AccessToken& token,
                                                        const std::vector<std::string>& keep) {
    std::vector<LUID> kept;
    for (const auto& name : keep) {
        if (auto luid = privilegeValue(canonicalName(name))) kept.push_back(*luid);
    }
    auto held = token.privileges();
    if (!held) return held.error();
    std::vector<AccessToken::Privilege> removing;
    for (const auto& privilege : *held) {
        if (privilege.isRemoved()) continue;
        const bool keepIt = std::any_of(kept.begin(), kept.end(),
                                        [&](const LUID& luid) { return sameLuid(luid, privilege.luid); });
        if (!keepIt) removing.push_back(privilege);
    }
    if (removing.empty()) return std::vector<std::string>{};

    // One call for all: TOKEN_PRIVILEGES with as many entries as there are privileges to remove.
    const std::size_t bytes =
        offsetof(TOKEN_PRIVILEGES, Privileges) + removing.size() * sizeof(LUID_AND_ATTRIBUTES);
    std::vector<std::uint64_t> storage((bytes + sizeof(std::uint64_t) - 1) / sizeof(std::uint64_t));
    auto* wanted = reinterpret_cast<TOKEN_PRIVILEGES*>(storage.data());
    wanted->PrivilegeCount = static_cast<DWORD>(removing.size());
    for (std::size_t i = 0; i < removing.size(); ++i) {
        wanted->Privileges[i].Luid = removing[i].luid;
        wanted->Privileges[i].Attributes = SE_PRIVILEGE_REMOVED;
    }
    ::SetLastError(ERROR_SUCCESS);
    if (!::AdjustTokenPrivileges(token.get(), FALSE, wanted, 0, nullptr, nullptr)) {
        return lastError("AdjustTokenPrivileges(remove " + std::to_string(removing.size()) + " privileges)",
                         "The token handle must allow TOKEN_ADJUST_PRIVILEGES and TOKEN_QUERY.");
    }
    // AdjustTokenPrivileges succeeds even when it changed nothing (ERROR_NOT_ALL_ASSIGNED): read
    // the token back and report only what is really gone.
    auto after = token.privileges();
    if (!after) return after.error();
    std::vector<std::string> removed;
    for (const auto& privilege : removing) {
        const bool stillThere =
            std::any_of(after->begin(), after->end(), [&](const AccessToken::Privilege& p) {
                return sameLuid(p.luid, privilege.luid) && !p.isRemoved();
            });
        const std::string name =
            privilege.name.empty() ? "LUID " + hex(luidKey(privilege.luid)) : privilege.name;
        if (stillThere) {
            return makeError(win32::kNotAllAssigned,
                             "AdjustTokenPrivileges(SE_PRIVILEGE_REMOVED) left " + name + " in the token",
                             "The token did not let this privilege be removed; it stays held.");
        }
        removed.push_back(name);
    }
    return removed;
}

}  // namespace win

// The process token is shared by every thread that does not impersonate: what is removed here is
// gone for all of them, and for processes started afterwards with this token.
Result<std::vector<std::string>> dropPrivilegesExcept(const std::vector<std::string>& keep) {
    auto token = win::AccessToken::fromCurrentProcess(TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY);
    if (!token) return token.error();
    return win::removePrivilegesExcept(*token, keep);
}

}  // namespace tokenscope
