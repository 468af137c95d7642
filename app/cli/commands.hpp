// Factories of the subcommands, each defined in its own file.
#pragma once

#include <memory>

#include "command.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope::cli {

std::unique_ptr<Command> makeWhoamiCommand();      // whoami_command.cpp
std::unique_ptr<Command> makePrivilegesCommand();  // privileges_command.cpp
std::unique_ptr<Command> makeLogonCommand();       // logon_command.cpp
std::unique_ptr<Command> makeConstCommand();       // const_command.cpp
std::unique_ptr<Command> makeErrorCommand();       // error_command.cpp
std::unique_ptr<Command> makePsCommand();          // ps_command.cpp
std::unique_ptr<Command> makeDiffCommand();        // diff_command.cpp
std::unique_ptr<Command> makeAccessCommand();      // access_command.cpp
std::unique_ptr<Command> makeAccountCommand();     // account_command.cpp

// The "token" object of `logon --json` (logon_command.cpp). POSIX: {"uid", "gid", "groups":
// [{"id", "name"}], "home", "steps", "messages"}. Windows: {"user", "sid", "group", "group_sid",
// "groups": [{"id" (a SID), "name", "attributes"}], "details", "steps", "messages"}, read from
// the token itself.
[[nodiscard]] nlohmann::json logonTokenJson(const LogonToken& token);


}  // namespace tokenscope::cli
