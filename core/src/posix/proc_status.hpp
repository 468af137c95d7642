// Parser for /proc/<pid>/task/<tid>/status: the kernel's per-thread view of credentials.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope::posix {

struct ProcStatus {
    PosixIds uids;
    PosixIds gids;
    std::vector<std::uint32_t> groups;
    std::uint64_t capInheritable = 0;
    std::uint64_t capPermitted = 0;
    std::uint64_t capEffective = 0;
    std::uint64_t capBounding = 0;
    std::uint64_t capAmbient = 0;
    std::optional<int> noNewPrivs;
};

// Parses the text of a status file. Uid:, Gid: and Groups: are required; the Cap* lines are
// read when present. Malformed input gives ERROR_INVALID_PARAMETER naming the line.
[[nodiscard]] Result<ProcStatus> parseProcStatus(std::string_view text);

// Reads and parses a status file ("/proc/thread-self/status").
[[nodiscard]] Result<ProcStatus> readProcStatus(const std::string& path);

}  // namespace tokenscope::posix
