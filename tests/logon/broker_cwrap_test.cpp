// Logon through the logon broker (tokenscope-logon-broker) with cwrap's pam_matrix: right and
// wrong password, ids handed back, the session held by the broker and closed at logoff, cancel,
// the client's death, and no descriptor or zombie left behind. Each test that needs a session
// it can watch writes its own PAM service (pam_matrix plus pam_exec recording open_session and
// close_session with the recording process's parent, the broker) and points pam_wrapper at it.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tokenscope/errors.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon_broker.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr const char* kBroker = TOKENSCOPE_BROKER_PATH;
constexpr const char* kPassdb = TOKENSCOPE_CWRAP_PASSDB;
constexpr const char* kMatrix = TOKENSCOPE_PAM_MATRIX;
constexpr const char* kPamExec = "/usr/lib/x86_64-linux-gnu/security/pam_exec.so";

Password secret(std::string_view text) { return Password(text.data(), text.size()); }

// The open descriptors, each with what it points to (so a failure shows what leaked).
std::vector<std::string> openFds() {
    std::vector<std::string> fds;
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator("/proc/self/fd"))
        fds.push_back(entry.path().filename().string() + " " +
                      fs::read_symlink(entry.path(), ignored).string());
    std::sort(fds.begin(), fds.end());
    return fds;
}

std::vector<std::string> brokerFds(int pid) {
    std::vector<std::string> fds;
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd"))
        fds.push_back(entry.path().filename().string() + " " +
                      fs::read_symlink(entry.path(), ignored).string());
    std::sort(fds.begin(), fds.end());
    return fds;
}

