// Logon through PAM without root and without touching /etc: pam_wrapper loads the generated
// service file (pam_matrix with a passdb), nss_wrapper supplies the fake users and groups.
// CTest sets LD_PRELOAD, PAM_WRAPPER, PAM_WRAPPER_SERVICE_DIR, NSS_WRAPPER_PASSWD and
// NSS_WRAPPER_GROUP; run by hand without them, every test skips and says why.
#include <gtest/gtest.h>
#include <poll.h>
#include <pthread.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/subprocess.hpp"
#include "support/terminal_process.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;

constexpr const char* kService = TOKENSCOPE_CWRAP_SERVICE;
constexpr const char* kCli = TOKENSCOPE_CLI_PATH;
constexpr std::uint32_t kAliceUid = 4242;
constexpr std::uint32_t kAliceGid = 4242;
constexpr std::uint32_t kStaffGid = 4300;

Password secret(std::string_view text) { return Password(text.data(), text.size()); }

LogonRequest request(std::string user, LogonType type = LogonType::Interactive) {
    LogonRequest request;
    request.user = std::move(user);
    request.type = type;
    request.service = kService;
    return request;
}

class CwrapLogon : public ::testing::Test {
protected:
    void SetUp() override {
        const char* wrapper = std::getenv("PAM_WRAPPER");
        const char* preload = std::getenv("LD_PRELOAD");
        if (wrapper == nullptr || std::string(wrapper) != "1" || preload == nullptr ||
            std::string(preload).find("pam_wrapper") == std::string::npos) {
            GTEST_SKIP()
                << "pam_wrapper is not preloaded (run through ctest, which sets LD_PRELOAD and PAM_WRAPPER)";
        }
    }
};

class CwrapImpersonation : public CwrapLogon {
protected:
    void SetUp() override {
        CwrapLogon::SetUp();
        if (IsSkipped()) return;
        if (::geteuid() != 0)
            GTEST_SKIP() << "switching to a fake uid needs CAP_SETUID/CAP_SETGID (run as root)";
    }
};

TEST_F(CwrapLogon, LogonWithRightPasswordReturnsTheUsersIdsAndGroups) {
    auto token = LogonToken::logon(request("tsalice"), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok()) << token.error().summary() << " / " << token.error().native;
    EXPECT_EQ(token->user(), "tsalice");
    EXPECT_EQ(token->uid(), kAliceUid);
    EXPECT_EQ(token->gid(), kAliceGid);
    EXPECT_NE(std::find(token->groups().begin(), token->groups().end(), kStaffGid), token->groups().end());
    EXPECT_EQ(token->home(), "/nonexistent/tsalice");
    EXPECT_EQ(token->steps(),
              (std::vector<std::string>{"authenticate", "acct_mgmt", "setcred", "open_session"}));
    EXPECT_TRUE(token->loggedOn());
    EXPECT_TRUE(token->logoff().ok());
    EXPECT_FALSE(token->loggedOn());
    EXPECT_TRUE(token->logoff().ok());   // idempotent
    EXPECT_EQ(token->uid(), kAliceUid);  // ids stay readable
}

TEST_F(CwrapLogon, LogonWithWrongPasswordReportsLogonFailure) {
    auto token = LogonToken::logon(request("tsalice"), secret("wrong"));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kLogonFailure);
    EXPECT_EQ(token.error().name, "ERROR_LOGON_FAILURE");
    EXPECT_NE(token.error().native.find("pam_authenticate"), std::string::npos) << token.error().native;
    EXPECT_NE(token.error().native.find("PAM_AUTH_ERR (7)"), std::string::npos) << token.error().native;
    EXPECT_FALSE(token.error().hint.empty());
}

TEST_F(CwrapLogon, LogonOfUnknownUserLooksLikeAWrongPassword) {
    auto token = LogonToken::logon(request("nosuchuser"), secret("Alice-Secret-1"));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kLogonFailure);
}

