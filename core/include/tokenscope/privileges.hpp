// Which privileges does this thread hold, what are they for, and can it impersonate?
//
// Windows: the token's privileges (SeImpersonatePrivilege, …) with their attributes.
// Linux: every capability the running kernel knows, for the calling thread, with its
// permitted, effective, inheritable, bounding and ambient state.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope {

struct Privilege {
    std::string name;         // "CAP_SETUID" / "SeImpersonatePrivilege"
    std::uint32_t value = 0;  // capability number / LUID low part
    std::string description;  // what the privilege allows, in one sentence
    bool held = false;        // in the permitted set / present in the token
    bool enabled = false;     // in the effective set / SE_PRIVILEGE_ENABLED

    // POSIX capability sets beyond permitted and effective.
    bool inheritable = false;
    bool bounding = false;
    bool ambient = false;
    // Windows attributes beyond present and enabled.
    bool enabledByDefault = false;

    // What TokenScope needs it for ("impersonate", "run as user", …); empty if nothing.
    std::vector<std::string> neededFor;
};

struct PrivilegeReport {
    std::vector<Privilege> privileges;  // every privilege the system knows, in value order
    bool canImpersonate = false;
    std::vector<std::string> missingForImpersonation;  // names, e.g. {"CAP_SETGID"}
    std::string verdict;                               // one sentence for a person
    std::vector<std::string> notes;                    // further facts (held but disabled, …)
};

// The calling thread's privileges. Never fails on a normal system; the Error names the
// syscall that did.
[[nodiscard]] Result<PrivilegeReport> threadPrivileges();

// The privilege named `name` ("CAP_SETUID", "cap_setuid", "setuid", "7"; Windows:
// "SeImpersonatePrivilege"), or ERROR_NO_SUCH_PRIVILEGE.
[[nodiscard]] Result<Privilege> findPrivilege(std::string_view name);

// Enables or disables a privilege the calling thread holds, on the calling thread only.
// Returns whether it was enabled before. Not held: ERROR_PRIVILEGE_NOT_HELD (1314) when
// enabling; disabling a privilege that is not held succeeds and returns false.
[[nodiscard]] Result<bool> setPrivilegeEnabled(std::string_view name, bool enable);

// Least privilege: removes from the calling thread every privilege it holds that is not named in
// `keep`, for good: nothing can enable them again. Linux: from the permitted, effective and
// inheritable capability sets, and clears the ambient set; threads created afterwards inherit the
// reduced sets, threads that exist already keep theirs, so call it before starting any. Windows:
// from the process token (AdjustTokenPrivileges with SE_PRIVILEGE_REMOVED), which every thread
// that does not impersonate shares, read back afterwards. Names of the other platform and unknown
// names in `keep` are ignored, so one keep list can name both. Returns the names removed.
[[nodiscard]] Result<std::vector<std::string>> dropPrivilegesExcept(const std::vector<std::string>& keep);

// The privileges TokenScope needs to impersonate on this platform (for the readiness verdict).
[[nodiscard]] std::vector<std::string> privilegesForImpersonation();

// What PAM's modules may need during logon and logoff on a Debian-like stack (Linux: reading
// shadow and lastlog, audit records and the login uid, resource limits, dropping to the user for
// a file of theirs). Windows: what impersonating the token and starting a program with it need,
// and SeChangeNotifyPrivilege (LogonUserW itself needs none).
[[nodiscard]] std::vector<std::string> privilegesForLogon();

// Keeps secrets out of crash output from now on. Linux: RLIMIT_CORE's soft limit 0 and
// PR_SET_DUMPABLE 0 (no core file; only a process with CAP_SYS_PTRACE may attach or read its
// memory); the limits it replaced are remembered for programs run as a user (runAs); Windows: no
// Windows Error Reporting dialog or dump for this process. Errors name the call that failed.
Status keepSecretsOutOfCrashDumps();

}  // namespace tokenscope
