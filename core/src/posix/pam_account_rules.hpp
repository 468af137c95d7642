// What the rules in a PAM service's account stack say about one user, read from their files:
// pam_access's access.conf (the first rule whose user field matches the user and whose origin
// field matches a check without a remote host or terminal, as pam_acct_mgmt by itself is) and
// pam_succeed_if's conditions (user, uid, gid, shell, home with their operators). pam_acct_mgmt
// says only "Permission denied"; these name the line that decided.
#pragma once

#include <string>
#include <vector>

#include "posix/user_database.hpp"

namespace tokenscope::posix {

// The account and the names of the groups a login gives it (primary included).
struct PamAccountUser {
    Account account;
    std::vector<std::string> groups;
};

struct PamAccountRule {
    std::string module;  // "pam_access", "pam_succeed_if"
    std::string where;   // "/etc/pam.d/S line 3", "/etc/security/access.conf line 12"
    bool refuses = false;
    std::string text;    // "/etc/security/access.conf line 12 '-:tsuser:ALL' refuses tsuser (pam_access, first match)"
};

// Reads /etc/pam.d/SERVICE (`pamDirectory` for tests), following @include, include and substack,
// and returns one entry per pam_access or pam_succeed_if account line that has something to say.
[[nodiscard]] std::vector<PamAccountRule> pamAccountRules(const std::string& service, const PamAccountUser& user,
                                                          const std::string& pamDirectory = "/etc/pam.d");

}  // namespace tokenscope::posix
