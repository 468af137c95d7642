// Logon, impersonation, access probe and run-as against the real `login` PAM stack, with a
// temporary local account the fixture creates and removes (useradd/chpasswd/userdel). Runs only
// as root with TOKENSCOPE_TEST_REAL_ACCOUNTS=1 (CI sets it); otherwise every case skips.
// A wrong password costs PAM's deliberate delay (~3 s with Debian's pam_faildelay): few such cases.
#include <gtest/gtest.h>
#include <linux/securebits.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "posix/thread_credentials.hpp"
#include "support/real_account_test.hpp"
#include "support/subprocess.hpp"
#include "tokenscope/access.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/run_as.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;

constexpr const char* kCli = TOKENSCOPE_CLI_PATH;

// The kernel's own view of the calling thread's credentials, as text: the oracle for "exactly".
std::string threadCredentialLines() {
    std::ifstream status("/proc/thread-self/status");
    std::string line;
    std::string lines;
    while (std::getline(status, line)) {
        if (line.rfind("Uid:", 0) == 0 || line.rfind("Gid:", 0) == 0 || line.rfind("Groups:", 0) == 0 ||
            line.rfind("Cap", 0) == 0) {
            lines += line + "\n";
        }
    }
    return lines;
}

struct RealAccountTraits {
    static constexpr const char* kPrefix = "tsreal";
    static constexpr bool kHome = true;
    static std::string unavailable() { return {}; }
};

class RealAccount : public test::RealAccountTest<RealAccountTraits> {
protected:
    static Password secret(const std::string& text) { return Password(text.data(), text.size()); }

    static Result<LogonToken> logonAs(const std::string& name, const std::string& pass,
                                      LogonType type = LogonType::Interactive) {
        LogonRequest request;
        request.user = name;
        request.type = type;
        return LogonToken::logon(request, secret(pass));
    }

    static std::uint32_t accountUid() {
        std::istringstream text(test::runProcess({"/usr/bin/id", "-u", user()}).out);
        std::uint32_t uid = 0;
        text >> uid;
        return uid;
    }
};

TEST_F(RealAccount, RightPasswordLogsOnThroughTheLoginStackLikePamtester) {
    auto token = logonAs(user(), password());
    ASSERT_TRUE(token.ok()) << token.error().summary() << " / " << token.error().native;
    EXPECT_EQ(token->user(), user());
    EXPECT_EQ(token->uid(), accountUid());
    EXPECT_EQ(token->home(), "/home/" + user());
    EXPECT_EQ(token->steps(),
              (std::vector<std::string>{"authenticate", "acct_mgmt", "setcred", "open_session"}));
    EXPECT_TRUE(token->logoff().ok());
    // The independent oracle agrees.
    EXPECT_EQ(test::runProcess({"/usr/bin/pamtester", "login", user(), "authenticate", "acct_mgmt"},
                               password() + "\n")
                  .exitCode,
              0);
}

TEST_F(RealAccount, WrongPasswordReportsLogonFailureLikePamtesterRefuses) {
    // Both pay PAM's failure delay; in parallel they pay it once.
    auto oracle = std::async(std::launch::async, [] {
        return test::runProcess({"/usr/bin/pamtester", "login", user(), "authenticate"},
                                "not-the-password\n");
    });
    auto token = logonAs(user(), "not-the-password");
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kLogonFailure);
    EXPECT_NE(token.error().native.find("PAM_AUTH_ERR"), std::string::npos) << token.error().native;
    EXPECT_NE(oracle.get().exitCode, 0);
}

TEST_F(RealAccount, UnknownUserAndLockedAccountFailLikeAWrongPassword) {
    auto unknown =
        std::async(std::launch::async, [] { return logonAs("tsnosuchuser" + user(), "whatever"); });
    ASSERT_TRUE(test::runAccountTool({"/usr/sbin/usermod", "-L", user()}));
    auto locked = logonAs(user(), password());
    ASSERT_TRUE(test::runAccountTool({"/usr/sbin/usermod", "-U", user()}));
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, win32::kLogonFailure);
    // Root may read /etc/shadow, so the hint says why.
    EXPECT_NE(locked.error().hint.find("usermod -U"), std::string::npos) << locked.error().hint;
    auto result = unknown.get();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, win32::kLogonFailure);
    EXPECT_EQ(result.error().name, locked.error().name);
}

