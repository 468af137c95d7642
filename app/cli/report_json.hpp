// The JSON of whoami's and privileges' reports, shared by the CLI and the GUI's process browser
// (which saves a process's token in the same form, for `diff` and for comparing later).
#pragma once

#include <nlohmann/json.hpp>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope::cli {

// whoami's "process" or "thread" object: {"user", "uid" | "sid", "group", "gid" | "group_sid",
// "groups": [{"id", "name", "attributes" (Windows)}], "uids", "gids" (POSIX), "details" (Windows),
// and for a thread "impersonating" and "impersonation_level"}.
[[nodiscard]] nlohmann::json identityJson(const Identity& identity, bool thread);

// `whoami --pid N --json` without "platform": {"pid", "parent", "name", "executable" (null when
// unreadable), "command_line", "state", "zombie", "kernel_thread", "process" (the identity keys
// of whoami's "process"), "threads": [{"tid", the identity keys of whoami's "thread",
// "impersonating"}], "impersonating_threads", "partial", "notes"}.
[[nodiscard]] nlohmann::json processJson(const ProcessToken& process);

// One entry of privileges' "privileges": {"name", "value", "description", "held", "enabled",
// "needed_for"} and the POSIX sets ("permitted", "effective", "inheritable", "bounding",
// "ambient") or Windows' "enabled_by_default".
[[nodiscard]] nlohmann::json privilegeJson(const Privilege& privilege, bool posix);

// A process's whole token in one report: processJson's keys, "platform", and those of
// `privileges --all --json` ("all": true, "privileges", "can_impersonate",
// "missing_for_impersonation", "verdict"). `diff` and the process browser read it back.
[[nodiscard]] nlohmann::json processReportJson(const ProcessToken& process);

}  // namespace tokenscope::cli
