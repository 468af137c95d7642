// The shape every tokenscope-cli subcommand shares: options, run, exit status.
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
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
};

// Every subcommand, in the order `--help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> allCommands();

// Parses argv and runs the chosen command; the whole program behind main().
int runCli(int argc, const char* const* argv, Streams& io);

// {"code","name","message","native","hint"}
[[nodiscard]] nlohmann::json toJson(const Error& error);
// Prints an error for a person: name, code, message, native detail and hint on their own lines.
void printError(std::ostream& out, const Error& error);

}  // namespace tokenscope::cli
