// What the GUI gives up at start-up: core dumps, and every capability no thread of it needs.
//
// Capabilities are per thread on Linux, and a thread starts with its creator's. So:
// 1. main() calls hardenAtStartup() first, while the process has one thread: core dumps off, the
//    process non-dumpable, and every capability dropped but the session worker's
//    (workerPrivileges()). Qt's own threads start after this with at most those.
// 2. MainWindow, once its session worker thread runs, drops the rest on the GUI thread, which
//    needs none (threads it starts later get none), and says so in the activity log.
// PAM runs in the logon broker, which, started as root, drops to what PAM needs on its own.
#pragma once

#include <QStringList>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope::gui {

struct PrivilegeHygiene {
    std::optional<Error> coreDumpError;  // empty: core dumps are off and the process is not dumpable
    QStringList dropped;                 // dropped by the whole process at start-up
    QStringList guiThreadDropped;        // dropped by the GUI thread once the worker runs
    QStringList workerKeeps;             // what the session worker thread keeps
    std::optional<Error> dropError;
};

// The worker's capabilities: CAP_SETUID and CAP_SETGID (impersonate, run a program as the user)
// and CAP_KILL (end a program run as the user that overran its time).
[[nodiscard]] std::vector<std::string> workerPrivileges();

// Step 1, first thing in main(). Records what it did for step 2 and the activity log.
const PrivilegeHygiene& hardenAtStartup();
// The record of step 1, or nullptr when this process did not run it (the Qt Test suites).
[[nodiscard]] PrivilegeHygiene* startupHygiene();
// Step 2, on the GUI thread, after the session worker thread has started.
void dropGuiThreadPrivileges(PrivilegeHygiene& hygiene);

}  // namespace tokenscope::gui
