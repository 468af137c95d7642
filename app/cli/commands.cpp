// The registry of subcommands: one line per command, one file per command.
#include "command.hpp"
#include "commands.hpp"

namespace tokenscope::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeWhoamiCommand());
    commands.push_back(makePrivilegesCommand());
    commands.push_back(makeLogonCommand());
    commands.push_back(makeConstCommand());
    commands.push_back(makeErrorCommand());
    commands.push_back(makePsCommand());
    commands.push_back(makeDiffCommand());
    commands.push_back(makeAccessCommand());
    commands.push_back(makeAccountCommand());
    return commands;
}

}  // namespace tokenscope::cli
