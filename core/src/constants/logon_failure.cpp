#include "tokenscope/logon_failure.hpp"

#include <array>

#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

// What each Status or Sub Status of event 4625 means and what to do (Microsoft's list for 4625
// and 4776, with the remediation an administrator takes).
struct Reason {
    std::uint32_t status;
    const char* meaning;
    const char* hint;
};

constexpr std::array kReasons{
    Reason{0xC000006DU, "the logon failed: a bad user name or bad authentication information (the Sub Status says which)",
           "Look at the Sub Status; with none, check the user name, domain and password."},
    Reason{0xC000006AU, "the user name exists but the password is wrong",
           "Type the password again (Caps Lock, keyboard layout); a service or scheduled task may still hold an old "
           "password; many of these in a row are a password-guessing attempt."},
    Reason{0xC0000064U, "no account has this user name",
           "Check the spelling and the domain (DOMAIN\\user or user@domain); a stale mapped drive or service may use "
           "an account that was removed; many different names in a row are an enumeration attempt."},
    Reason{0xC000006EU, "an account restriction refused the logon (the account exists and the password is right)",
           "Look at the Sub Status; on its own: a blank password refused by policy ('Accounts: Limit local account use "
           "of blank passwords to console logon only'), or a restriction such as logon hours."},
    Reason{0xC000006FU, "the logon is outside the account's allowed logon hours",
           "Change the account's logon hours (net user NAME /times:...) or log on within them."},
    Reason{0xC0000070U, "the account may not log on from this workstation",
           "Add the computer to the account's 'Log on to' list (net user NAME /workstations:...)."},
    Reason{0xC0000071U, "the account's password has expired",
           "Change the password, or set it not to expire for a service account."},
    Reason{0xC0000072U, "the account is disabled",
           "Enable the account (net user NAME /active:yes) if it should log on."},
    Reason{0xC0000193U, "the account has expired",
           "Extend the account's expiry date (net user NAME /expires:never)."},
    Reason{0xC0000224U, "the user must change the password before logging on",
           "Log on interactively once and change the password, or clear 'User must change password at next logon'."},
    Reason{0xC0000234U, "the account is locked out after too many bad passwords",
           "Unlock the account, and find what keeps sending the old password (services, tasks, mapped drives, phones)."},
    Reason{0xC000015BU, "the account has not been granted this logon type on this computer",
           "Grant the logon right for the logon type (secpol.msc → Local Policies → User Rights Assignment), and check "
           "that no deny right names the account or one of its groups."},
    Reason{0xC000005EU, "no logon server was available to check the logon",
           "Check that a domain controller is reachable (nltest /dsgetdc:DOMAIN), DNS and the network."},
    Reason{0xC00000DCU, "the Security Accounts Manager was in the wrong state to check the logon",
           "Retry; if it persists, check the SAM and directory services on the authenticating computer."},
    Reason{0xC0000133U, "the clocks of this computer and the domain controller differ too much (Kerberos)",
           "Synchronize the time (w32tm /resync) with the domain."},
    Reason{0xC000018CU, "the trust relationship between the domains failed",
           "Repair the trust or the computer's secure channel (Test-ComputerSecureChannel -Repair)."},
    Reason{0xC0000192U, "the Netlogon service is not started",
           "Start the Netlogon service on the authenticating computer."},
    Reason{0xC0000413U, "an authentication firewall protects this computer and the account may not authenticate to it",
           "Grant the account 'Allowed to authenticate' on the computer object (selective authentication)."},
    Reason{0xC000040BU, "the user principal name is not unique in the forest",
           "Remove the duplicate user principal name."},
    Reason{0xC00002EEU, "an error occurred during the logon", "Look at the Sub Status and the system log of the same time."},
    Reason{0xC0000225U, "the account was not found (an internal lookup of the logon)",
           "Microsoft describes this as a known, harmless case; look at the Sub Status and the account's name."},
};

struct LogonTypeName {
    unsigned type;
    const char* name;
    const char* right;  // the allow right; the deny right is "SeDeny" + the rest
};

// Event 4625's Logon Type values, with the logon right each is judged by.
constexpr std::array kLogonTypes{
    LogonTypeName{2, "LOGON32_LOGON_INTERACTIVE", "SeInteractiveLogonRight"},
    LogonTypeName{3, "LOGON32_LOGON_NETWORK", "SeNetworkLogonRight"},
    LogonTypeName{4, "LOGON32_LOGON_BATCH", "SeBatchLogonRight"},
    LogonTypeName{5, "LOGON32_LOGON_SERVICE", "SeServiceLogonRight"},
    LogonTypeName{7, "LOGON32_LOGON_UNLOCK", "SeInteractiveLogonRight"},
    LogonTypeName{8, "LOGON32_LOGON_NETWORK_CLEARTEXT", "SeNetworkLogonRight"},
    LogonTypeName{9, "LOGON32_LOGON_NEW_CREDENTIALS", nullptr},
    LogonTypeName{10, "RemoteInteractive (Remote Desktop)", "SeRemoteInteractiveLogonRight"},
    LogonTypeName{11, "CachedInteractive", "SeInteractiveLogonRight"},
    LogonTypeName{12, "CachedRemoteInteractive", "SeRemoteInteractiveLogonRight"},
    LogonTypeName{13, "CachedUnlock", "SeInteractiveLogonRight"},
};

