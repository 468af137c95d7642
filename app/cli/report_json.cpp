#include "report_json.hpp"

namespace tokenscope::cli {
namespace {

nlohmann::json principalName(const Principal& principal) {
    return principal.name.empty() ? nlohmann::json(nullptr) : nlohmann::json(principal.name);
}

nlohmann::json principalId(const Principal& principal) {
    if (principal.posixId) return *principal.posixId;
    return principal.sid;
}

nlohmann::json idsJson(const PosixIds& ids) {
    return {{"real", ids.real}, {"effective", ids.effective}, {"saved", ids.saved},
            {"filesystem", ids.filesystem}};
}

}  // namespace

nlohmann::json identityJson(const Identity& identity, bool thread) {
    nlohmann::json json;
    json["user"] = principalName(identity.user);
    json[identity.user.posixId ? "uid" : "sid"] = principalId(identity.user);
    json["group"] = principalName(identity.primaryGroup);
    json[identity.primaryGroup.posixId ? "gid" : "group_sid"] = principalId(identity.primaryGroup);
    auto groups = nlohmann::json::array();
    for (const auto& group : identity.groups) {
        nlohmann::json entry{{"id", principalId(group)}, {"name", principalName(group)}};
        if (!group.attributes.empty()) entry["attributes"] = group.attributes;  // Windows
        groups.push_back(std::move(entry));
    }
    json["groups"] = std::move(groups);
    if (identity.uids) json["uids"] = idsJson(*identity.uids);
    if (identity.gids) json["gids"] = idsJson(*identity.gids);
    if (thread) {
        json["impersonating"] = identity.impersonating;
        json["impersonation_level"] =
            identity.impersonationLevel.empty() ? nlohmann::json(nullptr) : nlohmann::json(identity.impersonationLevel);
    }
    for (const auto& [key, value] : identity.details) json["details"][key] = value;
    return json;
}

nlohmann::json processJson(const ProcessToken& process) {
    auto threads = nlohmann::json::array();
    int impersonating = 0;
    for (const auto& thread : process.threads) {
        nlohmann::json entry = identityJson(thread.identity, true);
        entry["tid"] = thread.tid;
        impersonating += thread.identity.impersonating ? 1 : 0;
        threads.push_back(std::move(entry));
    }
    return {{"pid", process.pid},
            {"parent", process.parent},
            {"name", process.name},
            {"executable", process.executable.empty() ? nlohmann::json(nullptr) : nlohmann::json(process.executable)},
            {"command_line", process.commandLine},
            {"state", process.state},
            {"zombie", process.zombie},
            {"kernel_thread", process.kernelThread},
            {"process", identityJson(process.identity, false)},
            {"threads", std::move(threads)},
            {"impersonating_threads", impersonating},
            {"partial", process.partial},
            {"notes", process.notes}};
}

nlohmann::json privilegeJson(const Privilege& privilege, bool posix) {
    nlohmann::json json{{"name", privilege.name},
                        {"value", privilege.value},
                        {"description", privilege.description},
                        {"held", privilege.held},
                        {"enabled", privilege.enabled},
                        {"needed_for", privilege.neededFor}};
    if (posix) {
        json["permitted"] = privilege.held;
        json["effective"] = privilege.enabled;
        json["inheritable"] = privilege.inheritable;
        json["bounding"] = privilege.bounding;
        json["ambient"] = privilege.ambient;
    } else {
        json["enabled_by_default"] = privilege.enabledByDefault;
    }
    return json;
}

nlohmann::json processReportJson(const ProcessToken& process) {
    nlohmann::json json = processJson(process);
    const bool posix = platformName() != "windows";
    auto privileges = nlohmann::json::array();
    for (const auto& privilege : process.privileges.privileges) privileges.push_back(privilegeJson(privilege, posix));
    json["platform"] = platformName();
    json["all"] = true;
    json["privileges"] = std::move(privileges);
    json["can_impersonate"] = process.privileges.canImpersonate;
    json["missing_for_impersonation"] = process.privileges.missingForImpersonation;
    json["verdict"] = process.privileges.verdict;
    return json;
}

}  // namespace tokenscope::cli