bool noChildren() {
    int status = 0;
    return ::waitpid(-1, &status, WNOHANG) < 0 && errno == ECHILD;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class BrokerLogon : public ::testing::Test {
protected:
    void SetUp() override {
        const char* wrapper = std::getenv("PAM_WRAPPER");
        if (wrapper == nullptr || std::string(wrapper) != "1")
            GTEST_SKIP() << "pam_wrapper is not preloaded (run through ctest)";
        if (::access(kPamExec, R_OK) != 0) GTEST_SKIP() << "pam_exec.so is not installed";
        dir_ = fs::temp_directory_path() / ("tokenscope-broker-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_ / "pam.d");
        const fs::path record = dir_ / "record.sh";
        std::ofstream(record) << "#!/bin/sh\necho \"$PAM_TYPE $PPID\" >> " << (dir_ / "sessions").string()
                              << "\n"
                              << "[ -n \"$TOKENSCOPE_TEST_PAM_SLEEP\" ] && sleep 5\nexit 0\n";
        fs::permissions(record, fs::perms::owner_all);
        const std::string matrix = std::string(kMatrix) + " passdb=" + kPassdb;
        std::ofstream(dir_ / "pam.d" / "tokenscope-test")
            << "auth     required " << matrix << "\n"
            << "account  required " << matrix << "\n"
            << "session  required " << matrix << "\n"
            << "session  required " << kPamExec << " " << record.string() << "\n";
        // A slow service: its auth step takes five seconds (what PAM's failure delay looks like).
        std::ofstream(dir_ / "pam.d" / "tokenscope-slow")
            << "auth     required " << kPamExec << " /bin/sleep 5\n"
            << "auth     required " << matrix << "\n"
            << "account  required " << matrix << "\n";
        previous_ = std::getenv("PAM_WRAPPER_SERVICE_DIR");
        ::setenv("PAM_WRAPPER_SERVICE_DIR", (dir_ / "pam.d").c_str(), 1);
        options_.program = kBroker;
        // nss_wrapper opens its user and group files on first use and keeps them: open them now,
        // so descriptor counts compare like with like.
        (void)::getpwnam("tsalice");
        (void)::getgrgid(4300);
    }
    void TearDown() override {
        if (!previous_.empty()) ::setenv("PAM_WRAPPER_SERVICE_DIR", previous_.c_str(), 1);
        std::error_code ignored;
        if (!dir_.empty()) fs::remove_all(dir_, ignored);
    }

    LogonRequest request(const std::string& user, LogonType type = LogonType::Interactive,
                         const std::string& service = "tokenscope-test") {
        LogonRequest r;
        r.user = user;
        r.type = type;
        r.service = service;
        return r;
    }
    std::string sessions() { return readFile(dir_ / "sessions"); }

    fs::path dir_;
    std::string previous_;
    LogonBrokerOptions options_;
};

TEST_F(BrokerLogon, RightPasswordLogsOnInTheBrokerWhichHoldsTheSessionUntilLogoff) {
    const auto fdsBefore = openFds();
    auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_TRUE(token.ok()) << token.error().summary() << " " << token.error().native;
    EXPECT_TRUE(token->loggedOn());
    EXPECT_EQ(token->user(), "tsalice");
    EXPECT_EQ(token->uid(), 4242u);
    EXPECT_EQ(token->gid(), 4242u);
    EXPECT_NE(std::find(token->groups().begin(), token->groups().end(), 4300u), token->groups().end());
    EXPECT_EQ(token->home(), "/nonexistent/tsalice");
    EXPECT_EQ(token->steps(),
              (std::vector<std::string>{"authenticate", "acct_mgmt", "setcred", "open_session"}));
    const int broker = token->sessionProcess();
    ASSERT_GT(broker, 0);
    EXPECT_NE(broker, ::getpid());
    EXPECT_EQ(::kill(broker, 0), 0);  // alive, holding the session
    EXPECT_EQ(sessions(), "open_session " + std::to_string(broker) + "\n");
    EXPECT_EQ(openFds().size(), fdsBefore.size() + 1);  // our end of the socket, nothing else

    // The broker has exactly stdin, stdout, stderr and its socket (it is not dumpable: root reads it).
    if (::geteuid() == 0) {
        // 0-2, the socket as 3, its own signalfd as 4; and what PAM's modules opened (under
        // cwrap nss_wrapper's user and group files). Nothing else, and nothing inherited.
        auto fds = brokerFds(broker);
        std::erase_if(fds, [](const std::string& fd) {
            return fd.ends_with("/tests/cwrap/passwd") || fd.ends_with("/tests/cwrap/group");
        });
        ASSERT_EQ(fds.size(), 5u) << ::testing::PrintToString(fds);
        EXPECT_EQ(fds[0], "0 /dev/null");
        EXPECT_EQ(fds[1], "1 /dev/null");
        EXPECT_TRUE(fds[3].starts_with("3 socket:")) << fds[3];
        EXPECT_EQ(fds[4], "4 anon_inode:[signalfd]");
        // Its environment is the clean one.
        const std::string environ = readFile("/proc/" + std::to_string(broker) + "/environ");
        EXPECT_NE(environ.find("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), std::string::npos);
        EXPECT_EQ(environ.find("HOME="), std::string::npos);
    }

    // The impersonation works on the broker's ids, in this process.
    if (::geteuid() == 0) {
        std::thread worker([&] {
            auto guard = ImpersonationGuard::impersonate(*token);
            ASSERT_TRUE(guard.ok()) << guard.error().summary();
            EXPECT_EQ(::syscall(SYS_geteuid), 4242);
        });
        worker.join();
    }

    auto status = token->logoff();
    EXPECT_TRUE(status.ok()) << status.error().summary();
    EXPECT_FALSE(token->loggedOn());
    EXPECT_EQ(sessions(),
              "open_session " + std::to_string(broker) + "\nclose_session " + std::to_string(broker) + "\n");
    EXPECT_TRUE(noChildren());  // reaped: no zombie
    EXPECT_EQ(openFds(), fdsBefore);
}

TEST_F(BrokerLogon, WrongPasswordIsLogonFailureWithTheNativePamDetail) {
    const auto fdsBefore = openFds();
    auto token = logonThroughBroker(request("tsalice"), secret("wrong"), options_);
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kLogonFailure);
    EXPECT_EQ(token.error().name, "ERROR_LOGON_FAILURE");
    EXPECT_NE(token.error().native.find("pam_authenticate"), std::string::npos) << token.error().native;
    EXPECT_NE(token.error().native.find("PAM_AUTH_ERR"), std::string::npos) << token.error().native;
    EXPECT_FALSE(token.error().hint.empty());
    EXPECT_TRUE(noChildren());
    EXPECT_EQ(openFds(), fdsBefore);
    EXPECT_EQ(sessions(), "");  // no session was opened
}

TEST_F(BrokerLogon, NetworkLogonOpensNoSession) {
    auto token =
        logonThroughBroker(request("tsalice", LogonType::Network), secret("Alice-Secret-1"), options_);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    EXPECT_EQ(token->steps(), (std::vector<std::string>{"authenticate", "acct_mgmt"}));
    EXPECT_TRUE(token->logoff().ok());
    EXPECT_EQ(sessions(), "");
    EXPECT_TRUE(noChildren());
}

TEST_F(BrokerLogon, UnsupportedTypeAndNulInPasswordAreRefusedByTheBroker) {
    auto newCredentials =
        logonThroughBroker(request("tsalice", LogonType::NewCredentials), secret("Alice-Secret-1"), options_);
    ASSERT_FALSE(newCredentials.ok());
    EXPECT_EQ(newCredentials.error().code, win32::kNotSupported);
    auto nul = logonThroughBroker(request("tsalice"), Password("Alice\0Secret", 12), options_);
    ASSERT_FALSE(nul.ok());
    EXPECT_EQ(nul.error().code, win32::kInvalidParameter);
    EXPECT_TRUE(noChildren());
}

TEST_F(BrokerLogon, AMissingBrokerIsFileNotFoundWithAHint) {
    options_.program = (dir_ / "no-such-broker").string();
    auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kFileNotFound);
    EXPECT_NE(token.error().hint.find("tokenscope-logon-broker"), std::string::npos);
}

TEST_F(BrokerLogon, CancelEndsTheBrokerAtOnceAndLeavesNothingBehind) {
    const auto fdsBefore = openFds();
    LogonCancellation cancellation;
    options_.cancellation = &cancellation;
    const auto start = std::chrono::steady_clock::now();
    std::thread canceller([&] {
        std::this_thread::sleep_for(500ms);
        cancellation.cancel();
    });
    auto token = logonThroughBroker(request("tsalice", LogonType::Network, "tokenscope-slow"),
                                    secret("Alice-Secret-1"), options_);
    canceller.join();
    const auto took = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kCancelled) << token.error().summary();
    EXPECT_LT(took, 3s);  // not the five seconds the service takes
    EXPECT_TRUE(noChildren());
    EXPECT_EQ(openFds(), fdsBefore);

    // A cancel before the logon starts stops it before any broker runs; reset() re-arms.
    auto again = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, win32::kCancelled);
    cancellation.reset();
    auto after = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    EXPECT_TRUE(after.ok()) << after.error().summary();
}

