// The public logon API (logon.hpp, impersonation.hpp, run_as.hpp) on Windows. Wine 8 stubs
// LogonUserW, so the round trip through ImpersonationGuard uses a duplicate of the process
// token wrapped as a LogonToken; the stub itself must come back as an honest ERROR_NOT_SUPPORTED.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>
// after windows.h
#include <userenv.h>

#include <chrono>
#include <cstring>
#include <cwchar>
#include <iostream>
#include <string>
#include <thread>

#include "secure_wipe.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/run_as.hpp"
#include "win/access_token.hpp"
#include "win/logon.hpp"
#include "win/logon_token.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "windows_test_support.hpp"

namespace tokenscope {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

Password password(const char* text) { return Password(text, std::strlen(text)); }

bool threadHasToken() {
    HANDLE raw = nullptr;
    const BOOL ok = ::OpenThreadToken(::GetCurrentThread(), TOKEN_QUERY, TRUE, &raw);
    if (ok) ::CloseHandle(raw);
    return ok != FALSE;
}

// GetUserNameW as the oracle for who the process is (right while not impersonating).
std::string processUserName() {
    wchar_t name[257] = {};
    DWORD size = 257;
    if (!::GetUserNameW(name, &size)) return {};
    return win::toUtf8(name);
}

LogonToken duplicatedProcessToken() {
    auto process = win::AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    EXPECT_TRUE(process.ok());
    auto duplicate = process->duplicateImpersonation(win::ImpersonationLevel::Impersonation);
    EXPECT_TRUE(duplicate.ok());
    return LogonTokenAccess::fromAccessToken(std::move(*duplicate));
}

// A primary copy of the process token, as CreateProcessAsUserW wants one. A failed step fails the
// test (value() throws when there is no token to take).
LogonToken primaryCopyOfProcessToken() {
    HANDLE process = nullptr;
    EXPECT_TRUE(::OpenProcessToken(::GetCurrentProcess(), TOKEN_DUPLICATE | TOKEN_QUERY, &process))
        << ::GetLastError();
    const win::ScopedHandle processToken(process);
    HANDLE primary = nullptr;
    EXPECT_TRUE(::DuplicateTokenEx(processToken.get(), TOKEN_ALL_ACCESS, nullptr, SecurityImpersonation,
                                   TokenPrimary, &primary))
        << ::GetLastError();
    auto access = win::AccessToken::fromToken(win::ScopedHandle(primary));
    return LogonTokenAccess::fromAccessToken(std::move(access.value()));
}

TEST(WindowsLogonApi, LogonReportsWineStubAsNotSupportedOrWindowsAsLogonFailure) {
    LogonRequest request;
    request.user = "tokenscope-no-such-user";
    request.domain = ".";
    request.type = LogonType::Network;
    auto token = LogonToken::logon(request, password("not the password"));
    ASSERT_FALSE(token.ok()) << "a made-up account logged on";
    if (!win::runningUnderWine()) {
        EXPECT_EQ(token.error().name, "ERROR_LOGON_FAILURE") << token.error().summary();
        return;
    }
    test::noteStubbedByWine("LogonUserW (public LogonToken::logon)");
    EXPECT_EQ(token.error().code, win32::kNotSupported);
    EXPECT_EQ(token.error().name, "ERROR_NOT_SUPPORTED");
    EXPECT_THAT(token.error().native, HasSubstr("logon not implemented by this system"));
    EXPECT_FALSE(token.error().hint.empty());
}

TEST(WindowsLogonApi, EveryTypeAndProviderParsesAndIsPassedThrough) {
    ASSERT_EQ(logonTypes().size(), 7u);
    ASSERT_EQ(logonProviders().size(), 5u);
    for (const auto& info : logonTypes()) {
        EXPECT_TRUE(info.supported) << info.constant;
        EXPECT_FALSE(info.meaning.empty()) << info.constant;
        EXPECT_EQ(parseLogonType(info.constant).value(), info.type);
        EXPECT_EQ(parseLogonType(info.shortName).value(), info.type);
        EXPECT_EQ(parseLogonType(std::to_string(static_cast<unsigned>(info.type))).value(), info.type);
    }
    for (const auto& info : logonProviders()) {
        EXPECT_TRUE(info.supported) << info.constant;
        EXPECT_EQ(parseLogonProvider(info.constant).value(), info.provider);
        EXPECT_EQ(parseLogonProvider(info.shortName).value(), info.provider);
    }
    for (const auto& type : logonTypes()) {
        for (const auto& provider : logonProviders()) {
            const bool refused =
                type.type == LogonType::NewCredentials && provider.provider != LogonProvider::WinNT50;
            EXPECT_EQ(requireSupported(type.type, provider.provider).ok(), !refused)
                << type.constant << " / " << provider.constant;
        }
    }
    EXPECT_EQ(parseLogonType("99").error().code, win32::kInvalidParameter);
}

TEST(WindowsLogonApi, EveryTypeAndProviderReachesLogonUserW) {
    const bool wine = win::runningUnderWine();
    if (wine) test::noteStubbedByWine("LogonUserW (every type and provider, public API)");
    for (const auto& type : logonTypes()) {
        for (const auto& provider : logonProviders()) {
            if (!requireSupported(type.type, provider.provider)) continue;
            auto token = logon("tokenscope-no-such-user", ".", password("x"), type.type, provider.provider);
            if (type.type == LogonType::NewCredentials && !wine) continue;  // checks no password on Windows
            ASSERT_FALSE(token.ok()) << type.constant << " / " << provider.constant;
            if (wine) {
                EXPECT_EQ(token.error().code, win32::kNotSupported) << token.error().summary();
            }
        }
    }
}

TEST(WindowsLogonApi, NewCredentialsWithoutWinNT50IsInvalidParameter) {
    auto token = logon("someone", ".", password("x"), LogonType::NewCredentials, LogonProvider::Default);
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, win32::kInvalidParameter);
    EXPECT_THAT(token.error().native, HasSubstr("LOGON32_PROVIDER_WINNT50"));
}

