// tokenscope::LogonToken on Windows: LogonUserW (win::logonUser) and the token it returns.
#include "win/logon_token.hpp"

#include "tokenscope/errors.hpp"
#include "win/logon.hpp"

namespace tokenscope {
namespace {

const std::string kEmpty;
const std::vector<std::uint32_t> kNoGroups;
const std::vector<std::string> kNoStrings;

std::string tokenUserName(const win::AccessToken& token, const std::string& fallback) {
    auto user = token.user();
    if (!user || (user->name.empty() && user->sid.empty())) return fallback;
    return user->name.empty() ? user->sid : user->name;
}

}  // namespace

Result<LogonToken> LogonToken::logon(const LogonRequest& request, Password password) {
    if (auto supported = requireSupported(request.type, request.provider); !supported) {
        password.wipe();
        return supported.error();
    }
    win::LogonRequest native;
    native.user = request.user;
    native.domain = request.domain;
    native.type = static_cast<DWORD>(request.type);
    native.provider = static_cast<DWORD>(request.provider);
    auto token = win::logonUser(native, password.view());
    password.wipe();
    if (!token) return token.error();

    auto state = std::make_unique<State>();
    state->requestedUser = request.user;
    state->domain = request.domain;
    state->type = request.type;
    state->provider = request.provider;
    state->steps = {"LogonUserW"};
    if (request.type == LogonType::NewCredentials) {
        state->messages.emplace_back(
            "LOGON32_LOGON_NEW_CREDENTIALS checked no password: the new credentials serve outbound network "
            "access only, and locally the token is still the caller's.");
    }
    state->user = tokenUserName(*token, request.user);
    state->token.emplace(std::move(*token));
    return LogonToken(std::move(state));
}

LogonToken LogonTokenAccess::fromAccessToken(win::AccessToken token, LogonType type, LogonProvider provider) {
    auto state = std::make_unique<LogonToken::State>();
    state->user = tokenUserName(token, {});
    state->requestedUser = state->user;
    state->type = type;
    state->provider = provider;
    state->token.emplace(std::move(token));
    return LogonToken(std::move(state));
}

HANDLE LogonTokenAccess::handle(const LogonToken& token) noexcept {
    if (!token.state_ || !token.state_->token) return nullptr;
    return token.state_->token->get();
}

LogonToken::LogonToken(std::unique_ptr<State> state) noexcept : state_(std::move(state)) {}
LogonToken::LogonToken(LogonToken&& other) noexcept = default;
LogonToken& LogonToken::operator=(LogonToken&& other) noexcept = default;
LogonToken::~LogonToken() = default;

// CloseHandle cannot meaningfully fail for a handle we own; the token's names stay readable.
Status LogonToken::logoff() {
    if (state_) state_->token.reset();
    return Done{};
}

bool LogonToken::loggedOn() const noexcept { return state_ && state_->token.has_value(); }

// LogonUserW needs no particular thread: every logon is held in this process.
int LogonToken::sessionProcess() const noexcept { return 0; }
int LogonToken::sessionWatchDescriptor() const noexcept { return -1; }
std::optional<SessionProcessEnd> LogonToken::sessionProcessEnded() { return std::nullopt; }

const std::string& LogonToken::user() const noexcept { return state_ ? state_->user : kEmpty; }
const std::string& LogonToken::pamUser() const noexcept { return state_ ? state_->requestedUser : kEmpty; }
const std::string& LogonToken::domain() const noexcept { return state_ ? state_->domain : kEmpty; }
// Windows names users and groups by SID, not by number: the POSIX ids are 0 and the group list
// is empty; identity() gives the SIDs.
std::uint32_t LogonToken::uid() const noexcept { return 0; }
std::uint32_t LogonToken::gid() const noexcept { return 0; }
const std::vector<std::uint32_t>& LogonToken::groups() const noexcept { return kNoGroups; }
const std::string& LogonToken::home() const noexcept { return kEmpty; }
const std::string& LogonToken::shell() const noexcept { return kEmpty; }
Result<Identity> LogonToken::identity() const {
    if (!state_ || !state_->token) {
        return makeError(win32::kInvalidHandle, "the logon token is logged off or moved from",
                         "Read the token's identity before logging off.");
    }
    return win::identityOf(*state_->token);
}
LogonType LogonToken::type() const noexcept { return state_ ? state_->type : LogonType::Interactive; }
LogonProvider LogonToken::provider() const noexcept {
    return state_ ? state_->provider : LogonProvider::Default;
}
const std::string& LogonToken::service() const noexcept { return kEmpty; }
const std::vector<std::string>& LogonToken::steps() const noexcept {
    return state_ ? state_->steps : kNoStrings;
}
const std::vector<std::string>& LogonToken::messages() const noexcept {
    return state_ ? state_->messages : kNoStrings;
}

}  // namespace tokenscope
