// Who is this process, and who is this thread? The "token" of the Windows vocabulary.
//
// On Windows a process and each impersonating thread carry their own access token. On Linux a
// thread's credentials (uids, gids, supplementary groups) are per thread in the kernel too; glibc
// merely keeps them in step. Both functions read the kernel's per-thread view, never glibc's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope {

// "linux" or "windows": the backend this build runs.
[[nodiscard]] std::string_view platformName() noexcept;

// A user or a group: a numeric id on POSIX, a SID on Windows, and its name when one maps.
struct Principal {
    std::string name;                      // "alice" / "DOMAIN\\alice"; empty when unmapped
    std::optional<std::uint32_t> posixId;  // uid or gid (POSIX)
    std::string sid;                       // "S-1-5-21-…" (Windows)
    // Windows token groups: "enabled", "mandatory", "owner", "deny-only", "logon-id", …
    // (SE_GROUP_* bits by name). Empty on POSIX.
    std::vector<std::string> attributes;

    // The id as text: "1000" or the SID.
    [[nodiscard]] std::string idString() const;
    friend bool operator==(const Principal&, const Principal&) = default;
};

// The four POSIX ids of one kind: real, effective, saved set-, filesystem.
struct PosixIds {
    std::uint32_t real = 0;
    std::uint32_t effective = 0;
    std::uint32_t saved = 0;
    std::uint32_t filesystem = 0;
    friend bool operator==(const PosixIds&, const PosixIds&) = default;
};

struct Identity {
    Principal user;                 // the effective user: what GetUserName / `id -un` shows
    Principal primaryGroup;         // the effective group
    std::vector<Principal> groups;  // supplementary groups (Windows: the token's groups)
    std::optional<PosixIds> uids;   // POSIX only
    std::optional<PosixIds> gids;   // POSIX only
    // Thread identities only: true when the thread's credentials differ from the process's
    // (Windows: the thread has its own token), the seed's "IIS already impersonates" case.
    bool impersonating = false;
    // "full (uid switch)" on POSIX while impersonating; Windows: the token's level.
    std::string impersonationLevel;
    // Platform facts worth showing as they are: ("Token type", "Primary"), ("NoNewPrivs", "0").
    std::vector<std::pair<std::string, std::string>> details;
};

// The process's identity (POSIX: its main thread's credentials, /proc/self/status).
[[nodiscard]] Result<Identity> processIdentity();
// The calling thread's identity (POSIX: /proc/thread-self/status), `impersonating` filled in.
[[nodiscard]] Result<Identity> threadIdentity();

// Name lookups that never throw; "" when the id has no entry. Thread-safe (getpwuid_r …).
[[nodiscard]] std::string userName(std::uint32_t uid);
[[nodiscard]] std::string groupName(std::uint32_t gid);

}  // namespace tokenscope
