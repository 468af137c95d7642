// Any process and its threads on Windows: OpenProcess and OpenProcessToken, and for each thread
// of a Toolhelp snapshot OpenThread and OpenThreadToken (a thread without a token acts as its
// process). Access denied names the privilege that would allow it.
#include <windows.h>
// after windows.h
#include <tlhelp32.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tokenscope/errors.hpp"
#include "tokenscope/process.hpp"
#include "win/access_token.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

using win::ScopedHandle;

constexpr const char* kDebugHint =
    "Another user's or a protected process: reading its token needs SeDebugPrivilege (run "
    "TokenScope elevated), and a protected process refuses even that.";

Result<ScopedHandle> snapshot(DWORD what) {
    ScopedHandle handle(::CreateToolhelp32Snapshot(what, 0));  // INVALID_HANDLE_VALUE is not valid
    if (!handle) return win::lastError("CreateToolhelp32Snapshot");
    return handle;
}

// The image name of each process of a snapshot, by pid.
struct ProcessEntry {
    std::int64_t pid;
    std::int64_t parent;
    std::string name;
    int threads;
};

Result<std::vector<ProcessEntry>> processEntries() {
    auto processes = snapshot(TH32CS_SNAPPROCESS);
    if (!processes) return processes.error();
    std::vector<ProcessEntry> entries;
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Process32FirstW(processes->get(), &entry); more; more = ::Process32NextW(processes->get(), &entry)) {
        entries.push_back({static_cast<std::int64_t>(entry.th32ProcessID), static_cast<std::int64_t>(entry.th32ParentProcessID),
                           win::toUtf8(entry.szExeFile), static_cast<int>(entry.cntThreads)});
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.pid < b.pid; });
    return entries;
}

std::vector<std::int64_t> threadsOf(std::int64_t pid) {
    std::vector<std::int64_t> tids;
    auto threads = snapshot(TH32CS_SNAPTHREAD);
    if (!threads) return tids;
    THREADENTRY32 entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Thread32First(threads->get(), &entry); more; more = ::Thread32Next(threads->get(), &entry)) {
        if (static_cast<std::int64_t>(entry.th32OwnerProcessID) == pid) tids.push_back(entry.th32ThreadID);
    }
    return tids;
}

// The token of an opened process (`process` names it in errors).
Result<win::AccessToken> tokenOf(HANDLE process, std::int64_t pid) {
    HANDLE token = nullptr;
    if (!::OpenProcessToken(process, TOKEN_QUERY, &token)) {
        const DWORD code = ::GetLastError();
        return win::win32Error(code, "OpenProcessToken(" + std::to_string(pid) + ")",
                               code == ERROR_ACCESS_DENIED ? kDebugHint : "");
    }
    return win::AccessToken::fromToken(ScopedHandle(token));
}

Result<ScopedHandle> openProcess(std::int64_t pid) {
    ScopedHandle process(::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid)));
    if (process) return process;
    const DWORD code = ::GetLastError();
    if (code == ERROR_ACCESS_DENIED) return win::win32Error(code, "OpenProcess(" + std::to_string(pid) + ")", kDebugHint);
    return win::win32Error(code, "OpenProcess(" + std::to_string(pid) + ")",
                           code == ERROR_INVALID_PARAMETER ? "No such process: list them with `tokenscope-cli ps`." : "");
}

Result<win::AccessToken> processToken(std::int64_t pid) {
    auto process = openProcess(pid);
    if (!process) return process.error();
    return tokenOf(process->get(), pid);
}

}  // namespace

