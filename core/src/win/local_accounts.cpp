#include "win/local_accounts.hpp"

// clang-format off
#include <lm.h>
// clang-format on

#include "win/text.hpp"

namespace tokenscope::win {

DWORD lookupAccount(const std::wstring& name, LocalAccount& account) {
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sid;
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use{};
    if (!::LookupAccountNameW(nullptr, name.c_str(), sid, &sidSize, domain, &domainSize, &use)) return ::GetLastError();
    account.sid.assign(sid, sid + ::GetLengthSid(sid));
    account.domain = domain;
    account.use = use;
    return ERROR_SUCCESS;
}

DWORD localGroupsOf(const std::wstring& user, std::vector<LocalGroup>& groups) {
    BYTE* buffer = nullptr;
    DWORD read = 0, total = 0;
    const NET_API_STATUS status = ::NetUserGetLocalGroups(nullptr, user.c_str(), 0, LG_INCLUDE_INDIRECT, &buffer,
                                                          MAX_PREFERRED_LENGTH, &read, &total);
    if (status == NERR_Success) {
        const auto* entries = reinterpret_cast<const LOCALGROUP_USERS_INFO_0*>(buffer);
        for (DWORD i = 0; i < read; ++i) {
            LocalGroup group{toUtf8(entries[i].lgrui0_name), {}};
            LocalAccount account;
            if (lookupAccount(entries[i].lgrui0_name, account) == ERROR_SUCCESS) group.sid = std::move(account.sid);
            groups.push_back(std::move(group));
        }
    }
    if (buffer != nullptr) ::NetApiBufferFree(buffer);
    return status;
}

}  // namespace tokenscope::win