TEST_F(CwrapLogon, NetworkLogonChecksThePasswordWithoutSession) {
    auto token = LogonToken::logon(request("tsalice", LogonType::Network), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok()) << token.error().native;
    EXPECT_EQ(token->steps(), (std::vector<std::string>{"authenticate", "acct_mgmt"}));
    auto service = LogonToken::logon(request("tsalice", LogonType::Service), secret("Alice-Secret-1"));
    ASSERT_TRUE(service.ok()) << service.error().native;
    EXPECT_EQ(service->steps(), (std::vector<std::string>{"authenticate", "acct_mgmt", "setcred"}));
}

TEST_F(CwrapLogon, AccountNotAllowedForTheServiceIsRefusedAfterThePassword) {
    // tsbob's passdb line allows another service only: pam_matrix's account stage refuses.
    auto token = LogonToken::logon(request("tsbob"), secret("Bob-Secret-2"));
    ASSERT_FALSE(token.ok());
    EXPECT_NE(token.error().code, win32::kLogonFailure) << token.error().native;
    EXPECT_NE(token.error().native.find("pam_acct_mgmt"), std::string::npos) << token.error().native;
}

TEST_F(CwrapLogon, UnsupportedTypeFailsBeforePam) {
    auto token = LogonToken::logon(request("tsalice", LogonType::NewCredentials), secret("Alice-Secret-1"));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kNotSupported);
    LogonRequest virtualProvider = request("tsalice");
    virtualProvider.provider = LogonProvider::Virtual;
    auto other = LogonToken::logon(virtualProvider, secret("Alice-Secret-1"));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, win32::kNotSupported);
}

TEST_F(CwrapLogon, MissingServiceFileIsAConfigurationError) {
    LogonRequest missing = request("tsalice");
    missing.service = "tokenscope-no-such-service";
    auto token = LogonToken::logon(missing, secret("Alice-Secret-1"));
    ASSERT_FALSE(token.ok());
    EXPECT_NE(token.error().native.find("service tokenscope-no-such-service"), std::string::npos)
        << token.error().native;
}

TEST_F(CwrapLogon, TokenMovesWithoutLoggingOff) {
    auto token = LogonToken::logon(request("tsalice"), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok());
    LogonToken moved(std::move(*token));
    EXPECT_TRUE(moved.loggedOn());
    EXPECT_FALSE(token->loggedOn());  // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(moved.uid(), kAliceUid);
}

// ---- the CLI binary ------------------------------------------------------------------------

nlohmann::json parse(const test::ProcessResult& result) {
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << "stdout: " << result.out << "\nstderr: " << result.err;
    return json;
}

TEST_F(CwrapLogon, CliLogonWithRightPasswordExitsZero) {
    auto result = test::runProcess({kCli, "logon", "--user", "tsalice", "--service", kService,
                                    "--password-stdin", "--type", "LOGON32_LOGON_NETWORK", "--json"},
                                   "Alice-Secret-1\n");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    auto json = parse(result);
    EXPECT_EQ(json["ok"], true);
    EXPECT_EQ(json["user"], "tsalice");
    EXPECT_EQ(json["type"], "LOGON32_LOGON_NETWORK");
    EXPECT_EQ(json["provider"], "LOGON32_PROVIDER_DEFAULT");
    EXPECT_TRUE(json["error"].is_null());
    EXPECT_TRUE(json["impersonation"].is_null());
    EXPECT_EQ(json["token"]["uid"], kAliceUid);
}

TEST_F(CwrapLogon, CliLogonWithWrongPasswordExitsOneWithLogonFailure) {
    auto result = test::runProcess(
        {kCli, "logon", "--user", "tsalice", "--service", kService, "--password-stdin", "--json"}, "nope\n");
    EXPECT_EQ(result.exitCode, 1) << result.err;
    auto json = parse(result);
    EXPECT_EQ(json["ok"], false);
    EXPECT_EQ(json["error"]["code"], 1326);
    EXPECT_EQ(json["error"]["name"], "ERROR_LOGON_FAILURE");
    EXPECT_NE(json["error"]["native"].get<std::string>().find("PAM_AUTH_ERR"), std::string::npos);
}

