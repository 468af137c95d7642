// Why can't this account log on? Asked without its password: does it exist, is it locked or
// expired, must its password change, is its shell one that refuses logins, does /etc/nologin
// stop it, and what the account phase of a PAM service says (pam_acct_mgmt, as `pamtester SERVICE
// USER acct_mgmt` runs it: pam_unix's expiry checks, pam_access, pam_nologin, pam_succeed_if, …).
// Windows: NetUserGetInfo (disabled, locked out, expired, password expired) and the logon rights
// the LSA gives the account and each of its groups, for every logon type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope {

// One thing that stops (or would stop) the account from logging on. Codes: "no_such_user",
// "locked", "no_password", "account_expired", "password_expired", "password_must_change",
// "password_inactive", "nologin_shell", "nologin_file", "pam_refused"; on Windows also "disabled",
// "locked_out", "logon_type_not_granted" (ERROR_LOGON_TYPE_NOT_GRANTED, 1385).
struct AccountReason {
    std::string code;
    std::string text;
};

// Windows: one logon type's pair of rights, and which of the account's SIDs hold each. The deny
// right wins over the allow right; without the allow right on any of them the logon fails with
// ERROR_LOGON_TYPE_NOT_GRANTED.
struct LogonRightStatus {
    std::string logonType;   // "interactive", "network", "batch", "service", "remote_interactive"
    std::string allowRight;  // "SeInteractiveLogonRight"
    std::string denyRight;   // "SeDenyInteractiveLogonRight"
    bool allowed = false;
    std::vector<std::string> allowedVia;  // the account or groups holding allowRight ("BUILTIN\\Users")
    std::vector<std::string> deniedVia;   // the account or groups holding denyRight
};

struct AccountStatus {
    std::string user;
    std::string service;  // the PAM service asked; on Windows the logon type judged ("interactive")
    bool exists = false;
    bool canLogOn = false;  // no reason refuses it
    std::optional<std::uint32_t> uid, gid;
    std::string home, shell;
    std::vector<std::string> groups;  // names (or ids) of the groups a login gives
    // The password's state as `passwd -S` shows it: "usable" (P), "locked" (L), "none" (NP);
    // empty when the shadow entry could not be read (not root).
    std::string passwordState;
    // Days since 1970-01-01, as /etc/shadow keeps them; nullopt when not set.
    std::optional<long> lastChange, maxDays, inactiveDays, expires;
    // pam_acct_mgmt's answer: "PAM_SUCCESS", "PAM_ACCT_EXPIRED", "PAM_PERM_DENIED", … and the
    // messages the modules gave; empty when PAM was not asked.
    std::string pamResult;
    std::string pamText;  // pam_strerror's words for it ("Authentication token is no longer valid; new one required")
    std::vector<std::string> pamMessages;
    // What the account stack's pam_access and pam_succeed_if lines say about the user, read from
    // their files: "/etc/security/access.conf line 12 '-:tsuser:ALL' refuses tsuser (…)".
    std::vector<std::string> pamRules;
    // Windows: the account's SID, the SIDs whose rights count ("BUILTIN\\Users (S-1-5-32-545)"), the
    // NetUserGetInfo flags that matter ("disabled", "locked_out", "password_expired", …) and the
    // logon rights per type; empty when the LSA keeps no rights (Wine) or on Linux.
    std::string sid;
    std::vector<std::string> flags;
    std::vector<LogonRightStatus> logonRights;
    std::vector<AccountReason> reasons;
    std::vector<std::string> notes;  // what could not be checked, and why
};

// Checks `user` against the account database and the account phase of PAM service `service`
// ("login" when empty). On Windows `service` names the logon type judged ("interactive" when
// empty; see parseLogonType). Never asks for or uses a password; never opens a session.
[[nodiscard]] Result<AccountStatus> checkAccount(const std::string& user, const std::string& service);

}  // namespace tokenscope
