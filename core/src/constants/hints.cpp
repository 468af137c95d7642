// Remediation hints, written by hand, for the Win32 errors that logon, impersonation and
// privileges meet. The names and messages come from the generated database; only what to try
// next is ours. NTSTATUS and HRESULT values reach these through their Win32 equivalent.
#include <array>
#include <cstdint>
#include <string_view>

#include "tokenscope/constants.hpp"

namespace tokenscope {
namespace {

struct Hint {
    std::uint32_t code;
    std::string_view text;
};

constexpr std::array kHints{
    Hint{5, "ERROR_ACCESS_DENIED: the token lacks the access right. Check the object's DACL for this user and "
            "the access mask asked for (a token opened without TOKEN_ADJUST_PRIVILEGES cannot adjust privileges; "
            "an Identification-level impersonation token cannot open anything)."},
    Hint{6, "ERROR_INVALID_HANDLE: the handle is closed, of the wrong type or a placeholder (Wine's LogonUserW "
            "returns a fake token handle). Check the call that produced it."},
    Hint{87, "ERROR_INVALID_PARAMETER: check the logon type and provider pair (LOGON32_LOGON_NEW_CREDENTIALS "
             "needs LOGON32_PROVIDER_WINNT50) and the flags passed."},
    Hint{1008, "ERROR_NO_TOKEN: the thread is not impersonating, so it has no thread token. Open the process "
               "token instead, or impersonate first."},
    Hint{1300, "ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges returned TRUE but did not enable every privilege: "
               "the token does not hold it. Grant the right in Local Security Policy (User Rights Assignment), "
               "then log off and on again, or run elevated."},
    Hint{1311, "ERROR_NO_LOGON_SERVERS: no domain controller answered. Check network access to the domain, DNS, "
               "and the domain name; a local account needs the computer name or '.' as the domain."},
    Hint{1312, "ERROR_NO_SUCH_LOGON_SESSION: the logon session ended (the user logged off or the token was "
               "closed). Log on again."},
    Hint{1313, "ERROR_NO_SUCH_PRIVILEGE: the privilege name is misspelled or unknown to this system (names are "
               "like SeImpersonatePrivilege; logon rights such as SeBatchLogonRight are not privileges)."},
    Hint{1314, "ERROR_PRIVILEGE_NOT_HELD: the caller lacks a privilege the call needs (for example "
               "SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege to start a process as another user, "
               "SeTcbPrivilege only on Windows 2000 for LogonUser). Grant it in User Rights Assignment, log on "
               "again, and enable it in the token."},
    Hint{1315, "ERROR_INVALID_ACCOUNT_NAME: the user name is malformed. Use 'user' with a separate domain, "
               "'DOMAIN\\user' or 'user@domain.example', without surrounding spaces."},
    Hint{1317, "ERROR_NO_SUCH_USER: the account does not exist in that domain. Check the spelling and which "
               "domain (or '.' for the local machine) is asked."},
    Hint{1326, "ERROR_LOGON_FAILURE: the user name or password is wrong (Windows does not say which, on "
               "purpose). Check the domain ('.' for a local account), keyboard layout and Caps Lock; repeated "
               "failures can lock the account out."},
    Hint{1327, "ERROR_ACCOUNT_RESTRICTION: an account restriction applies, typically a blank password used for "
               "a network logon, or allowed workstations or hours. Set a password or relax the restriction."},
    Hint{1328, "ERROR_INVALID_LOGON_HOURS: the account may not log on at this time of day. Check its logon hours "
               "in Active Directory."},
    Hint{1329, "ERROR_INVALID_WORKSTATION: the account may not log on from this computer. Add it to the "
               "account's 'Log On To' list."},
    Hint{1330, "ERROR_PASSWORD_EXPIRED: the password has expired. Change it (interactively or with an "
             "administrator), then try again."},
    Hint{1331, "ERROR_ACCOUNT_DISABLED: the account is disabled. An administrator must enable it."},
    Hint{1332, "ERROR_NONE_MAPPED: the name or SID does not map to an account here. Check the spelling and that "
               "the domain is reachable."},
    Hint{1346, "ERROR_BAD_IMPERSONATION_LEVEL: the token's impersonation level is too low (Identification or "
               "Anonymous). Without SeImpersonatePrivilege ImpersonateLoggedOnUser quietly gives an "
               "Identification-level token: grant 'Impersonate a client after authentication' or duplicate "
               "the token with SecurityImpersonation."},
    Hint{1385, "ERROR_LOGON_TYPE_NOT_GRANTED: the password was right, but the account lacks the logon right for "
               "this logon type (interactive: SeInteractiveLogonRight, network: SeNetworkLogonRight, batch: "
               "SeBatchLogonRight, service: SeServiceLogonRight, remote interactive: "
               "SeRemoteInteractiveLogonRight) or holds the matching SeDeny... right. Grant it in User Rights "
               "Assignment, or choose another logon type."},
    Hint{1792, "ERROR_NETLOGON_NOT_STARTED: the Netlogon service is not running; start it or log on with a "
               "local account."},
    Hint{1793, "ERROR_ACCOUNT_EXPIRED: the account has expired. An administrator must extend its expiry date."},
    Hint{1907, "ERROR_PASSWORD_MUST_CHANGE: the password must be changed before the first logon. Change it "
               "interactively, then try again."},
    Hint{1909, "ERROR_ACCOUNT_LOCKED_OUT: too many wrong passwords locked the account. Wait for the lockout to "
               "expire or ask an administrator to unlock it, and find what keeps using the old password."},
};

}  // namespace

std::string_view win32ErrorHint(std::uint32_t code) noexcept {
    for (const auto& hint : kHints)
        if (hint.code == code) return hint.text;
    return {};
}

}  // namespace tokenscope
