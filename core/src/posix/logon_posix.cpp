// LogonUser on Linux: PAM.
#include <security/pam_appl.h>
#include <shadow.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "posix/broker_link.hpp"
#include "posix/pam_error.hpp"
#include "posix/user_database.hpp"
#include "secure_wipe.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxMessages = 32;

// What the PAM conversation needs. Lives on the heap so its address stays fixed while PAM holds
// it, whatever happens to the token that owns it.
struct Conversation {
    Password password;
    std::string user;
    std::vector<std::string> messages;
};

char* copyForPam(std::string_view text) {
    // PAM frees (and Linux-PAM's modules overwrite) what the conversation returns.
    auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy == nullptr) return nullptr;
    copySecret(copy, text.data(), text.size());  // a password: no vector registers
    copy[text.size()] = '\0';
    return copy;
}

void freeResponses(pam_response* responses, int count) {
    if (responses == nullptr) return;
    for (int i = 0; i < count; ++i) {
        if (responses[i].resp != nullptr) {
            secureWipe(responses[i].resp, std::strlen(responses[i].resp));
            std::free(responses[i].resp);
        }
    }
    std::free(responses);
}

extern "C" int converse(int count, const pam_message** messages, pam_response** out, void* data) {
    if (count <= 0 || messages == nullptr || out == nullptr || data == nullptr) return PAM_CONV_ERR;
    auto* conversation = static_cast<Conversation*>(data);
    auto* responses =
        static_cast<pam_response*>(std::calloc(static_cast<std::size_t>(count), sizeof(pam_response)));
    if (responses == nullptr) return PAM_BUF_ERR;
    for (int i = 0; i < count; ++i) {
        // Linux-PAM passes an array of pointers.
        const pam_message* message = messages[i];
        switch (message->msg_style) {
            case PAM_PROMPT_ECHO_OFF:
                // The password prompt. After pam_authenticate the password is gone: a later
                // prompt (a new password, a one-time code) cannot be answered.
                if (conversation->password.empty()) {
                    freeResponses(responses, count);
                    return PAM_CONV_ERR;
                }
                responses[i].resp = copyForPam(conversation->password.view());
                break;
            case PAM_PROMPT_ECHO_ON:
                // A user name prompt (PAM was given the name, so modules rarely ask).
                responses[i].resp = copyForPam(conversation->user);
                break;
            case PAM_ERROR_MSG:
            case PAM_TEXT_INFO:
                if (message->msg != nullptr && conversation->messages.size() < kMaxMessages) {
                    std::string text(message->msg);
                    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
                    if (!text.empty()) conversation->messages.push_back(text.substr(0, 400));
                }
                break;
            default:
                freeResponses(responses, count);
                return PAM_CONV_ERR;
        }
        if ((message->msg_style == PAM_PROMPT_ECHO_OFF || message->msg_style == PAM_PROMPT_ECHO_ON) &&
            responses[i].resp == nullptr) {
            freeResponses(responses, count);
            return PAM_BUF_ERR;
        }
    }
    *out = responses;
    return PAM_SUCCESS;
}

bool isLocalDomain(const std::string& domain) {
    if (domain.empty() || domain == ".") return true;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) return false;
    std::string_view name(host);
    if (const auto dot = name.find('.'); dot != std::string_view::npos) name = name.substr(0, dot);
    return domain.size() == name.size() && ::strncasecmp(domain.c_str(), name.data(), name.size()) == 0;
}

bool validAccountName(const std::string& user) {
    if (user.empty() || user.size() > 256) return false;
    for (const char c : user) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == ':') return false;
    }
    return true;
}

long today() { return static_cast<long>(std::time(nullptr) / 86400); }

