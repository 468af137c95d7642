// The pure parts of logon: LOGON32_* parsing, what each means on Linux, the PAM -> Win32 mapping,
// and the Password buffer.
#include <gtest/gtest.h>
#include <security/pam_appl.h>

#include "posix/pam_error.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {
namespace {

using posix::PamStep;

TEST(LogonTypeParse, AcceptsConstantShortNameAndNumber) {
    for (const char* text : {"LOGON32_LOGON_NETWORK", "network", "NETWORK", "3", "0x3"}) {
        auto type = parseLogonType(text);
        ASSERT_TRUE(type.ok()) << text;
        EXPECT_EQ(*type, LogonType::Network) << text;
    }
    EXPECT_EQ(*parseLogonType("network-cleartext"), LogonType::NetworkCleartext);
    EXPECT_EQ(*parseLogonType("LOGON32_LOGON_NEW_CREDENTIALS"), LogonType::NewCredentials);
    EXPECT_EQ(*parseLogonType("2"), LogonType::Interactive);
    EXPECT_EQ(*parseLogonType("unlock"), LogonType::Unlock);
}

TEST(LogonTypeParse, RejectsUnknownValuesWithTheValidList) {
    for (const char* text : {"", "6", "1", "99", "netw", "LOGON32_PROVIDER_DEFAULT", "3x"}) {
        auto type = parseLogonType(text);
        ASSERT_FALSE(type.ok()) << text;
        EXPECT_EQ(type.error().code, win32::kInvalidParameter);
        EXPECT_NE(type.error().hint.find("LOGON32_LOGON_INTERACTIVE"), std::string::npos);
    }
}

TEST(LogonProviderParse, AcceptsConstantShortNameAndNumber) {
    EXPECT_EQ(*parseLogonProvider("LOGON32_PROVIDER_DEFAULT"), LogonProvider::Default);
    EXPECT_EQ(*parseLogonProvider("default"), LogonProvider::Default);
    EXPECT_EQ(*parseLogonProvider("0"), LogonProvider::Default);
    EXPECT_EQ(*parseLogonProvider("winnt50"), LogonProvider::WinNT50);
    EXPECT_EQ(*parseLogonProvider("4"), LogonProvider::Virtual);
    EXPECT_FALSE(parseLogonProvider("5").ok());
    EXPECT_FALSE(parseLogonProvider("kerberos").ok());
}

TEST(LogonTypes, ValuesMatchWinbase) {
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::Interactive), 2U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::Network), 3U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::Batch), 4U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::Service), 5U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::Unlock), 7U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::NetworkCleartext), 8U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonType::NewCredentials), 9U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonProvider::WinNT35), 1U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonProvider::WinNT40), 2U);
    EXPECT_EQ(static_cast<std::uint32_t>(LogonProvider::WinNT50), 3U);
    EXPECT_EQ(logonTypes().size(), 7U);
    EXPECT_EQ(logonProviders().size(), 5U);
}

TEST(LogonTypes, EveryTypeSaysWhatItMeansOnLinux) {
    for (const auto& info : logonTypes()) {
        EXPECT_FALSE(info.meaning.empty()) << info.constant;
        EXPECT_EQ(info.supported, info.type != LogonType::NewCredentials) << info.constant;
    }
    for (const auto& info : logonProviders()) {
        EXPECT_EQ(info.supported, info.provider == LogonProvider::Default) << info.constant;
    }
}

TEST(LogonTypes, NewCredentialsIsNotSupportedOnThisPlatform) {
    auto status = requireSupported(LogonType::NewCredentials, LogonProvider::WinNT50);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, win32::kNotSupported);
    EXPECT_EQ(status.error().name, "ERROR_NOT_SUPPORTED");
    EXPECT_NE(status.error().native.find("Not supported on this platform"), std::string::npos);
}