TEST_F(RealAccount, WithoutRootTheHintExplainsUnixChkpwd) {
    // As nobody, pam_unix can only ask unix_chkpwd, which checks the caller's own password.
    auto result =
        test::runProcess({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", kCli,
                          "logon", "--user", user(), "--password-stdin", "--type", "network", "--json"},
                         password() + "\n");
    EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << result.out << result.err;
    EXPECT_EQ(json["error"]["code"], 1326);
    const auto hint = json["error"]["hint"].get<std::string>();
    EXPECT_NE(hint.find("unix_chkpwd"), std::string::npos) << hint;
    EXPECT_NE(hint.find("root"), std::string::npos) << hint;
}

TEST_F(RealAccount, WithoutRootTheUserCanStillCheckItsOwnPassword) {
    // unix_chkpwd checks the caller's own password: no root needed for that.
    const auto uid = std::to_string(accountUid());
    auto result =
        test::runProcess({"/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", kCli,
                          "logon", "--user", user(), "--password-stdin", "--type", "network", "--json"},
                         password() + "\n");
    EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
}

TEST_F(RealAccount, ExpiredAccountReportsAccountExpired) {
    ASSERT_TRUE(test::runAccountTool({"/usr/bin/chage", "-E", "0", user()}));
    auto token = logonAs(user(), password());
    ASSERT_TRUE(test::runAccountTool({"/usr/bin/chage", "-E", "-1", user()}));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kAccountExpired) << token.error().native;
    EXPECT_EQ(token.error().name, "ERROR_ACCOUNT_EXPIRED");
    EXPECT_NE(token.error().native.find("pam_acct_mgmt"), std::string::npos) << token.error().native;
}

TEST_F(RealAccount, PasswordThatMustChangeReportsPasswordMustChange) {
    ASSERT_TRUE(test::runAccountTool({"/usr/bin/chage", "-d", "0", user()}));
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(
        test::runAccountTool({"/usr/bin/chage", "-d", std::to_string(std::time(nullptr) / 86400), user()}));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kPasswordMustChange) << token.error().native;
}

TEST_F(RealAccount, ImpersonationChangesOnlyTheCallingThreadAndRevertsExactly) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok()) << token.error().native;
    std::promise<void> impersonating;
    std::promise<void> checked;
    std::string before, during, after, name;
    std::optional<Identity> inside;
    std::thread worker([&] {
        before = threadCredentialLines();
        {
            auto guard = ImpersonationGuard::impersonate(*token);
            if (guard) {
                during = threadCredentialLines();
                inside = threadIdentity().value();
                name = effectiveUserName().value();
            }
            impersonating.set_value();
            checked.get_future().wait();
        }
        after = threadCredentialLines();
    });
    impersonating.get_future().wait();
    auto mine = threadIdentity();
    checked.set_value();
    worker.join();
    ASSERT_TRUE(inside.has_value());
    EXPECT_EQ(inside->user.posixId, token->uid());
    EXPECT_EQ(inside->user.name, user());
    EXPECT_EQ(inside->primaryGroup.posixId, token->gid());
    EXPECT_TRUE(inside->impersonating);
    EXPECT_EQ(inside->uids->saved, 0U) << "the saved uid stays root so the thread can revert";
    EXPECT_EQ(name, user());
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->user.posixId, 0U) << "another thread keeps root while the worker impersonates";
    EXPECT_FALSE(mine->impersonating);
    EXPECT_NE(during, before);
    EXPECT_EQ(after, before) << "revert restores ids, groups and capabilities exactly";
}

TEST_F(RealAccount, ImpersonationRevertsWhenAnExceptionUnwinds) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    std::string before, after;
    bool caught = false;
    bool wasUser = false;
    std::thread([&] {
        before = threadCredentialLines();
        try {
            auto guard = ImpersonationGuard::impersonate(*token);
            wasUser = guard.ok() && ::geteuid() == token->uid();
            throw std::runtime_error("something failed while impersonating");
        } catch (const std::runtime_error&) {
            caught = true;
        }
        after = threadCredentialLines();
    }).join();
    EXPECT_TRUE(wasUser);
    EXPECT_TRUE(caught);
    EXPECT_EQ(after, before);
}