// As root the shadow entry tells why pam_unix refused an account; that is what an administrator
// troubleshooting wants to know (a non-root caller cannot read it, and learns nothing more).
void refineFromShadow(Error& error, posix::PamStep step, const std::string& user) {
    if (::geteuid() != 0) return;
    std::vector<char> buffer(4096);
    spwd entry{};
    spwd* found = nullptr;
    if (::getspnam_r(user.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr)
        return;
    const bool locked = found->sp_pwdp != nullptr && found->sp_pwdp[0] == '!';
    // -1 is "never"; 0 is 1970-01-01, what `chage -E 0` sets to expire an account at once.
    const bool expired = found->sp_expire >= 0 && found->sp_expire <= today();
    const bool mustChange = found->sp_lstchg == 0;
    if (step == posix::PamStep::AcctMgmt && expired) {
        const std::string native = std::move(error.native);
        const std::string hint = "The account expired (shadow expiry day " +
                                 std::to_string(found->sp_expire) + "): extend it with `chage -E -1 " + user +
                                 "`.";
        error = makeError(win32::kAccountExpired, native, hint);
    } else if (step == posix::PamStep::AcctMgmt && mustChange) {
        const std::string native = std::move(error.native);
        error = makeError(win32::kPasswordMustChange, native,
                          "The password must be changed first (`passwd " + user + "`).");
    } else if (step == posix::PamStep::Authenticate && locked) {
        error.hint +=
            " As root TokenScope can see that the account's password is locked ('!' in "
            "/etc/shadow, from usermod -L or passwd -l): unlock it with `usermod -U " +
            user + "`.";
    }
}

}  // namespace

struct LogonToken::State {
    std::string user;
    std::string pamUser;
    std::string domain;
    std::string home;
    std::string shell;
    std::string service;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::vector<std::uint32_t> groups;
    LogonType type = LogonType::Interactive;
    LogonProvider provider = LogonProvider::Default;
    std::vector<std::string> steps;
    std::unique_ptr<Conversation> conversation = std::make_unique<Conversation>();
    pam_handle_t* pam = nullptr;
    bool open = false;  // logged on and not yet logged off (the PAM handle may be gone already)
    bool credentials = false;
    bool session = false;
    int lastStatus = PAM_SUCCESS;
    // Set when the logon broker holds the PAM handle and session instead of this process.
    std::unique_ptr<posix::BrokerLink> broker;

    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    ~State() { (void)close(); }

    posix::PamContext context() const {
        posix::PamContext context;
        context.service = service;
        context.user = pamUser;
        context.type = type;
        context.callerIsRoot = ::geteuid() == 0;
        context.callerIsUser = userName(static_cast<std::uint32_t>(::getuid())) == pamUser;
        context.messages = conversation->messages;
        return context;
    }

    Error fail(int code, posix::PamStep step) {
        lastStatus = code;
        Error error = posix::pamError(code, step, context());
        refineFromShadow(error, step, pamUser);
        return error;
    }

    // Closes what was opened, in the reverse order; the first failure is returned.
    Status close() {
        open = false;
        if (broker) {
            Status status = broker->logoff();
            broker.reset();
            return status;
        }
        if (pam == nullptr) return Done{};
        std::optional<Error> first;
        if (session) {
            session = false;
            const int rc = ::pam_close_session(pam, 0);
            if (rc != PAM_SUCCESS && !first) first = fail(rc, posix::PamStep::CloseSession);
        }
        if (credentials) {
            credentials = false;
            const int rc = ::pam_setcred(pam, PAM_DELETE_CRED);
            if (rc != PAM_SUCCESS && !first) first = fail(rc, posix::PamStep::DeleteCred);
        }
        ::pam_end(pam, lastStatus);
        pam = nullptr;
        conversation->password.wipe();
        if (first) return *first;
        return Done{};
    }
};

