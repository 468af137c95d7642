// runas on Linux: fork, give the child its own session and a login's umask and limits, switch it
// to the user, exec; relay its output, pass signals on, and end whatever it leaves behind.
#include <dirent.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "posix/login_defaults.hpp"
#include "posix/unique_fd.hpp"
#include "posix/user_database.hpp"
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
constexpr std::size_t kMaxLimits = 16;

// What the child tells the parent through a close-on-exec pipe: what it set up, just before exec;
// or where it failed. EOF after the set-up means exec worked.
enum Stage : int { kStageSetup = 1, kStageSession, kStageGroups, kStageGids, kStageUids, kStageExec };
struct ChildMessage {
    int stage = 0;  // 0: the set-up report; else the stage that failed
    int err = 0;
    unsigned umask = 0;
    std::array<rlimit, kMaxLimits> limits{};  // as read back, in the order the parent gave them
};

std::string pathFor(std::uint32_t uid) {
    return uid == 0 ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                    : "/usr/local/bin:/usr/bin:/bin";
}

bool isExecutableFile(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && (info.st_mode & 0111) != 0;
}

// The absolute path to execute: a name with a '/' is taken from our working directory (the child
// changes to the user's home before exec), a bare name is searched in the clean PATH.
std::string resolveProgram(const std::string& name, const std::string& path) {
    if (name.find('/') != std::string::npos) {
        if (name.front() == '/') return std::filesystem::path(name).lexically_normal().string();
        std::error_code error;
        const auto here = std::filesystem::current_path(error);
        if (error) return {};
        return (here / name).lexically_normal().string();
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const std::string dir = path.substr(start, end - start);
        if (!dir.empty() && dir.front() == '/') {
            const std::string candidate = dir + "/" + name;
            if (isExecutableFile(candidate)) return candidate;
        }
        start = end + 1;
    }
    return {};
}

void writeAll(int fd, const void* data, std::size_t size) {
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
}

// Only async-signal-safe calls from here to execve: the parent may have other threads whose
// locks the child inherited in whatever state they were.
[[noreturn]] void childFail(int fd, int stage) {
    ChildMessage failure;
    failure.stage = stage;
    failure.err = errno;
    writeAll(fd, &failure, sizeof failure);
    ::_exit(127);
}

struct ChildPlan {
    int reportFd = -1;
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
    pid_t parent = 0;
    const std::vector<gid_t>* groups = nullptr;
    gid_t gid = 0;
    uid_t uid = 0;
    unsigned umask = 022;
    const std::vector<posix::ResourceLimit>* limits = nullptr;
    const char* home = "";
    const char* program = "";
    char* const* argv = nullptr;
    char* const* envp = nullptr;
};

[[noreturn]] void runChild(const ChildPlan& plan) {
    struct sigaction defaults {};
    defaults.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) (void)::sigaction(sig, &defaults, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // A session of its own: no controlling terminal, so no /dev/tty, no TIOCSTI into ours, none of
    // our terminal's signals; its process group is its pid, which the parent signals.
    if (::setsid() < 0) childFail(plan.reportFd, kStageSession);

    if (::dup2(plan.stdinFd, STDIN_FILENO) < 0 || ::dup2(plan.stdoutFd, STDOUT_FILENO) < 0 ||
        ::dup2(plan.stderrFd, STDERR_FILENO) < 0) {
        childFail(plan.reportFd, kStageSetup);
    }
    ::umask(static_cast<mode_t>(plan.umask));
    // A login's limits; one that cannot be raised (no CAP_SYS_RESOURCE) stays as high as allowed.
    for (const auto& limit : *plan.limits) {
        if (::setrlimit(limit.resource, &limit.value) == 0) continue;
        rlimit current{};
        if (::getrlimit(limit.resource, &current) != 0) continue;
        rlimit lowered{std::min(limit.value.rlim_cur, current.rlim_max),
                       std::min(limit.value.rlim_max, current.rlim_max)};
        (void)::setrlimit(limit.resource, &lowered);
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
    const auto& groups = *plan.groups;
    if (::syscall(SYS_setgroups, groups.size(), groups.empty() ? nullptr : groups.data()) != 0) {
        childFail(plan.reportFd, kStageGroups);
    }
    if (::syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0) childFail(plan.reportFd, kStageGids);
    if (::syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0) childFail(plan.reportFd, kStageUids);
    // Ends with the thread that started it, even if that one is killed outright. Set after the
    // switch, which clears it; if the parent is already gone, go no further.
    (void)::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (::getppid() != plan.parent) ::_exit(127);
    if (plan.home[0] == '\0' || ::chdir(plan.home) != 0) (void)::chdir("/");

    // None of our descriptors beyond 0-2 reach the program.
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
        for (int fd = 3; fd < 65536; ++fd) {
            if (fd != plan.reportFd) (void)::close(fd);
        }
    }
    ChildMessage setup;
    setup.umask = plan.umask;
    for (std::size_t i = 0; i < plan.limits->size() && i < kMaxLimits; ++i)
        (void)::getrlimit((*plan.limits)[i].resource, &setup.limits[i]);
    writeAll(plan.reportFd, &setup, sizeof setup);
    ::execve(plan.program, plan.argv, plan.envp);
    childFail(plan.reportFd, kStageExec);
}

