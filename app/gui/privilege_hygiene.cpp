#include "privilege_hygiene.hpp"

#include <algorithm>

#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {
namespace {

std::optional<PrivilegeHygiene> record;

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
    return *record;
}

PrivilegeHygiene* startupHygiene() { return record ? &*record : nullptr; }

void dropGuiThreadPrivileges(PrivilegeHygiene& hygiene) {
    if (auto dropped = dropPrivilegesExcept({})) {
        hygiene.guiThreadDropped = names(*dropped);
    } else if (!hygiene.dropError) {
        hygiene.dropError = dropped.error();
    }
}

}  // namespace tokenscope::gui