TEST(LogonTypes, NonDefaultProvidersAreNotSupportedOnThisPlatform) {
    for (auto provider :
         {LogonProvider::WinNT35, LogonProvider::WinNT40, LogonProvider::WinNT50, LogonProvider::Virtual}) {
        auto status = requireSupported(LogonType::Interactive, provider);
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().code, win32::kNotSupported);
        EXPECT_NE(status.error().native.find("Not supported on this platform"), std::string::npos);
    }
    EXPECT_TRUE(requireSupported(LogonType::Network, LogonProvider::Default).ok());
}

TEST(PamMapping, WrongPasswordAndUnknownUserBothReportLogonFailure) {
    EXPECT_EQ(posix::win32FromPam(PAM_AUTH_ERR, PamStep::Authenticate), 1326U);
    EXPECT_EQ(posix::win32FromPam(PAM_USER_UNKNOWN, PamStep::Authenticate), 1326U);
    EXPECT_EQ(posix::win32FromPam(PAM_USER_UNKNOWN, PamStep::Authenticate),
              posix::win32FromPam(PAM_AUTH_ERR, PamStep::Authenticate));
}

TEST(PamMapping, AccountStatesMapToTheirWindowsErrors) {
    EXPECT_EQ(posix::win32FromPam(PAM_ACCT_EXPIRED, PamStep::AcctMgmt), win32::kAccountExpired);
    EXPECT_EQ(posix::win32FromPam(PAM_NEW_AUTHTOK_REQD, PamStep::AcctMgmt), win32::kPasswordMustChange);
    EXPECT_EQ(posix::win32FromPam(PAM_MAXTRIES, PamStep::Authenticate), win32::kAccountLockedOut);
    EXPECT_EQ(posix::win32FromPam(PAM_PERM_DENIED, PamStep::AcctMgmt), win32::kLogonTypeNotGranted);
    EXPECT_EQ(posix::win32FromPam(PAM_PERM_DENIED, PamStep::Authenticate), win32::kAccountRestriction);
    EXPECT_EQ(posix::win32FromPam(PAM_AUTH_ERR, PamStep::AcctMgmt), win32::kAccountRestriction);
    EXPECT_EQ(posix::win32FromPam(PAM_AUTHTOK_EXPIRED, PamStep::AcctMgmt), win32::kPasswordExpired);
    EXPECT_EQ(posix::win32FromPam(PAM_AUTHINFO_UNAVAIL, PamStep::Authenticate), win32::kNoLogonServers);
    EXPECT_EQ(posix::win32FromPam(PAM_BUF_ERR, PamStep::Authenticate), win32::kNotEnoughMemory);
    EXPECT_EQ(posix::win32FromPam(PAM_SUCCESS, PamStep::Authenticate), win32::kSuccess);
}

TEST(PamMapping, EveryPamResultHasANamedWin32ErrorAndNativeText) {
    for (int code = PAM_SUCCESS + 1; code <= PAM_INCOMPLETE; ++code) {
        for (auto step : {PamStep::Start, PamStep::Authenticate, PamStep::AcctMgmt, PamStep::SetCred,
                          PamStep::OpenSession, PamStep::CloseSession, PamStep::DeleteCred}) {
            const Error error = posix::pamError(code, step, posix::PamContext{});
            EXPECT_NE(error.code, 0U) << code;
            EXPECT_FALSE(error.name.empty()) << "PAM code " << code << " -> " << error.code;
            EXPECT_FALSE(error.message.empty()) << code;
            EXPECT_FALSE(posix::pamCodeName(code).empty()) << code;
            std::string needle = "(";  // built by appending: GCC 12 -Wrestrict false positive
            needle.append(std::to_string(code)).append(")");
            EXPECT_NE(error.native.find(needle), std::string::npos) << error.native;
            EXPECT_NE(error.native.find(posix::pamStepName(step)), std::string::npos) << error.native;
            EXPECT_FALSE(error.hint.empty()) << code;
        }
    }
}

