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

// Windows: per logon type, the allow and deny right and the SIDs holding them; null where rights
// were not judged (Linux, or an LSA that keeps none).
nlohmann::json logonRightsJson(const AccountStatus& status) {
    if (status.logonRights.empty()) return nullptr;
    auto rights = nlohmann::json::array();
    for (const auto& right : status.logonRights)
        rights.push_back({{"logon_type", right.logonType},
                          {"allow_right", right.allowRight},
                          {"deny_right", right.denyRight},
                          {"allowed", right.allowed},
                          {"allowed_by", right.allowedVia},
                          {"denied_by", right.deniedVia}});
    return rights;
}

class AccountCommand final : public Command {
public:
    std::string name() const override { return "account"; }
    std::string summary() const override {
#ifdef _WIN32
        return "Why an account cannot log on: disabled, locked out, expired, the logon rights per logon type (no password)";
#else
        return "Why an account cannot log on: locked, expired, shell, /etc/nologin, PAM's account phase (no password)";
#endif
    }
    void configure(CLI::App& app) override {
        app.add_option("user", user_, "The account")->required();
#ifdef _WIN32
        app.add_option("--service", service_, "The logon type whose right is judged (interactive, network, batch, service, remote_interactive, …)")
            ->default_val(service_);
#else
        app.add_option("--service", service_, "The PAM service whose account phase is asked")->default_val(service_);
#endif
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
                                         {"messages", status->pamMessages},
                                         {"rules", status->pamRules}}},
                                {"sid", status->sid.empty() ? nlohmann::json(nullptr) : nlohmann::json(status->sid)},
                                {"flags", status->flags},
                                {"logon_rights", logonRightsJson(*status)},
                                {"notes", status->notes}};
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
        } else {
            io.out << status->user << (status->canLogOn ? " can log on" : " cannot log on") << " (service "
                   << status->service << ")\n";
            for (const auto& reason : status->reasons) io.out << "  " << reason.code << ": " << reason.text << '\n';
            if (status->exists && status->uid && status->gid) {
                io.out << "Account: uid " << *status->uid << ", gid " << *status->gid << ", home " << status->home
                       << ", shell " << status->shell << '\n';
                if (!status->passwordState.empty()) io.out << "Password: " << status->passwordState << '\n';
            }
            if (!status->sid.empty()) {
                io.out << "Account: " << status->sid;
                if (!status->home.empty()) io.out << ", home " << status->home;
                io.out << '\n';
            }
            if (!status->flags.empty()) {
                io.out << "Flags:";
                for (const auto& flag : status->flags) io.out << ' ' << flag;
                io.out << '\n';
            }
            if (!status->groups.empty() && !status->sid.empty()) {
                io.out << "Groups:";
                for (const auto& group : status->groups) io.out << ' ' << group;
                io.out << '\n';
            }
            for (const auto& right : status->logonRights) {
                io.out << "  " << right.logonType << ": " << (right.allowed ? "allowed" : "refused");
                if (!right.deniedVia.empty()) {
                    io.out << " (" << right.denyRight << " via";
                    for (const auto& via : right.deniedVia) io.out << ' ' << via;
                    io.out << ')';
                } else if (!right.allowedVia.empty()) {
                    io.out << " (" << right.allowRight << " via";
                    for (const auto& via : right.allowedVia) io.out << ' ' << via;
                    io.out << ')';
                } else {
                    io.out << " (no " << right.allowRight << ')';
                }
                io.out << '\n';
            }
            if (!status->pamResult.empty()) io.out << "PAM account phase: " << status->pamResult << '\n';
            for (const auto& rule : status->pamRules) io.out << "  " << rule << '\n';
            for (const auto& note : status->notes) io.out << "Note: " << note << '\n';
            printPrivilegeHygiene(io.out);
        }
        return status->canLogOn ? kExitOk : kExitFailed;
    }

private:
    std::string user_;
#ifdef _WIN32
    std::string service_ = "interactive";
#else
    std::string service_ = "login";
#endif
};

}  // namespace

std::unique_ptr<Command> makeAccountCommand() { return std::make_unique<AccountCommand>(); }

}  // namespace tokenscope::cli
