// Why can't this account log on (Windows), asked without its password: LookupAccountNameW (does it
// exist), NetUserGetInfo (disabled, locked out, expired, password expired, logon hours,
// workstations) and the logon rights: LsaEnumerateAccountRights for the account and for every SID
// a logon would put in its token (its local groups, Everyone, Authenticated Users, Local account,
// the logon type's own SID), so ERROR_LOGON_TYPE_NOT_GRANTED (1385) is answered with the right and
// the SID that holds (or lacks) it. Nothing is changed and no logon is made.
#include <windows.h>
// clang-format off
#include <lm.h>
#include <ntsecapi.h>
#include <sddl.h>
// clang-format on

#include <algorithm>
#include <ctime>
#include <set>
#include <string>
#include <vector>

#include "tokenscope/account.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"
#include "win/local_accounts.hpp"
#include "win/logon.hpp"
#include "win/logon_rights.hpp"
#include "win/sid.hpp"
#include "win/text.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

#ifndef STATUS_OBJECT_NAME_NOT_FOUND
constexpr NTSTATUS STATUS_OBJECT_NAME_NOT_FOUND = static_cast<NTSTATUS>(0xC0000034L);
#endif
#ifndef STATUS_NO_MORE_ENTRIES
constexpr NTSTATUS STATUS_NO_MORE_ENTRIES = static_cast<NTSTATUS>(0x8000001AL);
#endif

struct NetBuffer {
    BYTE* data = nullptr;
    NetBuffer() = default;
    NetBuffer(const NetBuffer&) = delete;
    NetBuffer& operator=(const NetBuffer&) = delete;
    ~NetBuffer() {
        if (data != nullptr) ::NetApiBufferFree(data);
    }
};

struct LsaBuffer {
    void* data = nullptr;
    LsaBuffer() = default;
    LsaBuffer(const LsaBuffer&) = delete;
    LsaBuffer& operator=(const LsaBuffer&) = delete;
    ~LsaBuffer() {
        if (data != nullptr) ::LsaFreeMemory(data);
    }
};

struct LsaPolicy {
    LSA_HANDLE handle = nullptr;
    LsaPolicy() = default;
    LsaPolicy(const LsaPolicy&) = delete;
    LsaPolicy& operator=(const LsaPolicy&) = delete;
    ~LsaPolicy() {
        if (handle != nullptr) ::LsaClose(handle);
    }
};

using win::SidBytes;

// A SID whose rights count, with the words a person reads.
struct Holder {
    SidBytes sid;
    std::string label;  // "BUILTIN\\Users (S-1-5-32-545)"
};

Holder holderOf(SidBytes sid) {
    Holder holder{std::move(sid), {}};
    holder.label = win::sidLabel(holder.sid.data());
    return holder;
}

Holder holderOf(std::string_view sid) { return holderOf(win::sidBytes(sid)); }

std::string lsaStatusText(NTSTATUS status) {
    const std::string number = win::hex(static_cast<unsigned long>(status));
    if (status == STATUS_OBJECT_NAME_NOT_FOUND) return "STATUS_OBJECT_NAME_NOT_FOUND (" + number + ")";
    if (status == STATUS_NO_MORE_ENTRIES) return "STATUS_NO_MORE_ENTRIES (" + number + ")";
    const ULONG code = ::LsaNtStatusToWinError(status);
    const std::string_view name = win32ErrorName(code);
    return "NTSTATUS " + number + " (" + (name.empty() ? "Win32 error " + std::to_string(code) : std::string(name)) + ")";
}

