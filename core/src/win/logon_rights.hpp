// Logon rights judged the way the LSA judges them at logon: for a logon type, the deny right held
// by any SID the logon puts in the token refuses it; otherwise the allow right must be held by
// one of them; without it the logon fails with ERROR_LOGON_TYPE_NOT_GRANTED (1385). Pure logic
// over what LsaEnumerateAccountRights answered, so it is tested without an LSA that keeps rights.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tokenscope/account.hpp"

namespace tokenscope::win {

// One logon type's rights and the SID a logon of that type adds to the token.
struct RightPair {
    const char* type;
    const wchar_t* allow;
    const wchar_t* deny;
    const wchar_t* typeSid;  // INTERACTIVE, NETWORK, BATCH, SERVICE, REMOTE INTERACTIVE LOGON
};

// interactive, network, batch, service, remote_interactive.
[[nodiscard]] const std::vector<RightPair>& logonRightPairs();

// The pair a logon type ("unlock" is judged as interactive, "network_cleartext" as network) is
// judged by; nullptr for new_credentials, which asks for no logon right.
[[nodiscard]] const RightPair* rightPairFor(const std::string& type);

// A SID as a person reads it and the rights the LSA gives it.
struct RightsHolder {
    std::string label;
    std::set<std::wstring> rights;
};

// For every pair: who holds the allow and the deny right among `common` (the SIDs every logon
// adds) and `byType[i]` (pair i's own logon SID), and whether the logon type is allowed.
[[nodiscard]] std::vector<LogonRightStatus> judgeLogonRights(const std::vector<RightsHolder>& common,
                                                             const std::vector<RightsHolder>& byType);

// Why a logon of `type` is refused, if it is: the deny right and who holds it, or the allow
// right nobody of the account holds (and who does: `allowHolders`).
[[nodiscard]] std::optional<AccountReason> logonRightRefusal(const LogonRightStatus& status, const std::string& type,
                                                             const std::vector<std::string>& allowHolders);

}  // namespace tokenscope::win
