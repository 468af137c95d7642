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
    std::string name;   // Name: (the kernel's comm, escaped by the kernel)
    std::string state;  // State: "S (sleeping)"
    std::int64_t parent = 0;  // PPid:
    PosixIds uids;
    PosixIds gids;
    std::vector<std::uint32_t> groups;
    std::uint64_t capInheritable = 0;
    std::uint64_t capPermitted = 0;
    std::uint64_t capEffective = 0;
    std::uint64_t capBounding = 0;
    std::uint64_t capAmbient = 0;
    std::optional<int> noNewPrivs;
    std::optional<int> seccomp;  // Seccomp: 0 off, 1 strict, 2 filter
    std::optional<int> kthread;  // Kthread: 1 for a kernel thread (Linux 6.0 and later)
};

// Parses the text of a status file. Uid:, Gid: and Groups: are required; the Cap* lines are
// read when present. Malformed input gives ERROR_INVALID_PARAMETER naming the line.
[[nodiscard]] Result<ProcStatus> parseProcStatus(std::string_view text);

// The whole of a /proc file; a file over `limit` bytes is refused (ERROR_INVALID_PARAMETER).
[[nodiscard]] Result<std::string> readProcFile(const std::string& path, std::size_t limit);

// A /proc file read with one open, read and close relative to a folder's descriptor, into
// `buffer` when it fits (status files of the same process are read thousands of times by
// listProcesses), else into `overflow`; the returned view points into one of them. A /proc status
// file is made whole by its first read, so a read shorter than the buffer is the whole file.
[[nodiscard]] Result<std::string_view> readProcFileAt(int folder, const char* name, char* buffer, std::size_t size,
                                                      std::string& overflow);

// The lines of a status text that make a thread's credentials (Uid:, Gid:, Groups:), for
// comparing two threads without parsing: the kernel prints them the same way for the same ids.
struct CredentialLines {
    std::string_view uid, gid, groups;
    friend bool operator==(const CredentialLines&, const CredentialLines&) = default;
};
[[nodiscard]] CredentialLines credentialLines(std::string_view text);

// Reads and parses a status file ("/proc/thread-self/status").
[[nodiscard]] Result<ProcStatus> readProcStatus(const std::string& path);

// The identity a status file shows: ids and groups with their names, NoNewPrivs and Seccomp.
[[nodiscard]] Identity identityFromStatus(const ProcStatus& status);

}  // namespace tokenscope::posix
