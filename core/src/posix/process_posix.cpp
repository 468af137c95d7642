// Any process and its threads on Linux, from the kernel's /proc: status files for credentials
// and capabilities, exe and cmdline for what runs, stat's flags for kernel threads.
#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <map>
#include <memory>
#include <string>

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

Result<std::vector<ProcessSummary>> listProcesses() {
    std::vector<ProcessSummary> list;
    const std::vector<std::int64_t> pids = numericEntries("/proc");
    if (pids.empty()) {
        return makeError(win32::kFileNotFound, "/proc lists no process",
                         "Is /proc mounted? TokenScope reads processes from /proc.");
    }
    list.reserve(pids.size());
    std::map<std::uint32_t, std::string> names;  // one user database lookup per uid, not per process
    for (const std::int64_t pid : pids) {
        const std::string base = procPath(pid);
        auto status = posix::readProcStatus(base + "/status");
        if (!status) continue;  // ended meanwhile
        ProcessSummary summary;
        summary.pid = pid;
        summary.name = status->name;
        const std::uint32_t uid = status->uids.effective;
        auto name = names.find(uid);
        if (name == names.end()) name = names.emplace(uid, userName(uid)).first;
        summary.user = Principal{name->second, uid, {}, {}};
        summary.zombie = status->state.starts_with('Z') || status->state.starts_with('X');
        if (auto flags = statFlags(pid)) summary.kernelThread = (*flags & kKernelThreadFlag) != 0;
        for (const std::int64_t tid : numericEntries(base + "/task")) {
            ++summary.threads;
            if (tid == pid) continue;
            auto thread = posix::readProcStatus(base + "/task/" + std::to_string(tid) + "/status");
            if (thread && !sameCredentials(*thread, *status)) ++summary.impersonatingThreads;
        }
        list.push_back(std::move(summary));
    }
    return list;
}

}  // namespace tokenscope
