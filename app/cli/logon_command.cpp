// tokenscope-cli logon: LogonUser, then optionally impersonate (on a worker thread, as the GUI
// does), probe a path as the user, run a program as the user; logoff at the end.
#ifndef _WIN32
#include <signal.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <chrono>
#include <csignal>
#include <iostream>
#include <optional>
#include <ostream>
#include <string_view>
#include <thread>

#include "command.hpp"
#include "commands.hpp"
#include "password_input.hpp"
#include "run_signals.hpp"
#include "terminal_text.hpp"
#include "tokenscope/access.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/run_as.hpp"

namespace tokenscope::cli {
namespace {

struct ImpersonationReport {
    std::string user;       // GetUserName while impersonating
    Principal threadUser;   // the thread's user: a uid, or a SID on Windows
    Principal threadGroup;  // its primary group
    bool reverted = false;
    std::string level;    // what the thread really got ("Impersonation", "full (uid switch)")
    std::string warning;  // e.g. an Identification-level token on Windows
    std::vector<AccessCheck> access;
};

// Impersonates on a fresh thread, so the process's main thread never changes identity.
Result<ImpersonationReport> impersonateOnWorker(const LogonToken& token,
                                                const std::optional<std::string>& path) {
    std::optional<Result<ImpersonationReport>> outcome;
    std::thread worker([&] {
        try {
            auto guard = ImpersonationGuard::impersonate(token);
            if (!guard) {
                outcome.emplace(guard.error());
                return;
            }
            ImpersonationReport report;
            auto name = effectiveUserName();
            auto identity = threadIdentity();
            if (!name || !identity) {
                outcome.emplace(!name ? name.error() : identity.error());
                return;  // the guard reverts
            }
            report.user = *name;
            report.level = guard->level();
            report.warning = guard->warning();
            report.threadUser = identity->user;
            report.threadGroup = identity->primaryGroup;
            if (path) report.access = probeAccess(*path);
            if (auto reverted = guard->revert(); !reverted) {
                outcome.emplace(reverted.error());
                return;
            }
            auto after = threadIdentity();
            report.reverted = after && !after->impersonating;
            outcome.emplace(std::move(report));
        } catch (const std::exception& error) {
            outcome.emplace(makeError(win32::kInternalError, error.what()));
        }
    });
    worker.join();
    return std::move(*outcome);
}

// What logon and logoff may need on this platform (core's list, shared with the logon broker):
// on Linux what PAM's modules need, on Windows what impersonating and starting a program with the
// token need.
const std::vector<std::string> kLogonPrivileges = privilegesForLogon();

// What only switching identity needs: impersonating, or starting a program as the user.
std::vector<std::string> withoutIdentitySwitch(std::vector<std::string> keep) {
    std::erase_if(keep, [](const std::string& name) {
        return name == "CAP_SETUID" || name == "CAP_SETGID" || name == "SeImpersonatePrivilege" ||
               name == "SeAssignPrimaryTokenPrivilege" || name == "SeIncreaseQuotaPrivilege";
    });
    return keep;
}

nlohmann::json nullableString(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json groupsJson(const std::vector<std::uint32_t>& groups) {
    auto json = nlohmann::json::array();
    for (const auto gid : groups) json.push_back({{"id", gid}, {"name", nullableString(groupName(gid))}});
    return json;
}

std::string groupsText(const std::vector<std::uint32_t>& groups) {
    std::string text;
    for (const auto gid : groups) {
        if (!text.empty()) text += ", ";
        const auto name = groupName(gid);
        text += name.empty() ? std::to_string(gid) : name + " (" + std::to_string(gid) + ")";
    }
    return text.empty() ? "(none)" : text;
}

// {"uid","gid"} (POSIX) or {"sid","group_sid"} (Windows), as whoami names them.
void addIds(nlohmann::json& json, const Principal& user, const Principal& group) {
    if (user.posixId) {
        json["uid"] = *user.posixId;
    } else {
        json["sid"] = nullableString(user.sid);
    }
    if (group.posixId) {
        json["gid"] = *group.posixId;
    } else {
        json["group_sid"] = nullableString(group.sid);
    }
}

// Windows: the token's SIDs, one line each, for the text output; nothing on POSIX.
void printSids(std::ostream& out, const LogonToken& token) {
    auto identity = token.identity();
    if (!identity || identity->user.posixId) return;
    out << "SID:     " << identity->user.sid << '\n';
    out << "Group:   " << (identity->primaryGroup.name.empty() ? "" : identity->primaryGroup.name + " ")
        << "(" << identity->primaryGroup.sid << ")\n";
    out << "Groups:  " << identity->groups.size() << " in the token\n";
}

// What a program run as the user wrote, passed on. To a terminal it goes through `out`, whose
// TerminalTextBuf shows control bytes escaped (\x1b) like all the CLI's text: the program's output
// may not drive root's terminal. To a pipe or a file it goes as it is.
void relayOutput(std::ostream& out, int stream, std::string_view bytes) {
    std::streambuf* raw = unescapedBuffer(out);
#ifdef _WIN32
    (void)stream;  // runAs on Windows passes the program our own handles; nothing comes here
    const bool terminal = false;
#else
    const bool terminal =
        ((raw == std::cout.rdbuf() && stream == 1) || (raw == std::cerr.rdbuf() && stream == 2)) &&
        ::isatty(stream) == 1;
#endif
    if (terminal) {
        out << bytes;
        out.flush();
        return;
    }
    out.flush();  // what the CLI wrote before comes first
    (void)raw->sputn(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    (void)raw->pubsync();
}

std::string signalName(int signal) {
#ifdef _WIN32
    return std::to_string(signal);
#else
    const char* abbreviation = ::sigabbrev_np(signal);
    return abbreviation != nullptr ? std::string("SIG") + abbreviation : std::to_string(signal);
#endif
}

nlohmann::json runJson(const RunAsResult& ran) {
    nlohmann::json json{{"program", ran.program},
                        {"pid", ran.pid},
                        {"exited", ran.exited},
                        {"exit_code", ran.exited ? nlohmann::json(ran.exitCode) : nlohmann::json(nullptr)},
                        {"signal", ran.signal != 0 ? nlohmann::json(ran.signal) : nlohmann::json(nullptr)},
                        {"timed_out", ran.timedOut},
                        {"stopped_by", ran.stoppedBy != 0 ? nlohmann::json(signalName(ran.stoppedBy))
                                                          : nlohmann::json(nullptr)},
                        {"ended_processes", ran.endedProcesses}};
    auto forwarded = nlohmann::json::array();
    for (const int signal : ran.forwardedSignals) forwarded.push_back(signalName(signal));
    json["forwarded_signals"] = forwarded;
    if (!ran.umask.empty()) json["umask"] = ran.umask;
    if (!ran.limits.empty()) {
        nlohmann::json limits = nlohmann::json::object();
        for (const auto& limit : ran.limits)
            limits[limit.name] = {{"soft", limit.soft}, {"hard", limit.hard}};
        json["limits"] = limits;
    }
    if (!ran.environment.empty()) json["environment"] = ran.environment;  // Windows
    return json;
}

void printRun(std::ostream& out, const RunAsResult& ran, const std::string& user) {
    out << "Run:     " << ran.program << " as " << user << ": "
        << (ran.exited ? "exit status " + std::to_string(ran.exitCode)
                       : "killed by " + signalName(ran.signal))
        << (ran.timedOut ? " (its time was up)" : "")
        << (ran.stoppedBy != 0 ? " (TokenScope got " + signalName(ran.stoppedBy) + ")" : "") << '\n';
    if (ran.endedProcesses > 0)
        out << "         " << ran.endedProcesses << " process(es) it left in its session were ended\n";
    if (!ran.umask.empty()) out << "         umask " << ran.umask << ", limits as a login gives them\n";
    if (!ran.environment.empty()) out << "Environment: " << ran.environment << '\n';
}

class LogonCommand final : public Command {
public:
    std::string name() const override { return "logon"; }
    std::string summary() const override {
        return "Check a password (LogonUser; PAM on Linux), optionally impersonate, probe a path or run a "
               "program "
               "as the user";
    }

    void configure(CLI::App& app) override {
        app.add_option("--user,-u", user_, "Account to log on")->required();
        app.add_option("--domain,-d", domain_, "Domain; empty, '.' or this host mean a local account");
        app.add_option("--type,-t", type_,
                       "Logon type: interactive, network, batch, service, unlock, network_cleartext, "
                       "new_credentials (name, LOGON32_LOGON_* or number)")
            ->default_str("interactive");
        app.add_option(
               "--provider", provider_,
               "Logon provider: default, winnt35, winnt40, winnt50, virtual (name, LOGON32_PROVIDER_* or "
               "number)")
            ->default_str("default");
        app.add_option("--service", service_,
                       "PAM service used by the default provider: a file of /etc/pam.d (or /usr/lib/pam.d)")
            ->default_str("login");
        app.add_flag("--password-stdin", passwordStdin_,
                     "Read the password from stdin (one line) instead of the terminal");
        app.add_flag("--impersonate", impersonate_, "Impersonate the user on a worker thread, then revert");
        app.add_option("--access", access_,
                       "Probe PATH for read/write/execute/list as the user (implies --impersonate)");
        app.add_flag("--run", run_, "Run the program given after -- as the user and report its exit status");
        app.add_option("--timeout", timeout_,
                       "With --run: end the program (and what it started) after SECONDS")
            ->check(CLI::Range(1, 86400));
        app.add_option("command", command_, "Program and arguments for --run, after --");
        addJsonFlag(app);
    }

    int run(Streams& io) override {
        auto type = parseLogonType(type_);
        if (!type) throw UsageError("--type: " + type.error().native + ". " + type.error().hint);
        auto provider = parseLogonProvider(provider_);
        if (!provider)
            throw UsageError("--provider: " + provider.error().native + ". " + provider.error().hint);
        if (auto service = checkPamService(service_); !service)
            throw UsageError("--service: " + service.error().native + ". " + service.error().hint);
        if (run_ && command_.empty()) throw UsageError("--run needs a program after --, e.g. --run -- id -u");
        if (!run_ && !command_.empty())
            throw UsageError("unexpected arguments; to run a program use --run -- CMD ARGS...");
        if (!run_ && timeout_ != 0) throw UsageError("--timeout applies to --run only");

        LogonRequest request;
        request.user = user_;
        request.domain = domain_;
        request.type = *type;
        request.provider = *provider;
        request.service = service_;

        nlohmann::json json{{"ok", false},
                            {"user", user_},
                            {"domain", nullableString(domain_)},
                            {"type", std::string(logonTypeInfo(*type).constant)},
                            {"provider", std::string(logonProviderInfo(*provider).constant)},
                            {"service", service_},
                            {"error", nullptr},
                            {"token", nullptr},
                            {"impersonation", nullptr}};

        // An unsupported type or provider fails before anyone is asked for a password.
        if (auto supported = requireSupported(*type, *provider); !supported)
            return fail(io, json, supported.error());

        // A password is about to live in this process: no core file may keep it, and no process
        // of the same user may read its memory (ptrace, /proc/PID/mem) while it does.
        keepSecretsOutOfCrashDumps();

        // Least privilege: what PAM needs, and CAP_KILL to stop a --run program that outlives
        // its time; the rest goes before anyone is asked for a password.
        std::vector<std::string> keep = kLogonPrivileges;
        if (run_) keep.emplace_back("CAP_KILL");
        dropCapabilitiesExcept(keep);

        Password password;
        if (passwordStdin_) {
            auto read = readPasswordLine(io.in);
            if (!read)
                throw UsageError("--password-stdin: " + read.error().native + ". " + read.error().hint);
            password = std::move(*read);
        } else {
            auto read = readPasswordFromTerminal("Password for " + user_ + ": ");
            if (!read) {
                if (read.error().code == win32::kCancelled) return fail(io, json, read.error());
                throw UsageError(
                    "no terminal to read the password from; pass it on stdin with --password-stdin");
            }
            password = std::move(*read);
        }

        auto token = LogonToken::logon(request, std::move(password));
        if (!token) return fail(io, json, token.error());
        // Switching identity is needed only to impersonate or to run a program as the user.
        const bool impersonating = impersonate_ || !access_.empty();
        if (!impersonating && !run_) dropCapabilitiesExcept(withoutIdentitySwitch(keep));
        json["user"] = token->user();
        json["token"] = logonTokenJson(*token);
        if (!json_) {
            io.out << "Logon:   ok, " << token->user();
            if (!token->service().empty()) {  // PAM: the ids and the service that checked the password
                io.out << " (uid " << token->uid() << ", gid " << token->gid() << ") through PAM service "
                       << token->service();
            }
            io.out << ", " << logonTypeInfo(*type).constant << " [" << joined(token->steps()) << "]\n";
            if (!token->groups().empty()) io.out << "Groups:  " << groupsText(token->groups()) << '\n';
            printSids(io.out, *token);
            for (const auto& message : token->messages()) io.out << "Note:    " << message << '\n';
        }

        int status = kExitOk;
        std::optional<Error> failure;
        if (impersonating) {
            auto report =
                impersonateOnWorker(*token, access_.empty() ? std::nullopt : std::optional(access_));
            if (!report) {
                failure = report.error();
            } else {
                json["impersonation"] = {{"user", report->user},
                                         {"reverted", report->reverted},
                                         {"level", report->level},
                                         {"warning", nullableString(report->warning)}};
                addIds(json["impersonation"], report->threadUser, report->threadGroup);
                if (!report->reverted) status = kExitFailed;
                if (!access_.empty()) {
                    auto checks = nlohmann::json::array();
                    for (const auto& check : report->access) {
                        checks.push_back(
                            {{"right", std::string(accessRightName(check.right))},
                             {"granted", check.granted},
                             {"method", check.method},
                             {"error", check.error ? toJson(*check.error) : nlohmann::json(nullptr)}});
                    }
                    json["access"] = {{"path", access_}, {"checks", checks}};
                }
                if (!json_) printImpersonation(io.out, *report);
            }
        }

        if (impersonating && !run_) dropCapabilitiesExcept(withoutIdentitySwitch(keep));
        int stopSignal = 0;
        if (!failure && run_) {
            // SIGINT, SIGTERM and SIGHUP now reach the program, and the CLI still logs off after.
            RunSignals signals;
            RunAsOptions options;
            options.captureOutput = json_;  // JSON mode keeps stdout for the one object
            options.timeout = std::chrono::seconds(timeout_);
            options.signalFd = signals.fd();
            options.onOutput = [&io](int stream, std::string_view bytes) {
                relayOutput(stream == 2 ? io.err : io.out, stream, bytes);
            };
            io.out.flush();
            auto ran = runAs(*token, command_, options);
            // The program has ended: switching identity and killing are needed no more.
            std::erase(keep, "CAP_KILL");
            dropCapabilitiesExcept(withoutIdentitySwitch(keep));
            if (!ran) {
                failure = ran.error();
            } else {
                stopSignal = ran->stoppedBy;
                json["run"] = runJson(*ran);
                json["run"]["argv"] = command_;
                if (json_) json["run"]["output"] = ran->output;
                if (!ran->exited || ran->exitCode != 0) status = kExitFailed;
                if (!json_) printRun(io.out, *ran, token->user());
            }
            // Ctrl-C reached the program and ended it: the CLI ends the way the program did.
            if (ran && stopSignal == 0 && ran->signal == SIGINT &&
                std::find(ran->forwardedSignals.begin(), ran->forwardedSignals.end(), SIGINT) !=
                    ran->forwardedSignals.end()) {
                stopSignal = SIGINT;
            }
            if (stopSignal == 0) stopSignal = signals.takePendingStop();
        }
        const auto loggedOff = token->logoff();
        if (!failure && !loggedOff) failure = loggedOff.error();
        if (failure)
            return stopSignal != 0 ? (fail(io, json, *failure), 128 + stopSignal) : fail(io, json, *failure);
        json["ok"] = status == kExitOk && stopSignal == 0;
        if (json_) {
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
        } else {
            printPrivilegeHygiene(io.out);
        }
        // Ended by a signal to us: the program and the logon session are closed; say so the usual way.
        return stopSignal != 0 ? 128 + stopSignal : status;
    }

private:
    static std::string joined(const std::vector<std::string>& items) {
        std::string text;
        for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
        return text;
    }

    void printImpersonation(std::ostream& out, const ImpersonationReport& report) const {
        out << "Impersonated on a worker thread: GetUserName = " << report.user << " ("
            << (report.threadUser.posixId ? "uid " : "SID ") << report.threadUser.idString()
            << (report.threadGroup.posixId ? ", gid " : ", group SID ") << report.threadGroup.idString()
            << "), level " << report.level << ", reverted: " << (report.reverted ? "yes" : "NO") << '\n';
        if (!report.warning.empty()) out << "Warning: " << report.warning << '\n';
        if (access_.empty()) return;
        out << "Access to " << access_ << " as " << report.user << ":\n";
        for (const auto& check : report.access) {
            out << "  " << accessRightName(check.right) << ": " << (check.granted ? "granted" : "denied");
            if (check.error) out << " - " << check.error->summary() << " [" << check.error->native << "]";
            out << '\n';
        }
    }

    int fail(Streams& io, nlohmann::json& json, const Error& error) const {
        json["ok"] = false;
        json["error"] = toJson(error);
        if (json_) {
            addPrivilegeHygiene(json);
            io.out << dumpJson(json) << '\n';
        } else {
            printError(io.err, error);
        }
        return kExitFailed;
    }

    std::string user_;
    std::string domain_;
    std::string type_ = "interactive";
    std::string provider_ = "default";
    std::string service_ = "login";
    bool passwordStdin_ = false;
    bool impersonate_ = false;
    std::string access_;
    bool run_ = false;
    std::vector<std::string> command_;
    int timeout_ = 0;
};

}  // namespace

nlohmann::json logonTokenJson(const LogonToken& token) {
    auto identity = token.identity();
    if (!identity || identity->user.posixId) {
        // POSIX: the ids PAM's logon resolved.
        return {{"uid", token.uid()},   {"gid", token.gid()},     {"groups", groupsJson(token.groups())},
                {"home", token.home()}, {"steps", token.steps()}, {"messages", token.messages()}};
    }
    // Windows: the token's SIDs, with the same keys as whoami's.
    nlohmann::json json{{"user", nullableString(identity->user.name)}};
    addIds(json, identity->user, identity->primaryGroup);
    json["group"] = nullableString(identity->primaryGroup.name);
    auto groups = nlohmann::json::array();
    for (const auto& group : identity->groups) {
        groups.push_back(
            {{"id", group.sid}, {"name", nullableString(group.name)}, {"attributes", group.attributes}});
    }
    json["groups"] = std::move(groups);
    for (const auto& [key, value] : identity->details) json["details"][key] = value;
    json["steps"] = token.steps();
    json["messages"] = token.messages();
    return json;
}

std::unique_ptr<Command> makeLogonCommand() { return std::make_unique<LogonCommand>(); }

}  // namespace tokenscope::cli
