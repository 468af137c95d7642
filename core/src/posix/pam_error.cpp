#include "posix/pam_error.hpp"

#include "posix/thread_credentials.hpp"

#include <security/pam_appl.h>

namespace tokenscope::posix {
namespace {

// The Windows logon right a logon type needs (for ERROR_LOGON_TYPE_NOT_GRANTED's hint).
std::string_view logonRight(LogonType type) noexcept {
    switch (type) {
        case LogonType::Network:
        case LogonType::NetworkCleartext:
            return "SeNetworkLogonRight";
        case LogonType::Batch:
            return "SeBatchLogonRight";
        case LogonType::Service:
            return "SeServiceLogonRight";
        default:
            return "SeInteractiveLogonRight";
    }
}

std::string pamFile(const PamContext& context) { return "/etc/pam.d/" + context.service; }

// When pam_unix runs without root it cannot read /etc/shadow and asks the setuid helper
// unix_chkpwd, which checks only the caller's own password.
std::string notRootHint(const PamContext& context) {
    if (context.callerIsRoot || context.callerIsUser) return {};
    return " TokenScope is not running as root: pam_unix can then check only the caller's own "
           "password (through unix_chkpwd), so any other account fails like a wrong password. "
           "Run it as root (sudo) to check another account.";
}

std::string hintFor(int code, PamStep step, const PamContext& context) {
    const std::string user = context.user.empty() ? std::string("the account") : "'" + context.user + "'";
    switch (code) {
        case PAM_SUCCESS:
            return {};
        case PAM_AUTH_ERR:
        case PAM_USER_UNKNOWN:
        case PAM_CRED_INSUFFICIENT:
        case PAM_AUTHTOK_ERR:
        case PAM_AUTHTOK_RECOVERY_ERR:
            if (step == PamStep::AcctMgmt) {
                return "The password was accepted but the account checks of service '" + context.service +
                       "' refused " + user +
                       " (expired, locked or not allowed here); see the module "
                       "messages and `chage -l " +
                       context.user + "`.";
            }
            return "Check the user name and the password (and the domain). PAM does not say which "
                   "was wrong, so the tool does not either." +
                   notRootHint(context);
        case PAM_MAXTRIES:
            return "Too many failed attempts: the account is locked out (pam_faillock/pam_tally2). "
                   "Wait for the lock to expire or reset it with `faillock --user " +
                   context.user + " --reset`.";
        case PAM_NEW_AUTHTOK_REQD:
            return "The password must be changed before the account can log on: log on once "
                   "interactively (`su - " +
                   context.user + "`) or have an administrator run `passwd " + context.user + "`.";
        case PAM_ACCT_EXPIRED:
            return "The account has expired: an administrator can extend it with `chage -E -1 " +
                   context.user + "` (see `chage -l " + context.user + "`).";
        case PAM_CRED_EXPIRED:
        case PAM_AUTHTOK_EXPIRED:
            return "The password has expired: change it with `passwd " + context.user + "`.";
        case PAM_PERM_DENIED:
            if (step == PamStep::AcctMgmt) {
                return "The password was right but " + user + " may not log on through service '" +
                       context.service + "' (pam_access, pam_nologin, pam_time or similar in " +
                       pamFile(context) + "); the Windows counterpart is the missing " +
                       std::string(logonRight(context.type)) + ".";
            }
            return "A PAM module of service '" + context.service + "' refused this step; see " +
                   pamFile(context) + "." + notRootHint(context);
        case PAM_AUTHINFO_UNAVAIL:
        case PAM_CRED_UNAVAIL:
            return "The authentication service could not be reached or read (directory server down, "
                   "missing passdb, unreadable shadow file)." +
                   notRootHint(context);
        case PAM_SESSION_ERR:
            return "The password was right but a session could not be opened (see the session lines of " +
                   pamFile(context) + "). The network logon type (--type network) runs no session." +
                   (onMainThread() ? std::string()
                                   : std::string(" This logon ran on a worker thread: session modules such as "
                                                 "pam_loginuid write /proc/self/loginuid, which the kernel "
                                                 "accepts only from the process's main thread (tokenscope-cli "
                                                 "logs on from its main thread)."));
        case PAM_CRED_ERR:
            return "The password was right but the credentials could not be set (pam_setcred). The "
                   "network logon type (--type network) does not set credentials.";
        case PAM_OPEN_ERR:
        case PAM_SYMBOL_ERR:
        case PAM_MODULE_UNKNOWN:
            return "A module named in " + pamFile(context) +
                   " could not be loaded; check the module "
                   "paths (and that the service file exists).";
        case PAM_SERVICE_ERR:
        case PAM_SYSTEM_ERR:
        case PAM_ABORT:
        case PAM_NO_MODULE_DATA:
        case PAM_IGNORE:
            return "The PAM configuration of service '" + context.service + "' (" + pamFile(context) +
                   ") failed; the system log (journalctl, /var/log/auth.log) names the module.";
        case PAM_BUF_ERR:
            return "The system ran out of memory; try again.";
        case PAM_CONV_ERR:
            return "The PAM stack asked something other than the password (a one-time code, a new "
                   "password): TokenScope answers only the password prompt. Use another service (--service).";
        case PAM_AUTHTOK_LOCK_BUSY:
        case PAM_TRY_AGAIN:
        case PAM_CONV_AGAIN:
        case PAM_INCOMPLETE:
            return "Try again in a moment.";
        case PAM_AUTHTOK_DISABLE_AGING:
            return "Password aging is disabled for this account by a PAM module.";
        case PAM_BAD_ITEM:
            return "TokenScope passed PAM an item it rejected; please report this.";
        default:
            return "See the system log (journalctl, /var/log/auth.log) for the PAM module that failed.";
    }
}

}  // namespace

std::string_view pamStepName(PamStep step) noexcept {
    switch (step) {
        case PamStep::Start:
            return "pam_start";
        case PamStep::Authenticate:
            return "pam_authenticate";
        case PamStep::AcctMgmt:
            return "pam_acct_mgmt";
        case PamStep::SetCred:
            return "pam_setcred";
        case PamStep::OpenSession:
            return "pam_open_session";
        case PamStep::CloseSession:
            return "pam_close_session";
        case PamStep::DeleteCred:
            return "pam_setcred(PAM_DELETE_CRED)";
    }
    return "pam";
}

std::string_view pamCodeName(int code) noexcept {
    switch (code) {
        case PAM_SUCCESS:
            return "PAM_SUCCESS";
        case PAM_OPEN_ERR:
            return "PAM_OPEN_ERR";
        case PAM_SYMBOL_ERR:
            return "PAM_SYMBOL_ERR";
        case PAM_SERVICE_ERR:
            return "PAM_SERVICE_ERR";
        case PAM_SYSTEM_ERR:
            return "PAM_SYSTEM_ERR";
        case PAM_BUF_ERR:
            return "PAM_BUF_ERR";
        case PAM_PERM_DENIED:
            return "PAM_PERM_DENIED";
        case PAM_AUTH_ERR:
            return "PAM_AUTH_ERR";
        case PAM_CRED_INSUFFICIENT:
            return "PAM_CRED_INSUFFICIENT";
        case PAM_AUTHINFO_UNAVAIL:
            return "PAM_AUTHINFO_UNAVAIL";
        case PAM_USER_UNKNOWN:
            return "PAM_USER_UNKNOWN";
        case PAM_MAXTRIES:
            return "PAM_MAXTRIES";
        case PAM_NEW_AUTHTOK_REQD:
            return "PAM_NEW_AUTHTOK_REQD";
        case PAM_ACCT_EXPIRED:
            return "PAM_ACCT_EXPIRED";
        case PAM_SESSION_ERR:
            return "PAM_SESSION_ERR";
        case PAM_CRED_UNAVAIL:
            return "PAM_CRED_UNAVAIL";
        case PAM_CRED_EXPIRED:
            return "PAM_CRED_EXPIRED";
        case PAM_CRED_ERR:
            return "PAM_CRED_ERR";
        case PAM_NO_MODULE_DATA:
            return "PAM_NO_MODULE_DATA";
        case PAM_CONV_ERR:
            return "PAM_CONV_ERR";
        case PAM_AUTHTOK_ERR:
            return "PAM_AUTHTOK_ERR";
        case PAM_AUTHTOK_RECOVERY_ERR:
            return "PAM_AUTHTOK_RECOVERY_ERR";
        case PAM_AUTHTOK_LOCK_BUSY:
            return "PAM_AUTHTOK_LOCK_BUSY";
        case PAM_AUTHTOK_DISABLE_AGING:
            return "PAM_AUTHTOK_DISABLE_AGING";
        case PAM_TRY_AGAIN:
            return "PAM_TRY_AGAIN";
        case PAM_IGNORE:
            return "PAM_IGNORE";
        case PAM_ABORT:
            return "PAM_ABORT";
        case PAM_AUTHTOK_EXPIRED:
            return "PAM_AUTHTOK_EXPIRED";
        case PAM_MODULE_UNKNOWN:
            return "PAM_MODULE_UNKNOWN";
        case PAM_BAD_ITEM:
            return "PAM_BAD_ITEM";
        case PAM_CONV_AGAIN:
            return "PAM_CONV_AGAIN";
        case PAM_INCOMPLETE:
            return "PAM_INCOMPLETE";
        default:
            return "";
    }
}

std::uint32_t win32FromPam(int code, PamStep step) noexcept {
    switch (code) {
        case PAM_SUCCESS:
            return win32::kSuccess;
        // Wrong password and unknown user look the same, so the tool reveals no account names.
        case PAM_AUTH_ERR:
        case PAM_USER_UNKNOWN:
        case PAM_CRED_INSUFFICIENT:
        case PAM_AUTHTOK_ERR:
        case PAM_AUTHTOK_RECOVERY_ERR:
            // After a successful pam_authenticate, a refusal from the account stack (Debian's
            // common-account ends in pam_deny) is a restriction, not a wrong password.
            return step == PamStep::AcctMgmt ? win32::kAccountRestriction : win32::kLogonFailure;
        case PAM_PERM_DENIED:
            return step == PamStep::AcctMgmt ? win32::kLogonTypeNotGranted : win32::kAccountRestriction;
        case PAM_MAXTRIES:
            return win32::kAccountLockedOut;
        case PAM_NEW_AUTHTOK_REQD:
            return win32::kPasswordMustChange;
        case PAM_ACCT_EXPIRED:
            return win32::kAccountExpired;
        case PAM_CRED_EXPIRED:
        case PAM_AUTHTOK_EXPIRED:
            return win32::kPasswordExpired;
        case PAM_AUTHINFO_UNAVAIL:
        case PAM_CRED_UNAVAIL:
            return win32::kNoLogonServers;
        case PAM_AUTHTOK_DISABLE_AGING:
            return win32::kAccountRestriction;
        case PAM_BUF_ERR:
            return win32::kNotEnoughMemory;
        case PAM_CONV_ERR:
            return win32::kNotSupported;
        case PAM_BAD_ITEM:
            return win32::kInvalidParameter;
        case PAM_AUTHTOK_LOCK_BUSY:
            return win32::kBusy;
        case PAM_TRY_AGAIN:
        case PAM_CONV_AGAIN:
        case PAM_INCOMPLETE:
            return win32::kRetry;
        case PAM_SESSION_ERR:
            return win32::kNoSuchLogonSession;
        case PAM_OPEN_ERR:
        case PAM_SYMBOL_ERR:
        case PAM_SERVICE_ERR:
        case PAM_SYSTEM_ERR:
        case PAM_CRED_ERR:
        case PAM_NO_MODULE_DATA:
        case PAM_IGNORE:
        case PAM_ABORT:
        case PAM_MODULE_UNKNOWN:
        default:
            return win32::kInternalError;
    }
}

Error pamError(int code, PamStep step, const PamContext& context) {
    std::string native = std::string(pamStepName(step)) + " (service " + context.service + "): ";
    const auto name = pamCodeName(code);
    native += name.empty() ? std::string("PAM result") : std::string(name);
    native += " (" + std::to_string(code) + "): ";
    // Linux-PAM's pam_strerror does not use the handle.
    const char* text = ::pam_strerror(nullptr, code);
    native += text != nullptr ? text : "unknown PAM result";
    for (const auto& message : context.messages) native += "; module said: " + message;
    return makeError(win32FromPam(code, step), std::move(native), hintFor(code, step, context));
}

}  // namespace tokenscope::posix
