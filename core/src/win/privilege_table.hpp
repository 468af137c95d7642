// What TokenScope knows about each Windows privilege: its documented display name (Wine's
// LookupPrivilegeDisplayNameW gives none) and what TokenScope needs it for.
#pragma once

#include <string_view>
#include <vector>

namespace tokenscope::win {

struct PrivilegeInfo {
    std::string_view name;         // "SeImpersonatePrivilege"
    std::string_view displayName;  // "Impersonate a client after authentication"
    std::vector<std::string_view> neededFor;
};

// Every privilege of the Windows SDK (SE_*_NAME), in the SDK's order.
[[nodiscard]] const std::vector<PrivilegeInfo>& privilegeTable();
// The entry of `name` (case-insensitive), or nullptr.
[[nodiscard]] const PrivilegeInfo* privilegeInfo(std::string_view name) noexcept;

namespace need {
inline constexpr std::string_view kImpersonate = "impersonate";
inline constexpr std::string_view kRunAs = "run as user (CreateProcessAsUserW)";
inline constexpr std::string_view kHistoricalLogon = "LogonUser on Windows 2000 only (historical)";
}  // namespace need

}  // namespace tokenscope::win
