// tokenscope-cli privileges [--json] [--all] [--pid N]: the calling thread's privileges (or any
// process's), what needs them, and whether it can impersonate. Like `whoami /priv` and getpcaps,
// but with the verdict.
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "report_json.hpp"
#include "text_table.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope::cli {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) text += separator;
        text += item;
    }
    return text;
}

std::string stateText(const Privilege& privilege) {
    if (!privilege.held) return privilege.enabled ? "Enabled (not held)" : "Not held";
    return privilege.enabled ? "Enabled" : "Disabled";
}

// p e i b a, like a compact capsh: a letter where the capability is in the set.
std::string setsText(const Privilege& privilege) {
    std::string sets = "-----";
    if (privilege.held) sets[0] = 'p';
    if (privilege.enabled) sets[1] = 'e';
    if (privilege.inheritable) sets[2] = 'i';
    if (privilege.bounding) sets[3] = 'b';
    if (privilege.ambient) sets[4] = 'a';
    return sets;
}


class PrivilegesCommand final : public Command {
public:
    std::string name() const override { return "privileges"; }
    std::string summary() const override {
        return "Privileges (Linux: capabilities) of the current thread, what needs them, and "
               "whether it can impersonate";
    }
    void configure(CLI::App& app) override {
        addJsonFlag(app);
        app.add_flag("--all", all_,
                     "List every privilege the system knows, not only the held ones and the ones "
                     "TokenScope needs");
        pidOption_ = app.add_option("--pid", pid_,
                                    "Any process's privileges instead (Linux: its thread-group leader's "
                                    "capability sets from /proc; Windows: its token's)");
    }

    int run(Streams& io) override {
        const bool other = pidOption_->count() > 0;
        Result<PrivilegeReport> report = makeError(win32::kInvalidParameter, "");
        std::string processName;
        if (other) {
            auto process = inspectProcess(pid_);
            if (process) {
                processName = process->name;
                report = std::move(process->privileges);
            } else {
                report = process.error();
            }
        } else {
            report = threadPrivileges();
        }
        // The report is taken: the rest is formatting, which needs no capability.
        dropCapabilitiesExcept({});
        if (!report) {
            if (json_) {
                nlohmann::json json{{"platform", platformName()}, {"error", toJson(report.error())}};
                if (other) json["pid"] = pid_;
                io.out << dumpJson(json) << '\n';
            } else {
                printError(io.err, report.error());
            }
            return kExitFailed;
        }
        const bool posix = platformName() != "windows";
        std::vector<const Privilege*> shownPrivileges;
        for (const auto& privilege : report->privileges) {
            if (all_ || privilege.held || privilege.enabled || !privilege.neededFor.empty())
                shownPrivileges.push_back(&privilege);
        }

        if (json_) {
            auto list = nlohmann::json::array();
            for (const auto* privilege : shownPrivileges) list.push_back(privilegeJson(*privilege, posix));
            nlohmann::json json{{"platform", platformName()},
                                {"all", all_},
                                {"privileges", std::move(list)},
                                {"can_impersonate", report->canImpersonate},
                                {"missing_for_impersonation", report->missingForImpersonation},
                                {"verdict", report->verdict},
                                {"notes", report->notes}};
            if (other) {
                json["pid"] = pid_;
                json["name"] = processName;
            } else {
                addPrivilegeHygiene(json);
            }
            io.out << dumpJson(json) << '\n';
            return kExitOk;
        }

        TextTable table(posix ? std::vector<std::string>{"Capability", "State", "Sets", "Needed for", "Description"}
                              : std::vector<std::string>{"Privilege", "State", "Needed for", "Description"});
        for (const auto* privilege : shownPrivileges) {
            if (posix) {
                table.add({privilege->name, stateText(*privilege), setsText(*privilege),
                           joined(privilege->neededFor, ", "), privilege->description});
            } else {
                table.add({privilege->name, stateText(*privilege), joined(privilege->neededFor, ", "),
                           privilege->description});
            }
        }
        if (other) io.out << "Process " << pid_ << " (" << processName << ")\n";
        table.print(io.out);
        if (posix) io.out << "\nSets: p permitted, e effective, i inheritable, b bounding, a ambient.\n";
        if (shownPrivileges.size() < report->privileges.size()) {
            io.out << "Shown: " << shownPrivileges.size() << " of " << report->privileges.size()
                   << " (held, or needed by TokenScope); --all lists every one.\n";
        }
        io.out << '\n' << (report->canImpersonate ? "READY: " : "NOT READY: ") << report->verdict << '\n';
        for (const auto& note : report->notes) io.out << "note: " << note << '\n';
        if (!other) printPrivilegeHygiene(io.out);
        return kExitOk;
    }

private:
    bool all_ = false;
    std::int64_t pid_ = 0;
    CLI::Option* pidOption_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> makePrivilegesCommand() { return std::make_unique<PrivilegesCommand>(); }

}  // namespace tokenscope::cli
