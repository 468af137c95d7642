// Win32 error codes that core raises, and the constructors that turn native failures into Errors.
//
// The names and messages here are the documented Windows ones for the codes core itself uses;
// every other code is named through the seam in error_decoder.hpp (where the constants database
// plugs in).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "tokenscope/result.hpp"

namespace tokenscope {

namespace win32 {
inline constexpr std::uint32_t kSuccess = 0;
inline constexpr std::uint32_t kFileNotFound = 2;
inline constexpr std::uint32_t kPathNotFound = 3;
inline constexpr std::uint32_t kTooManyOpenFiles = 4;
inline constexpr std::uint32_t kAccessDenied = 5;
inline constexpr std::uint32_t kInvalidHandle = 6;
inline constexpr std::uint32_t kNotEnoughMemory = 8;
inline constexpr std::uint32_t kInvalidData = 13;
inline constexpr std::uint32_t kWriteProtect = 19;
inline constexpr std::uint32_t kGenFailure = 31;
inline constexpr std::uint32_t kNotSupported = 50;
inline constexpr std::uint32_t kInvalidParameter = 87;
inline constexpr std::uint32_t kBusy = 170;
inline constexpr std::uint32_t kBadExeFormat = 193;
inline constexpr std::uint32_t kFilenameExcedRange = 206;
inline constexpr std::uint32_t kDirectory = 267;
inline constexpr std::uint32_t kOperationAborted = 995;
inline constexpr std::uint32_t kNoToken = 1008;
inline constexpr std::uint32_t kNotFound = 1168;
inline constexpr std::uint32_t kCancelled = 1223;
inline constexpr std::uint32_t kRetry = 1237;
inline constexpr std::uint32_t kNotAllAssigned = 1300;
inline constexpr std::uint32_t kNoSuchPrivilege = 1313;
inline constexpr std::uint32_t kPrivilegeNotHeld = 1314;
inline constexpr std::uint32_t kInvalidAccountName = 1315;
inline constexpr std::uint32_t kNoSuchUser = 1317;
inline constexpr std::uint32_t kLogonFailure = 1326;
inline constexpr std::uint32_t kAccountRestriction = 1327;
inline constexpr std::uint32_t kPasswordExpired = 1330;
inline constexpr std::uint32_t kAccountDisabled = 1331;
inline constexpr std::uint32_t kNoneMapped = 1332;
inline constexpr std::uint32_t kInternalError = 1359;
inline constexpr std::uint32_t kNoSuchLogonSession = 1312;
inline constexpr std::uint32_t kLogonTypeNotGranted = 1385;
inline constexpr std::uint32_t kNoLogonServers = 1311;
inline constexpr std::uint32_t kBadImpersonationLevel = 1346;
inline constexpr std::uint32_t kAccountExpired = 1793;
inline constexpr std::uint32_t kCantResolveFilename = 1921;
inline constexpr std::uint32_t kPasswordMustChange = 1907;
inline constexpr std::uint32_t kAccountLockedOut = 1909;
}  // namespace win32

// "ERROR_LOGON_FAILURE", or "" when core does not know the code (ask the constants database).
[[nodiscard]] std::string_view win32ErrorName(std::uint32_t code) noexcept;
// The documented message of a code core knows, or "".
[[nodiscard]] std::string_view win32ErrorMessage(std::uint32_t code) noexcept;

// An Error with name and message filled in from the code (core's table, else the installed
// ErrorDecoder, see error_decoder.hpp).
[[nodiscard]] Error makeError(std::uint32_t code, std::string native, std::string hint = {});

// The Win32 code closest to an errno value (EACCES -> ERROR_ACCESS_DENIED, ...).
[[nodiscard]] std::uint32_t win32FromErrno(int err) noexcept;
// "errno 13 (EACCES): Permission denied", thread-safe.
[[nodiscard]] std::string describeErrno(int err);
// An Error for a failed POSIX call: `what` names the call ("capset", "open /etc/shadow").
[[nodiscard]] Error errnoError(int err, std::string_view what, std::string hint = {});

}  // namespace tokenscope