// The rights one SID holds (none when it holds none directly; a failure is noted).
std::set<std::wstring> rightsOf(LSA_HANDLE policy, const Holder& holder, std::vector<std::string>& notes) {
    std::set<std::wstring> rights;
    LsaBuffer buffer;
    ULONG count = 0;
    auto* sid = const_cast<BYTE*>(holder.sid.data());
    PLSA_UNICODE_STRING list = nullptr;
    const NTSTATUS status = ::LsaEnumerateAccountRights(policy, sid, &list, &count);
    buffer.data = list;
    if (status == STATUS_OBJECT_NAME_NOT_FOUND) return rights;  // holds no right directly
    if (status != 0) {
        notes.push_back("LsaEnumerateAccountRights(" + holder.label + ") failed: " + lsaStatusText(status));
        return rights;
    }
    for (ULONG i = 0; i < count; ++i)
        rights.emplace(list[i].Buffer, list[i].Length / sizeof(wchar_t));
    return rights;
}

// Who holds `right` on this machine (for the text: "held by BUILTIN\\Administrators, …").
std::vector<std::string> holdersOf(LSA_HANDLE policy, const wchar_t* right, NTSTATUS& status) {
    std::vector<std::string> names;
    LSA_UNICODE_STRING name;
    name.Buffer = const_cast<wchar_t*>(right);
    name.Length = name.MaximumLength = static_cast<USHORT>(wcslen(right) * sizeof(wchar_t));
    LsaBuffer buffer;
    ULONG count = 0;
    void* list = nullptr;
    status = ::LsaEnumerateAccountsWithUserRight(policy, &name, &list, &count);
    buffer.data = list;
    if (status != 0) return names;
    const auto* entries = static_cast<const LSA_ENUMERATION_INFORMATION*>(list);
    for (ULONG i = 0; i < count; ++i) {
        names.push_back(win::sidLabel(entries[i].Sid));
    }
    return names;
}

std::string dateText(DWORD secondsSince1970) {
    const std::time_t when = static_cast<std::time_t>(secondsSince1970);
    std::tm utc{};
    gmtime_s(&utc, &when);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &utc);
    return buffer;
}

void addReason(AccountStatus& status, std::string code, std::string text) {
    status.reasons.push_back({std::move(code), std::move(text)});
}

// NetUserGetInfo level 4 (level 1 when the system answers only that, as Wine does).
void readUserInfo(AccountStatus& status, const std::wstring& user) {
    NetBuffer buffer;
    DWORD flags = 0;
    NET_API_STATUS result = ::NetUserGetInfo(nullptr, user.c_str(), 4, &buffer.data);
    if (result == NERR_Success) {
        const auto* info = reinterpret_cast<const USER_INFO_4*>(buffer.data);
        flags = info->usri4_flags;
        if (info->usri4_home_dir != nullptr) status.home = win::toUtf8(info->usri4_home_dir);
        if (info->usri4_acct_expires != TIMEQ_FOREVER) {
            status.expires = static_cast<long>(info->usri4_acct_expires / 86400);
            if (static_cast<std::time_t>(info->usri4_acct_expires) <= std::time(nullptr))
                addReason(status, "account_expired",
                          "the account expired on " + dateText(info->usri4_acct_expires) +
                              " (ERROR_ACCOUNT_EXPIRED, 1793)");
        }
        if (info->usri4_password_expired != 0) {
            status.flags.push_back("password_expired");
            addReason(status, "password_expired",
                      "the password has expired: it must be changed before a logon (ERROR_PASSWORD_EXPIRED, 1330)");
        }
        if (info->usri4_logon_hours != nullptr) {
            // 168 bits, one per hour of the week from Sunday 00:00 UTC.
            const std::time_t now = std::time(nullptr);
            std::tm utc{};
            gmtime_s(&utc, &now);
            const int hour = utc.tm_wday * 24 + utc.tm_hour;
            if ((info->usri4_logon_hours[hour / 8] & (1u << (hour % 8))) == 0)
                addReason(status, "logon_hours",
                          "the account's logon hours do not include this hour (ERROR_INVALID_LOGON_HOURS, 1328)");
        }
        if (info->usri4_workstations != nullptr && info->usri4_workstations[0] != L'\0')
            status.notes.push_back("the account may log on only at: " + win::toUtf8(info->usri4_workstations));
    } else {
        const NET_API_STATUS level4 = result;
        NetBuffer basic;
        result = ::NetUserGetInfo(nullptr, user.c_str(), 1, &basic.data);
        if (result != NERR_Success) {
            status.notes.push_back("NetUserGetInfo does not know the account (status " + std::to_string(result) +
                                   (result == NERR_UserNotFound ? ", NERR_UserNotFound" : "") +
                                   "): it is not in this computer's account database (a domain account), so "
                                   "disabled, locked out and expiry are not checked");
            return;
        }
        const auto* info = reinterpret_cast<const USER_INFO_1*>(basic.data);
        flags = info->usri1_flags;
        if (info->usri1_home_dir != nullptr) status.home = win::toUtf8(info->usri1_home_dir);
        status.notes.push_back("NetUserGetInfo answered level 1 only (level 4: status " + std::to_string(level4) +
                               "): account expiry, password expiry and logon hours are not checked");
    }
    if ((flags & UF_ACCOUNTDISABLE) != 0) {
        status.flags.push_back("disabled");
        addReason(status, "disabled", "the account is disabled (ERROR_ACCOUNT_DISABLED, 1331)");
    }
    if ((flags & UF_LOCKOUT) != 0) {
        status.flags.push_back("locked_out");
        addReason(status, "locked_out",
                  "the account is locked out after too many wrong passwords (ERROR_ACCOUNT_LOCKED_OUT, 1909)");
    }
    if ((flags & UF_PASSWD_NOTREQD) != 0) status.flags.push_back("password_not_required");
    if ((flags & UF_DONT_EXPIRE_PASSWD) != 0) status.flags.push_back("password_never_expires");
}

