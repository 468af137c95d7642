#include "tokenscope/errors.hpp"

#include <gtest/gtest.h>

#include <cerrno>

#include "tokenscope/error_decoder.hpp"

namespace tokenscope {
namespace {

TEST(Errors, MakeErrorFillsNameAndMessageFromTheCode) {
    const Error error = makeError(win32::kLogonFailure, "PAM_AUTH_ERR (7)", "Check the password.");
    EXPECT_EQ(error.code, 1326u);
    EXPECT_EQ(error.name, "ERROR_LOGON_FAILURE");
    EXPECT_EQ(error.message, "The user name or password is incorrect.");
    EXPECT_EQ(error.native, "PAM_AUTH_ERR (7)");
    EXPECT_EQ(error.hint, "Check the password.");
    EXPECT_EQ(error.summary(), "ERROR_LOGON_FAILURE (1326): The user name or password is incorrect.");
}

TEST(Errors, KnownCodesHaveTheirWindowsNames) {
    EXPECT_EQ(win32ErrorName(5), "ERROR_ACCESS_DENIED");
    EXPECT_EQ(win32ErrorName(1300), "ERROR_NOT_ALL_ASSIGNED");
    EXPECT_EQ(win32ErrorName(1314), "ERROR_PRIVILEGE_NOT_HELD");
    EXPECT_EQ(win32ErrorName(1793), "ERROR_ACCOUNT_EXPIRED");
    EXPECT_EQ(win32ErrorName(1907), "ERROR_PASSWORD_MUST_CHANGE");
    EXPECT_EQ(win32ErrorName(1385), "ERROR_LOGON_TYPE_NOT_GRANTED");
}

TEST(Errors, UnknownCodeHasNoNameButKeepsTheNumber) {
    const Error error = makeError(123456, "native");
    EXPECT_TRUE(error.name.empty());
    EXPECT_EQ(error.summary(), "error (123456)");
}

// An application-defined code (customer bit set) that no SDK header names.
constexpr std::uint32_t kAppCode = 0x2000ABCD;

std::optional<ErrorDescription> appCodeOnly(std::uint32_t code) {
    if (code != kAppCode) return std::nullopt;
    return ErrorDescription{"APP_ERROR_EXAMPLE", "An application-defined failure."};
}

TEST(Errors, CodesCoreDoesNotRaiseAreNamedFromTheConstantsDatabase) {
    const Error error = makeError(32, "native");
    EXPECT_EQ(error.name, "ERROR_SHARING_VIOLATION");
    EXPECT_FALSE(error.message.empty());
    EXPECT_EQ(makeError(5, "").name, "ERROR_ACCESS_DENIED");  // core's own table
}

TEST(Errors, AnInstalledDecoderNamesWhatNeitherCoreNorTheDatabaseKnows) {
    EXPECT_FALSE(describeWin32Error(kAppCode).has_value());
    const ErrorDecoder previous = setErrorDecoder(&appCodeOnly);
    EXPECT_EQ(previous, nullptr);
    const Error error = makeError(kAppCode, "native");
    EXPECT_EQ(error.name, "APP_ERROR_EXAMPLE");
    EXPECT_EQ(error.summary(), "APP_ERROR_EXAMPLE (536914893): An application-defined failure.");
    EXPECT_EQ(makeError(5, "").name, "ERROR_ACCESS_DENIED");
    EXPECT_TRUE(makeError(123456, "").name.empty());
    EXPECT_EQ(setErrorDecoder(nullptr), &appCodeOnly);
    EXPECT_TRUE(makeError(kAppCode, "").name.empty());
}

TEST(Errors, ErrnoMapsToTheClosestWin32Code) {
    EXPECT_EQ(win32FromErrno(0), win32::kSuccess);
    EXPECT_EQ(win32FromErrno(EPERM), win32::kAccessDenied);
    EXPECT_EQ(win32FromErrno(EACCES), win32::kAccessDenied);
    EXPECT_EQ(win32FromErrno(ENOENT), win32::kFileNotFound);
    EXPECT_EQ(win32FromErrno(ENOTDIR), win32::kPathNotFound);
    EXPECT_EQ(win32FromErrno(ENOMEM), win32::kNotEnoughMemory);
    EXPECT_EQ(win32FromErrno(EINVAL), win32::kInvalidParameter);
    EXPECT_EQ(win32FromErrno(EMFILE), win32::kTooManyOpenFiles);
    EXPECT_EQ(win32FromErrno(ENAMETOOLONG), win32::kFilenameExcedRange);
    EXPECT_EQ(win32FromErrno(ENOSYS), win32::kNotSupported);
    EXPECT_EQ(win32FromErrno(EDOM), win32::kInternalError);
}

TEST(Errors, ErrnoErrorKeepsTheNativeDetailBesideTheWin32Code) {
    const Error error = errnoError(EACCES, "open /etc/shadow");
    EXPECT_EQ(error.code, win32::kAccessDenied);
    EXPECT_EQ(error.native, "open /etc/shadow: errno 13 (EACCES): Permission denied");
}

}  // namespace
}  // namespace tokenscope
