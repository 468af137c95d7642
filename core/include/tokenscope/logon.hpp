// LogonUser: check a user's password and hold the result as a logon "token".
//
// Windows: LogonUserW returns a token handle. Linux: PAM (pam_start with a conversation that
// answers the password prompt, pam_authenticate, pam_acct_mgmt, and for interactive-style logon
// types pam_setcred and pam_open_session); the token is the user's uid, gid and supplementary
// groups, and logoff closes what the logon opened.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

class LogonToken;
namespace posix {
class BrokerLink;
struct BrokeredLogon;
LogonToken makeBrokeredToken(BrokeredLogon logon, std::unique_ptr<BrokerLink> link);
}  // namespace posix

// The LOGON32_LOGON_* values of winbase.h.
enum class LogonType : std::uint32_t {
    Interactive = 2,
    Network = 3,
    Batch = 4,
    Service = 5,
    Unlock = 7,
    NetworkCleartext = 8,
    NewCredentials = 9,
};

// The LOGON32_PROVIDER_* values of winbase.h.
enum class LogonProvider : std::uint32_t {
    Default = 0,
    WinNT35 = 1,
    WinNT40 = 2,
    WinNT50 = 3,
    Virtual = 4,
};

// What one logon type or provider is called and what it means on this platform.
struct LogonTypeInfo {
    LogonType type;
    std::string_view constant;   // "LOGON32_LOGON_NETWORK"
    std::string_view shortName;  // "network"
    bool supported;              // has a meaning on this platform
    std::string_view meaning;    // what the type does here, or why it is not supported
};
struct LogonProviderInfo {
    LogonProvider provider;
    std::string_view constant;   // "LOGON32_PROVIDER_DEFAULT"
    std::string_view shortName;  // "default"
    bool supported;
    std::string_view meaning;
};

// Every logon type / provider, in value order.
[[nodiscard]] const std::vector<LogonTypeInfo>& logonTypes();
[[nodiscard]] const std::vector<LogonProviderInfo>& logonProviders();
[[nodiscard]] const LogonTypeInfo& logonTypeInfo(LogonType type);
[[nodiscard]] const LogonProviderInfo& logonProviderInfo(LogonProvider provider);

// Accepts the constant name ("LOGON32_LOGON_NETWORK"), the short name ("network", any case,
// '-' or '_' between words) or the number ("3", "0x3"). Unknown text or a number that is no
// logon type: ERROR_INVALID_PARAMETER listing the valid values. The result may still be a type
// this platform does not support: check with requireSupported().
[[nodiscard]] Result<LogonType> parseLogonType(std::string_view text);
[[nodiscard]] Result<LogonProvider> parseLogonProvider(std::string_view text);

// ERROR_NOT_SUPPORTED ("not supported on this platform", with the reason) for a type or
// provider without a meaning here; success otherwise. Windows passes every type and provider
// through, and refuses only LOGON32_LOGON_NEW_CREDENTIALS without LOGON32_PROVIDER_WINNT50
// (ERROR_INVALID_PARAMETER, as LogonUserW itself would).
[[nodiscard]] Status requireSupported(LogonType type, LogonProvider provider);

// Linux: whether `service` names a PAM service that PAM will really use. Refused with
// ERROR_INVALID_PARAMETER, naming the services that exist: an empty name, a control character,
// a path ('/'; PAM would keep only the last part), "." or "..", upper case (PAM lowercases the
// name), and a name PAM finds no file for (it would run the `other` service instead, silently).
// Looks where this system's Linux-PAM looks: /etc/pam.d, then /usr/lib/pam.d, or /etc/pam.conf
// when neither directory exists. LogonToken::logon checks it too. Windows: always success.
[[nodiscard]] Status checkPamService(std::string_view service);

// A password held in one heap buffer that is wiped (explicit_bzero / SecureZeroMemory) when the object is wiped,
// moved from or destroyed. Never copied: move it into logon(), which wipes it as soon as PAM
// has taken its own copy. Not null-terminated in view(); PAM gets a separate strdup'ed copy.
class Password {
public:
    Password() = default;
    // Copies `size` bytes; the caller wipes its own source.
    Password(const char* data, std::size_t size);
    Password(Password&& other) noexcept;
    Password& operator=(Password&& other) noexcept;
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;
    ~Password();

    // Appends one byte (a terminal reader builds the password a byte at a time, so no
    // intermediate buffer holds it). Grows by moving into a new buffer and wiping the old one.
    void push_back(char c);
    // Removes the last byte (backspace), wiping it.
    void pop_back() noexcept;
    void wipe() noexcept;