// The SIDs a logon of any type puts in the token besides the type's own: the account, its local
// groups (nested ones included), Everyone, Authenticated Users and, for a local account, Local
// account (and Local account and member of Administrators).
std::vector<Holder> holdersFor(AccountStatus& status, const SidBytes& user, const std::wstring& userName, bool local) {
    std::vector<Holder> holders{holderOf(user)};
    bool administrator = false;
    std::vector<win::LocalGroup> groups;
    if (const DWORD result = win::localGroupsOf(userName, groups); result == NERR_Success) {
        for (auto& group : groups) {
            status.groups.push_back(group.name);
            if (group.sid.empty()) {
                status.notes.push_back("the group " + group.name + " has no SID: its rights are not counted");
                continue;
            }
            if (win::sidString(group.sid.data()) == "S-1-5-32-544") administrator = true;
            holders.push_back(holderOf(std::move(group.sid)));
        }
    } else {
        status.notes.push_back("NetUserGetLocalGroups failed (status " + std::to_string(result) +
                               "): the rights of the account's groups are not counted");
    }
    holders.push_back(holderOf("S-1-1-0"));   // Everyone
    holders.push_back(holderOf("S-1-5-11"));  // Authenticated Users
    if (local) {
        holders.push_back(holderOf("S-1-5-113"));  // Local account
        if (administrator) holders.push_back(holderOf("S-1-5-114"));
    }
    return holders;
}

}  // namespace

