// Any process and its threads on Linux, from the kernel's /proc: status files for credentials
// and capabilities, exe and cmdline for what runs, stat's flags for kernel threads.
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <thread>

#include "posix/capability_table.hpp"
#include "posix/proc_status.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope {
namespace {

constexpr std::uint64_t kKernelThreadFlag = 0x00200000;  // PF_KTHREAD, include/linux/sched.h

std::string procPath(std::int64_t pid) { return "/proc/" + std::to_string(pid); }

// Numeric entries of a /proc folder ("/proc", "/proc/N/task"), sorted.
std::vector<std::int64_t> numericEntries(const std::string& folder) {
    std::vector<std::int64_t> ids;
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(folder.c_str()), ::closedir);
    if (!dir) return ids;
    while (const dirent* entry = ::readdir(dir.get())) {
        std::int64_t id = 0;
        const std::string_view name = entry->d_name;
        const auto [ptr, ec] = std::from_chars(name.data(), name.data() + name.size(), id);
        if (ec == std::errc{} && ptr == name.data() + name.size() && id > 0) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// stat's flags (field 9), read after the last ')' since comm may hold anything.
std::optional<std::uint64_t> statFlags(std::int64_t pid) {
    const auto stat = posix::readProcFile(procPath(pid) + "/stat", 1u << 16);
    if (!stat) return std::nullopt;
    const std::size_t close = stat->rfind(')');
    if (close == std::string::npos) return std::nullopt;
    std::string_view rest = std::string_view(*stat).substr(close + 1);
    for (int field = 3; field <= 9; ++field) {
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        const std::size_t end = rest.find(' ');
        const std::string_view value = rest.substr(0, end);
        if (field == 9) {
            std::uint64_t flags = 0;
            const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), flags);
            if (ec != std::errc{}) return std::nullopt;
            return flags;
        }
        if (end == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(end);
    }
    return std::nullopt;
}

posix::CapabilitySets capabilitySets(const posix::ProcStatus& status) {
    return {status.capPermitted, status.capEffective, status.capInheritable, status.capBounding, status.capAmbient};
}

bool sameCredentials(const posix::ProcStatus& a, const posix::ProcStatus& b) {
    return a.uids == b.uids && a.gids == b.gids && a.groups == b.groups;
}

// "S (sleeping)" → "sleeping".
std::string stateName(const std::string& state) {
    const std::size_t open = state.find('('), close = state.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open)
        return state.substr(open + 1, close - open - 1);
    return state;
}

Error noSuchProcess(std::int64_t pid, bool ended) {
    return makeError(win32::kInvalidParameter,
                     ended ? "process " + std::to_string(pid) + " ended while it was being read"
                           : "no process " + std::to_string(pid) + " (" + procPath(pid) + " does not exist)",
                     ended ? "" : "List the processes with `tokenscope-cli ps`.");
}

}  // namespace

Result<ProcessToken> inspectProcess(std::int64_t pid) {
    if (pid <= 0) {
        return makeError(win32::kInvalidParameter, "no process " + std::to_string(pid) + ": a pid is a positive number");
    }
    const std::string base = procPath(pid);
    auto status = posix::readProcStatus(base + "/status");
    if (!status) {
        const bool existed = ::access(base.c_str(), F_OK) == 0;
        if (status.error().code == win32::kFileNotFound || status.error().code == win32::kPathNotFound || !existed)
            return noSuchProcess(pid, false);
        return status.error();
    }
    // /proc/N also answers for a thread id N that is not a process (a hidden task entry): the
    // status of a thread names its process in Tgid:, so a tid is refused as a pid.
    ProcessToken process;
    process.pid = pid;
    process.parent = status->parent;
    process.name = status->name;
    process.state = stateName(status->state);
    process.zombie = status->state.starts_with('Z') || status->state.starts_with('X');
    process.identity = posix::identityFromStatus(*status);
    process.privileges = posix::privilegeReport(capabilitySets(*status));
    if (auto flags = statFlags(pid)) process.kernelThread = (*flags & kKernelThreadFlag) != 0;

    if (process.kernelThread) {
        process.notes.push_back("a kernel thread: it runs no program and has no command line");
    } else if (process.zombie) {
        process.partial = true;
        process.notes.push_back("a zombie: it has ended and waits for its parent (" + std::to_string(process.parent) +
                                ") to reap it; its credentials are the last it had, and it has no program or threads");
    } else {
        char target[4096];
        const ssize_t length = ::readlink((base + "/exe").c_str(), target, sizeof target - 1);
        if (length >= 0) {
            process.executable.assign(target, static_cast<std::size_t>(length));
        } else {
            const int error = errno;
            process.partial = true;
            process.notes.push_back(error == EACCES || error == EPERM
                                        ? "the executable is not readable: another user's process (" +
                                              base + "/exe needs CAP_SYS_PTRACE)"
                                        : "the executable could not be read: " + errnoError(error, "readlink " + base + "/exe").summary());
        }
        // ARG_MAX is 2 MiB on Linux; a longer command line is refused rather than cut.
        if (auto cmdline = posix::readProcFile(base + "/cmdline", 4u << 20)) {
            std::size_t start = 0;
            while (start < cmdline->size()) {
                std::size_t end = cmdline->find('\0', start);
                if (end == std::string::npos) end = cmdline->size();
                process.commandLine.push_back(cmdline->substr(start, end - start));
                start = end + 1;
            }
        }
    }

    for (const std::int64_t tid : numericEntries(base + "/task")) {
        // The leader's task status is the process's, read above.
        auto thread = tid == pid ? Result<posix::ProcStatus>(*status)
                                 : posix::readProcStatus(base + "/task/" + std::to_string(tid) + "/status");
        if (!thread) {
            process.partial = true;
            process.notes.push_back("thread " + std::to_string(tid) + " ended while it was being read");
            continue;
        }
        ThreadToken token;
        token.tid = tid;
        token.identity = posix::identityFromStatus(*thread);
        token.identity.impersonating = !sameCredentials(*thread, *status);
        if (token.identity.impersonating) token.identity.impersonationLevel = "full (uid switch)";
        token.privileges = posix::privilegeReport(capabilitySets(*thread));
        process.threads.push_back(std::move(token));
    }
    // The leader first (its tid is the pid), then the others in tid order.
    std::stable_partition(process.threads.begin(), process.threads.end(),
                          [pid](const ThreadToken& thread) { return thread.tid == pid; });
    if (process.threads.empty() && !process.zombie && !process.kernelThread) {
        // Every task entry went away: the process has ended meanwhile.
        if (::access(base.c_str(), F_OK) != 0) return noSuchProcess(pid, true);
    }
    return process;
}