TEST(WindowsLogonApi, PublicGuardRoundTripOnADuplicatedProcessToken) {
    const std::string self = processUserName();
    ASSERT_FALSE(self.empty());
    EXPECT_EQ(effectiveUserName().value(), self);
    ASSERT_FALSE(threadHasToken());

    LogonToken token = duplicatedProcessToken();
    EXPECT_TRUE(token.loggedOn());
    EXPECT_FALSE(token.user().empty());
    {
        auto guard = ImpersonationGuard::impersonate(token);
        ASSERT_TRUE(guard.ok()) << guard.error().summary();
        EXPECT_TRUE(guard->active());
        EXPECT_EQ(guard->level(), "Impersonation");
        EXPECT_EQ(guard->warning(), "");
        EXPECT_EQ(guard->user(), token.user());
        EXPECT_TRUE(threadHasToken());
        // Read from the thread token, not GetUserNameW (Wine shows the process user there).
        EXPECT_EQ(effectiveUserName().value(), self);
        auto thread = threadIdentity();
        ASSERT_TRUE(thread.ok()) << thread.error().summary();
        EXPECT_TRUE(thread->impersonating);

        // A second impersonation on the same thread is refused rather than stacked.
        auto again = ImpersonationGuard::impersonate(token);
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, win32::kBusy);

        ASSERT_TRUE(guard->revert().ok());
        EXPECT_FALSE(guard->active());
        EXPECT_FALSE(threadHasToken());
        EXPECT_TRUE(guard->revert().ok());  // idempotent
    }
    EXPECT_TRUE(token.logoff().ok());
    EXPECT_FALSE(token.loggedOn());
    auto afterLogoff = ImpersonationGuard::impersonate(token);
    ASSERT_FALSE(afterLogoff.ok());
    EXPECT_EQ(afterLogoff.error().code, win32::kInvalidHandle);
}

TEST(WindowsLogonApi, RevertOnAnotherThreadIsRefusedAndTheDestructorReverts) {
    const LogonToken token = duplicatedProcessToken();
    {
        auto guard = ImpersonationGuard::impersonate(token);
        ASSERT_TRUE(guard.ok()) << guard.error().summary();
        std::uint32_t code = 0;
        std::thread other([&] {
            auto status = guard->revert();
            code = status.ok() ? 0 : status.error().code;
        });
        other.join();
        EXPECT_EQ(code, win32::kInvalidHandle);
        EXPECT_TRUE(threadHasToken());
    }
    EXPECT_FALSE(threadHasToken());
}

// The seed's IIS case: someone else made the thread impersonate; revertToSelf() ends it.
TEST(WindowsLogonApi, RevertToSelfEndsAnImpersonationMadeElsewhere) {
    const LogonToken token = duplicatedProcessToken();
    ASSERT_TRUE(::ImpersonateLoggedOnUser(LogonTokenAccess::handle(token)));
    ASSERT_TRUE(threadHasToken());
    EXPECT_TRUE(revertToSelf().ok());
    EXPECT_FALSE(threadHasToken());
    EXPECT_TRUE(revertToSelf().ok());  // not impersonating: nothing to do
}

