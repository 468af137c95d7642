// Security identifiers as people read them: "S-1-5-32-544" and "BUILTIN\\Administrators".
#pragma once

#include <windows.h>

#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"

namespace tokenscope::win {

// "S-1-5-18"; "" for an invalid SID.
[[nodiscard]] std::string sidString(PSID sid);
// "DOMAIN\\name" (or "name" when the domain is empty) from LookupAccountSidW; "" when no
// account maps (a logon SID, a deleted account).
[[nodiscard]] std::string accountName(PSID sid);
// A SID held by value (the bytes of a SID structure), for lists that outlive the buffer it came in.
using SidBytes = std::vector<BYTE>;
// A copy of `sid`; empty for an invalid one.
[[nodiscard]] SidBytes sidBytes(PSID sid);
// The SID written "S-1-5-32-545"; empty when the text is not one.
[[nodiscard]] SidBytes sidBytes(std::string_view text);
// "BUILTIN\\Users (S-1-5-32-545)", or the string form alone when no account maps.
[[nodiscard]] std::string sidLabel(PSID sid);

// A Principal with the SID and, when one maps, the account name.
[[nodiscard]] Principal principalFromSid(PSID sid);

}  // namespace tokenscope::win
