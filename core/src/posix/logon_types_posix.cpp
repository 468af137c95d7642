// What the LOGON32_* types and providers mean on Linux: which PAM steps run, and which have no
// Linux meaning.
#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {

const std::vector<LogonTypeInfo>& logonTypes() {
    static const std::vector<LogonTypeInfo> types{
        {LogonType::Interactive, "LOGON32_LOGON_INTERACTIVE", "interactive", true,
         "pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) and pam_open_session, like "
         "login(1); logoff closes the session and deletes the credentials."},
        {LogonType::Network, "LOGON32_LOGON_NETWORK", "network", true,
         "pam_authenticate and pam_acct_mgmt only: the password and the account are checked, no "
         "credentials are set and no session is opened, like a network server."},
        {LogonType::Batch, "LOGON32_LOGON_BATCH", "batch", true,
         "pam_authenticate, pam_acct_mgmt, pam_setcred and pam_open_session, like cron running a job."},
        {LogonType::Service, "LOGON32_LOGON_SERVICE", "service", true,
         "pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_ESTABLISH_CRED), no session, like a "
         "daemon switching to its account."},
        {LogonType::Unlock, "LOGON32_LOGON_UNLOCK", "unlock", true,
         "pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_REINITIALIZE_CRED), no new session, like a "
         "screen locker."},
        {LogonType::NetworkCleartext, "LOGON32_LOGON_NETWORK_CLEARTEXT", "network_cleartext", true,
         "As network: pam_authenticate and pam_acct_mgmt. Windows also keeps the cleartext password for "
         "onward network access; Linux PAM keeps nothing after logon."},
        {LogonType::NewCredentials, "LOGON32_LOGON_NEW_CREDENTIALS", "new_credentials", false,
         "Not supported on this platform: Windows clones the caller's token and uses the new credentials "
         "only for outbound network access, without checking them; Linux has no per-thread store of "
         "outbound credentials (use kinit or mount credentials instead)."},
    };
    return types;
}

const std::vector<LogonProviderInfo>& logonProviders() {
    static const std::vector<LogonProviderInfo> providers{
        {LogonProvider::Default, "LOGON32_PROVIDER_DEFAULT", "default", true,
         "The configured PAM service (default 'login', a file in /etc/pam.d) decides how the password is "
         "checked."},
        {LogonProvider::WinNT35, "LOGON32_PROVIDER_WINNT35", "winnt35", false,
         "Not supported on this platform: it selects the Windows NT 3.5 authentication package; PAM has "
         "no provider choice (use default with another --service)."},
        {LogonProvider::WinNT40, "LOGON32_PROVIDER_WINNT40", "winnt40", false,
         "Not supported on this platform: it selects the NTLM package of Windows; PAM has no provider "
         "choice (use default with another --service)."},
        {LogonProvider::WinNT50, "LOGON32_PROVIDER_WINNT50", "winnt50", false,
         "Not supported on this platform: it selects the Negotiate package of Windows; PAM has no "
         "provider choice (use default with another --service, e.g. one using pam_sss or pam_krb5)."},
        {LogonProvider::Virtual, "LOGON32_PROVIDER_VIRTUAL", "virtual", false,
         "Not supported on this platform: virtual accounts are a Windows service-account feature with no "
         "Linux counterpart."},
    };
    return providers;
}

Status requireSupported(LogonType type, LogonProvider provider) {
    const auto& typeInfo = logonTypeInfo(type);
    if (!typeInfo.supported) {
        return makeError(win32::kNotSupported,
                         std::string(typeInfo.constant) + ": " + std::string(typeInfo.meaning),
                         "Use another logon type; `interactive` and `network` check a password on Linux.");
    }
    const auto& providerInfo = logonProviderInfo(provider);
    if (!providerInfo.supported) {
        return makeError(win32::kNotSupported,
                         std::string(providerInfo.constant) + ": " + std::string(providerInfo.meaning),
                         "Use the default provider; choose the PAM service with --service.");
    }
    return Done{};
}

}  // namespace tokenscope