TEST_F(CwrapLogon, CliWithoutTerminalOrPasswordStdinExitsTwoAtOnce) {
    const auto start = std::chrono::steady_clock::now();
    auto result = test::runProcess({kCli, "logon", "--user", "tsalice", "--service", kService}, "",
                                   std::chrono::seconds(10));
    EXPECT_FALSE(result.timedOut);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--password-stdin"), std::string::npos) << result.err;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
}

// `tokenscope-cli logon --user tsalice` (network, the cwrap service) on a pseudo-terminal that is
// its controlling terminal.
std::vector<std::string> cliAtThePrompt() {
    return {kCli, "logon", "--user", "tsalice", "--service", kService, "--type", "network"};
}
constexpr std::string_view kPrompt = "Password for tsalice: ";

// The CLI on a pseudo-terminal that is its controlling terminal: the prompt appears there, the
// password typed is not echoed back.
TEST_F(CwrapLogon, CliReadsThePasswordFromTheTerminalWithoutEcho) {
    test::TerminalProcess cli(cliAtThePrompt());
    ASSERT_GE(cli.pid(), 0);
    ASSERT_TRUE(cli.waitFor(kPrompt, 2s)) << cli.shown();
    ASSERT_EQ(::write(cli.master(), "Alice-Secret-1\n", 15), 15);
    const auto status = cli.waitStatus(10s).value_or(-1);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cli.shown();
    EXPECT_EQ(cli.shown().find("Alice-Secret-1"), std::string::npos)
        << "the password was echoed: " << cli.shown();
    EXPECT_NE(cli.shown().find("Logon:   ok, tsalice"), std::string::npos) << cli.shown();
}

// Killed at the password prompt (echo off), the CLI puts the terminal back before it dies, and
// dies of the signal it was sent: SIGTERM (kill, a supervisor), SIGINT, SIGHUP (window closed).
TEST_F(CwrapLogon, CliKilledAtThePasswordPromptLeavesTheTerminalEchoing) {
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        SCOPED_TRACE(::strsignal(signal));
        test::TerminalProcess cli(cliAtThePrompt());
        ASSERT_GE(cli.pid(), 0);
        termios before{};
        ASSERT_EQ(::tcgetattr(cli.master(), &before), 0);
        ASSERT_NE(before.c_lflag & ECHO, 0u);
        ASSERT_TRUE(cli.waitFor(kPrompt, 2s)) << cli.shown();
        termios prompting{};
        ASSERT_EQ(::tcgetattr(cli.master(), &prompting), 0);
        EXPECT_EQ(prompting.c_lflag & ECHO, 0u) << "echo is on at the prompt";

        ASSERT_EQ(::kill(cli.pid(), signal), 0);
        const auto ended = cli.waitStatus(5s);
        ASSERT_TRUE(ended.has_value()) << "the CLI did not end on the signal";
        const int status = *ended;
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << "status " << status;
        termios after{};
        ASSERT_EQ(::tcgetattr(cli.master(), &after), 0);
        EXPECT_NE(after.c_lflag & ECHO, 0u) << "the terminal was left without echo";
        EXPECT_EQ(after.c_lflag & ISIG, before.c_lflag & ISIG);
    }
}