    [[nodiscard]] std::string_view view() const noexcept { return {data_.get(), size_}; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

private:
    void reserve(std::size_t capacity);
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

// What to log on with. Interactive and batch logons run the service's session modules, with
// their effects on the calling process: on Debian's `login`, pam_loginuid sets the process's
// audit login uid, pam_keyinit gives the calling thread a new session keyring, pam_lastlog records
// the logon. For a pure password check use LogonType::Network.
// `domain` empty, "." or this host's name means a local account; any other
// domain is passed to PAM as "user@domain" (the form SSSD and winbind accept).
struct LogonRequest {
    std::string user;
    std::string domain;
    LogonType type = LogonType::Interactive;
    LogonProvider provider = LogonProvider::Default;
    // The PAM service (a file in /etc/pam.d) that LOGON32_PROVIDER_DEFAULT uses (checkPamService).
    std::string service = "login";
};

// How the process that held a logon's session ended (LogonToken::sessionProcessEnded).
struct SessionProcessEnd {
    int pid = 0;
    bool signalled = false;  // ended by a signal (status is its number), else exited
    int status = 0;          // the exit status or the signal number
};

// A logged-on user: the result of a successful logon. Move-only; logoff happens in the
// destructor (close the session, delete the credentials, pam_end) unless done before.
// Not thread-safe: use one token from one thread at a time (PAM modules are not reentrant).
class LogonToken {
public:
    // Checks `password` for `request.user` through PAM and runs the steps of the logon type.
    // The password is wiped as soon as PAM has answered. Errors (PAM result mapped to Win32):
    // ERROR_LOGON_FAILURE (wrong password or unknown user, never telling which),
    // ERROR_ACCOUNT_EXPIRED, ERROR_PASSWORD_MUST_CHANGE, ERROR_ACCOUNT_RESTRICTION,
    // ERROR_LOGON_TYPE_NOT_GRANTED, ERROR_NOT_SUPPORTED for a type/provider with no Linux
    // meaning, ERROR_INVALID_PARAMETER for a password with a NUL byte (PAM would check only the
    // part before it), … always with the native PAM text and code, and a hint. Not being root limits
    // pam_unix to the caller's own password: the hint says so.
    [[nodiscard]] static Result<LogonToken> logon(const LogonRequest& request, Password password);

    LogonToken(LogonToken&& other) noexcept;
    LogonToken& operator=(LogonToken&& other) noexcept;
    LogonToken(const LogonToken&) = delete;
    LogonToken& operator=(const LogonToken&) = delete;
    ~LogonToken();

    // Closes what the logon opened (session, credentials, the PAM handle). Idempotent; the
    // token's ids stay readable. Reports the first PAM failure (the rest is still closed).
    Status logoff();
    [[nodiscard]] bool loggedOn() const noexcept;
    // The process that holds this logon's PAM handle and session: the logon broker's pid for a
    // token from logonThroughBroker() (logon_broker.hpp), 0 when this process holds them.
    [[nodiscard]] int sessionProcess() const noexcept;
    // What to watch (poll, QSocketNotifier, for reading) to notice at once that the process that
    // holds this logon's session ended on its own: the logon broker's socket turns readable when
    // the broker is gone. -1 when this process holds the session or the token is logged off.
    // Watch it only: never read it, write to it or close it; it closes when the token logs off.
    [[nodiscard]] int sessionWatchDescriptor() const noexcept;
    // Whether the logon broker that holds this logon ended on its own (killed, crashed, told to
    // stop by a signal): then it is reaped, the token is logged off, and this says how it ended.
    // nullopt while the broker runs (without blocking), and for a token this process holds.
    [[nodiscard]] std::optional<SessionProcessEnd> sessionProcessEnded();

    [[nodiscard]] const std::string& user() const noexcept;     // the account name (passwd)
    [[nodiscard]] const std::string& pamUser() const noexcept;  // the name PAM was given
    [[nodiscard]] const std::string& domain() const noexcept;
    [[nodiscard]] std::uint32_t uid() const noexcept;
    [[nodiscard]] std::uint32_t gid() const noexcept;
    // Supplementary groups as getgrouplist() gives them (includes the primary group).
    [[nodiscard]] const std::vector<std::uint32_t>& groups() const noexcept;
    [[nodiscard]] const std::string& home() const noexcept;
    [[nodiscard]] const std::string& shell() const noexcept;
    // Who the token says the user is. Windows: read from the token (TokenUser, TokenPrimaryGroup,
    // TokenGroups), so user, group and groups are SIDs with names and attributes, and the
    // details name the token type, elevation, integrity level and logon session; a token that is
    // logged off gives ERROR_INVALID_HANDLE. Linux: uid(), gid() and groups() with their names.
    [[nodiscard]] Result<Identity> identity() const;
    [[nodiscard]] LogonType type() const noexcept;
    [[nodiscard]] LogonProvider provider() const noexcept;
    [[nodiscard]] const std::string& service() const noexcept;
    // Which PAM steps ran: "authenticate", "acct_mgmt", "setcred", "open_session".
    [[nodiscard]] const std::vector<std::string>& steps() const noexcept;
    // Text the PAM modules showed (PAM_TEXT_INFO / PAM_ERROR_MSG), e.g. the motd.
    [[nodiscard]] const std::vector<std::string>& messages() const noexcept;

    struct State;  // defined by the backend

private:
    // Defined by the backend: builds tokens from native handles and reads them back (Windows:
    // the token HANDLE for impersonation and CreateProcessAsUserW).
    friend struct LogonTokenAccess;
    friend LogonToken posix::makeBrokeredToken(posix::BrokeredLogon, std::unique_ptr<posix::BrokerLink>);
    explicit LogonToken(std::unique_ptr<State> state) noexcept;
    std::unique_ptr<State> state_;
};

// LogonUser in the words: logon(user, domain, password, type, provider) with the
// default PAM service.
[[nodiscard]] Result<LogonToken> logon(std::string_view user, std::string_view domain, Password password,
                                       LogonType type = LogonType::Interactive,
                                       LogonProvider provider = LogonProvider::Default);

}  // namespace tokenscope
