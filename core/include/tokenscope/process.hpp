// Any process and its threads: who they are and which privileges they hold, the way System
// Informer's and TokenViewer's token pages and getpcaps show a target, not only ourselves.
//
// Linux: the kernel's per-thread view, /proc/<pid>/status and /proc/<pid>/task/<tid>/status (ids,
// groups, all five capability sets, NoNewPrivs, Seccomp), /proc/<pid>/exe and cmdline. Another
// user's process can be read by anyone for its credentials; its executable only with
// CAP_SYS_PTRACE (or as its owner), which the answer then says. A thread whose credentials differ
// from the thread-group leader's is marked as impersonating. Windows: OpenProcess and
// OpenProcessToken, OpenThread and OpenThreadToken for each thread.
//
// A process is read while it runs: it may end, or a thread may end, between two reads. A thread
// that ends is left out and the answer says so (partial); a process that ends gives an error
// naming it. A zombie (ended, not yet reaped) and a kernel thread are answered and marked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

struct ThreadToken {
    std::int64_t tid = 0;
    Identity identity;  // `impersonating`: its credentials differ from the process's
    PrivilegeReport privileges;
};

struct ProcessToken {
    std::int64_t pid = 0;
    std::int64_t parent = 0;
    std::string name;        // the kernel's short name (comm) / the image name
    std::string executable;  // full path; empty when it cannot be read (see notes)
    std::vector<std::string> commandLine;
    std::string state;  // "running", "sleeping", "zombie", … (Linux), "" where unknown
    bool zombie = false;
    bool kernelThread = false;
    Identity identity;  // the process (Linux: the thread-group leader)
    PrivilegeReport privileges;
    std::vector<ThreadToken> threads;  // every thread, the leader first
    bool partial = false;              // something could not be read: see notes
    std::vector<std::string> notes;
};

// One process and every thread of it. A pid that does not exist gives ERROR_INVALID_PARAMETER
// (87, as OpenProcess does); a process that ends while it is read, the same, saying so.
[[nodiscard]] Result<ProcessToken> inspectProcess(std::int64_t pid);

struct ProcessSummary {
    std::int64_t pid = 0;
    std::string name;
    Principal user;  // the effective user
    int threads = 0;
    int impersonatingThreads = 0;
    bool zombie = false;
    bool kernelThread = false;
};

// Every process, as `ps` lists them, in pid order; processes that end while the list is made
// are left out.
[[nodiscard]] Result<std::vector<ProcessSummary>> listProcesses();

}  // namespace tokenscope