namespace {

// One process of the list, read through its task folder: the leader's status parsed, every other
// thread's status only compared with it (the Uid:, Gid: and Groups: lines), one openat, read and
// close a thread. nullopt when the process ended meanwhile.
std::optional<ProcessSummary> summarize(std::int64_t pid, char* buffer, std::size_t size, std::string& overflow) {
    const std::string taskPath = procPath(pid) + "/task";
    const int taskFd = ::open(taskPath.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (taskFd < 0) return std::nullopt;
    std::unique_ptr<DIR, int (*)(DIR*)> task(::fdopendir(taskFd), ::closedir);
    if (!task) {
        ::close(taskFd);
        return std::nullopt;
    }
    const std::string leaderName = std::to_string(pid) + "/status";
    auto leaderText = posix::readProcFileAt(taskFd, leaderName.c_str(), buffer, size, overflow);
    if (!leaderText) return std::nullopt;
    auto status = posix::parseProcStatus(*leaderText);
    if (!status) return std::nullopt;
    // The leader's lines are copied: the threads' reads reuse the buffer they point into.
    const posix::CredentialLines lines = posix::credentialLines(*leaderText);
    const std::string uid(lines.uid), gid(lines.gid), groups(lines.groups);
    const posix::CredentialLines leaderLines{uid, gid, groups};

    ProcessSummary summary;
    summary.pid = pid;
    summary.name = std::move(status->name);
    summary.user = Principal{{}, status->uids.effective, {}, {}};
    summary.zombie = status->state.starts_with('Z') || status->state.starts_with('X');
    if (status->kthread) {
        summary.kernelThread = *status->kthread != 0;
    } else if (auto flags = statFlags(pid)) {  // before Linux 6.0, status has no Kthread:
        summary.kernelThread = (*flags & kKernelThreadFlag) != 0;
    }
    char name[32];
    while (const dirent* entry = ::readdir(task.get())) {
        std::int64_t tid = 0;
        const std::string_view entryName = entry->d_name;
        const auto [ptr, ec] = std::from_chars(entryName.data(), entryName.data() + entryName.size(), tid);
        if (ec != std::errc{} || ptr != entryName.data() + entryName.size() || tid <= 0) continue;
        ++summary.threads;
        if (tid == pid) continue;
        std::snprintf(name, sizeof name, "%lld/status", static_cast<long long>(tid));
        auto text = posix::readProcFileAt(taskFd, name, buffer, size, overflow);
        if (text && posix::credentialLines(*text) != leaderLines) ++summary.impersonatingThreads;
    }
    return summary;
}

}  // namespace

Result<std::vector<ProcessSummary>> listProcesses() {
    const std::vector<std::int64_t> pids = numericEntries("/proc");
    if (pids.empty()) {
        return makeError(win32::kFileNotFound, "/proc lists no process",
                         "Is /proc mounted? TokenScope reads processes from /proc.");
    }
    // Opening a /proc file is most of the cost (a thousand processes with ten thousand threads are
    // eleven thousand status files): the processes are shared among up to four threads, each
    // taking every n-th pid so that busy and idle processes mix.
    std::vector<std::optional<ProcessSummary>> slots(pids.size());
    const auto work = [&pids, &slots](std::size_t first, std::size_t step) {
        constexpr std::size_t kBufferSize = 16 * 1024;
        auto buffer = std::make_unique<char[]>(kBufferSize);
        std::string overflow;
        for (std::size_t i = first; i < pids.size(); i += step)
            slots[i] = summarize(pids[i], buffer.get(), kBufferSize, overflow);
    };
    const std::size_t workers =
        pids.size() < 128 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    for (std::size_t w = 1; w < workers; ++w) {
        try {
            helpers.emplace_back(work, w, workers);
        } catch (const std::system_error&) {  // no thread to be had: this one does the rest
            for (std::size_t rest = w; rest < workers; ++rest) work(rest, workers);
            break;
        }
    }
    work(0, workers);
    for (auto& helper : helpers) helper.join();

    std::vector<ProcessSummary> list;
    list.reserve(pids.size());
    std::map<std::uint32_t, std::string> names;  // one user database lookup per uid, not per process
    for (auto& slot : slots) {
        if (!slot) continue;  // ended meanwhile
        const std::uint32_t uid = slot->user.posixId.value_or(0);
        auto name = names.find(uid);
        if (name == names.end()) name = names.emplace(uid, userName(uid)).first;
        slot->user.name = name->second;
        list.push_back(std::move(*slot));
    }
    return list;
}

}  // namespace tokenscope