// A password on stdin is taken byte for byte: a control byte is part of it, never the end of it
// (0x03 once cut the password short and logged on with what came before it).
TEST_F(CwrapLogon, CliKeepsControlBytesOfAStdinPasswordAsTheyAre) {
    namespace fs = std::filesystem;
    const auto dir = fs::temp_directory_path() / ("tokenscope-ctl-" + std::to_string(::getpid()));
    fs::create_directories(dir / "pam.d");
    const std::string password = std::string("Ab\x03\x1b[0m\x7f\x04\x1a") + "\t-Secret-9";
    std::ofstream(dir / "passdb") << "tsalice:" << password << ":tokenscope-ctl\n";
    const std::string matrix = std::string(TOKENSCOPE_PAM_MATRIX) + " passdb=" + (dir / "passdb").string();
    std::ofstream(dir / "pam.d" / "tokenscope-ctl") << "auth     required " << matrix << "\n"
                                                    << "account  required " << matrix << "\n";
    const std::string previous = std::getenv("PAM_WRAPPER_SERVICE_DIR");
    ::setenv("PAM_WRAPPER_SERVICE_DIR", (dir / "pam.d").c_str(), 1);
    auto logon = [&](const std::string& input) {
        return test::runProcess({kCli, "logon", "--user", "tsalice", "--service", "tokenscope-ctl", "--type",
                                 "network", "--password-stdin", "--json"},
                                input);
    };
    const auto whole = logon(password + "\n");
    const auto prefix = logon("Ab\x03\n");
    const auto cut = logon("Ab\n");
    ::setenv("PAM_WRAPPER_SERVICE_DIR", previous.c_str(), 1);
    fs::remove_all(dir);
    EXPECT_EQ(whole.exitCode, 0) << whole.out << whole.err;
    EXPECT_EQ(prefix.exitCode, 1) << prefix.out;
    EXPECT_EQ(cut.exitCode, 1) << "the part before 0x03 logged on: " << cut.out;
    EXPECT_EQ(parse(cut)["error"]["name"], "ERROR_LOGON_FAILURE");
}