Error childError(const ChildMessage& failure, const std::string& program) {
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
        case kStageSession:
            return errnoError(failure.err, "setsid in the child");
        case kStageExec:
            return errnoError(
                failure.err, "execve " + program + " (as the user)",
                failure.err == EACCES ? "The user may not execute the program or a folder above it." : "");
        default:
            return errnoError(failure.err, "preparing the child process");
    }
}

// Whether /proc/PID/stat says the process is a live member of session `session`. The command name
// in field 2 may hold spaces and parentheses: count from the last ')'.
bool liveInSession(const std::string& pid, pid_t session) {
    std::ifstream in("/proc/" + pid + "/stat");
    std::string stat;
    std::getline(in, stat);
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return false;
    std::istringstream rest(stat.substr(close + 1));
    char state = 0;
    long parent = 0;
    long group = 0;
    long sid = -1;
    rest >> state >> parent >> group >> sid;
    return rest && sid == session && state != 'Z' && state != 'X';
}

// Kills every process still in session `session` (a program's background children, whatever
// process group they moved to) until none is left; how many there were.
int endSession(pid_t session) {
    std::set<pid_t> ended;
    for (int round = 0; round < 50; ++round) {
        bool found = false;
        if (DIR* proc = ::opendir("/proc")) {
            while (const dirent* entry = ::readdir(proc)) {
                const std::string name = entry->d_name;
                if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
                if (!liveInSession(name, session)) continue;
                const auto pid = static_cast<pid_t>(std::stol(name));
                if (::kill(pid, SIGKILL) == 0) {
                    ended.insert(pid);
                    found = true;
                }
            }
            ::closedir(proc);
        }
        (void)::kill(-session, SIGKILL);  // and any that joined its process group meanwhile
        if (!found) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return static_cast<int>(ended.size());
}

std::string octal(unsigned mask) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mask & 0777U);
    return text;
}

