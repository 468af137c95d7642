// tokenscope-cli access PATH (--user U | --pid N) [--right R]... [--json]: could this user or this
// process read, write, execute or list PATH, and which rule decided it (the folder on the way, the
// owner, group or other bits, the ACL entry and its mask, a capability, the mount, an attribute).
// Nothing is opened for writing; no password is needed.
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "tokenscope/access_explain.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope::cli {
namespace {

class AccessCommand final : public Command {
public:
    std::string name() const override { return "access"; }
    std::string summary() const override {
        return "Could a user or a process read, write, execute or list a path, and which rule decided it";
    }
    void configure(CLI::App& app) override {
        app.add_option("path", path_, "The file or folder")->required();
        auto* user = app.add_option("--user", user_, "An account, from the account database (no password needed)");
        auto* pid = app.add_option("--pid", pid_, "A running process, with its credentials now");
        user->excludes(pid);
        pid->excludes(user);
        app.add_option("--right", rights_, "read, write, execute or list; repeat for several (default: every one that applies)")
            ->check(CLI::IsMember({"read", "write", "execute", "list"}));
        addJsonFlag(app);
    }

    int run(Streams& io) override {
        nlohmann::json json{{"platform", platformName()}, {"path", path_}};
        if (user_.empty() && pid_ == 0) {
            throw UsageError("access: say whose access with --user NAME or --pid N");
        }
        // The subject first (on Windows a copy of its token, made while our privileges may still
        // open another user's process). Then the walk reads every folder on the way and the
        // file's ACL and attributes: reading needs CAP_DAC_READ_SEARCH where the caller could not
        // (Windows: READ_CONTROL, which SeBackupPrivilege gives); nothing else is kept.
        auto subject = user_.empty() ? accessSubjectForProcess(pid_) : accessSubjectForUser(user_);
        dropCapabilitiesExcept({"CAP_DAC_READ_SEARCH", "SeBackupPrivilege"});
        if (!subject) return fail(io, json, subject.error());
        json["user"] = subject->label;
#ifdef _WIN32
        json["subject"] = {{"sid", subject->sid},
                           {"group_sids", subject->groupSids},
                           {"deny_only_sids", subject->denyOnlySids},
                           {"privileges", subject->privileges},
                           {"name", subject->userName.empty() ? nlohmann::json(nullptr) : nlohmann::json(subject->userName)},
                           {"token", subject->token != nullptr},
                           {"notes", subject->notes}};
#else
        json["subject"] = {{"uid", subject->uid},
                           {"gid", subject->gid},
                           {"groups", subject->groups},
                           {"name", subject->userName.empty() ? nlohmann::json(nullptr) : nlohmann::json(subject->userName)},
                           {"cap_dac_override", ((subject->capabilities >> 1) & 1u) != 0},
                           {"cap_dac_read_search", ((subject->capabilities >> 2) & 1u) != 0},
                           {"notes", subject->notes}};
#endif
        auto explanation = explainAccess(path_, *subject, askedRights());
        if (!explanation) return fail(io, json, explanation.error());
        if (rights_.empty() && !explanation->folder && !explanation->resolved.empty()) {
            // Listing applies to folders only: not asked by default of anything else.
            std::erase_if(explanation->checks, [](const ExplainedAccess& check) { return check.right == AccessRight::List; });
        }
        bool all = true;
        auto checks = nlohmann::json::array();
        for (const auto& check : explanation->checks) {
            all = all && check.granted;
            checks.push_back({{"right", std::string(accessRightName(check.right))},
                              {"granted", check.granted},
                              {"decided_by",
                               {{"path", check.decidedBy.path}, {"rule", check.decidedBy.rule}, {"text", check.decidedBy.text}}}});
        }
        if (json_) {
            json["resolved"] = explanation->resolved.empty() ? nlohmann::json(nullptr) : nlohmann::json(explanation->resolved);
            json["folder"] = explanation->folder;
            json["checks"] = std::move(checks);
            json["all_granted"] = all;
            json["notes"] = explanation->notes;
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
        } else {
            io.out << "Access to " << path_;
            if (!explanation->resolved.empty() && explanation->resolved != path_) io.out << " (" << explanation->resolved << ")";
            io.out << " as " << subject->label << ":\n";
            for (const auto& check : explanation->checks) {
                io.out << "  " << accessRightName(check.right) << ": " << (check.granted ? "granted" : "denied") << " ("
                       << check.decidedBy.rule << ")\n    " << check.decidedBy.text << '\n';
            }
            for (const auto& note : subject->notes) io.out << "Subject: " << note << '\n';
            for (const auto& note : explanation->notes) io.out << "Note: " << note << '\n';
            printPrivilegeHygiene(io.out);
        }
        return all ? kExitOk : kExitFailed;
    }

private:
    std::vector<AccessRight> askedRights() const {
        if (rights_.empty()) return {AccessRight::Read, AccessRight::Write, AccessRight::Execute, AccessRight::List};
        std::vector<AccessRight> rights;
        for (const auto& right : rights_) {
            const AccessRight value = right == "read"    ? AccessRight::Read
                                      : right == "write" ? AccessRight::Write
                                      : right == "execute" ? AccessRight::Execute
                                                           : AccessRight::List;
            if (std::find(rights.begin(), rights.end(), value) == rights.end()) rights.push_back(value);
        }
        return rights;
    }

    int fail(Streams& io, nlohmann::json& json, const Error& error) {
        if (json_) {
            json["error"] = toJson(error);
            io.out << dumpJson(json) << '\n';
        } else {
            printError(io.err, error);
        }
        return kExitUsage;
    }

    std::string path_;
    std::string user_;
    std::int64_t pid_ = 0;
    std::vector<std::string> rights_;
};

}  // namespace

std::unique_ptr<Command> makeAccessCommand() { return std::make_unique<AccessCommand>(); }

}  // namespace tokenscope::cli