TEST_F(CwrapLogon, CliHasNoPasswordFlag) {
    auto result = test::runProcess({kCli, "logon", "--user", "tsalice", "--password", "Alice-Secret-1"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.empty());
}

TEST_F(CwrapLogon, CliRejectsUnknownTypeAsUsageAndUnsupportedTypeAsFailure) {
    auto bad =
        test::runProcess({kCli, "logon", "--user", "tsalice", "--type", "42", "--password-stdin"}, "x\n");
    EXPECT_EQ(bad.exitCode, 2);
    // Under pam_wrapper PAM reads the test's service folder, which has no `login`.
    auto unsupported = test::runProcess({kCli, "logon", "--user", "tsalice", "--service", kService, "--type",
                                         "new_credentials", "--password-stdin", "--json"},
                                        "x\n");
    EXPECT_EQ(unsupported.exitCode, 1);
    EXPECT_EQ(parse(unsupported)["error"]["code"], 50);
}

// A service PAM would not really use is a usage error naming the services there are; PAM would
// have run `other` (or the lowercased name) and the CLI would have named the one given.
TEST_F(CwrapLogon, CliRefusesAPamServiceThatPamWouldNotUse) {
    for (const char* service :
         {"..", ".", "tokenscope-no-such-service", "TOKENSCOPE-TEST", "a/tokenscope-test"}) {
        SCOPED_TRACE(service);
        auto result = test::runProcess({kCli, "logon", "--user", "tsalice", "--service", service, "--type",
                                        "network", "--password-stdin", "--json"},
                                       "Alice-Secret-1\n");
        EXPECT_EQ(result.exitCode, 2) << result.out;
        EXPECT_NE(result.err.find("--service: PAM service " + std::string(service)), std::string::npos)
            << result.err;
        auto json = parse(result);
        EXPECT_EQ(json["error"]["name"], "usage");
        const std::string message = json["error"]["message"];
        EXPECT_NE(message.find("The PAM services in "), std::string::npos) << message;
        EXPECT_NE(message.find(kService), std::string::npos) << message;
    }
    auto right = test::runProcess(
        {kCli, "logon", "--user", "tsalice", "--service", kService, "--type", "network", "--password-stdin"},
        "Alice-Secret-1\n");
    EXPECT_EQ(right.exitCode, 0) << right.err;
    EXPECT_NE(right.out.find("through PAM service " + std::string(kService)), std::string::npos) << right.out;
}

// ---- impersonation with the fake account (needs root for the uid switch) --------------------

TEST_F(CwrapImpersonation, CliImpersonatesOnAWorkerThreadAndReverts) {
    auto result = test::runProcess({kCli, "logon", "--user", "tsalice", "--service", kService,
                                    "--password-stdin", "--impersonate", "--json"},
                                   "Alice-Secret-1\n");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    auto json = parse(result);
    EXPECT_EQ(json["impersonation"]["uid"], kAliceUid);
    EXPECT_EQ(json["impersonation"]["gid"], kAliceGid);
    EXPECT_EQ(json["impersonation"]["user"], "tsalice");
    EXPECT_EQ(json["impersonation"]["reverted"], true);
    EXPECT_EQ(json["impersonation"]["level"], "full (uid switch)");
    EXPECT_TRUE(json["impersonation"]["warning"].is_null());
}

// What a program run with --run writes is passed on: as it is to a pipe (it is the program's
// data), escaped like all the CLI's text to a terminal (it may not drive root's terminal).
TEST_F(CwrapImpersonation, CliRunPassesProgramOutputRawToAPipeAndEscapedToATerminal) {
    const std::string run = std::string(kCli) + " logon --user tsalice --service " + kService +
                            " --type network --password-stdin --run -- /usr/bin/printf 'a\\033[31mb\\n'";
    auto piped = test::runProcess({"sh", "-c", "echo Alice-Secret-1 | " + run});
    EXPECT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_NE(piped.out.find("a\x1b[31mb\n"), std::string::npos) << ::testing::PrintToString(piped.out);

    test::TerminalProcess cli({"/bin/sh", "-c", "echo Alice-Secret-1 | " + run});
    ASSERT_GE(cli.pid(), 0);
    const auto status = cli.waitStatus(10s).value_or(-1);  // to the end of its output
    const std::string& seen = cli.shown();
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << seen;
    EXPECT_NE(seen.find("a\\x1b[31mb"), std::string::npos) << ::testing::PrintToString(seen);
    EXPECT_EQ(seen.find('\x1b'), std::string::npos) << ::testing::PrintToString(seen);
}

TEST_F(CwrapImpersonation, MainThreadImpersonationKeepsProcessIdentityTruthful) {
    auto token = LogonToken::logon(request("tsalice", LogonType::Network), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok());
    const auto before = processIdentity();
    ASSERT_TRUE(before.ok());
    // Started before the switch: a thread created by an impersonating thread would inherit the
    // impersonated credentials (Linux clones the creator's), unlike Windows.
    std::promise<void> go;
    std::optional<Identity> other;
    std::thread bystander([&] {
        go.get_future().wait();
        other = threadIdentity().value();
    });
    {
        auto guard = ImpersonationGuard::impersonate(*token);
        ASSERT_TRUE(guard.ok()) << guard.error().native;
        auto process = processIdentity();
        auto thread = threadIdentity();
        ASSERT_TRUE(process.ok() && thread.ok());
        EXPECT_EQ(process->user.posixId, before->user.posixId);
        EXPECT_EQ(thread->user.posixId, kAliceUid);
        EXPECT_TRUE(thread->impersonating);
        go.set_value();
        bystander.join();
        ASSERT_TRUE(other.has_value());
        EXPECT_EQ(other->user.posixId, before->user.posixId);
        EXPECT_FALSE(other->impersonating);
    }
    auto after = threadIdentity();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->impersonating);
    EXPECT_EQ(after->uids, before->uids);
    EXPECT_EQ(after->groups, before->groups);
}

TEST_F(CwrapImpersonation, ImpersonationWithoutCapSetuidFailsWithPrivilegeNotHeld) {
    auto token = LogonToken::logon(request("tsalice", LogonType::Network), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok());
    std::optional<Error> error;
    bool unchanged = false;
    std::thread([&] {
        // Capabilities are per thread: lower CAP_SETUID on this worker only.
        ASSERT_TRUE(setPrivilegeEnabled("CAP_SETUID", false).ok());
        const auto before = threadIdentity().value();
        auto guard = ImpersonationGuard::impersonate(*token);
        if (!guard) error = guard.error();
        const auto after = threadIdentity().value();
        unchanged = after.uids == before.uids && after.gids == before.gids && after.groups == before.groups;
    }).join();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, win32::kPrivilegeNotHeld);
    EXPECT_EQ(error->name, "ERROR_PRIVILEGE_NOT_HELD");
    EXPECT_NE(error->native.find("CAP_SETUID"), std::string::npos) << error->native;
    EXPECT_TRUE(unchanged) << "a failed impersonation must leave the thread as it was";
}

