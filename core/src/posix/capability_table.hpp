// What each Linux capability allows, and what TokenScope needs it for.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

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

}  // namespace tokenscope::posix
