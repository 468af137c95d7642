// The logon broker on Linux: the client (posix_spawn + socketpair) and the broker's serving loop.
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "logon_broker_cancel.hpp"
#include "posix/broker_link.hpp"
#include "posix/broker_protocol.hpp"
#include "posix/unique_fd.hpp"
#include "secure_wipe.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/logon_broker.hpp"

extern char** environ;

namespace tokenscope {

namespace b = posix::broker;

void LogonCancellationAccess::end(int pid) noexcept { (void)::kill(pid, SIGKILL); }

namespace {

constexpr int kBrokerFd = 3;  // the broker finds its socket here

std::string describeExit(int status) {
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return "ended by signal " + std::to_string(WTERMSIG(status));
    return "ended";
}

// Waits for the broker; EINTR is retried. Returns the wait status (0 when it cannot be had).
int reap(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return 0;
    }
    return status;
}

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Waits `grace` at most for a broker that closed its socket (it is exiting) to end, then kills it;
// reaps it either way. Returns the wait status.
int reapWithin(pid_t pid, milliseconds grace) {
    const auto deadline = Clock::now() + grace;
    int status = 0;
    for (;;) {
        const pid_t got = ::waitpid(pid, &status, WNOHANG);
        if (got == pid) return status;
        if (got < 0 && errno != EINTR) return 0;
        if (Clock::now() >= deadline) break;
        ::usleep(10'000);
    }
    (void)::kill(pid, SIGKILL);
    return reap(pid);
}

// "30 s", "0.5 s".
std::string secondsText(milliseconds span) {
    const auto ms = span.count();
    if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
    const auto tenths = (ms + 50) / 100;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

enum class Reply { Answered, Closed, TimedOut };

// Waits until `deadline` at most for the broker's next frame. A frame that starts in time must
// also end in time: the socket's receive timeout is what is left.
Reply readReply(int fd, std::string& reply, Clock::time_point deadline) {
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) return Reply::TimedOut;
        pollfd watch{fd, POLLIN, 0};
        const int ready = ::poll(&watch, 1, static_cast<int>(std::min<long long>(left.count(), 60'000)));
        if (ready < 0 && errno != EINTR) return Reply::Closed;
        if (ready <= 0) continue;
        const auto rest = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        timeval timeout{};
        timeout.tv_sec = static_cast<time_t>(std::max<long long>(rest.count(), 1000) / 1'000'000);
        timeout.tv_usec = static_cast<suseconds_t>(std::max<long long>(rest.count(), 1000) % 1'000'000);
        (void)::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (b::readFrame(fd, reply)) return Reply::Answered;
        return errno == EAGAIN || errno == EWOULDBLOCK ? Reply::TimedOut : Reply::Closed;
    }
}

const char* const kAbandonedHint =
    "The logon broker was stuck or stopped. Its PAM session may still be open: check the system's "
    "sessions (loginctl list-sessions, who) and end it there if needed.";

Error abandoned(pid_t pid, std::string_view what) {
    return makeError(win32::kNoSuchLogonSession,
                     "the logon broker (pid " + std::to_string(pid) + ") " + std::string(what) +
                         "; the PAM session may not have been closed cleanly",
                     kAbandonedHint);
}

Error brokerGone(pid_t pid, int status, std::string_view what) {
    return makeError(win32::kNoSuchLogonSession,
                     "the logon broker (pid " + std::to_string(pid) + ") " + std::string(what) + ", " +
                         describeExit(status),
                     "The process that held the logon ended: log on again. If it keeps happening, run "
                     "tokenscope-cli logon with the same user and type to see PAM's own answer.");
}

bool knownType(std::uint32_t value) {
    const auto& types = logonTypes();
    return std::any_of(types.begin(), types.end(), [value](const LogonTypeInfo& info) {
        return static_cast<std::uint32_t>(info.type) == value;
    });
}

bool knownProvider(std::uint32_t value) {
    const auto& providers = logonProviders();
    return std::any_of(providers.begin(), providers.end(), [value](const LogonProviderInfo& info) {
        return static_cast<std::uint32_t>(info.provider) == value;
    });
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
    return {views.begin(), views.end()};
}

Result<posix::BrokeredLogon> decodeLoggedOn(const b::Frame& frame, const LogonRequest& request) {
    const auto& f = frame.fields;
    posix::BrokeredLogon logon;
    logon.user = std::string(f[0]);
    logon.pamUser = std::string(f[1]);
    const auto uid = b::decodeNumber(f[2]);
    const auto gid = b::decodeNumber(f[3]);
    auto groups = b::decodeList(f[6]);
    auto steps = b::decodeList(f[7]);
    auto messages = b::decodeList(f[8]);
    if (!uid || !gid) return makeError(win32::kInvalidParameter, "logon broker message: ids are not numbers");
    if (!groups) return groups.error();
    if (!steps) return steps.error();
    if (!messages) return messages.error();
    for (const auto group : *groups) {
        const auto id = b::decodeNumber(group);
        if (!id)
            return makeError(win32::kInvalidParameter, "logon broker message: a group id is not a number");
        logon.groups.push_back(*id);
    }
    logon.uid = *uid;
    logon.gid = *gid;
    logon.home = std::string(f[4]);
    logon.shell = std::string(f[5]);
    logon.steps = strings(*steps);
    logon.messages = strings(*messages);
    logon.domain = request.domain;
    logon.service = request.service;
    logon.type = request.type;
    logon.provider = request.provider;
    return logon;
}

void send(int fd, b::FrameWriter& writer) {
    if (auto frame = writer.finish()) (void)b::writeFrame(fd, *frame);
    writer.wipe();
}

// Blocks SIGTERM, SIGHUP and SIGINT on the calling thread while it lives and reads them from a
// signalfd; the previous mask comes back on destruction.
class StopSignals {
public:
    StopSignals() {
        sigemptyset(&set_);
        for (const int signal : {SIGTERM, SIGHUP, SIGINT}) sigaddset(&set_, signal);
        ::pthread_sigmask(SIG_BLOCK, &set_, &previous_);
        fd_.reset(::signalfd(-1, &set_, SFD_CLOEXEC));
    }
    ~StopSignals() {
        fd_.reset();
        ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    [[nodiscard]] int get() const noexcept { return fd_.get(); }

private:
    sigset_t set_{};
    sigset_t previous_{};
    posix::UniqueFd fd_;
};

// True when `fd` has something to read (a frame or the end of the stream); false when a stop
// signal came first.
bool waitForClientOrSignal(int fd, int signals) {
    pollfd watched[2] = {{fd, POLLIN, 0}, {signals, POLLIN, 0}};
    for (;;) {
        const int ready = ::poll(watched, signals >= 0 ? 2 : 1, -1);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return true;  // let the read report it
        if (signals >= 0 && (watched[1].revents & POLLIN) != 0) {
            signalfd_siginfo info{};  // taken, so it is not delivered when the mask comes back
            (void)!::read(signals, &info, sizeof info);
            return false;
        }
        return true;
    }
}

}  // namespace

std::string defaultLogonBrokerPath() {
    std::array<char, 4096> self{};
    const ssize_t length = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length <= 0) return "tokenscope-logon-broker";
    std::string path(self.data(), static_cast<std::size_t>(length));
    const auto slash = path.rfind('/');
    return path.substr(0, slash == std::string::npos ? 0 : slash + 1) + "tokenscope-logon-broker";
}

std::vector<std::string> logonBrokerEnvironment() {
    std::vector<std::string> environment{"PATH=/usr/sbin:/usr/bin:/sbin:/bin"};
    constexpr std::array<std::string_view, 6> kExact{"LANG",         "LC_ALL",       "LC_MESSAGES",
                                                     "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"};
    constexpr std::array<std::string_view, 3> kPrefixes{"LD_PRELOAD=", "PAM_WRAPPER", "NSS_WRAPPER"};
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const auto name = text.substr(0, text.find('='));
        const bool exact = std::find(kExact.begin(), kExact.end(), name) != kExact.end();
        const bool prefixed = std::any_of(kPrefixes.begin(), kPrefixes.end(),
                                          [&](std::string_view prefix) { return text.starts_with(prefix); });
        if (exact || prefixed) environment.emplace_back(text);
    }
    return environment;
}

Result<LogonToken> logonThroughBroker(const LogonRequest& request, Password password,
                                      const LogonBrokerOptions& options) {
    const std::string program = options.program.empty() ? defaultLogonBrokerPath() : options.program;
    if (::access(program.c_str(), X_OK) != 0) {
        const int err = errno;
        password.wipe();
        return errnoError(
            err, "logon broker " + program,
            "Install tokenscope-logon-broker beside tokenscope (it is part of the same build).");
    }
    LogonCancellation* cancellation = options.cancellation;
    if (cancellation != nullptr && cancellation->cancelled()) {
        password.wipe();
        return makeError(win32::kCancelled, "the logon was cancelled before the logon broker started");
    }

    int pair[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        const int err = errno;
        password.wipe();
        return errnoError(err, "socketpair");
    }
    posix::UniqueFd ours(pair[0]);
    posix::UniqueFd theirs(pair[1]);
    if (theirs.get() <= kBrokerFd) {
        // dup2 onto itself would keep close-on-exec: move it out of the way first.
        theirs.reset(::fcntl(theirs.get(), F_DUPFD_CLOEXEC, kBrokerFd + 1));
        if (!theirs) {
            const int err = errno;
            password.wipe();
            return errnoError(err, "fcntl F_DUPFD_CLOEXEC");
        }
    }

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawnattr_init(&attributes);
    ::posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_adddup2(&actions, theirs.get(), kBrokerFd);
    // Whatever a library of ours opened without close-on-exec stays here too.
    ::posix_spawn_file_actions_addclosefrom_np(&actions, kBrokerFd + 1);
    sigset_t none;
    sigset_t all;
    sigemptyset(&none);
    sigfillset(&all);
    ::posix_spawnattr_setsigmask(&attributes, &none);
    ::posix_spawnattr_setsigdefault(&attributes, &all);
    // Its own session: a terminal's Ctrl-C or hang-up does not end it behind our back.
    ::posix_spawnattr_setflags(&attributes,
                               POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSID);

    const std::vector<std::string> environment =
        options.environment.empty() ? logonBrokerEnvironment() : options.environment;
    std::vector<char*> envp;
    for (const auto& entry : environment) envp.push_back(const_cast<char*>(entry.c_str()));
    envp.push_back(nullptr);
    std::string name = "tokenscope-logon-broker";
    char* argv[] = {name.data(), nullptr};

    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, argv, envp.data());
    ::posix_spawn_file_actions_destroy(&actions);
    ::posix_spawnattr_destroy(&attributes);
    theirs.reset();
    if (spawned != 0) {
        password.wipe();
        return errnoError(spawned, "posix_spawn " + program);
    }
    if (cancellation != nullptr && !LogonCancellationAccess::publish(*cancellation, pid)) {
        ::kill(pid, SIGKILL);
        (void)reap(pid);
        password.wipe();
        return makeError(win32::kCancelled, "the logon was cancelled; the logon broker was ended");
    }

    // The request, with the password, in one buffer sized up front and wiped once sent.
    {
        b::FrameWriter writer(b::Kind::LogonRequest, request.user.size() + request.domain.size() +
                                                         request.service.size() + password.size() + 64);
        writer.field(request.user)
            .field(request.domain)
            .number(static_cast<std::uint32_t>(request.type))
            .number(static_cast<std::uint32_t>(request.provider))
            .field(request.service)
            .secretField(password.view());
        password.wipe();
        auto frame = writer.finish();
        if (frame) (void)b::writeFrame(ours.get(), *frame);  // a broker that died is seen below
        writer.wipe();
        if (!frame) {
            ::kill(pid, SIGKILL);
            if (cancellation != nullptr) (void)LogonCancellationAccess::withdraw(*cancellation);
            (void)reap(pid);
            return frame.error();
        }
    }

    std::string reply;
    const Reply got = readReply(ours.get(), reply, Clock::now() + options.logonTimeout);
    const bool answered = got == Reply::Answered;
    const int readError = errno;
    const bool cancelled = cancellation != nullptr && LogonCancellationAccess::withdraw(*cancellation);
    if (!answered) {
        ::kill(pid, SIGKILL);
        const int status = reap(pid);
        if (cancelled)
            return makeError(win32::kCancelled, "the logon was cancelled; the logon broker (pid " +
                                                    std::to_string(pid) + ") was ended");
        if (got == Reply::TimedOut)
            return abandoned(pid, "did not answer the logon within " + secondsText(options.logonTimeout) +
                                      " and was ended");
        if (readError != 0 && readError != EIO)
            return errnoError(readError, "read from the logon broker (pid " + std::to_string(pid) + ")");
        return brokerGone(pid, status, "ended without an answer");
    }
    auto frame = b::decodeFrame(reply);
    if (!frame || (frame->kind != b::Kind::LoggedOn && frame->kind != b::Kind::Failure)) {
        ::kill(pid, SIGKILL);
        (void)reap(pid);
        if (!frame) return frame.error();
        return makeError(win32::kInvalidParameter, "logon broker message: an answer of the wrong kind");
    }
    if (frame->kind == b::Kind::Failure) {
        ours.reset();  // the broker exits after a refusal; closing our end makes sure
        (void)reapWithin(pid, options.logoffTimeout);
        return b::decodeFailure(*frame);
    }
    auto logon = decodeLoggedOn(*frame, request);
    if (!logon) {
        ours.reset();  // the broker sees the end of the stream and logs off
        (void)reapWithin(pid, options.logoffTimeout);
        return logon.error();
    }
    return posix::makeBrokeredToken(
        std::move(*logon), std::make_unique<posix::BrokerLink>(std::move(ours), pid, options.logoffTimeout,
                                                               options.logoffCancellation));
}

namespace posix {

BrokerLink::~BrokerLink() { (void)logoff(); }

std::optional<int> BrokerLink::ended() {
    if (done_) return std::nullopt;
    pollfd watch{socket_.get(), POLLIN | POLLRDHUP, 0};
    int ready = 0;
    while ((ready = ::poll(&watch, 1, 0)) < 0 && errno == EINTR) {
    }
    if (ready <= 0) return std::nullopt;
    done_ = true;
    socket_.reset();  // a broker that still runs sees the end of the stream and closes the session
    return reapWithin(pid_, std::chrono::seconds(1));
}

Status BrokerLink::logoff() {
    if (done_) return Done{};
    done_ = true;
    if (abandon_ != nullptr && !LogonCancellationAccess::publish(*abandon_, pid_)) {
        socket_.reset();
        (void)::kill(pid_, SIGKILL);
        (void)reap(pid_);
        return abandoned(pid_, "was ended before it was asked to log off");
    }
    b::FrameWriter writer(b::Kind::Logoff);
    auto frame = writer.finish();
    std::string reply;
    // The frame is a few bytes into an empty socket buffer: the send does not block.
    const bool sent = frame && b::writeFrame(socket_.get(), *frame);
    const Reply got = sent ? readReply(socket_.get(), reply, Clock::now() + logoffTimeout_) : Reply::Closed;
    const bool cut = abandon_ != nullptr && LogonCancellationAccess::withdraw(*abandon_);
    socket_.reset();
    if (got == Reply::TimedOut) (void)::kill(pid_, SIGKILL);
    // A broker that answered, or closed its end, is exiting: it gets a moment, then SIGKILL.
    const int status = reapWithin(pid_, std::chrono::seconds(2));
    if (got == Reply::TimedOut)
        return abandoned(pid_, "did not answer within " + secondsText(logoffTimeout_) + " and was ended");
    if (got != Reply::Answered) {
        if (cut && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            return abandoned(pid_, "was ended before it answered the logoff");
        return brokerGone(pid_, status, "was gone at logoff");
    }
    auto decoded = b::decodeFrame(reply);
    if (!decoded) return decoded.error();
    if (decoded->kind == b::Kind::Failure) {
        return b::decodeFailure(*decoded);
    }
    if (decoded->kind != b::Kind::LoggedOff)
        return makeError(win32::kInvalidParameter, "logon broker message: an answer of the wrong kind");
    return Done{};
}

}  // namespace posix

int serveLogonBroker(int fd) {
    // SIGTERM, SIGHUP and SIGINT are read from a signalfd (descriptor 4, the first free one after
    // the socket; close-on-exec): while the broker waits for the request they end it at once
    // (exit status 1; nothing is held yet); during PAM's logon they wait until the logon is done,
    // and then end it properly.
    StopSignals stopSignals;
    if (!waitForClientOrSignal(fd, stopSignals.get())) return 1;
    std::string payload;
    if (!b::readFrame(fd, payload)) return errno == 0 ? 0 : 2;
    LogonRequest request;
    Password password;
    {
        auto frame = b::decodeFrame(payload);
        if (!frame || frame->kind != b::Kind::LogonRequest) {
            secureWipe(payload.data(), payload.size());
            b::FrameWriter writer(b::Kind::Failure);
            writeFailure(writer, frame ? makeError(win32::kInvalidParameter,
                                                   "logon broker message: not a logon request")
                                       : frame.error());
            send(fd, writer);
            return 2;
        }
        const auto& f = frame->fields;
        password = Password(f[5].data(), f[5].size());
        request.user = std::string(f[0]);
        request.domain = std::string(f[1]);
        request.service = std::string(f[4]);
        const auto type = b::decodeNumber(f[2]);
        const auto provider = b::decodeNumber(f[3]);
        secureWipe(payload.data(), payload.size());
        if (!type || !provider || !knownType(*type) || !knownProvider(*provider)) {
            password.wipe();
            b::FrameWriter writer(b::Kind::Failure);
            writeFailure(writer, makeError(win32::kInvalidParameter,
                                           "logon broker message: unknown logon type or provider"));
            send(fd, writer);
            return 2;
        }
        request.type = static_cast<LogonType>(*type);
        request.provider = static_cast<LogonProvider>(*provider);
    }

    auto token = LogonToken::logon(request, std::move(password));
    if (!token) {
        b::FrameWriter writer(b::Kind::Failure);
        writeFailure(writer, token.error());
        send(fd, writer);
        return 0;
    }
    {
        b::FrameWriter writer(b::Kind::LoggedOn);
        writer.field(token->user())
            .field(token->pamUser())
            .number(token->uid())
            .number(token->gid())
            .field(token->home())
            .field(token->shell())
            .numbers(token->groups())
            .list(token->steps())
            .list(token->messages());
        send(fd, writer);
    }

    // Hold the logon until the client logs off or goes away (the end of the stream), or a
    // termination signal arrives (system shutdown, an administrator): then close it too.
    if (!waitForClientOrSignal(fd, stopSignals.get())) {
        (void)token->logoff();
        return 1;
    }
    if (!b::readFrame(fd, payload)) {
        const bool clean = errno == 0;
        const Status status = token->logoff();
        return !clean ? 2 : status ? 0 : 1;
    }
    auto frame = b::decodeFrame(payload);
    if (!frame || frame->kind != b::Kind::Logoff) {
        (void)token->logoff();
        return 2;
    }
    const Status status = token->logoff();
    b::FrameWriter writer(status ? b::Kind::LoggedOff : b::Kind::Failure);
    if (!status) writeFailure(writer, status.error());
    send(fd, writer);
    return status ? 0 : 1;
}

}  // namespace tokenscope
