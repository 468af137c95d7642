#include "privilege_hygiene.hpp"

#include <algorithm>

#include "session_worker.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {
namespace {

std::optional<PrivilegeHygiene> record;
std::unique_ptr<SessionThread> sessionThread;

QStringList names(const std::vector<std::string>& list) {
    QStringList out;
    for (const auto& name : list) out << QString::fromStdString(name);
    return out;
}

}  // namespace

std::vector<std::string> workerPrivileges() {
    std::vector<std::string> keep = privilegesForImpersonation();
    keep.emplace_back("CAP_KILL");
    return keep;
}

const PrivilegeHygiene& hardenAtStartup() {
    record.emplace();
    if (auto off = keepSecretsOutOfCrashDumps(); !off) record->coreDumpError = off.error();
#ifdef Q_OS_WIN
    // Windows privileges belong to the process token that every thread shares: nothing to keep
    // per thread, and what the token holds is what the privilege panel shows and changes.
    sessionThread = std::make_unique<SessionThread>();
    sessionThread->start();
    return *record;
#endif
    if (auto dropped = dropPrivilegesExcept(workerPrivileges())) {
        record->dropped = names(*dropped);
    } else {
        record->dropError = dropped.error();
    }
    if (auto report = threadPrivileges()) {
        for (const auto& privilege : report->privileges) {
            if (privilege.held) record->workerKeeps << QString::fromStdString(privilege.name);
        }
    }
    // The one thread that keeps them; it waits for its SessionController before its event loop.
    sessionThread = std::make_unique<SessionThread>();
    sessionThread->start();
    if (auto dropped = dropPrivilegesExcept({})) {
        record->guiThreadDropped = names(*dropped);
    } else if (!record->dropError) {
        record->dropError = dropped.error();
    }
    return *record;
}

PrivilegeHygiene* startupHygiene() { return record ? &*record : nullptr; }

std::unique_ptr<SessionThread> takeSessionThread() { return std::move(sessionThread); }

}  // namespace tokenscope::gui