TEST_F(RealAccount, AlreadyImpersonatingThreadIsDetectedAndRevertToSelfFixesIt) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    std::optional<Error> busy;
    bool reverted = false, impersonatedAfter = false;
    std::string before, after;
    std::thread([&] {
        before = threadCredentialLines();
        // Someone else (the seed's IIS) switched this thread without a guard.
        ::syscall(SYS_setresgid, token->gid(), token->gid(), 0);
        ::syscall(SYS_setresuid, token->uid(), token->uid(), 0);
        auto guard = ImpersonationGuard::impersonate(*token);
        if (!guard) busy = guard.error();
        reverted = revertToSelf().ok() && !threadIdentity().value().impersonating;
        auto again = ImpersonationGuard::impersonate(*token);
        impersonatedAfter = again.ok();
        if (again) (void)again->revert();
        after = threadCredentialLines();
    }).join();
    ASSERT_TRUE(busy.has_value());
    EXPECT_EQ(busy->code, win32::kBusy);
    EXPECT_TRUE(reverted);
    EXPECT_TRUE(impersonatedAfter);
    EXPECT_EQ(after, before);
}

TEST_F(RealAccount, RevertRestoresTheIdsOfASetuidStyleProcessExactly) {
    // Real uid 1234, effective and saved 0, as in a setuid-root program (the kernel then ignores
    // LD_PRELOAD, so this runs against real PAM): after the revert the worker thread's ids must
    // equal the process's again, which the CLI reports as "reverted".
    auto result = test::runProcess({"/usr/bin/setpriv", "--ruid=1234", kCli, "logon", "--user", user(),
                                    "--type", "network", "--password-stdin", "--impersonate", "--json"},
                                   password() + "\n");
    EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << result.out << result.err;
    EXPECT_EQ(json["impersonation"]["uid"], accountUid());
    EXPECT_EQ(json["impersonation"]["reverted"], true);
}

// Under SECBIT_NO_SETUID_FIXUP the kernel leaves the effective capabilities in place when the euid
// leaves 0: the thread would read /etc/shadow "as" the user with our CAP_DAC_OVERRIDE. Impersonation
// clears them itself, whatever the securebits; KEEP_CAPS (which keeps the permitted set) too.
TEST_F(RealAccount, ImpersonationUnderSecurebitsActsWithoutOurCapabilities) {
    // setpriv sets the bit for the CLI (it refuses keep_caps, which exec clears).
    {
        auto result = test::runProcess(
            {"/usr/bin/setpriv", "--securebits=+no_setuid_fixup", kCli, "logon", "--user", user(), "--type",
             "network", "--password-stdin", "--access", "/etc/shadow", "--json"},
            password() + "\n");
        auto json = nlohmann::json::parse(result.out, nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << result.out << result.err;
        EXPECT_EQ(json["impersonation"]["reverted"], true) << result.out;
        ASSERT_TRUE(json["access"]["checks"].is_array()) << result.out;
        for (const auto& check : json["access"]["checks"]) {
            if (check["right"] == "read" || check["right"] == "write") {
                EXPECT_EQ(check["granted"], false) << check.dump() << " as " << user();
            }
        }
    }
    // The same in process, for each bit and both, reading the kernel's CapEff of the thread.
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    for (const unsigned long bits :
         {SECBIT_NO_SETUID_FIXUP, SECBIT_KEEP_CAPS, SECBIT_NO_SETUID_FIXUP | SECBIT_KEEP_CAPS}) {
        SCOPED_TRACE(bits);
        std::string during;
        std::string before;
        std::string after;
        bool switched = false;
        std::thread([&] {
            ASSERT_EQ(::prctl(PR_SET_SECUREBITS, bits, 0, 0, 0), 0);  // this thread only
            before = threadCredentialLines();
            {
                auto guard = ImpersonationGuard::impersonate(*token);
                switched = guard.ok();
                during = threadCredentialLines();
            }
            after = threadCredentialLines();
        }).join();
        ASSERT_TRUE(switched);
        EXPECT_NE(during.find("CapEff:\t0000000000000000"), std::string::npos) << during;
        EXPECT_EQ(after, before) << "the revert gives back exactly what the thread had";
    }
}

// Fault injection through core's raw syscall hook: counts calls of one syscall and fails the n-th.
struct InjectedFailure {
    static inline long number = -1;
    static inline int failAt = 0;  // 1-based
    static inline int calls = 0;
    static inline long secondNumber = -1;  // a second syscall to fail from its first call on
    static long hook(long nr, long a, long b, long c) {
        if (nr == number && ++calls == failAt) {
            errno = EPERM;
            return -1;
        }
        if (nr == secondNumber && calls >= failAt) {
            errno = EPERM;
            return -1;
        }
        return ::syscall(nr, a, b, c);
    }
    static void arm(long nr, int at, long then = -1) {
        number = nr;
        failAt = at;
        calls = 0;
        secondNumber = then;
        posix::setRawSyscallForTesting(&hook);
    }
    ~InjectedFailure() { posix::setRawSyscallForTesting(nullptr); }
};

// setresuid fails after setgroups and setresgid succeeded: the thread is put back exactly and the
// error is returned.
TEST_F(RealAccount, AFailedSwitchPutsTheThreadBackExactly) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    std::string before;
    std::string after;
    std::optional<Error> error;
    std::thread([&] {
        InjectedFailure injected;
        before = threadCredentialLines();
        InjectedFailure::arm(SYS_setresuid, 1);
        auto guard = ImpersonationGuard::impersonate(*token);
        if (!guard) error = guard.error();
        after = threadCredentialLines();
    }).join();
    ASSERT_TRUE(error.has_value()) << "the injected setresuid failure was not seen";
    EXPECT_EQ(error->code, win32::kPrivilegeNotHeld) << error->native;
    EXPECT_EQ(after, before);
}

