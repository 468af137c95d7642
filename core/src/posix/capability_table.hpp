// What each Linux capability allows, and what TokenScope needs it for.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenscope/privileges.hpp"

namespace tokenscope::posix {

struct CapabilityInfo {
    std::uint32_t value;
    std::string_view name;         // "CAP_SETUID"
    std::string_view description;  // one sentence
    std::vector<std::string_view> neededFor;
};

// Capabilities 0..40 (CAP_CHECKPOINT_RESTORE, the last one Linux 6.x knows).
[[nodiscard]] const std::vector<CapabilityInfo>& capabilityTable();

// The entry for `value`, or nullptr for a capability newer than this table.
[[nodiscard]] const CapabilityInfo* capabilityInfo(std::uint32_t value) noexcept;

// A thread's five capability sets, bit N for capability N (as /proc/<pid>/status shows them).
struct CapabilitySets {
    std::uint64_t permitted = 0;
    std::uint64_t effective = 0;
    std::uint64_t inheritable = 0;
    std::uint64_t bounding = 0;
    std::uint64_t ambient = 0;
};

// Every capability the running kernel knows with its state in `sets`, and the readiness verdict
// (threadPrivileges() for the calling thread, inspectProcess() for any).
[[nodiscard]] PrivilegeReport privilegeReport(const CapabilitySets& sets);

}  // namespace tokenscope::posix
