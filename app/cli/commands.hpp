// Factories of the subcommands, each defined in its own file.
#pragma once

#include <memory>

#include "command.hpp"

namespace tokenscope::cli {

std::unique_ptr<Command> makeWhoamiCommand();      // whoami_command.cpp
std::unique_ptr<Command> makePrivilegesCommand();  // privileges_command.cpp
std::unique_ptr<Command> makeLogonCommand();       // logon_command.cpp
std::unique_ptr<Command> makeConstCommand();       // const_command.cpp
std::unique_ptr<Command> makeErrorCommand();       // error_command.cpp

}  // namespace tokenscope::cli