TEST_F(CwrapImpersonation, CliWithoutCapabilitiesReportsPrivilegeNotHeldNamingThem) {
    // As nobody: the password check works (pam_matrix), the uid switch cannot.
    auto result = test::runProcess({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                    kCli, "logon", "--user", "tsalice", "--service", kService, "--type",
                                    "network", "--password-stdin", "--impersonate", "--json"},
                                   "Alice-Secret-1\n");
    EXPECT_EQ(result.exitCode, 1) << result.err;
    auto json = parse(result);
    EXPECT_EQ(json["ok"], false);
    EXPECT_EQ(json["error"]["code"], 1314);
    EXPECT_EQ(json["error"]["name"], "ERROR_PRIVILEGE_NOT_HELD");
    const auto native = json["error"]["native"].get<std::string>();
    EXPECT_NE(native.find("CAP_SETUID"), std::string::npos) << native;
    EXPECT_NE(native.find("CAP_SETGID"), std::string::npos) << native;
    EXPECT_EQ(json["token"]["uid"], kAliceUid);  // the logon itself succeeded
}

TEST_F(CwrapImpersonation, ThreadThatExitsWhileImpersonatingLeavesOthersAlone) {
    auto token = LogonToken::logon(request("tsalice", LogonType::Network), secret("Alice-Secret-1"));
    ASSERT_TRUE(token.ok());
    const auto before = threadIdentity().value();
    std::atomic<bool> switched{false};
    std::thread([&] {
        auto guard = ImpersonationGuard::impersonate(*token);
        switched = guard.ok() && ::geteuid() == kAliceUid;
        // pthread_exit unwinds the stack: the guard's destructor runs (and reverts) on the way out.
        ::pthread_exit(nullptr);
    }).join();
    EXPECT_TRUE(switched);
    const auto after = threadIdentity().value();
    EXPECT_EQ(after.uids, before.uids);
    EXPECT_EQ(after.groups, before.groups);
    EXPECT_FALSE(after.impersonating);
    EXPECT_EQ(processIdentity().value().uids, before.uids);
}

TEST_F(CwrapImpersonation, ThousandLogonImpersonateRevertLogoffCyclesLeaveNoGrowth) {
    auto cycle = [] {
        auto token = LogonToken::logon(request("tsalice"), secret("Alice-Secret-1"));
        ASSERT_TRUE(token.ok()) << token.error().native;
        {
            auto guard = ImpersonationGuard::impersonate(*token);
            ASSERT_TRUE(guard.ok()) << guard.error().native;
            ASSERT_EQ(::geteuid(), kAliceUid);
            ASSERT_TRUE(guard->revert().ok());
        }
        ASSERT_TRUE(token->logoff().ok());
    };
    for (int i = 0; i < 50; ++i) cycle();  // warm-up: allocator pools, dlopen'ed modules
    const int fds = test::openFdCount();
    const long rss = test::statusKb("VmRSS");
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 1000; ++i) {
        cycle();
        if (HasFatalFailure()) return;
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    const int fdsAfter = test::openFdCount();
    const long rssAfter = test::statusKb("VmRSS");
    RecordProperty("fds_before", fds);
    RecordProperty("fds_after", fdsAfter);
    RecordProperty("rss_kb_before", static_cast<int>(rss));
    RecordProperty("rss_kb_after", static_cast<int>(rssAfter));
    std::printf("1000 cycles in %lld ms; fds %d -> %d; VmRSS %ld kB -> %ld kB\n",
                static_cast<long long>(elapsed.count()), fds, fdsAfter, rss, rssAfter);
    EXPECT_EQ(fdsAfter, fds);
#if !defined(__SANITIZE_ADDRESS__)  // ASan holds freed memory in quarantine: VmRSS grows by design
    EXPECT_LE(rssAfter - rss, 512) << "VmRSS grew by " << (rssAfter - rss) << " kB over 1000 cycles";
#endif
    EXPECT_EQ(::geteuid(), 0U);
}

}  // namespace
}  // namespace tokenscope
