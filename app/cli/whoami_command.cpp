// tokenscope-cli whoami [--json]: the effective user of the process and of the calling thread.
#include <sys/types.h>

#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "text_table.hpp"
#include "tokenscope/identity.hpp"

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

std::string shown(const Principal& principal) {
    const std::string id = principal.idString();
    return principal.name.empty() ? id + " (no name)" : principal.name + " (" + id + ")";
}

std::string idsText(const std::optional<PosixIds>& ids) {
    if (!ids) return "";
    return std::to_string(ids->real) + " / " + std::to_string(ids->effective) + " / " +
           std::to_string(ids->saved) + " / " + std::to_string(ids->filesystem);
}

std::string groupsText(const Identity& identity) {
    if (identity.groups.empty()) return "(none)";
    std::string text;
    for (const auto& group : identity.groups) {
        if (!text.empty()) text += ", ";
        text += shown(group);
    }
    return text;
}

class WhoamiCommand final : public Command {
public:
    std::string name() const override { return "whoami"; }
    std::string summary() const override {
        return "Effective user of the process and of the current thread: ids, groups, impersonation";
    }
    void configure(CLI::App& app) override { addJsonFlag(app); }

    int run(Streams& io) override {
        auto process = processIdentity();
        auto thread = threadIdentity();
        // Everything is read: the rest is formatting, which needs no capability.
        dropCapabilitiesExcept({});
        const Error* failure = !process ? &process.error() : !thread ? &thread.error() : nullptr;
        if (failure != nullptr) {
            if (json_) {
                io.out << dumpJson({{"platform", platformName()}, {"error", toJson(*failure)}}) << '\n';
            } else {
                printError(io.err, *failure);
            }
            return kExitFailed;
        }
        if (json_) {
            nlohmann::json json{{"platform", platformName()},
                                {"process", identityJson(*process, false)},
                                {"thread", identityJson(*thread, true)}};
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
            return kExitOk;
        }
        TextTable table({"", "Process", "Thread"});
        table.add({"User", shown(process->user), shown(thread->user)});
        table.add({"Group", shown(process->primaryGroup), shown(thread->primaryGroup)});
        table.add({"Groups", groupsText(*process), groupsText(*thread)});
        if (process->uids) table.add({"uid r/e/s/fs", idsText(process->uids), idsText(thread->uids)});
        if (process->gids) table.add({"gid r/e/s/fs", idsText(process->gids), idsText(thread->gids)});
        table.add({"Impersonating", "", thread->impersonating ? "yes, " + thread->impersonationLevel : "no"});
        table.print(io.out);
        printPrivilegeHygiene(io.out);
        return kExitOk;
    }
};

}  // namespace

std::unique_ptr<Command> makeWhoamiCommand() { return std::make_unique<WhoamiCommand>(); }

}  // namespace tokenscope::cli