// setresuid fails, and so does every setgroups of the restore: the thread would go on with the
// user's gid and groups. It must not go on at all.
TEST_F(RealAccount, AFailedSwitchThatCannotBeRestoredAborts) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    GTEST_FLAG_SET(death_test_style, "fast");
    EXPECT_DEATH(
        {
            InjectedFailure injected;
            InjectedFailure::arm(SYS_setresuid, 1, SYS_setgroups);
            auto guard = ImpersonationGuard::impersonate(*token);
            // Reached only if the process went on: say with which ids.
            std::fprintf(stderr, "went on as uid %u gid %u\n", ::geteuid(), ::getegid());
            std::exit(0);
        },
        "cannot be restored");
}

TEST_F(RealAccount, AccessProbeAnswersAsTheImpersonatedUser) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    char rootOnly[] = "/tmp/tokenscope-root-XXXXXX";
    const int fd = ::mkstemp(rootOnly);
    ASSERT_GE(fd, 0);
    ::close(fd);
    ::chmod(rootOnly, 0600);
    const std::string usersFile = "/home/" + user() + "/readable";
    std::ofstream(usersFile) << "hello\n";
    ASSERT_EQ(::chown(usersFile.c_str(), token->uid(), token->gid()), 0);
    ::chmod(usersFile.c_str(), 0600);

    const auto asRoot = probeAccess(rootOnly, {AccessRight::Read});
    std::vector<AccessCheck> asUserRootFile, asUserOwnFile, asUserHome;
    std::thread([&] {
        auto guard = ImpersonationGuard::impersonate(*token);
        if (!guard) return;
        asUserRootFile = probeAccess(rootOnly);
        asUserOwnFile = probeAccess(usersFile, {AccessRight::Read, AccessRight::Write});
        asUserHome = probeAccess("/home/" + user(), {AccessRight::List});
    }).join();
    ::unlink(rootOnly);

    ASSERT_EQ(asRoot.size(), 1U);
    EXPECT_TRUE(asRoot[0].granted);
    ASSERT_EQ(asUserRootFile.size(), 4U);
    EXPECT_FALSE(asUserRootFile[0].granted);
    ASSERT_TRUE(asUserRootFile[0].error.has_value());
    EXPECT_EQ(asUserRootFile[0].error->code, win32::kAccessDenied);
    EXPECT_FALSE(asUserRootFile[1].granted);
    EXPECT_EQ(asUserRootFile[3].error->code, win32::kDirectory);
    ASSERT_EQ(asUserOwnFile.size(), 2U);
    EXPECT_TRUE(asUserOwnFile[0].granted);
    EXPECT_TRUE(asUserOwnFile[1].granted);
    ASSERT_EQ(asUserHome.size(), 1U);
    EXPECT_TRUE(asUserHome[0].granted);
}