TEST_F(BrokerLogon, WhenTheClientDiesTheBrokerClosesTheSessionAndExits) {
    // Orphans come to us, so the broker can be waited for after its client is gone.
    ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    int pipe[2];
    ASSERT_EQ(::pipe(pipe), 0);
    const pid_t client = ::fork();
    if (client == 0) {
        ::close(pipe[0]);
        auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
        const int broker = token.ok() ? token->sessionProcess() : -1;
        (void)!::write(pipe[1], &broker, sizeof broker);
        ::pause();  // killed here, holding the logon
        ::_exit(0);
    }
    ::close(pipe[1]);
    int broker = 0;
    ASSERT_EQ(::read(pipe[0], &broker, sizeof broker), static_cast<ssize_t>(sizeof broker));
    ::close(pipe[0]);
    ASSERT_GT(broker, 0);
    EXPECT_EQ(sessions(), "open_session " + std::to_string(broker) + "\n");

    ASSERT_EQ(::kill(client, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(client, &status, 0), client);
    // The broker sees the end of the stream, closes the session and exits on its own, cleanly.
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    pid_t waited = 0;
    while (waited == 0 && std::chrono::steady_clock::now() < deadline) {
        waited = ::waitpid(broker, &status, WNOHANG);
        if (waited == 0) std::this_thread::sleep_for(20ms);
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 0);
    ASSERT_EQ(waited, broker) << "the broker outlived its client";
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    EXPECT_EQ(sessions(),
              "open_session " + std::to_string(broker) + "\nclose_session " + std::to_string(broker) + "\n");
}

// A hundred logon -> logoff cycles through the broker, right and wrong passwords alternating:
// descriptors flat, no child left, every session closed.
TEST_F(BrokerLogon, HundredCyclesLeaveNoDescriptorOrProcessBehind) {
    const auto fdsBefore = openFds();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 100; ++i) {
        auto token =
            logonThroughBroker(request("tsalice"), secret(i % 2 ? "wrong" : "Alice-Secret-1"), options_);
        ASSERT_EQ(token.ok(), i % 2 == 0) << i;
        if (token.ok()) {
            ASSERT_TRUE(token->logoff().ok()) << i;
        }
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count();
    std::printf("100 broker logon cycles (50 logged on and off, 50 refused): %lld ms\n",
                static_cast<long long>(ms));
    EXPECT_EQ(openFds(), fdsBefore);
    EXPECT_TRUE(noChildren());
    std::istringstream log(sessions());
    int opened = 0;
    int closed = 0;
    for (std::string line; std::getline(log, line);) {
        opened += line.starts_with("open_session ") ? 1 : 0;
        closed += line.starts_with("close_session ") ? 1 : 0;
    }
    EXPECT_EQ(opened, 50);
    EXPECT_EQ(closed, 50);
}

TEST_F(BrokerLogon, SigtermMakesTheBrokerCloseTheSessionBeforeItExits) {
    auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    const int broker = token->sessionProcess();
    ASSERT_EQ(::kill(broker, SIGTERM), 0);
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (sessions().find("close_session") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(20ms);
    EXPECT_EQ(sessions(),
              "open_session " + std::to_string(broker) + "\nclose_session " + std::to_string(broker) + "\n");
    // The token learns at logoff that its broker is gone, and reaps it.
    auto status = token->logoff();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kNoSuchLogonSession);
    EXPECT_NE(status.error().native.find("exited with status 1"), std::string::npos) << status.error().native;
    EXPECT_TRUE(noChildren());
}

// Continues a stopped broker after ten seconds unless the test is done by then, so a client that
// waits on it without a deadline fails the test instead of hanging it. With `cancel`, cancels it
// after 300 ms first.
class StoppedBrokerWatchdog {
public:
    explicit StoppedBrokerWatchdog(int broker, LogonCancellation* cancel = nullptr)
        : thread_([this, broker, cancel] {
              for (int i = 0; i < 1000 && !done_; ++i) {
                  if (i == 30 && cancel != nullptr) cancel->cancel();
                  std::this_thread::sleep_for(10ms);
              }
              if (!done_) (void)::kill(broker, SIGCONT);
          }) {}
    ~StoppedBrokerWatchdog() { dismiss(); }
    void dismiss() {
        done_ = true;
        if (thread_.joinable()) thread_.join();
    }

private:
    std::atomic<bool> done_{false};
    std::thread thread_;
};

// A broker that stops answering (here: SIGSTOP) holds the logoff for logoffTimeout at most: then
// it is killed and reaped, and the error says the session was abandoned.
TEST_F(BrokerLogon, AStoppedBrokerIsKilledAndReapedWhenTheLogoffDeadlinePasses) {
    options_.logoffTimeout = 500ms;
    auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    const int broker = token->sessionProcess();
    ASSERT_EQ(::kill(broker, SIGSTOP), 0);
    StoppedBrokerWatchdog watchdog(broker);
    const auto start = std::chrono::steady_clock::now();
    auto status = token->logoff();
    const auto took = std::chrono::steady_clock::now() - start;
    watchdog.dismiss();
    std::printf("logoff of a stopped broker with a 500 ms deadline: %lld ms\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kNoSuchLogonSession);
    EXPECT_NE(status.error().native.find("did not answer within 0.5 s and was ended"), std::string::npos)
        << status.error().native;
    EXPECT_NE(status.error().native.find("may not have been closed cleanly"), std::string::npos)
        << status.error().native;
    EXPECT_GE(took, 450ms);
    EXPECT_LT(took, 5s);
    EXPECT_FALSE(token->loggedOn());
    EXPECT_TRUE(noChildren());  // killed and reaped: no zombie
    EXPECT_NE(::kill(broker, 0), 0);
}

// logoffCancellation ends a logoff that waits on a stopped broker from another thread, well
// before its deadline (30 s by default); the broker is killed and reaped.
TEST_F(BrokerLogon, ALogoffCancelledFromAnotherThreadEndsTheStoppedBrokerAtOnce) {
    LogonCancellation abandon;
    options_.logoffCancellation = &abandon;
    auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    const int broker = token->sessionProcess();
    ASSERT_EQ(::kill(broker, SIGSTOP), 0);
    StoppedBrokerWatchdog watchdog(broker, &abandon);
    const auto start = std::chrono::steady_clock::now();
    auto status = token->logoff();
    const auto took = std::chrono::steady_clock::now() - start;
    watchdog.dismiss();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kNoSuchLogonSession);
    EXPECT_NE(status.error().native.find("was ended before it answered the logoff"), std::string::npos)
        << status.error().native;
    EXPECT_LT(took, 5s);
    EXPECT_TRUE(noChildren());
}

// A logon the broker does not answer within logonTimeout (here: an auth step of five seconds
// against 500 ms) ends then: the broker is killed and reaped.
TEST_F(BrokerLogon, ALogonNotAnsweredWithinTheDeadlineEndsTheBroker) {
    options_.logonTimeout = 500ms;
    const auto start = std::chrono::steady_clock::now();
    auto token = logonThroughBroker(request("tsalice", LogonType::Network, "tokenscope-slow"),
                                    secret("Alice-Secret-1"), options_);
    const auto took = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kNoSuchLogonSession);
    EXPECT_NE(token.error().native.find("did not answer the logon within 0.5 s and was ended"),
              std::string::npos)
        << token.error().native;
    EXPECT_GE(took, 450ms);
    EXPECT_LT(took, 3s);  // not the five seconds the service takes
    EXPECT_TRUE(noChildren());
}

