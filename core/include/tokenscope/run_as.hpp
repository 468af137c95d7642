// runas / CreateProcessWithLogonW: start a program as the logged-on user and wait for it.
//
// Linux: fork + execve. The child gets its own session with no controlling terminal (setsid: it
// cannot open /dev/tty, push input into our terminal with TIOCSTI, or get our terminal's signals),
// the user's uid, gid and groups (all of real, effective and saved), no capabilities (inheritable
// and ambient sets cleared before the switch, so exec leaves it none), a clean environment (HOME,
// USER, LOGNAME, SHELL, PATH), the umask and resource limits a login gives the user (login.defs,
// limits.conf), the user's home as working directory (or /), stdin from /dev/null, and none of our
// file descriptors: its stdout and stderr are pipes that runAs reads, never our terminal. It is
// killed (SIGKILL) if the thread that started it ends, and when it ends every process left in its
// session is killed too. Needs CAP_SETUID and CAP_SETGID, and CAP_KILL to end what it left, from a
// thread that is not impersonating.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

struct RunAsOptions {
    // Collect stdout and stderr (together, at most 1 MiB) into RunAsResult::output.
    bool captureOutput = false;
    // Without captureOutput: called with what the program wrote (stream 1 or 2), as it comes.
    // Unset: the bytes are written to our own descriptor 1 or 2 as they are.
    std::function<void(int stream, std::string_view bytes)> onOutput;
    // Kill the program (and its session) after this long; zero waits for ever.
    std::chrono::milliseconds timeout{0};
    // Linux: a signalfd of signals the caller has blocked (SIGINT, SIGTERM, SIGHUP…), or -1. Each
    // signal read from it is passed on to the program's process group; any but SIGINT and SIGQUIT
    // also ends the run: the program gets `stopGrace` to exit, then SIGKILL (RunAsResult::stoppedBy).
    int signalFd = -1;
    std::chrono::milliseconds stopGrace{2000};
};

struct RunAsLimit {
    std::string name;  // as limits.conf names it: "core", "nofile", …
    std::string soft;  // the kernel's units (bytes, seconds) or "unlimited", as /proc/PID/limits shows
    std::string hard;
};

struct RunAsResult {
    std::string program;  // the absolute path executed
    int pid = 0;
    bool exited = false;  // ended by exit(): exitCode is valid
    int exitCode = 0;
    int signal = 0;                     // the signal that ended it, or 0
    bool timedOut = false;              // killed after RunAsOptions::timeout
    int stoppedBy = 0;                  // the signal (from RunAsOptions::signalFd) that ended the run, or 0
    std::vector<int> forwardedSignals;  // every signal passed on to the program, in order
    int endedProcesses = 0;             // processes the program left in its session, killed when it ended
    std::string output;                 // with captureOutput
    // Linux: the umask (octal, "0022") and resource limits the program started with.
    std::string umask;
    std::vector<RunAsLimit> limits;
    // Windows: where the child's environment came from: "the user's (CreateEnvironmentBlock)", or
    // "inherited from TokenScope: <why the user's could not be built>". Empty on Linux, whose
    // child always gets the clean environment described above.
    std::string environment;
};

// Runs argv[0] (searched in the clean PATH when it has no '/'; a relative path with a '/' is taken
// from the caller's working directory) with argv as arguments. A child that ran, whatever its exit
// status, is success: read exitCode. Errors: ERROR_PRIVILEGE_NOT_HELD (cannot switch ids),
// ERROR_FILE_NOT_FOUND / ERROR_ACCESS_DENIED (cannot exec, as the user), ERROR_BUSY when called
// from an impersonating thread, ERROR_INVALID_PARAMETER for empty argv.
[[nodiscard]] Result<RunAsResult> runAs(const LogonToken& token, const std::vector<std::string>& argv,
                                        const RunAsOptions& options = {});

}  // namespace tokenscope
