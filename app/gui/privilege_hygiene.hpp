// What the GUI gives up at start-up: core dumps, and every capability no thread of it needs.
//
// Capabilities are per thread on Linux, and a thread starts with its creator's. So main() calls
// hardenAtStartup() first, while the process has one thread and before QApplication, which starts
// Qt's own threads (the X11 event reader, and later the thread pool, D-Bus, accessibility):
// 1. core dumps off, the process non-dumpable, and every capability dropped but the session
//    worker's (workerPrivileges());
// 2. the session worker's thread (a SessionThread) started, inheriting those three;
// 3. the three dropped on the main thread too, which needs none: every thread it (Qt) starts from
//    then on gets none. MainWindow's session takes the thread and logs what was done.
// The bounding set is kept (dropping it needs CAP_SETPCAP, and the broker needs it): a thread
// gains nothing from it unless it executes a program as root. The session worker does exactly
// that to start the logon broker, which as root gets PAM's capabilities at exec and drops to
// what PAM needs first thing.
#pragma once

#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope::gui {

class SessionThread;

struct PrivilegeHygiene {
    std::optional<Error> coreDumpError;  // empty: core dumps are off and the process is not dumpable
    QStringList dropped;                 // dropped by the whole process at start-up
    QStringList guiThreadDropped;        // dropped by the main thread once the worker's thread runs
    QStringList workerKeeps;             // what the session worker thread keeps
    std::optional<Error> dropError;
};

// The worker's capabilities: CAP_SETUID and CAP_SETGID (impersonate, run a program as the user)
// and CAP_KILL (end a program run as the user that overran its time).
[[nodiscard]] std::vector<std::string> workerPrivileges();

// First thing in main(), before QApplication. Records what it did for the activity log. On
// Windows it only keeps crash dialogs (and the dumps they offer) away and starts the worker's
// thread: privileges are the process token's, shared by every thread, and are left as they are.
const PrivilegeHygiene& hardenAtStartup();
// The record of hardenAtStartup(), or nullptr when this process did not run it (most Qt Test
// suites).
[[nodiscard]] PrivilegeHygiene* startupHygiene();
// The session worker's thread hardenAtStartup() started, for the first SessionController; nullptr
// afterwards, or when it did not run. One never taken ends with the process.
[[nodiscard]] std::unique_ptr<SessionThread> takeSessionThread();

}  // namespace tokenscope::gui
