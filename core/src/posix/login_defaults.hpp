// What a login gives a user's processes besides ids: the file-creation mask (login.defs' UMASK,
// as login(1) and pam_umask apply it) and the resource limits (TokenScope's own at start-up, with
// /etc/security/limits.conf and limits.d applied as pam_limits does). A program run as the user
// gets these instead of the invoker's umask and TokenScope's RLIMIT_CORE of 0.
#pragma once

#include <sys/resource.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tokenscope::posix {

struct LoginAccount {
    std::string name;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string primaryGroupName;         // the name of gid ("" when it has none)
    std::vector<std::string> groupNames;  // every group the user is in, the primary one included
    std::string gecos;
};

// login.defs' UMASK (022 when unset or unreadable). With USERGROUPS_ENAB yes, a user other than
// root whose primary group has the user's name gets the owner bits for the group too (022 -> 002),
// as pam_umask's usergroups does; a "umask=" entry in the GECOS field wins, as pam_umask reads it.
[[nodiscard]] unsigned loginUmask(const LoginAccount& account,
                                  const std::string& loginDefs = "/etc/login.defs");

struct ResourceLimit {
    int resource = 0;       // RLIMIT_*
    const char* name = "";  // as limits.conf names it: "core", "nofile", …
    rlimit value{};
};

// Every limit a login gives the user: `base` (by resource; the limits TokenScope started with)
// overridden by the entries of `limitsConf` and then of `limitsDir`/*.conf (in name order) that
// apply to the user, as pam_limits decides: the user's own entries win over group entries, which
// win over "*"; among equals the last wins; group and "*" entries never apply to root; a soft limit
// above the hard one is lowered to it.
[[nodiscard]] std::vector<ResourceLimit> loginLimits(
    const LoginAccount& account, const std::vector<ResourceLimit>& base,
    const std::string& limitsConf = "/etc/security/limits.conf",
    const std::string& limitsDir = "/etc/security/limits.d");

// The limits of the calling process for every resource limits.conf can set, RLIMIT_CORE as it was
// before keepSecretsOutOfCrashDumps() lowered it.
[[nodiscard]] std::vector<ResourceLimit> startupLimits();

// Called by keepSecretsOutOfCrashDumps() with the RLIMIT_CORE it is about to replace.
void rememberStartupCoreLimit(const rlimit& limit) noexcept;

// "unlimited" or the number in the kernel's units (bytes, seconds), as /proc/PID/limits shows it.
[[nodiscard]] std::string limitText(const ResourceLimit& limit, bool soft);

}  // namespace tokenscope::posix
