#include "win/logon.hpp"

#include <cstdint>
#include <vector>

#include "tokenscope/errors.hpp"
#include "win/text.hpp"
#include "win/win_error.hpp"

namespace tokenscope::win {
namespace {

// UTF-16 copy of a secret, wiped when it goes out of scope.
class WideSecret {
public:
    explicit WideSecret(std::string_view utf8) {
        std::wstring wide = toWide(utf8);
        text_.reserve(wide.size() + 1);  // no reallocation: no unwiped copy left behind
        text_.assign(wide.begin(), wide.end());
        text_.push_back(L'\0');
        ::SecureZeroMemory(wide.data(), wide.size() * sizeof(wchar_t));
    }
    ~WideSecret() { ::SecureZeroMemory(text_.data(), text_.size() * sizeof(wchar_t)); }
    WideSecret(const WideSecret&) = delete;
    WideSecret& operator=(const WideSecret&) = delete;
    [[nodiscard]] const wchar_t* c_str() const noexcept { return text_.data(); }

private:
    std::vector<wchar_t> text_;
};

// The logon right whose absence gives ERROR_LOGON_TYPE_NOT_GRANTED for a logon type.
std::string_view logonRight(DWORD type) {
    switch (type) {
        case LOGON32_LOGON_INTERACTIVE:
            return "SeInteractiveLogonRight";
        case LOGON32_LOGON_NETWORK:
        case LOGON32_LOGON_NETWORK_CLEARTEXT:
            return "SeNetworkLogonRight";
        case LOGON32_LOGON_BATCH:
            return "SeBatchLogonRight";
        case LOGON32_LOGON_SERVICE:
            return "SeServiceLogonRight";
        case LOGON32_LOGON_UNLOCK:
            return "SeInteractiveLogonRight";
        default:
            return "";
    }
}

}  // namespace

bool runningUnderWine() noexcept {
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

std::string wineVersion() {
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    if (ntdll == nullptr) return {};
    using Version = const char*(__cdecl*)();
    const FARPROC address = ::GetProcAddress(ntdll, "wine_get_version");
    if (address == nullptr) return {};
    // GetProcAddress returns a generic function pointer; wine_get_version's real type is this.
    const auto version = reinterpret_cast<Version>(reinterpret_cast<void (*)()>(address));
    const char* text = version();
    return text != nullptr ? std::string(text) : std::string();
}

std::string logonHint(DWORD code, DWORD type) {
    switch (code) {
        case ERROR_LOGON_FAILURE:
            return "Check the user name, the domain (\".\" for a local account) and the password.";
        case ERROR_LOGON_TYPE_NOT_GRANTED: {
            const auto right = logonRight(type);
            if (right.empty())
                return "The password is right, but the account lacks the logon right for this logon type.";
            return "The password is right, but the account lacks " + std::string(right) +
                   " (or holds the matching SeDeny right). Grant it in secpol.msc, User Rights Assignment.";
        }
        case ERROR_ACCOUNT_RESTRICTION:
            return "Blank passwords may be refused for this logon type by policy.";
        case ERROR_PASSWORD_MUST_CHANGE:
        case ERROR_PASSWORD_EXPIRED:
            return "Change the password interactively first.";
        case ERROR_ACCOUNT_DISABLED:
        case ERROR_ACCOUNT_LOCKED_OUT:
        case ERROR_ACCOUNT_EXPIRED:
            return "Ask an administrator to re-enable or unlock the account.";
        case ERROR_INVALID_PARAMETER:
            return "Check the logon type and provider: LOGON32_LOGON_NEW_CREDENTIALS needs "
                   "LOGON32_PROVIDER_WINNT50.";
        case ERROR_NO_LOGON_SERVERS:
            return "No domain controller answered; check the network and the domain name.";
        default:
            return {};
    }
}

Result<AccessToken> logonUser(const LogonRequest& request, std::string_view password) {
    const std::wstring user = toWide(request.user);
    const std::wstring domain = toWide(request.domain);
    const WideSecret secret(password);

    ScopedHandle handle;
    const BOOL ok = ::LogonUserW(user.c_str(), request.domain.empty() ? nullptr : domain.c_str(),
                                 secret.c_str(), request.type, request.provider, handle.receive());
    if (!ok) {
        const DWORD code = ::GetLastError();
        return win32Error(code, "LogonUserW", logonHint(code, request.type));
    }
    const auto raw = reinterpret_cast<std::uintptr_t>(handle.get());
    auto token = AccessToken::fromToken(std::move(handle));
    if (!token) {
        std::string native = "LogonUserW returned TRUE, but its handle " + hex(raw) + " is not a token (" +
                             token.error().name + " from " + token.error().native +
                             "): logon not implemented by this system";
        if (runningUnderWine()) native += " (LogonUserW is stubbed by Wine " + wineVersion() + ")";
        return makeError(win32::kNotSupported, std::move(native),
                         "Test logons on Windows itself; this system only pretends to log users on.");
    }
    return token;
}

}  // namespace tokenscope::win