// Whether `pid` blocks `signal` (SigBlk of /proc/PID/status): the broker does from the moment
// it reads its stop signals through its signalfd.
bool blocks(int pid, int signal) {
    std::istringstream status(readFile("/proc/" + std::to_string(pid) + "/status"));
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("SigBlk:"))
            return ((std::stoull(line.substr(7), nullptr, 16) >> (signal - 1)) & 1) != 0;
    }
    return false;
}

// A broker started and not yet sent a request (idle) ends at once on a stop signal: it does not
// wait for a request that may never come.
TEST_F(BrokerLogon, AnIdleBrokerEndsAtOnceOnAStopSignal) {
    for (const int signal : {SIGTERM, SIGHUP, SIGINT}) {
        SCOPED_TRACE(signal);
        int pair[2];
        ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        const pid_t broker = ::fork();
        ASSERT_GE(broker, 0);
        if (broker == 0) {  // as logonThroughBroker starts it: socket on 3, stdin and stdout on /dev/null
            const int null = ::open("/dev/null", O_RDWR);
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(pair[1], 3);
            ::execl(kBroker, "tokenscope-logon-broker", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(pair[1]);
        auto deadline = std::chrono::steady_clock::now() + 5s;
        while (!blocks(broker, signal) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(5ms);
        ASSERT_TRUE(blocks(broker, signal)) << "the broker never got to wait for its request";
        std::this_thread::sleep_for(50ms);  // waiting for the request now

        const auto sent = std::chrono::steady_clock::now();
        ASSERT_EQ(::kill(broker, signal), 0);
        int status = 0;
        pid_t waited = 0;
        deadline = sent + 3s;
        while ((waited = ::waitpid(broker, &status, WNOHANG)) == 0 &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(5ms);
        const auto took = std::chrono::steady_clock::now() - sent;
        ::close(pair[0]);  // an idle broker that is still there ends at the end of the stream
        if (waited == 0) waited = ::waitpid(broker, &status, 0) == broker ? 0 : -1;
        ASSERT_EQ(waited, broker) << "the idle broker ignored the signal until its client went away";
        EXPECT_LT(took, 1s);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1) << status;
        EXPECT_EQ(sessions(), "");
    }
    EXPECT_TRUE(noChildren());
}

// A broker that ends on its own is seen through the watch descriptor at once, and
// sessionProcessEnded() reaps it and says how it ended; a running one is left alone.
TEST_F(BrokerLogon, ABrokerThatEndsOnItsOwnIsSeenReapedAndTheTokenLoggedOff) {
    const auto before = openFds();
    for (const int signal : {SIGKILL, SIGTERM}) {
        auto token = logonThroughBroker(request("tsalice"), secret("Alice-Secret-1"), options_);
        ASSERT_TRUE(token.ok()) << token.error().summary();
        const int broker = token->sessionProcess();
        const int watch = token->sessionWatchDescriptor();
        ASSERT_GE(watch, 0);
        EXPECT_FALSE(token->sessionProcessEnded());  // running: nothing to say, no wait
        EXPECT_TRUE(token->loggedOn());
        ASSERT_EQ(::kill(broker, signal), 0);
        pollfd readable{watch, POLLIN, 0};
        ASSERT_EQ(::poll(&readable, 1, 5000), 1);
        const auto end = token->sessionProcessEnded();
        ASSERT_TRUE(end);
        EXPECT_EQ(end->pid, broker);
        if (signal == SIGKILL) {
            EXPECT_TRUE(end->signalled);
            EXPECT_EQ(end->status, SIGKILL);
        } else {  // it closes the session first, then exits with status 1
            EXPECT_FALSE(end->signalled);
            EXPECT_EQ(end->status, 1);
        }
        EXPECT_FALSE(token->loggedOn());
        EXPECT_EQ(token->sessionProcess(), 0);
        EXPECT_EQ(token->sessionWatchDescriptor(), -1);
        EXPECT_FALSE(token->sessionProcessEnded());
        EXPECT_TRUE(token->logoff().ok());  // nothing left to close
        EXPECT_TRUE(noChildren());
    }
    EXPECT_EQ(openFds(), before);
}

TEST_F(BrokerLogon, RunByHandTheBrokerRefusesWithoutItsSocket) {
    const std::string command = std::string(kBroker) + " </dev/null >/dev/null 2>&1 3>&-";
    const int status = std::system(command.c_str());
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 2) << status;
}

}  // namespace
}  // namespace tokenscope
