// Security identifiers as people read them: "S-1-5-32-544" and "BUILTIN\\Administrators".
#pragma once

#include <windows.h>

#include <string>

#include "tokenscope/identity.hpp"

namespace tokenscope::win {

// "S-1-5-18"; "" for an invalid SID.
[[nodiscard]] std::string sidString(PSID sid);
// "DOMAIN\\name" (or "name" when the domain is empty) from LookupAccountSidW; "" when no
// account maps (a logon SID, a deleted account).
[[nodiscard]] std::string accountName(PSID sid);
// A Principal with the SID and, when one maps, the account name.
[[nodiscard]] Principal principalFromSid(PSID sid);

}  // namespace tokenscope::win