constexpr std::uint32_t kAccountRestriction = 0xC000006EU;

// NT_ERROR: severity 3, the top two bits.
constexpr bool isNtError(std::uint32_t status) { return (status >> 30) == 3U; }

const Reason* reasonFor(std::uint32_t status) {
    for (const auto& reason : kReasons)
        if (reason.status == status) return &reason;
    return nullptr;
}

// The NTSTATUS of the database with this value, its name and Windows' Win32 error for it.
Result<LogonFailureCode> code(const ConstantIndex& index, std::uint32_t value, const char* field) {
    LogonFailureCode out;
    out.value = value;
    out.win32 = index.win32ForNtStatus(value);
    out.name = index.ntStatusName(value);
    if (out.name.empty() && !out.win32)
        return makeError(win32::kInvalidParameter,
                         std::string(field) + " " + hexCode(value) + " is not an NTSTATUS of the constants database");
    if (out.win32) out.win32Name = index.win32ErrorName(*out.win32);
    return out;
}

}  // namespace

Result<LogonFailureExplanation> explainLogonFailure(std::uint32_t status, std::optional<std::uint32_t> subStatus,
                                                    std::optional<unsigned> logonType) {
    const ConstantIndex& index = ConstantIndex::instance();
    LogonFailureExplanation out;
    auto main = code(index, status, "Status");
    if (!main) return main.error();
    out.status = *main;
    if (subStatus && *subStatus != 0) {
        auto sub = code(index, *subStatus, "Sub Status");
        if (!sub) return sub.error();
        out.subStatus = *sub;
    }
    const LogonTypeName* type = nullptr;
    if (logonType) {
        for (const auto& entry : kLogonTypes)
            if (entry.type == *logonType) type = &entry;
        if (type == nullptr)
            return makeError(win32::kInvalidParameter,
                             "Logon Type " + std::to_string(*logonType) + " is none of 2-5 and 7-13 that event 4625 uses");
        out.logonType = *logonType;
        out.logonTypeName = type->name;
    }
    // The reason is the Sub Status's where there is one the list knows, else the Status's.
    const Reason* reason = out.subStatus ? reasonFor(out.subStatus->value) : nullptr;
    if (reason == nullptr) reason = reasonFor(status);
    if (reason != nullptr) {
        out.meaning = reason->meaning;
        out.hint = reason->hint;
    } else {
        out.meaning = "event 4625 does not use this code as a reason; its Win32 error says what failed";
        const std::uint32_t win32 = out.subStatus && out.subStatus->win32 ? *out.subStatus->win32 : out.status.win32.value_or(0);
        out.hint = std::string(win32ErrorHint(win32));
    }
    const bool typeRefused = status == 0xC000015BU || (out.subStatus && out.subStatus->value == 0xC000015BU);
    if (typeRefused) {
        if (type == nullptr) {
            out.notes.push_back("Give the event's Logon Type (2 interactive, 3 network, 4 batch, 5 service, 10 remote "
                                "interactive) to name the logon right.");
        } else if (type->right == nullptr) {
            out.notes.push_back(std::string(type->name) + " asks for no logon right: the refusal is about the "
                                "credentials' use elsewhere.");
        } else {
            const std::string right = type->right;
            out.logonRight = right + " (refused by SeDeny" + right.substr(2) + ")";
        }
    }
    // LogonUser (advapi32) sets the last error from the Sub Status for an account restriction (an
    // error Sub Status), and from the Status otherwise.
    const bool restriction = status == kAccountRestriction && out.subStatus && isNtError(out.subStatus->value);
    out.callerSaw = restriction ? *out.subStatus : out.status;
    auto named = [](const LogonFailureCode& c) {
        return std::string(c.win32Name.empty() ? std::string_view("Win32 error") : c.win32Name) + " (" +
               std::to_string(c.win32.value_or(0)) + ")";
    };
    if (restriction && out.subStatus->win32) {
        out.notes.push_back("For an account restriction LogonUser reports the Sub Status, not the Status: the caller saw " +
                            named(*out.subStatus) + ", not " + named(out.status) + ".");
    } else if (out.subStatus && out.status.win32 && out.subStatus->win32 && *out.status.win32 != *out.subStatus->win32) {
        out.notes.push_back("LogonUser reported the Status's Win32 error, " + named(out.status) +
                            "; the Sub Status, the real reason, maps to " + named(*out.subStatus) +
                            ", which Windows does not tell the caller so as not to reveal which accounts exist.");
    }
    if (status == 0xC000006DU && !out.subStatus)
        out.notes.push_back("The event's Sub Status tells a wrong password (0xC000006A) from an unknown user "
                            "(0xC0000064), a disabled account (0xC0000072) and the rest.");
    return out;
}

}  // namespace tokenscope