Result<ProcessToken> inspectProcess(std::int64_t pid) {
    if (pid < 0 || pid > 0xFFFFFFFFll) {
        return makeError(win32::kInvalidParameter, "no process " + std::to_string(pid) + ": a pid is a 32-bit number");
    }
    auto processHandle = openProcess(pid);  // one handle for the token, the image and the exit code
    if (!processHandle) return processHandle.error();
    auto token = tokenOf(processHandle->get(), pid);
    if (!token) return token.error();
    auto identity = win::identityOf(*token);
    if (!identity) return identity.error();
    auto privileges = win::privilegeReport(*token, false);
    if (!privileges) return privileges.error();

    ProcessToken process;
    process.pid = pid;
    process.identity = std::move(*identity);
    process.privileges = std::move(*privileges);
    if (auto entries = processEntries()) {
        for (const auto& entry : *entries) {
            if (entry.pid != pid) continue;
            process.name = entry.name;
            process.parent = entry.parent;
        }
    }
    {
        std::vector<wchar_t> path(32768);
        DWORD length = static_cast<DWORD>(path.size());
        if (::QueryFullProcessImageNameW(processHandle->get(), 0, path.data(), &length)) {
            process.executable = win::toUtf8(std::wstring_view(path.data(), length));
        }
        DWORD exitCode = 0;
        if (::GetExitCodeProcess(processHandle->get(), &exitCode) && exitCode != STILL_ACTIVE) {
            process.zombie = true;
            process.state = "ended";
            process.notes.push_back("ended (exit code " + std::to_string(exitCode) + "); a handle keeps it");
        }
    }
    if (process.executable.empty()) {
        process.partial = true;
        process.notes.push_back("the executable path could not be read (QueryFullProcessImageNameW)");
    }

    for (const std::int64_t tid : threadsOf(pid)) {
        ThreadToken thread;
        thread.tid = tid;
        ScopedHandle handle(::OpenThread(THREAD_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(tid)));
        if (!handle) {
            process.partial = true;
            process.notes.push_back("thread " + std::to_string(tid) + ": " +
                                    win::lastError("OpenThread").summary());
            continue;
        }
        HANDLE raw = nullptr;
        if (::OpenThreadToken(handle.get(), TOKEN_QUERY, TRUE, &raw)) {
            auto own = win::AccessToken::fromToken(ScopedHandle(raw));
            auto ownIdentity = own ? win::identityOf(*own) : Result<Identity>(own.error());
            auto ownPrivileges = own ? win::privilegeReport(*own, true) : Result<PrivilegeReport>(own.error());
            if (!ownIdentity || !ownPrivileges) {
                process.partial = true;
                process.notes.push_back("thread " + std::to_string(tid) + "'s token: " +
                                        (!ownIdentity ? ownIdentity.error() : ownPrivileges.error()).summary());
                continue;
            }
            thread.identity = std::move(*ownIdentity);
            thread.identity.impersonating = true;
            thread.privileges = std::move(*ownPrivileges);
        } else if (::GetLastError() == ERROR_NO_TOKEN) {
            thread.identity = process.identity;  // it acts as its process
            thread.privileges = process.privileges;
        } else {
            process.partial = true;
            process.notes.push_back("thread " + std::to_string(tid) + ": " +
                                    win::lastError("OpenThreadToken").summary());
            continue;
        }
        process.threads.push_back(std::move(thread));
    }
    return process;
}

Result<std::vector<ProcessSummary>> listProcesses() {
    auto entries = processEntries();
    if (!entries) return entries.error();
    std::vector<ProcessSummary> list;
    for (const auto& entry : *entries) {
        ProcessSummary summary;
        summary.pid = entry.pid;
        summary.name = entry.name;
        summary.threads = entry.threads;
        if (auto token = processToken(entry.pid)) {
            if (auto user = token->user()) summary.user = std::move(*user);
        }
        list.push_back(std::move(summary));
    }
    // Impersonating threads: one thread snapshot for all processes.
    if (auto threads = snapshot(TH32CS_SNAPTHREAD)) {
        THREADENTRY32 entry{};
        entry.dwSize = sizeof entry;
        for (BOOL more = ::Thread32First(threads->get(), &entry); more; more = ::Thread32Next(threads->get(), &entry)) {
            ScopedHandle handle(::OpenThread(THREAD_QUERY_LIMITED_INFORMATION, FALSE, entry.th32ThreadID));
            HANDLE token = nullptr;
            if (!handle || !::OpenThreadToken(handle.get(), TOKEN_QUERY, TRUE, &token)) continue;
            ::CloseHandle(token);
            const auto it = std::lower_bound(list.begin(), list.end(), static_cast<std::int64_t>(entry.th32OwnerProcessID),
                                             [](const ProcessSummary& s, std::int64_t pid) { return s.pid < pid; });
            if (it != list.end() && it->pid == static_cast<std::int64_t>(entry.th32OwnerProcessID)) ++it->impersonatingThreads;
        }
    }
    return list;
}

}  // namespace tokenscope