Result<LogonToken> LogonToken::logon(const LogonRequest& request, Password password) {
    if (auto supported = requireSupported(request.type, request.provider); !supported) {
        password.wipe();
        return supported.error();
    }
    if (!validAccountName(request.user)) {
        password.wipe();
        return makeError(win32::kInvalidAccountName, "user name \"" + request.user.substr(0, 64) + "\"",
                         "Give a user name without control characters or ':'.");
    }
    if (findInSecret(password.view(), '\0') != password.size()) {
        password.wipe();
        return makeError(win32::kInvalidParameter, "the password contains a NUL byte",
                         "PAM takes the password as a C string, so it would check only the part before the "
                         "NUL byte: give the password without it.");
    }
    if (auto service = checkPamService(request.service); !service) {
        password.wipe();
        return service.error();
    }

    auto state = std::make_unique<State>();
    state->domain = request.domain;
    state->service = request.service;
    state->type = request.type;
    state->provider = request.provider;
    const bool qualified = request.user.find_first_of("@\\") != std::string::npos;
    state->pamUser =
        isLocalDomain(request.domain) || qualified ? request.user : request.user + "@" + request.domain;
    state->conversation->password = std::move(password);
    state->conversation->user = state->pamUser;

    const pam_conv conv{&converse, state->conversation.get()};
    const int started = ::pam_start(state->service.c_str(), state->pamUser.c_str(), &conv, &state->pam);
    if (started != PAM_SUCCESS) {
        state->conversation->password.wipe();
        if (state->pam != nullptr) {
            ::pam_end(state->pam, started);
            state->pam = nullptr;
        }
        return posix::pamError(started, posix::PamStep::Start, state->context());
    }
    const std::string caller = userName(static_cast<std::uint32_t>(::getuid()));
    if (!caller.empty()) (void)::pam_set_item(state->pam, PAM_RUSER, caller.c_str());

    const int authenticated = ::pam_authenticate(state->pam, PAM_DISALLOW_NULL_AUTHTOK);
    // PAM has its own copy now (or never will): the password goes.
    state->conversation->password.wipe();
    if (authenticated != PAM_SUCCESS) return state->fail(authenticated, posix::PamStep::Authenticate);
    state->steps.emplace_back("authenticate");

    const int account = ::pam_acct_mgmt(state->pam, PAM_DISALLOW_NULL_AUTHTOK);
    if (account != PAM_SUCCESS) return state->fail(account, posix::PamStep::AcctMgmt);
    state->steps.emplace_back("acct_mgmt");

    // A module may have mapped the name ("DOMAIN\\alice" -> "alice").
    const void* item = nullptr;
    if (::pam_get_item(state->pam, PAM_USER, &item) == PAM_SUCCESS && item != nullptr) {
        state->user = static_cast<const char*>(item);
    } else {
        state->user = state->pamUser;
    }
    auto found = posix::findAccount(state->user);
    if (!found) {
        state->lastStatus = PAM_USER_UNKNOWN;
        return found.error();
    }
    state->user = found->name;
    state->uid = found->uid;
    state->gid = found->gid;
    state->home = found->home;
    state->shell = found->shell;
    auto groups = posix::accountGroups(state->user, state->gid);
    if (!groups) {
        state->lastStatus = PAM_SYSTEM_ERR;
        return groups.error();
    }
    state->groups = std::move(*groups);

    const bool setCredentials = request.type == LogonType::Interactive || request.type == LogonType::Batch ||
                                request.type == LogonType::Service || request.type == LogonType::Unlock;
    const bool openSession = request.type == LogonType::Interactive || request.type == LogonType::Batch;
    if (setCredentials) {
        const int flag = request.type == LogonType::Unlock ? PAM_REINITIALIZE_CRED : PAM_ESTABLISH_CRED;
        const int rc = ::pam_setcred(state->pam, flag);
        if (rc != PAM_SUCCESS) return state->fail(rc, posix::PamStep::SetCred);
        state->credentials = request.type != LogonType::Unlock;
        state->steps.emplace_back("setcred");
    }
    if (openSession) {
        const int rc = ::pam_open_session(state->pam, 0);
        if (rc != PAM_SUCCESS) return state->fail(rc, posix::PamStep::OpenSession);
        state->session = true;
        state->steps.emplace_back("open_session");
    }
    if (!setCredentials && !openSession) {
        // Nothing to close at logoff: end PAM now, so no module keeps state (or a copy of what
        // it was told) while the token lives. (libpam itself wipes PAM_AUTHTOK as
        // pam_authenticate returns.)
        ::pam_end(state->pam, PAM_SUCCESS);
        state->pam = nullptr;
    }
    state->open = true;
    return LogonToken(std::move(state));
}

