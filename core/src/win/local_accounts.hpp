// The local account database as explained access and the account check read it: an account's
// SID and kind (LookupAccountNameW) and its local groups, nested ones included
// (NetUserGetLocalGroups with LG_INCLUDE_INDIRECT), each with its SID.
#pragma once

#include <windows.h>

#include <string>
#include <vector>

namespace tokenscope::win {

struct LocalAccount {
    std::vector<BYTE> sid;
    std::wstring domain;  // the computer's name for a local account
    SID_NAME_USE use{};
};

// ERROR_SUCCESS, ERROR_NONE_MAPPED for an unknown name, or LookupAccountNameW's error.
[[nodiscard]] DWORD lookupAccount(const std::wstring& name, LocalAccount& account);

struct LocalGroup {
    std::string name;
    std::vector<BYTE> sid;  // empty when the name maps to no SID
};

// NetUserGetLocalGroups' status (NERR_Success = 0 when `groups` was filled).
[[nodiscard]] DWORD localGroupsOf(const std::wstring& user, std::vector<LocalGroup>& groups);

}  // namespace tokenscope::win