TEST(PamMapping, NativeTextCarriesPamStrerrorAndModuleMessages) {
    posix::PamContext context;
    context.service = "login";
    context.user = "alice";
    context.messages = {"Your account has expired; please contact your system administrator."};
    const Error error = posix::pamError(PAM_AUTH_ERR, PamStep::Authenticate, context);
    EXPECT_EQ(error.name, "ERROR_LOGON_FAILURE");
    EXPECT_NE(error.native.find("PAM_AUTH_ERR (7)"), std::string::npos) << error.native;
    EXPECT_NE(error.native.find(::pam_strerror(nullptr, PAM_AUTH_ERR)), std::string::npos) << error.native;
    EXPECT_NE(error.native.find("service login"), std::string::npos) << error.native;
    EXPECT_NE(error.native.find("has expired"), std::string::npos) << error.native;
}

TEST(PamMapping, HintExplainsUnixChkpwdWhenNotRootAndCheckingAnotherAccount) {
    posix::PamContext context;
    context.user = "alice";
    context.callerIsRoot = false;
    context.callerIsUser = false;
    const Error error = posix::pamError(PAM_AUTH_ERR, PamStep::Authenticate, context);
    EXPECT_NE(error.hint.find("unix_chkpwd"), std::string::npos) << error.hint;
    EXPECT_NE(error.hint.find("root"), std::string::npos) << error.hint;

    context.callerIsRoot = true;
    EXPECT_EQ(posix::pamError(PAM_AUTH_ERR, PamStep::Authenticate, context).hint.find("unix_chkpwd"),
              std::string::npos);
    context.callerIsRoot = false;
    context.callerIsUser = true;  // one's own password: unix_chkpwd can check it
    EXPECT_EQ(posix::pamError(PAM_AUTH_ERR, PamStep::Authenticate, context).hint.find("unix_chkpwd"),
              std::string::npos);
}

TEST(PamMapping, LogonTypeNotGrantedHintNamesTheWindowsRight) {
    posix::PamContext context;
    context.type = LogonType::Network;
    EXPECT_NE(posix::pamError(PAM_PERM_DENIED, PamStep::AcctMgmt, context).hint.find("SeNetworkLogonRight"),
              std::string::npos);
    context.type = LogonType::Batch;
    EXPECT_NE(posix::pamError(PAM_PERM_DENIED, PamStep::AcctMgmt, context).hint.find("SeBatchLogonRight"),
              std::string::npos);
}

TEST(ErrnoMapping, CommonErrnosMapToWin32) {
    EXPECT_EQ(win32FromErrno(EACCES), win32::kAccessDenied);
    EXPECT_EQ(win32FromErrno(EPERM), win32::kAccessDenied);
    EXPECT_EQ(win32FromErrno(ENOENT), win32::kFileNotFound);
    EXPECT_EQ(win32FromErrno(EROFS), win32::kWriteProtect);
    EXPECT_EQ(win32FromErrno(ENOEXEC), win32::kBadExeFormat);
    EXPECT_EQ(win32FromErrno(EAGAIN), win32::kRetry);
    for (std::uint32_t code : {19U, 193U, 267U, 1237U, 1921U})
        EXPECT_FALSE(win32ErrorName(code).empty()) << code;
}

TEST(PasswordBuffer, HoldsBytesAndMovesWithoutCopying) {
    Password password("s3cret", 6);
    EXPECT_EQ(password.view(), "s3cret");
    const char* before = password.view().data();
    Password moved(std::move(password));
    EXPECT_EQ(moved.view().data(), before);  // the same buffer, not a copy
    EXPECT_TRUE(password.empty());           // NOLINT(bugprone-use-after-move): moved-from is empty
    moved.pop_back();
    EXPECT_EQ(moved.view(), "s3cre");
    moved.wipe();
    EXPECT_TRUE(moved.empty());
}

TEST(PasswordBuffer, WipeZeroesTheBuffer) {
    Password password;
    for (const char c : std::string_view("correct horse battery staple, longer than 32"))
        password.push_back(c);
    const char* data = password.view().data();
    const std::size_t size = password.size();
    password.wipe();
    // The buffer is still owned (wipe keeps it): every byte that held the secret is zero now.
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(data[i], '\0') << i;
}

}  // namespace
}  // namespace tokenscope