Result<AccountStatus> checkAccount(const std::string& user, const std::string& service) {
    if (user.empty() || user.size() > 256 || user.find('\0') != std::string::npos)
        return makeError(win32::kInvalidAccountName, "the account name is empty, too long or holds a NUL",
                         "Name a local account (\"tsuser\", \".\\\\tsuser\") or DOMAIN\\\\user.");
    AccountStatus status;
    status.user = user;
    status.service = service.empty() ? "interactive" : service;
    if (status.service != "remote_interactive") {
        auto type = parseLogonType(status.service);
        if (!type) return type.error();
        status.service = std::string(logonTypeInfo(*type).shortName);
    }

    // "DOMAIN\\name", ".\\name" or "name".
    std::wstring wide = win::toWide(user);
    std::wstring account = wide;
    if (const auto slash = wide.find(L'\\'); slash != std::wstring::npos) {
        account = wide.substr(slash + 1);
        if (wide.compare(0, slash, L".") == 0) wide = account;
    }
    win::LocalAccount found;
    if (const DWORD code = win::lookupAccount(wide, found); code != ERROR_SUCCESS) {
        if (code != ERROR_NONE_MAPPED) return win::win32Error(code, "LookupAccountNameW");
        addReason(status, "no_such_user", "no account is named " + user + " (ERROR_NONE_MAPPED, 1332)");
        return status;
    }
    if (found.use != SidTypeUser) {
        addReason(status, "no_such_user",
                  user + " names a group or alias, not an account that can log on (LookupAccountNameW)");
        return status;
    }
    status.exists = true;
    status.sid = win::sidString(found.sid.data());
    const SidBytes userSid = found.sid;

    wchar_t computer[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD computerSize = MAX_COMPUTERNAME_LENGTH + 1;
    const bool local = ::GetComputerNameW(computer, &computerSize) && _wcsicmp(computer, found.domain.c_str()) == 0;
    if (local) {
        readUserInfo(status, account);
    } else {
        status.notes.push_back("a domain account (" + win::toUtf8(found.domain) +
                               "): disabled, locked out and expiry are kept by the domain controller and not "
                               "checked here");
    }

    // The logon rights: the account's and those of every SID a logon adds.
    const auto holders = holdersFor(status, userSid, account, local);
    LSA_OBJECT_ATTRIBUTES attributes{};
    LsaPolicy policy;
    const NTSTATUS opened =
        ::LsaOpenPolicy(nullptr, &attributes, POLICY_LOOKUP_NAMES | POLICY_VIEW_LOCAL_INFORMATION, &policy.handle);
    if (opened != 0) {
        status.notes.push_back("LsaOpenPolicy failed (" + lsaStatusText(opened) + "): the logon rights are not checked");
    } else {
        // Windows always gives someone the interactive right (Administrators at least). A database
        // where nobody holds it keeps no rights at all (Wine): judging by it would refuse everyone.
        NTSTATUS held = 0;
        const auto interactiveHolders = holdersOf(policy.handle, L"SeInteractiveLogonRight", held);
        if (held != 0 || interactiveHolders.empty()) {
            std::string note = "the LSA reports no account holding SeInteractiveLogonRight (" +
                               (held != 0 ? lsaStatusText(held) : std::string("an empty list")) +
                               "), so it keeps no logon rights";
            if (win::runningUnderWine())
                note += ": Wine " + win::wineVersion() +
                        " does not implement them (LsaEnumerateAccountRights answers STATUS_OBJECT_NAME_NOT_FOUND "
                        "for every account)";
            status.notes.push_back(note + "; the logon rights are not judged");
        } else {
            std::vector<win::RightsHolder> common, byType;
            for (const auto& holder : holders) common.push_back({holder.label, rightsOf(policy.handle, holder, status.notes)});
            for (const auto& pair : win::logonRightPairs()) {
                const auto typeHolder = holderOf(win::toUtf8(pair.typeSid));
                byType.push_back({typeHolder.label, rightsOf(policy.handle, typeHolder, status.notes)});
            }
            status.logonRights = win::judgeLogonRights(common, byType);
        }
    }

    if (const win::RightPair* judged = win::rightPairFor(status.service); judged != nullptr) {
        for (const auto& entry : status.logonRights) {
            if (entry.logonType != judged->type || entry.allowed) continue;
            NTSTATUS held = 0;
            const auto allowHolders = entry.deniedVia.empty() ? holdersOf(policy.handle, judged->allow, held)
                                                              : std::vector<std::string>{};
            if (auto refusal = win::logonRightRefusal(entry, status.service, allowHolders))
                status.reasons.push_back(std::move(*refusal));
        }
    } else {
        status.notes.push_back("a " + status.service + " logon asks for no logon right");
    }
    status.canLogOn = status.reasons.empty();
    return status;
}

}  // namespace tokenscope
