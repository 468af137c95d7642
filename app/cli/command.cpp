#include "command.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iostream>
#include <set>
#include <string_view>

#include "terminal_text.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::cli {

namespace {

constexpr const char* kProgram = "tokenscope-cli";

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLeakChecked = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kLeakChecked = true;
#else
constexpr bool kLeakChecked = false;
#endif
#else
constexpr bool kLeakChecked = false;
#endif
std::atomic<bool> capabilityDropping{true};

std::string usageLine(const std::vector<std::unique_ptr<Command>>& commands) {
    std::string names;
    for (const auto& command : commands) {
        if (!names.empty()) names += '|';
        names += command->name();
    }
    return std::string("usage: ") + kProgram + " <" + names + "> [options]   (" + kProgram +
           " --help for details)";
}

// CLI11 messages can span lines and quote an argument whole; the contract promises one line of
// reason, and a 100 kB argument is not worth echoing back.
std::string oneLine(std::string text) {
    constexpr std::size_t kMax = 400;
    if (text.size() > kMax) text = text.substr(0, kMax) + "... (" + std::to_string(text.size()) + " bytes)";
    for (auto& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

// Whether the command line asks for JSON. Read from argv itself, since a usage error can come
// before CLI11 has parsed --json (an unknown flag in front of it, --json before the subcommand).
// Everything after "--" belongs to the program of logon --run.
bool jsonRequested(int argc, const char* const* argv) {
    for (int i = 1; i < argc && argv[i] != nullptr; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--") return false;
        if (arg == "--json") return true;
        if (arg.starts_with("--json=")) {
            std::string value(arg.substr(7));
            std::transform(value.begin(), value.end(), value.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (value == "true" || value == "1" || value == "yes" || value == "on") return true;
        }
    }
    return false;
}

// A usage error: the reason and the usage line on stderr, and with --json also one JSON object on
// stdout, {"error": {"code": 2, "name": "usage", "message": reason}}.
int usageError(Streams& io, bool json, const std::string& who, const std::string& reason,
               const std::string& usage) {
    io.err << who << ": " << reason << '\n' << usage << '\n';
    if (json) {
        const nlohmann::json error{
            {"code", static_cast<int>(kExitUsage)}, {"name", "usage"}, {"message", reason}};
        io.out << dumpJson({{"error", error}}) << '\n';
    }
    return kExitUsage;
}

int parseAndRun(int argc, const char* const* argv, Streams& io);

}  // namespace

std::string dumpJson(const nlohmann::json& json) {
    return escapeJsonForTerminal(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

void setCapabilityDropping(bool enabled) noexcept { capabilityDropping = enabled; }

void Command::dropCapabilitiesExcept(const std::vector<std::string>& keep) {
    if (!capabilityDropping) return;
    std::vector<std::string> kept(keep);
    // Sanitizer builds only: LeakSanitizer's check at exit ptrace-attaches this process's own
    // threads, which in a non-dumpable or setuid-style process takes CAP_SYS_PTRACE.
    if (kLeakChecked) kept.emplace_back("CAP_SYS_PTRACE");
    auto dropped = dropPrivilegesExcept(kept);
    if (!dropped) {
        dropFailure_ = dropped.error();
        return;
    }
    droppedCapabilities_.insert(droppedCapabilities_.end(), dropped->begin(), dropped->end());
}

void Command::addPrivilegeHygiene(nlohmann::json& json) const {
    json["dropped_capabilities"] = droppedCapabilities_;
    auto kept = nlohmann::json::array();
    if (auto report = threadPrivileges()) {
        for (const auto& privilege : report->privileges) {
            if (privilege.held) kept.push_back(privilege.name);
        }
    }
    json["kept_capabilities"] = std::move(kept);
    if (dropFailure_) json["drop_error"] = toJson(*dropFailure_);
}

void Command::printPrivilegeHygiene(std::ostream& out) const {
    // Windows calls them privileges; the JSON keys keep one name for both.
    const bool windows = platformName() == "windows";
    if (dropFailure_)
        out << "warning: could not drop " << (windows ? "privileges" : "capabilities") << ": "
            << dropFailure_->summary() << '\n';
    if (droppedCapabilities_.empty()) return;
    out << (windows ? "Privileges" : "Capabilities") << ": dropped " << droppedCapabilities_.size()
        << " not needed for " << name() << " (";
    for (std::size_t i = 0; i < droppedCapabilities_.size(); ++i)
        out << (i ? ", " : "") << droppedCapabilities_[i];
    out << ").\n";
}

nlohmann::json toJson(const Error& error) {
    return {{"code", error.code},
            {"name", error.name},
            {"message", error.message},
            {"native", error.native},
            {"hint", error.hint}};
}

void printError(std::ostream& out, const Error& error) {
    out << "error: " << error.summary() << '\n';
    if (!error.native.empty()) out << "  native: " << error.native << '\n';
    if (!error.hint.empty()) out << "  hint:   " << error.hint << '\n';
}

int runCli(int argc, const char* const* argv, Streams& io) {
    // Every text the commands write passes through the terminal escaping, stderr too.
    int status = kExitFailed;
    {
        TerminalTextBuf outText(io.out.rdbuf());
        TerminalTextBuf errText(io.err.rdbuf());
        std::ostream out(&outText);
        std::ostream err(&errText);
        Streams escaped{io.in, out, err};
        status = parseAndRun(argc, argv, escaped);
        if (!outText.finish() || !out.good()) io.out.setstate(std::ios::badbit);
        if (!errText.finish() || !err.good()) io.err.setstate(std::ios::badbit);
    }
    return status;
}

namespace {

int parseAndRun(int argc, const char* const* argv, Streams& io) {
    const bool json = jsonRequested(argc, argv);
    auto commands = allCommands();
    CLI::App app{"TokenScope: logon, impersonation and privilege diagnostics", kProgram};
    app.require_subcommand(1, 1);
    app.set_help_all_flag("--help-all", "Show help for every subcommand");

    std::set<std::string> names;
    for (auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command->name(), command->summary());
        command->configure(*sub);
        names.insert(command->name());
    }

    // An unknown first word is an unknown subcommand, said plainly (CLI11 would call it an
    // unexpected argument).
    if (argc > 1) {
        const std::string first = argv[1];
        const bool help = first == "-h" || first == "--help" || first == "--help-all";
        if (!first.empty() && first[0] == '-' && !help) {
            return usageError(
                io, json, kProgram,
                "unknown option '" + oneLine(first.substr(0, 200)) + "' (options follow the subcommand)",
                usageLine(commands));
        }
        if (!first.empty() && first[0] != '-' && names.count(first) == 0) {
            return usageError(io, json, kProgram,
                              "unknown subcommand '" + oneLine(first.substr(0, 200)) + "'",
                              usageLine(commands));
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        io.out << app.help();
        return kExitOk;
    } catch (const CLI::CallForAllHelp&) {
        io.out << app.help("", CLI::AppFormatMode::All);
        return kExitOk;
    } catch (const CLI::ParseError& error) {
        // A subcommand's --help arrives here too.
        if (error.get_exit_code() == 0) {
            for (auto* sub : app.get_subcommands()) {
                io.out << sub->help();
                return kExitOk;
            }
            io.out << app.help();
            return kExitOk;
        }
        return usageError(io, json, kProgram, oneLine(error.what()), usageLine(commands));
    }

    for (auto& command : commands) {
        if (app.got_subcommand(command->name())) {
            try {
                return command->run(io);
            } catch (const UsageError& error) {
                return usageError(io, json, std::string(kProgram) + " " + command->name(),
                                  oneLine(error.what()), usageLine(commands));
            }
        }
    }
    return usageError(io, json, kProgram, "a subcommand is required", usageLine(commands));
}

}  // namespace

}  // namespace tokenscope::cli
