// tokenscope-cli whoami [--json] [--pid N]: the effective user of the process and of the calling
// thread, or of any process and each of its threads.
#include <sys/types.h>

#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "report_json.hpp"
#include "text_table.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope::cli {
namespace {

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

std::string commandLineText(const std::vector<std::string>& argv) {
    std::string text;
    for (const auto& arg : argv) {
        if (!text.empty()) text += ' ';
        const bool plain = !arg.empty() && arg.find_first_of(" \t\"'\\") == std::string::npos;
        text += plain ? arg : nlohmann::json(arg).dump();
    }
    return text;
}


class WhoamiCommand final : public Command {
public:
    std::string name() const override { return "whoami"; }
    std::string summary() const override {
        return "Effective user of the process and of the current thread: ids, groups, impersonation";
    }
    void configure(CLI::App& app) override {
        addJsonFlag(app);
        pidOption_ = app.add_option("--pid", pid_,
                                    "Any process instead: its identity and each of its threads', marking "
                                    "the threads that impersonate (Linux: from /proc; Windows: its token)");
    }

    int run(Streams& io) override {
        if (pidOption_->count() > 0) return runForProcess(io);
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

private:
    int runForProcess(Streams& io) {
        auto process = inspectProcess(pid_);
        dropCapabilitiesExcept({});
        if (!process) {
            if (json_) {
                io.out << dumpJson({{"platform", platformName()}, {"pid", pid_}, {"error", toJson(process.error())}})
                       << '\n';
            } else {
                printError(io.err, process.error());
            }
            return kExitFailed;
        }
        if (json_) {
            nlohmann::json json = processJson(*process);
            json["platform"] = platformName();
            io.out << dumpJson(json) << '\n';
            return kExitOk;
        }
        io.out << "Process " << process->pid << " (" << process->name << "), parent " << process->parent;
        if (!process->state.empty()) io.out << ", " << process->state;
        if (process->kernelThread) io.out << ", kernel thread";
        io.out << '\n';
        if (!process->executable.empty()) io.out << "Executable: " << process->executable << '\n';
        if (!process->commandLine.empty()) io.out << "Command line: " << commandLineText(process->commandLine) << '\n';
        TextTable table({"", "Process"});
        table.add({"User", shown(process->identity.user)});
        table.add({"Group", shown(process->identity.primaryGroup)});
        table.add({"Groups", groupsText(process->identity)});
        if (process->identity.uids) table.add({"uid r/e/s/fs", idsText(process->identity.uids)});
        if (process->identity.gids) table.add({"gid r/e/s/fs", idsText(process->identity.gids)});
        for (const auto& [key, value] : process->identity.details) table.add({key, value});
        table.print(io.out);
        io.out << '\n';
        TextTable threads({"Thread", "User", "Group", "Impersonating"});
        for (const auto& thread : process->threads) {
            threads.add({std::to_string(thread.tid), shown(thread.identity.user), shown(thread.identity.primaryGroup),
                         thread.identity.impersonating ? "yes, " + thread.identity.impersonationLevel : "no"});
        }
        threads.print(io.out);
        for (const auto& note : process->notes) io.out << "note: " << note << '\n';
        return kExitOk;
    }

    std::int64_t pid_ = 0;
    CLI::Option* pidOption_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> makeWhoamiCommand() { return std::make_unique<WhoamiCommand>(); }

}  // namespace tokenscope::cli
