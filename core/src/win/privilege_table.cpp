#include "win/privilege_table.hpp"

#include <algorithm>
#include <cctype>

namespace tokenscope::win {

const std::vector<PrivilegeInfo>& privilegeTable() {
    static const std::vector<PrivilegeInfo> table{
        {"SeCreateTokenPrivilege", "Create a token object", {}},
        {"SeAssignPrimaryTokenPrivilege", "Replace a process level token", {need::kRunAs}},
        {"SeLockMemoryPrivilege", "Lock pages in memory", {}},
        {"SeIncreaseQuotaPrivilege", "Adjust memory quotas for a process", {need::kRunAs}},
        {"SeMachineAccountPrivilege", "Add workstations to domain", {}},
        {"SeTcbPrivilege", "Act as part of the operating system", {need::kHistoricalLogon}},
        {"SeSecurityPrivilege", "Manage auditing and security log", {}},
        {"SeTakeOwnershipPrivilege", "Take ownership of files or other objects", {}},
        {"SeLoadDriverPrivilege", "Load and unload device drivers", {}},
        {"SeSystemProfilePrivilege", "Profile system performance", {}},
        {"SeSystemtimePrivilege", "Change the system time", {}},
        {"SeProfileSingleProcessPrivilege", "Profile single process", {}},
        {"SeIncreaseBasePriorityPrivilege", "Increase scheduling priority", {}},
        {"SeCreatePagefilePrivilege", "Create a pagefile", {}},
        {"SeCreatePermanentPrivilege", "Create permanent shared objects", {}},
        {"SeBackupPrivilege", "Back up files and directories", {}},
        {"SeRestorePrivilege", "Restore files and directories", {}},
        {"SeShutdownPrivilege", "Shut down the system", {}},
        {"SeDebugPrivilege", "Debug programs", {}},
        {"SeAuditPrivilege", "Generate security audits", {}},
        {"SeSystemEnvironmentPrivilege", "Modify firmware environment values", {}},
        {"SeChangeNotifyPrivilege", "Bypass traverse checking", {}},
        {"SeRemoteShutdownPrivilege", "Force shutdown from a remote system", {}},
        {"SeUndockPrivilege", "Remove computer from docking station", {}},
        {"SeSyncAgentPrivilege", "Synchronize directory service data", {}},
        {"SeEnableDelegationPrivilege", "Enable computer and user accounts to be trusted for delegation", {}},
        {"SeManageVolumePrivilege", "Perform volume maintenance tasks", {}},
        {"SeImpersonatePrivilege", "Impersonate a client after authentication", {need::kImpersonate}},
        {"SeCreateGlobalPrivilege", "Create global objects", {}},
        {"SeTrustedCredManAccessPrivilege", "Access Credential Manager as a trusted caller", {}},
        {"SeRelabelPrivilege", "Modify an object label", {}},
        {"SeIncreaseWorkingSetPrivilege", "Increase a process working set", {}},
        {"SeTimeZonePrivilege", "Change the time zone", {}},
        {"SeCreateSymbolicLinkPrivilege", "Create symbolic links", {}},
        {"SeDelegateSessionUserImpersonatePrivilege",
         "Obtain an impersonation token for another user in the same session",
         {}},
    };
    return table;
}

const PrivilegeInfo* privilegeInfo(std::string_view name) noexcept {
    const auto equal = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const auto& info : privilegeTable()) {
        if (equal(info.name, name)) return &info;
    }
    return nullptr;
}

}  // namespace tokenscope::win