bool stopsTheRun(int signal) { return signal != SIGINT && signal != SIGQUIT; }

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

    // What a login would give the user: login.defs' umask, limits.conf's limits on top of ours
    // from before TokenScope lowered the core limit.
    posix::LoginAccount account;
    account.name = token.user();
    account.uid = token.uid();
    account.gid = token.gid();
    account.primaryGroupName = groupName(token.gid());
    for (const auto gid : token.groups()) account.groupNames.push_back(groupName(gid));
    if (auto entry = posix::findAccount(token.user())) account.gecos = entry->gecos;
    const unsigned umask = posix::loginUmask(account);
    const std::vector<posix::ResourceLimit> limits = posix::loginLimits(account, posix::startupLimits());

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
    int pipes[3][2];
    if (::pipe2(pipes[0], O_CLOEXEC) != 0) return errnoError(errno, "pipe2");
    posix::UniqueFd reportRead(pipes[0][0]);
    posix::UniqueFd reportWrite(pipes[0][1]);
    // stdout and stderr: pipes we read (one pipe for both when capturing), never our terminal.
    if (::pipe2(pipes[1], O_CLOEXEC) != 0) return errnoError(errno, "pipe2");
    posix::UniqueFd outRead(pipes[1][0]);
    posix::UniqueFd outWrite(pipes[1][1]);
    posix::UniqueFd errRead;
    posix::UniqueFd errWrite;
    if (!options.captureOutput) {
        if (::pipe2(pipes[2], O_CLOEXEC) != 0) return errnoError(errno, "pipe2");
        errRead.reset(pipes[2][0]);
        errWrite.reset(pipes[2][1]);
    }

    ChildPlan plan;
    plan.reportFd = reportWrite.get();
    plan.stdinFd = devNull.get();
    plan.stdoutFd = outWrite.get();
    plan.stderrFd = errWrite ? errWrite.get() : outWrite.get();
    plan.parent = ::getpid();
    plan.groups = &groups;
    plan.gid = static_cast<gid_t>(token.gid());
    plan.uid = static_cast<uid_t>(token.uid());
    plan.umask = umask;
    plan.limits = &limits;
    plan.home = home.c_str();
    plan.program = result.program.c_str();
    plan.argv = argvPointers.data();
    plan.envp = envPointers.data();

    // Signals stay blocked across fork so no handler of ours runs in the child.
    sigset_t all;
    sigset_t previous;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    const pid_t pid = ::fork();
    if (pid == 0) runChild(plan);
    const int forkErrno = errno;
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (pid < 0) return errnoError(forkErrno, "fork");
    result.pid = pid;
    reportWrite.reset();
    outWrite.reset();
    errWrite.reset();
    devNull.reset();

    // The set-up report, then EOF (exec worked) or a failure.
    int status = 0;
    for (;;) {
        ChildMessage message;
        std::size_t got = 0;
        while (got < sizeof message) {
            const ssize_t n =
                ::read(reportRead.get(), reinterpret_cast<char*>(&message) + got, sizeof message - got);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            got += static_cast<std::size_t>(n);
        }
        if (got != sizeof message) break;
        if (message.stage != 0) {
            ::kill(pid, SIGKILL);
            (void)::waitpid(pid, &status, 0);
            return childError(message, result.program);
        }
        result.umask = octal(message.umask);
        for (std::size_t i = 0; i < limits.size() && i < kMaxLimits; ++i) {
            posix::ResourceLimit applied = limits[i];
            applied.value = message.limits[i];
            result.limits.push_back(
                {applied.name, posix::limitText(applied, true), posix::limitText(applied, false)});
        }
    }
    reportRead.reset();

    std::optional<Clock::time_point> deadline;
    if (options.timeout.count() > 0) deadline = Clock::now() + options.timeout;
    std::optional<Clock::time_point> killAt;  // after a stop signal: the end of the grace period
    bool reaped = false;
    std::optional<Clock::time_point> drainUntil;  // after the end: how long output may still come
    char buffer[4096];
    auto deliver = [&](int stream, const char* bytes, std::size_t size) {
        if (options.captureOutput) {
            const auto room = kMaxOutput - std::min(kMaxOutput, result.output.size());
            result.output.append(bytes, std::min(room, size));
        } else if (options.onOutput) {
            options.onOutput(stream, std::string_view(bytes, size));
        } else {
            writeAll(stream, bytes, size);
        }
    };
    for (;;) {
        std::array<pollfd, 3> watched{};
        std::array<int, 3> stream{};  // 1 and 2: the program's stdout and stderr; 0: the signals
        nfds_t count = 0;
        auto watch = [&](int fd, int tag) {
            watched[count] = {fd, POLLIN, 0};
            stream[count++] = tag;
        };
        if (outRead) watch(outRead.get(), 1);
        if (errRead) watch(errRead.get(), 2);
        if (options.signalFd >= 0 && !reaped) watch(options.signalFd, 0);
        if (count == 0 && reaped) break;
        const int ready = ::poll(watched.data(), count, 20);
        if (ready < 0 && errno != EINTR) break;
        for (nfds_t i = 0; ready > 0 && i < count; ++i) {
            if (watched[i].revents == 0) continue;
            if (stream[i] == 0) {
                signalfd_siginfo info{};
                if (::read(options.signalFd, &info, sizeof info) != sizeof info) continue;
                const int signal = static_cast<int>(info.ssi_signo);
                result.forwardedSignals.push_back(signal);
                (void)::kill(-pid, signal);
                if (stopsTheRun(signal) && result.stoppedBy == 0) {
                    result.stoppedBy = signal;
                    killAt = Clock::now() + options.stopGrace;
                }
                continue;
            }
            auto& fd = stream[i] == 1 ? outRead : errRead;
            const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
            if (n > 0) {
                deliver(stream[i], buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                fd.reset();
            }
        }
        if (!reaped) {
            const pid_t rc = ::waitpid(pid, &status, WNOHANG);
            if (rc == pid || (rc < 0 && errno == ECHILD)) {
                reaped = true;
                // Whatever it left in its session ends with it; their ends of the pipes close.
                result.endedProcesses = endSession(pid);
                drainUntil = Clock::now() + std::chrono::seconds(2);
            }
        }
        const auto now = Clock::now();
        if (!reaped && deadline && now >= *deadline && !result.timedOut) {
            result.timedOut = true;
            killAt = now;
        }
        if (!reaped && killAt && now >= *killAt) {
            (void)::kill(-pid, SIGKILL);
            (void)::kill(pid, SIGKILL);
        }
        // A process that left the session (setsid again) may hold a pipe: stop reading after a while.
        if (drainUntil && now >= *drainUntil) break;
    }
    if (!reaped) {
        (void)::waitpid(pid, &status, 0);
        result.endedProcesses = endSession(pid);
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