LogonToken::LogonToken(std::unique_ptr<State> state) noexcept : state_(std::move(state)) {}
LogonToken::LogonToken(LogonToken&& other) noexcept = default;
LogonToken& LogonToken::operator=(LogonToken&& other) noexcept = default;
LogonToken::~LogonToken() = default;

Status LogonToken::logoff() {
    if (!state_) return Done{};
    return state_->close();
}

bool LogonToken::loggedOn() const noexcept { return state_ && state_->open; }

int LogonToken::sessionProcess() const noexcept {
    return state_ && state_->broker ? static_cast<int>(state_->broker->pid()) : 0;
}

int LogonToken::sessionWatchDescriptor() const noexcept {
    return state_ && state_->open && state_->broker ? state_->broker->watchDescriptor() : -1;
}

std::optional<SessionProcessEnd> LogonToken::sessionProcessEnded() {
    if (!state_ || !state_->open || !state_->broker) return std::nullopt;
    const auto status = state_->broker->ended();
    if (!status) return std::nullopt;
    SessionProcessEnd end;
    end.pid = static_cast<int>(state_->broker->pid());
    end.signalled = WIFSIGNALED(*status);
    end.status = end.signalled ? WTERMSIG(*status) : WEXITSTATUS(*status);
    state_->broker.reset();  // reaped: nothing left to log off
    state_->open = false;
    return end;
}

LogonToken posix::makeBrokeredToken(BrokeredLogon logon, std::unique_ptr<BrokerLink> link) {
    auto state = std::make_unique<LogonToken::State>();
    state->user = std::move(logon.user);
    state->pamUser = std::move(logon.pamUser);
    state->domain = std::move(logon.domain);
    state->home = std::move(logon.home);
    state->shell = std::move(logon.shell);
    state->service = std::move(logon.service);
    state->uid = logon.uid;
    state->gid = logon.gid;
    state->groups = std::move(logon.groups);
    state->type = logon.type;
    state->provider = logon.provider;
    state->steps = std::move(logon.steps);
    state->conversation->messages = std::move(logon.messages);
    state->broker = std::move(link);
    state->open = true;
    return LogonToken(std::move(state));
}

namespace {
const std::string kEmpty;
const std::vector<std::uint32_t> kNoGroups;
const std::vector<std::string> kNoStrings;
}  // namespace

const std::string& LogonToken::user() const noexcept { return state_ ? state_->user : kEmpty; }
const std::string& LogonToken::pamUser() const noexcept { return state_ ? state_->pamUser : kEmpty; }
const std::string& LogonToken::domain() const noexcept { return state_ ? state_->domain : kEmpty; }
std::uint32_t LogonToken::uid() const noexcept { return state_ ? state_->uid : 0; }
std::uint32_t LogonToken::gid() const noexcept { return state_ ? state_->gid : 0; }
const std::vector<std::uint32_t>& LogonToken::groups() const noexcept {
    return state_ ? state_->groups : kNoGroups;
}
const std::string& LogonToken::home() const noexcept { return state_ ? state_->home : kEmpty; }
const std::string& LogonToken::shell() const noexcept { return state_ ? state_->shell : kEmpty; }
// The ids the logon resolved, with their names; nothing to read from the kernel.
Result<Identity> LogonToken::identity() const {
    Identity identity;
    identity.user.name = user();
    identity.user.posixId = uid();
    identity.primaryGroup.name = groupName(gid());
    identity.primaryGroup.posixId = gid();
    for (const auto id : groups()) {
        Principal group;
        group.name = groupName(id);
        group.posixId = id;
        identity.groups.push_back(std::move(group));
    }
    return identity;
}
LogonType LogonToken::type() const noexcept { return state_ ? state_->type : LogonType::Interactive; }
LogonProvider LogonToken::provider() const noexcept {
    return state_ ? state_->provider : LogonProvider::Default;
}
const std::string& LogonToken::service() const noexcept { return state_ ? state_->service : kEmpty; }
const std::vector<std::string>& LogonToken::steps() const noexcept {
    return state_ ? state_->steps : kNoStrings;
}
const std::vector<std::string>& LogonToken::messages() const noexcept {
    return state_ ? state_->conversation->messages : kNoStrings;
}

}  // namespace tokenscope