TEST_F(RealAccount, RunAsStartsAChildWithTheUsersIdsCleanEnvironmentAndNoCapabilities) {
    auto token = logonAs(user(), password(), LogonType::Network);
    ASSERT_TRUE(token.ok());
    RunAsOptions capture;
    capture.captureOutput = true;
    capture.timeout = 10s;

    auto id = runAs(*token, {"id", "-u"}, capture);
    ASSERT_TRUE(id.ok()) << id.error().native;
    EXPECT_TRUE(id->exited);
    EXPECT_EQ(id->exitCode, 0);
    EXPECT_EQ(id->output, std::to_string(token->uid()) + "\n");
    EXPECT_EQ(id->program, "/usr/bin/id");

    auto status = runAs(*token, {"/bin/sh", "-c", "exit 7"}, capture);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->exitCode, 7);

    auto env = runAs(*token, {"env"}, capture);
    ASSERT_TRUE(env.ok());
    EXPECT_NE(env->output.find("HOME=/home/" + user() + "\n"), std::string::npos) << env->output;
    EXPECT_NE(env->output.find("USER=" + user() + "\n"), std::string::npos);
    EXPECT_NE(env->output.find("LOGNAME=" + user() + "\n"), std::string::npos);
    EXPECT_EQ(std::count(env->output.begin(), env->output.end(), '\n'), 5) << env->output;

    auto caps = runAs(*token, {"grep", "-E", "^(Cap|Groups)", "/proc/self/status"}, capture);
    ASSERT_TRUE(caps.ok());
    for (const char* set : {"CapInh:\t0000000000000000", "CapPrm:\t0000000000000000",
                            "CapEff:\t0000000000000000", "CapAmb:\t0000000000000000"}) {
        EXPECT_NE(caps->output.find(set), std::string::npos) << caps->output;
    }

    // Only 0, 1, 2 and ls's own directory descriptor: none of ours leaked.
    auto fds = runAs(*token, {"ls", "/proc/self/fd"}, capture);
    ASSERT_TRUE(fds.ok());
    EXPECT_EQ(fds->output, "0\n1\n2\n3\n");

    const auto start = std::chrono::steady_clock::now();
    RunAsOptions quick = capture;
    quick.timeout = 300ms;
    auto slow = runAs(*token, {"sleep", "30"}, quick);
    ASSERT_TRUE(slow.ok());
    EXPECT_TRUE(slow->timedOut);
    EXPECT_FALSE(slow->exited);
    EXPECT_EQ(slow->signal, SIGKILL);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);

    auto missing = runAs(*token, {"tokenscope-no-such-program"}, capture);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, win32::kFileNotFound);
    auto denied = runAs(*token, {"/root/.profile"}, capture);
    ASSERT_FALSE(denied.ok());
}

TEST_F(RealAccount, CliLogsOnImpersonatesAndRunsIdAsTheUser) {
    auto result = test::runProcess({kCli, "logon", "--user", user(), "--password-stdin", "--json",
                                    "--impersonate", "--access", "/etc/shadow", "--run", "--", "id", "-u"},
                                   password() + "\n");
    EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << result.out;
    EXPECT_EQ(json["ok"], true);
    EXPECT_EQ(json["impersonation"]["user"], user());
    EXPECT_EQ(json["impersonation"]["reverted"], true);
    EXPECT_EQ(json["access"]["checks"][0]["granted"], false);
    EXPECT_EQ(json["access"]["checks"][0]["error"]["name"], "ERROR_ACCESS_DENIED");
    EXPECT_EQ(json["run"]["exit_code"], 0);
    EXPECT_EQ(json["run"]["output"], std::to_string(accountUid()) + "\n");
}

}  // namespace
}  // namespace tokenscope
