// The shape every tokenscope-cli subcommand shares: options, run, exit status.
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope::cli {

// The contract's exit statuses.
enum ExitStatus : int {
    kExitOk = 0,      // the operation succeeded
    kExitFailed = 1,  // refused or failed: wrong password, privilege not held, nothing found
    kExitUsage = 2,   // bad usage: unknown flag or subcommand, bad value, no way to read a password
};

// Where a command reads and writes; tests may point these elsewhere.
struct Streams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

// A usage problem found after parsing (a bad --type value, no terminal for the password, …).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string summary() const = 0;
    // Adds the command's options to its CLI11 subcommand.
    virtual void configure(CLI::App& app) = 0;
    // Runs after a successful parse; returns an ExitStatus. May throw UsageError.
    virtual int run(Streams& io) = 0;

protected:
    bool json_ = false;
    void addJsonFlag(CLI::App& app) { app.add_flag("--json", json_, "Print one JSON object instead of text"); }

    // Least privilege: removes every capability but `keep` from the calling thread (Windows: every
    // privilege from the process token; `keep` may name both kinds), for good, and
    // remembers the names removed for "dropped_capabilities" (JSON) and the closing note (text).
    // Call it on the main thread before starting threads. Failure is reported, not fatal.
    void dropCapabilitiesExcept(const std::vector<std::string>& keep);
    // {"dropped_capabilities": [...]} merged into `json`.
    void addPrivilegeHygiene(nlohmann::json& json) const;
    // "Capabilities: dropped …" for the text output; nothing when nothing was dropped.
    void printPrivilegeHygiene(std::ostream& out) const;

    std::vector<std::string> droppedCapabilities_;
    std::optional<Error> dropFailure_;
};

// The CLI drops the capabilities an action does not need (see Command::dropCapabilitiesExcept).
// In-process callers that must keep their own (fuzzers, tests calling runCli) turn it off.
void setCapabilityDropping(bool enabled) noexcept;

// Every subcommand, in the order `--help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> allCommands();

// Parses argv and runs the chosen command; the whole program behind main().
int runCli(int argc, const char* const* argv, Streams& io);

// The one JSON object a command prints, indented. Text that is not valid UTF-8 (user names,
// paths, PAM messages are bytes on Linux) has each bad byte replaced by U+FFFD instead of
// throwing.
[[nodiscard]] std::string dumpJson(const nlohmann::json& json);

// {"code","name","message","native","hint"}
[[nodiscard]] nlohmann::json toJson(const Error& error);
// Prints an error for a person: name, code, message, native detail and hint on their own lines.
void printError(std::ostream& out, const Error& error);

}  // namespace tokenscope::cli
