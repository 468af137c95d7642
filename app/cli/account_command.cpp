// tokenscope-cli account USER [--service S] [--json]: why can't this account log on? Without its
// password: the account database, the shell, /etc/nologin and the account phase of the PAM
// service. Exit 0 when nothing refuses it, 1 when something does.
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "tokenscope/account.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope::cli {
namespace {

nlohmann::json optionalNumber(const std::optional<long>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

class AccountCommand final : public Command {
public:
    std::string name() const override { return "account"; }
    std::string summary() const override {
        return "Why an account cannot log on: locked, expired, shell, /etc/nologin, PAM's account phase (no password)";
    }
    void configure(CLI::App& app) override {
        app.add_option("user", user_, "The account")->required();
        app.add_option("--service", service_, "The PAM service whose account phase is asked")->default_val("login");
        addJsonFlag(app);
    }

    int run(Streams& io) override {
        // PAM's modules read the account files; nothing else is needed.
        dropCapabilitiesExcept({"CAP_DAC_READ_SEARCH"});
        auto status = checkAccount(user_, service_);
        if (!status) {
            if (json_) {
                io.out << dumpJson({{"platform", platformName()}, {"user", user_}, {"error", toJson(status.error())}}) << '\n';
            } else {
                printError(io.err, status.error());
            }
            return kExitUsage;
        }
        if (json_) {
            auto reasons = nlohmann::json::array();
            for (const auto& reason : status->reasons) reasons.push_back({{"code", reason.code}, {"text", reason.text}});
            nlohmann::json json{{"platform", platformName()},
                                {"user", status->user},
                                {"service", status->service},
                                {"exists", status->exists},
                                {"can_log_on", status->canLogOn},
                                {"reasons", std::move(reasons)},
                                {"uid", status->uid ? nlohmann::json(*status->uid) : nlohmann::json(nullptr)},
                                {"gid", status->gid ? nlohmann::json(*status->gid) : nlohmann::json(nullptr)},
                                {"home", status->home},
                                {"shell", status->shell},
                                {"groups", status->groups},
                                {"password", status->passwordState.empty() ? nlohmann::json(nullptr)
                                                                           : nlohmann::json(status->passwordState)},
                                {"last_change", optionalNumber(status->lastChange)},
                                {"max_days", optionalNumber(status->maxDays)},
                                {"inactive_days", optionalNumber(status->inactiveDays)},
                                {"expires", optionalNumber(status->expires)},
                                {"pam", {{"result", status->pamResult.empty() ? nlohmann::json(nullptr) : nlohmann::json(status->pamResult)},
                                         {"text", status->pamText.empty() ? nlohmann::json(nullptr) : nlohmann::json(status->pamText)},
                                         {"messages", status->pamMessages}}},
                                {"notes", status->notes}};
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
        } else {
            io.out << status->user << (status->canLogOn ? " can log on" : " cannot log on") << " (service "
                   << status->service << ")\n";
            for (const auto& reason : status->reasons) io.out << "  " << reason.code << ": " << reason.text << '\n';
            if (status->exists) {
                io.out << "Account: uid " << *status->uid << ", gid " << *status->gid << ", home " << status->home
                       << ", shell " << status->shell << '\n';
                if (!status->passwordState.empty()) io.out << "Password: " << status->passwordState << '\n';
            }
            if (!status->pamResult.empty()) io.out << "PAM account phase: " << status->pamResult << '\n';
            for (const auto& note : status->notes) io.out << "Note: " << note << '\n';
            printPrivilegeHygiene(io.out);
        }
        return status->canLogOn ? kExitOk : kExitFailed;
    }

private:
    std::string user_;
    std::string service_ = "login";
};

}  // namespace

std::unique_ptr<Command> makeAccountCommand() { return std::make_unique<AccountCommand>(); }

}  // namespace tokenscope::cli
