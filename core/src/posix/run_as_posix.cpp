// runas on Linux: fork, switch the child to the user, exec.
#include <fcntl.h>
#include <linux/capability.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <thread>

#include "posix/unique_fd.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/run_as.hpp"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace tokenscope {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMaxOutput = 1U << 20;

// Where the child failed, sent back through a close-on-exec pipe (EOF means exec worked).
enum Stage : int { kStageSetup = 1, kStageGroups, kStageGids, kStageUids, kStageExec };
struct ChildFailure {
    int stage = 0;
    int err = 0;
};

std::string pathFor(std::uint32_t uid) {
    return uid == 0 ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                    : "/usr/local/bin:/usr/bin:/bin";
}

bool isExecutableFile(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && (info.st_mode & 0111) != 0;
}

std::string resolveProgram(const std::string& name, const std::string& path) {
    if (name.find('/') != std::string::npos) return name;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const std::string dir = path.substr(start, end - start);
        const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
        if (isExecutableFile(candidate)) return candidate;
        start = end + 1;
    }
    return {};
}

// Only async-signal-safe calls from here to execve: the parent may have other threads whose
// locks the child inherited in whatever state they were.
[[noreturn]] void childFail(int fd, int stage) {
    const ChildFailure failure{stage, errno};
    ssize_t written;
    do {
        written = ::write(fd, &failure, sizeof failure);
    } while (written < 0 && errno == EINTR);
    ::_exit(127);
}

[[noreturn]] void runChild(int reportFd, int stdinFd, int outputFd, const std::vector<gid_t>& groups,
                           gid_t gid, uid_t uid, const char* home, const char* program, char* const* argv,
                           char* const* envp) {
    struct sigaction defaults {};
    defaults.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) (void)::sigaction(sig, &defaults, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    (void)::setpgid(0, 0);

    if (::dup2(stdinFd, STDIN_FILENO) < 0) childFail(reportFd, kStageSetup);
    if (outputFd >= 0) {
        if (::dup2(outputFd, STDOUT_FILENO) < 0 || ::dup2(outputFd, STDERR_FILENO) < 0) {
            childFail(reportFd, kStageSetup);
        }
    }
    // No capabilities may survive exec: ambient and inheritable sets emptied here, permitted and
    // effective go with the uid switch (or with exec, for a non-root caller holding file caps).
    (void)::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) == 0) {
        data[0].inheritable = 0;
        data[1].inheritable = 0;
        (void)::syscall(SYS_capset, &header, data);
    }
    if (::syscall(SYS_setgroups, groups.size(), groups.empty() ? nullptr : groups.data()) != 0) {
        childFail(reportFd, kStageGroups);
    }
    if (::syscall(SYS_setresgid, gid, gid, gid) != 0) childFail(reportFd, kStageGids);
    if (::syscall(SYS_setresuid, uid, uid, uid) != 0) childFail(reportFd, kStageUids);
    if (home[0] == '\0' || ::chdir(home) != 0) (void)::chdir("/");

    // None of our descriptors beyond 0-2 reach the program.
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
        for (int fd = 3; fd < 65536; ++fd) {
            if (fd != reportFd) (void)::close(fd);
        }
    }
    ::execve(program, argv, envp);
    childFail(reportFd, kStageExec);
}

Error childError(const ChildFailure& failure, const std::string& program) {
    errno = failure.err;
    switch (failure.stage) {
        case kStageGroups:
        case kStageGids:
        case kStageUids: {
            const char* call = failure.stage == kStageGroups ? "setgroups"
                               : failure.stage == kStageGids ? "setresgid"
                                                             : "setresuid";
            const char* capability = failure.stage == kStageUids ? "CAP_SETUID" : "CAP_SETGID";
            if (failure.err == EPERM) {
                return makeError(
                    win32::kPrivilegeNotHeld,
                    std::string(call) + " in the child: " + describeErrno(failure.err) + "; " + capability +
                        " is not held",
                    "Starting a program as another user needs CAP_SETUID and CAP_SETGID: run as root.");
            }
            return errnoError(failure.err, std::string(call) + " in the child");
        }
        case kStageExec:
            return errnoError(
                failure.err, "execve " + program + " (as the user)",
                failure.err == EACCES ? "The user may not execute the program or a folder above it." : "");
        default:
            return errnoError(failure.err, "preparing the child process");
    }
}

