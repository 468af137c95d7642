// LogonUserW, exercised for what the system implements. Wine 8 stubs it: any user, password,
// type and provider "succeed" with the constant handle 0xdeadbeef, which is no token. The tests
// say so and check that TokenScope reports "logon not implemented" instead of a logon.
// (LogonUserExW is not called: under Wine it aborts the program.)
#include "win/logon.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <cstdint>

#include "tokenscope/errors.hpp"
#include "windows_test_support.hpp"

namespace tokenscope::win {
namespace {

using ::testing::HasSubstr;

constexpr DWORD kTypes[] = {LOGON32_LOGON_INTERACTIVE,    LOGON32_LOGON_NETWORK,
                            LOGON32_LOGON_BATCH,          LOGON32_LOGON_SERVICE,
                            LOGON32_LOGON_UNLOCK,         LOGON32_LOGON_NETWORK_CLEARTEXT,
                            LOGON32_LOGON_NEW_CREDENTIALS};
constexpr DWORD kProviders[] = {LOGON32_PROVIDER_DEFAULT, LOGON32_PROVIDER_WINNT35, LOGON32_PROVIDER_WINNT40,
                                LOGON32_PROVIDER_WINNT50};

// The raw call, as the oracle of what the system does.
struct RawLogon {
    BOOL ok;
    DWORD error;
    std::uintptr_t handle;
};
RawLogon rawLogon(const wchar_t* user, const wchar_t* password, DWORD type, DWORD provider) {
    HANDLE token = nullptr;
    ::SetLastError(ERROR_SUCCESS);
    const BOOL ok = ::LogonUserW(user, L".", password, type, provider, &token);
    const DWORD error = ::GetLastError();
    const auto handle = reinterpret_cast<std::uintptr_t>(token);
    if (ok && handle != 0xdeadbeef) ::CloseHandle(token);
    return {ok, error, handle};
}

TEST(WindowsLogon, WrongPasswordIsRefusedOrReportedAsNotImplemented) {
    const LogonRequest request{"tokenscope-no-such-user", ".", LOGON32_LOGON_NETWORK,
                               LOGON32_PROVIDER_DEFAULT};
    auto token = logonUser(request, "not the password");
    ASSERT_FALSE(token.ok()) << "a made-up account logged on";
    if (!runningUnderWine()) {
        EXPECT_EQ(token.error().code, 1326u) << token.error().summary();
        EXPECT_EQ(token.error().name, "ERROR_LOGON_FAILURE");
        return;
    }
    test::noteStubbedByWine("LogonUserW");
    const RawLogon raw = rawLogon(L"tokenscope-no-such-user", L"not the password", LOGON32_LOGON_NETWORK,
                                  LOGON32_PROVIDER_DEFAULT);
    EXPECT_TRUE(raw.ok) << "Wine's LogonUserW refused the logon: it may be implemented now";
    EXPECT_EQ(raw.handle, 0xdeadbeefu);
    EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_NOT_SUPPORTED));
    EXPECT_EQ(token.error().name, "ERROR_NOT_SUPPORTED");
    EXPECT_THAT(token.error().native, HasSubstr("logon not implemented by this system"));
    EXPECT_THAT(token.error().native, HasSubstr("0xDEADBEEF"));
    EXPECT_THAT(token.error().native, HasSubstr("stubbed by Wine"));
    EXPECT_THAT(token.error().native, HasSubstr("ERROR_INVALID_HANDLE"));
}

TEST(WindowsLogon, EveryTypeAndProviderIsPassedThrough) {
    const bool wine = runningUnderWine();
    if (wine) test::noteStubbedByWine("LogonUserW (every logon type and provider)");
    for (const DWORD type : kTypes) {
        for (const DWORD provider : kProviders) {
            const LogonRequest request{"tokenscope-no-such-user", ".", type, provider};
            auto token = logonUser(request, "not the password");
            ASSERT_FALSE(token.ok()) << "type " << type << " provider " << provider;
            if (wine) {
                EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_NOT_SUPPORTED))
                    << "type " << type << " provider " << provider << ": " << token.error().summary();
            } else if (type != LOGON32_LOGON_NEW_CREDENTIALS) {
                // Windows refuses before or at the password check; the code names why.
                EXPECT_NE(token.error().code, 0u);
                EXPECT_FALSE(token.error().name.empty()) << token.error().summary();
            }
        }
    }
}

TEST(WindowsLogon, UndefinedLogonTypeIsNotCaughtByWine) {
    const RawLogon raw = rawLogon(L"tokenscope-no-such-user", L"x", 99, LOGON32_PROVIDER_DEFAULT);
    if (runningUnderWine()) {
        test::noteStubbedByWine("LogonUserW (argument checks)");
        EXPECT_TRUE(raw.ok);  // Windows says ERROR_INVALID_PARAMETER; Wine accepts anything
        auto token = logonUser({"tokenscope-no-such-user", ".", 99, LOGON32_PROVIDER_DEFAULT}, "x");
        ASSERT_FALSE(token.ok());
        EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_NOT_SUPPORTED));
    } else {
        EXPECT_FALSE(raw.ok);
        EXPECT_EQ(raw.error, static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
}

TEST(WindowsLogon, LogonTypeNotGrantedHintNamesTheRight) {
    EXPECT_THAT(logonHint(ERROR_LOGON_TYPE_NOT_GRANTED, LOGON32_LOGON_INTERACTIVE),
                HasSubstr("SeInteractiveLogonRight"));
    EXPECT_THAT(logonHint(ERROR_LOGON_TYPE_NOT_GRANTED, LOGON32_LOGON_NETWORK),
                HasSubstr("SeNetworkLogonRight"));
    EXPECT_THAT(logonHint(ERROR_LOGON_TYPE_NOT_GRANTED, LOGON32_LOGON_BATCH), HasSubstr("SeBatchLogonRight"));
    EXPECT_THAT(logonHint(ERROR_LOGON_TYPE_NOT_GRANTED, LOGON32_LOGON_SERVICE),
                HasSubstr("SeServiceLogonRight"));
    EXPECT_THAT(logonHint(ERROR_INVALID_PARAMETER, LOGON32_LOGON_NEW_CREDENTIALS),
                HasSubstr("LOGON32_PROVIDER_WINNT50"));
    EXPECT_THAT(logonHint(ERROR_LOGON_FAILURE, LOGON32_LOGON_NETWORK), HasSubstr("password"));
}

TEST(WindowsLogon, WineIsDetectedThroughNtdll) {
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    ASSERT_NE(ntdll, nullptr);
    const bool exported = ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
    EXPECT_EQ(runningUnderWine(), exported);
    EXPECT_EQ(wineVersion().empty(), !exported);
}

}  // namespace
}  // namespace tokenscope::win