TEST(WindowsLogonApi, RunAsChecksItsArgumentsAndTheToken) {
    LogonToken token = duplicatedProcessToken();
    auto empty = runAs(token, {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, win32::kInvalidParameter);
    ASSERT_TRUE(token.logoff().ok());
    auto loggedOff = runAs(token, {"cmd.exe", "/c", "exit 0"});
    ASSERT_FALSE(loggedOff.ok());
    EXPECT_EQ(loggedOff.error().code, win32::kInvalidHandle);
}

// CreateProcessAsUserW with a primary copy of our own token: the child runs, or the system says
// why not (ERROR_PRIVILEGE_NOT_HELD without SeAssignPrimaryToken / SeIncreaseQuota).
TEST(WindowsLogonApi, RunAsStartsAProgramWithTheTokenOrSaysWhyNot) {
    const LogonToken token = primaryCopyOfProcessToken();
    ASSERT_TRUE(token.loggedOn());

    RunAsOptions options;
    options.captureOutput = true;
    options.timeout = std::chrono::seconds(60);
    auto ran = runAs(token, {"cmd.exe", "/c", "exit", "3"}, options);
    if (!ran.ok()) {
        std::cout << "[ REFUSED  ] runAs: " << ran.error().summary() << "\n";
        EXPECT_EQ(ran.error().code, win32::kPrivilegeNotHeld)
            << ran.error().summary() << " " << ran.error().native;
        EXPECT_THAT(ran.error().hint, HasSubstr("SeAssignPrimaryTokenPrivilege"));
        return;
    }
    EXPECT_TRUE(ran->exited);
    EXPECT_FALSE(ran->timedOut);
    EXPECT_EQ(ran->exitCode, 3);
    EXPECT_GT(ran->pid, 0);

    auto echoed = runAs(token, {"cmd.exe", "/c", "echo", "tokenscope-run-as"}, options);
    ASSERT_TRUE(echoed.ok()) << echoed.error().summary();
    EXPECT_THAT(echoed->output, HasSubstr("tokenscope-run-as"));
    EXPECT_EQ(echoed->exitCode, 0);

    auto missing = runAs(token, {"tokenscope-no-such-program.exe"}, options);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, win32::kFileNotFound) << missing.error().summary();
}

// The child gets the user's environment (CreateEnvironmentBlock for the token), not ours: a
// variable only this process has must not reach it. Oracle: CreateEnvironmentBlock called here
// for the same token. Where the system cannot build the block, runAs says so and passes ours.
TEST(WindowsLogonApi, RunAsGivesTheChildTheUsersEnvironmentOrSaysItCouldNot) {
    const LogonToken token = primaryCopyOfProcessToken();
    ASSERT_TRUE(token.loggedOn());

    ASSERT_TRUE(::SetEnvironmentVariableW(L"TOKENSCOPE_PARENT_ONLY", L"parent-value"));
    RunAsOptions options;
    options.captureOutput = true;
    options.timeout = std::chrono::seconds(60);
    auto ran = runAs(token, {"cmd.exe", "/c", "set"}, options);
    ::SetEnvironmentVariableW(L"TOKENSCOPE_PARENT_ONLY", nullptr);
    if (!ran.ok()) {
        EXPECT_EQ(ran.error().code, win32::kPrivilegeNotHeld) << ran.error().summary();
        return;
    }
    ASSERT_EQ(ran->exitCode, 0) << ran->output;

    void* oracle = nullptr;
    const bool userBlock = ::CreateEnvironmentBlock(&oracle, LogonTokenAccess::handle(token), FALSE) != FALSE;
    std::cout << "[ ENV      ] " << ran->environment << "\n";
    if (!userBlock) {
        test::noteStubbedByWine("CreateEnvironmentBlock");
        EXPECT_THAT(ran->environment, StartsWith("inherited from TokenScope: "));
        EXPECT_THAT(ran->output, HasSubstr("TOKENSCOPE_PARENT_ONLY=parent-value"));
        return;
    }
    EXPECT_EQ(ran->environment, "the user's (CreateEnvironmentBlock)");
    EXPECT_THAT(ran->output, Not(HasSubstr("TOKENSCOPE_PARENT_ONLY")));
    // Every variable of the user's block reaches the child, with its value.
    std::size_t compared = 0;
    for (const wchar_t* entry = static_cast<const wchar_t*>(oracle); *entry != L'\0';
         entry += wcslen(entry) + 1) {
        const std::string variable = win::toUtf8(entry);
        if (variable.empty() || variable.front() == '=') continue;  // per-drive current directories
        EXPECT_THAT(ran->output, HasSubstr(variable));
        ++compared;
    }
    ::DestroyEnvironmentBlock(oracle);
    EXPECT_GT(compared, 3u);
}

TEST(WindowsLogonApi, SecureWipeZeroesTheBuffer) {
    char secret[] = "hunter2";
    secureWipe(secret, sizeof(secret));
    for (const char c : secret) EXPECT_EQ(c, '\0');
    Password held = password("hunter2");
    held.wipe();
    EXPECT_TRUE(held.empty());
}

}  // namespace
}  // namespace tokenscope
