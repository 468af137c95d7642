// runas / CreateProcessWithLogonW: start a program as the logged-on user and wait for it.
//
// Linux: fork + execve. The child gets the user's uid, gid and groups (all of real, effective
// and saved), no capabilities (inheritable and ambient sets cleared before the switch, so exec
// leaves it none), a clean environment (HOME, USER, LOGNAME, SHELL, PATH), the user's home as
// working directory (or /), stdin from /dev/null, and none of our file descriptors beyond
// stdout/stderr. Needs CAP_SETUID and CAP_SETGID, from a thread that is not impersonating.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

struct RunAsOptions {
    // Collect stdout and stderr (together, at most 1 MiB) instead of passing ours through.
    bool captureOutput = false;
    // Kill the child's process group after this long; zero waits for ever.
    std::chrono::milliseconds timeout{0};
};

struct RunAsResult {
    std::string program;  // the path executed
    int pid = 0;
    bool exited = false;  // ended by exit(): exitCode is valid
    int exitCode = 0;
    int signal = 0;         // the signal that ended it, or 0
    bool timedOut = false;  // killed after RunAsOptions::timeout
    std::string output;     // with captureOutput
    // Windows: where the child's environment came from: "the user's (CreateEnvironmentBlock)", or
    // "inherited from TokenScope: <why the user's could not be built>". Empty on Linux, whose
    // child always gets the clean environment described above.
    std::string environment;
};

// Runs argv[0] (searched in the clean PATH when it has no '/') with argv as arguments. A child
// that ran, whatever its exit status, is success: read exitCode. Errors: ERROR_PRIVILEGE_NOT_HELD
// (cannot switch ids), ERROR_FILE_NOT_FOUND / ERROR_ACCESS_DENIED (cannot exec, as the user),
// ERROR_BUSY when called from an impersonating thread, ERROR_INVALID_PARAMETER for empty argv.
[[nodiscard]] Result<RunAsResult> runAs(const LogonToken& token, const std::vector<std::string>& argv,
                                        const RunAsOptions& options = {});

}  // namespace tokenscope
