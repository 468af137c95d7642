#include "win/sid.hpp"

#include <sddl.h>

#include <vector>

#include "win/text.hpp"
#include "win/unique_handle.hpp"

namespace tokenscope::win {

std::string sidString(PSID sid) {
    if (sid == nullptr || !::IsValidSid(sid)) return {};
    wchar_t* text = nullptr;
    if (!::ConvertSidToStringSidW(sid, &text)) return {};
    const ScopedLocalMemory owner(text);
    return toUtf8(text);
}

std::string accountName(PSID sid) {
    if (sid == nullptr || !::IsValidSid(sid)) return {};
    DWORD nameLength = 0;
    DWORD domainLength = 0;
    SID_NAME_USE use{};
    ::LookupAccountSidW(nullptr, sid, nullptr, &nameLength, nullptr, &domainLength, &use);
    if (nameLength == 0) return {};
    std::vector<wchar_t> name(nameLength + 1);
    std::vector<wchar_t> domain(domainLength + 1);
    nameLength = static_cast<DWORD>(name.size());
    domainLength = static_cast<DWORD>(domain.size());
    if (!::LookupAccountSidW(nullptr, sid, name.data(), &nameLength, domain.data(), &domainLength, &use))
        return {};
    const std::string user = toUtf8(name.data());
    const std::string domainName = toUtf8(domain.data());
    return domainName.empty() ? user : domainName + "\\" + user;
}

SidBytes sidBytes(PSID sid) {
    if (sid == nullptr || !::IsValidSid(sid)) return {};
    const auto* bytes = static_cast<const BYTE*>(sid);
    return SidBytes(bytes, bytes + ::GetLengthSid(sid));
}

SidBytes sidBytes(std::string_view text) {
    PSID sid = nullptr;
    const std::wstring wide = toWide(text);
    if (!::ConvertStringSidToSidW(wide.c_str(), &sid)) return {};
    const ScopedLocalMemory owner(sid);
    return sidBytes(sid);
}

std::string sidLabel(PSID sid) {
    const std::string text = sidString(sid);
    const std::string name = accountName(sid);
    return name.empty() ? text : name + " (" + text + ")";
}

Principal principalFromSid(PSID sid) {
    Principal principal;
    principal.sid = sidString(sid);
    principal.name = accountName(sid);
    return principal;
}

}  // namespace tokenscope::win