// waitpid that gives up at `deadline` (none: wait for ever). Returns false on timeout.
bool waitFor(pid_t pid, int& status, std::optional<Clock::time_point> deadline) {
    for (;;) {
        const pid_t rc = ::waitpid(pid, &status, deadline ? WNOHANG : 0);
        if (rc == pid) return true;
        if (rc < 0 && errno == EINTR) continue;
        if (rc < 0) return true;  // ECHILD: someone else reaped it; report what we have
        if (Clock::now() >= *deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

}  // namespace

Result<RunAsResult> runAs(const LogonToken& token, const std::vector<std::string>& argv,
                          const RunAsOptions& options) {
    if (argv.empty() || argv.front().empty()) {
        return makeError(win32::kInvalidParameter, "runAs: no program given", "Name the program to run.");
    }
    if (!token.loggedOn()) {
        return makeError(win32::kInvalidHandle, "the logon token is logged off or moved from",
                         "Log on again.");
    }
    auto identity = threadIdentity();
    if (!identity) return identity.error();
    if (identity->impersonating) {
        return makeError(win32::kBusy, "the calling thread is impersonating",
                         "Start the program from a thread that is not impersonating (revert first).");
    }

    const std::string path = pathFor(token.uid());
    const std::string shell = token.shell().empty() ? std::string("/bin/sh") : token.shell();
    std::vector<std::string> environment{"HOME=" + token.home(), "USER=" + token.user(),
                                         "LOGNAME=" + token.user(), "SHELL=" + shell, "PATH=" + path};
    RunAsResult result;
    result.program = resolveProgram(argv.front(), path);
    if (result.program.empty()) {
        return makeError(win32::kFileNotFound, "\"" + argv.front() + "\" is not in PATH " + path,
                         "Give the program's full path.");
    }

    // Everything the child needs is built now: after fork it may not allocate.
    std::vector<std::string> args(argv);
    std::vector<char*> argvPointers;
    for (auto& arg : args) argvPointers.push_back(arg.data());
    argvPointers.push_back(nullptr);
    std::vector<char*> envPointers;
    for (auto& entry : environment) envPointers.push_back(entry.data());
    envPointers.push_back(nullptr);
    const std::vector<gid_t> groups(token.groups().begin(), token.groups().end());
    const std::string home = token.home();

    posix::UniqueFd devNull(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (!devNull) return errnoError(errno, "open /dev/null");
    int reportPipe[2];
    if (::pipe2(reportPipe, O_CLOEXEC) != 0) return errnoError(errno, "pipe2");
    posix::UniqueFd reportRead(reportPipe[0]);
    posix::UniqueFd reportWrite(reportPipe[1]);
    posix::UniqueFd outputRead;
    posix::UniqueFd outputWrite;
    if (options.captureOutput) {
        int outputPipe[2];
        if (::pipe2(outputPipe, O_CLOEXEC) != 0) return errnoError(errno, "pipe2");
        outputRead.reset(outputPipe[0]);
        outputWrite.reset(outputPipe[1]);
    }

    // Signals stay blocked across fork so no handler of ours runs in the child.
    sigset_t all;
    sigset_t previous;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    const pid_t pid = ::fork();
    if (pid == 0) {
        runChild(reportWrite.get(), devNull.get(), outputWrite ? outputWrite.get() : -1, groups,
                 static_cast<gid_t>(token.gid()), static_cast<uid_t>(token.uid()), home.c_str(),
                 result.program.c_str(), argvPointers.data(), envPointers.data());
    }
    const int forkErrno = errno;
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (pid < 0) return errnoError(forkErrno, "fork");
    result.pid = pid;
    reportWrite.reset();
    outputWrite.reset();
    devNull.reset();

    ChildFailure failure;
    ssize_t got;
    do {
        got = ::read(reportRead.get(), &failure, sizeof failure);
    } while (got < 0 && errno == EINTR);
    int status = 0;
    if (got == static_cast<ssize_t>(sizeof failure)) {
        (void)waitFor(pid, status, std::nullopt);
        return childError(failure, result.program);
    }

    std::optional<Clock::time_point> deadline;
    if (options.timeout.count() > 0) deadline = Clock::now() + options.timeout;
    bool reaped = false;
    if (outputRead) {
        char buffer[4096];
        bool open = true;
        while (open) {
            pollfd poller{outputRead.get(), POLLIN, 0};
            const int ready = ::poll(&poller, 1, 50);
            if (ready > 0) {
                const ssize_t n = ::read(outputRead.get(), buffer, sizeof buffer);
                if (n > 0) {
                    const auto room = kMaxOutput - std::min(kMaxOutput, result.output.size());
                    result.output.append(buffer, std::min(room, static_cast<std::size_t>(n)));
                    continue;
                }
                if (n == 0 || (errno != EINTR && errno != EAGAIN)) open = false;
            }
            // A grandchild may hold the pipe open after the child ended: stop at the child's end.
            if (!reaped) {
                const pid_t rc = ::waitpid(pid, &status, WNOHANG);
                if (rc == pid) reaped = true;
            }
            if (reaped && ready <= 0) open = false;
            if (deadline && Clock::now() >= *deadline) break;
        }
    }
    if (!reaped && !waitFor(pid, status, deadline)) {
        result.timedOut = true;
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
        (void)waitFor(pid, status, std::nullopt);
    }
    if (WIFEXITED(status)) {
        result.exited = true;
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    return result;
}

}  // namespace tokenscope
