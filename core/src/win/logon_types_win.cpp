// What the LOGON32_* types and providers mean on Windows: every one is passed to LogonUserW as
// it is; the one combination Windows documents as invalid is refused before the call.
#include <windows.h>

#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {

static_assert(static_cast<DWORD>(LogonType::Interactive) == LOGON32_LOGON_INTERACTIVE);
static_assert(static_cast<DWORD>(LogonType::Network) == LOGON32_LOGON_NETWORK);
static_assert(static_cast<DWORD>(LogonType::Batch) == LOGON32_LOGON_BATCH);
static_assert(static_cast<DWORD>(LogonType::Service) == LOGON32_LOGON_SERVICE);
static_assert(static_cast<DWORD>(LogonType::Unlock) == LOGON32_LOGON_UNLOCK);
static_assert(static_cast<DWORD>(LogonType::NetworkCleartext) == LOGON32_LOGON_NETWORK_CLEARTEXT);
static_assert(static_cast<DWORD>(LogonType::NewCredentials) == LOGON32_LOGON_NEW_CREDENTIALS);
static_assert(static_cast<DWORD>(LogonProvider::Default) == LOGON32_PROVIDER_DEFAULT);
static_assert(static_cast<DWORD>(LogonProvider::WinNT35) == LOGON32_PROVIDER_WINNT35);
static_assert(static_cast<DWORD>(LogonProvider::WinNT40) == LOGON32_PROVIDER_WINNT40);
static_assert(static_cast<DWORD>(LogonProvider::WinNT50) == LOGON32_PROVIDER_WINNT50);
static_assert(static_cast<DWORD>(LogonProvider::Virtual) == LOGON32_PROVIDER_VIRTUAL);

const std::vector<LogonTypeInfo>& logonTypes() {
    static const std::vector<LogonTypeInfo> types{
        {LogonType::Interactive, "LOGON32_LOGON_INTERACTIVE", "interactive", true,
         "A user at the keyboard: a primary token with the interactive logon right "
         "(SeInteractiveLogonRight); credentials are cached for outbound access."},
        {LogonType::Network, "LOGON32_LOGON_NETWORK", "network", true,
         "A server checking a password: the fastest logon, an impersonation-ready token without cached "
         "credentials, so it cannot reach other machines as the user (SeNetworkLogonRight)."},
        {LogonType::Batch, "LOGON32_LOGON_BATCH", "batch", true,
         "A scheduled job running for the user without interaction (SeBatchLogonRight)."},
        {LogonType::Service, "LOGON32_LOGON_SERVICE", "service", true,
         "A service account (SeServiceLogonRight)."},
        {LogonType::Unlock, "LOGON32_LOGON_UNLOCK", "unlock", true,
         "The password check of a workstation unlock, as the logon UI makes it."},
        {LogonType::NetworkCleartext, "LOGON32_LOGON_NETWORK_CLEARTEXT", "network_cleartext", true,
         "As network, but the logon keeps the password so the server can reach other machines as the "
         "user (SeNetworkLogonRight)."},
        {LogonType::NewCredentials, "LOGON32_LOGON_NEW_CREDENTIALS", "new_credentials", true,
         "Only with LOGON32_PROVIDER_WINNT50. A copy of the caller's token whose new credentials serve "
         "outbound network access only; the password is not checked and the local identity stays the "
         "caller's (GetUserName shows the caller)."},
    };
    return types;
}

const std::vector<LogonProviderInfo>& logonProviders() {
    static const std::vector<LogonProviderInfo> providers{
        {LogonProvider::Default, "LOGON32_PROVIDER_DEFAULT", "default", true,
         "The system's standard provider: Negotiate (Kerberos, else NTLM)."},
        {LogonProvider::WinNT35, "LOGON32_PROVIDER_WINNT35", "winnt35", true,
         "The Windows NT 3.5 provider, kept for compatibility."},
        {LogonProvider::WinNT40, "LOGON32_PROVIDER_WINNT40", "winnt40", true, "The NTLM provider."},
        {LogonProvider::WinNT50, "LOGON32_PROVIDER_WINNT50", "winnt50", true,
         "The Negotiate provider; the only one LOGON32_LOGON_NEW_CREDENTIALS works with."},
        {LogonProvider::Virtual, "LOGON32_PROVIDER_VIRTUAL", "virtual", true,
         "Virtual accounts (service accounts such as NT SERVICE\\name)."},
    };
    return providers;
}

// LogonUserW has no PAM service: the name is not used.
Status checkPamService(std::string_view /*service*/) { return Done{}; }

Status requireSupported(LogonType type, LogonProvider provider) {
    // Windows itself answers ERROR_INVALID_PARAMETER for this pair; saying so before the call
    // also gives the right answer where LogonUserW is only a stub.
    if (type == LogonType::NewCredentials && provider != LogonProvider::WinNT50) {
        return makeError(win32::kInvalidParameter,
                         "LOGON32_LOGON_NEW_CREDENTIALS with " +
                             std::string(logonProviderInfo(provider).constant) +
                             ": this logon type works only with LOGON32_PROVIDER_WINNT50",
                         "Use --provider winnt50 with --type new_credentials.");
    }
    return Done{};
}

}  // namespace tokenscope
