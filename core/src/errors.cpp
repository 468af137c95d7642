#include "tokenscope/errors.hpp"

#include "tokenscope/constants.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <system_error>

#include "tokenscope/error_decoder.hpp"

namespace tokenscope {
namespace {

struct KnownError {
    std::uint32_t code;
    std::string_view name;
    std::string_view message;
};

// The documented Windows texts of the codes core raises itself.
constexpr std::array kKnownErrors{
    KnownError{0, "ERROR_SUCCESS", "The operation completed successfully."},
    KnownError{2, "ERROR_FILE_NOT_FOUND", "The system cannot find the file specified."},
    KnownError{3, "ERROR_PATH_NOT_FOUND", "The system cannot find the path specified."},
    KnownError{4, "ERROR_TOO_MANY_OPEN_FILES", "The system cannot open the file."},
    KnownError{5, "ERROR_ACCESS_DENIED", "Access is denied."},
    KnownError{6, "ERROR_INVALID_HANDLE", "The handle is invalid."},
    KnownError{8, "ERROR_NOT_ENOUGH_MEMORY",
               "Not enough memory resources are available to process this command."},
    KnownError{13, "ERROR_INVALID_DATA", "The data is invalid."},
    KnownError{19, "ERROR_WRITE_PROTECT", "The media is write protected."},
    KnownError{31, "ERROR_GEN_FAILURE", "A device attached to the system is not functioning."},
    KnownError{50, "ERROR_NOT_SUPPORTED", "The request is not supported."},
    KnownError{87, "ERROR_INVALID_PARAMETER", "The parameter is incorrect."},
    KnownError{170, "ERROR_BUSY", "The requested resource is in use."},
    KnownError{193, "ERROR_BAD_EXE_FORMAT", "%1 is not a valid Win32 application."},
    KnownError{206, "ERROR_FILENAME_EXCED_RANGE", "The filename or extension is too long."},
    KnownError{267, "ERROR_DIRECTORY", "The directory name is invalid."},
    KnownError{995, "ERROR_OPERATION_ABORTED",
               "The I/O operation has been aborted because of either a thread exit or an "
               "application request."},
    KnownError{1008, "ERROR_NO_TOKEN", "An attempt was made to reference a token that does not exist."},
    KnownError{1168, "ERROR_NOT_FOUND", "Element not found."},
    KnownError{1223, "ERROR_CANCELLED", "The operation was canceled by the user."},
    KnownError{1237, "ERROR_RETRY", "The operation could not be completed. A retry should be performed."},
    KnownError{1300, "ERROR_NOT_ALL_ASSIGNED",
               "Not all privileges or groups referenced are assigned to the caller."},
    KnownError{1311, "ERROR_NO_LOGON_SERVERS",
               "There are currently no logon servers available to service the logon request."},
    KnownError{1312, "ERROR_NO_SUCH_LOGON_SESSION",
               "A specified logon session does not exist. It may already have been terminated."},
    KnownError{1313, "ERROR_NO_SUCH_PRIVILEGE", "A specified privilege does not exist."},
    KnownError{1314, "ERROR_PRIVILEGE_NOT_HELD", "A required privilege is not held by the client."},
    KnownError{1315, "ERROR_INVALID_ACCOUNT_NAME", "The name provided is not a properly formed account name."},
    KnownError{1317, "ERROR_NO_SUCH_USER", "The specified account does not exist."},
    KnownError{1326, "ERROR_LOGON_FAILURE", "The user name or password is incorrect."},
    KnownError{1327, "ERROR_ACCOUNT_RESTRICTION",
               "Account restrictions are preventing this user from signing in."},
    KnownError{1330, "ERROR_PASSWORD_EXPIRED", "The password for this account has expired."},
    KnownError{1331, "ERROR_ACCOUNT_DISABLED", "This user can't sign in because this account is currently disabled."},
    KnownError{1332, "ERROR_NONE_MAPPED", "No mapping between account names and security IDs was done."},
    KnownError{1346, "ERROR_BAD_IMPERSONATION_LEVEL",
               "Either a required impersonation level was not provided, or the provided "
               "impersonation level is invalid."},
    KnownError{1359, "ERROR_INTERNAL_ERROR", "An internal error occurred."},
    KnownError{1385, "ERROR_LOGON_TYPE_NOT_GRANTED",
               "Logon failure: the user has not been granted the requested logon type at this computer."},
    KnownError{1793, "ERROR_ACCOUNT_EXPIRED", "The user's account has expired."},
    KnownError{1921, "ERROR_CANT_RESOLVE_FILENAME", "The name of the file cannot be resolved by the system."},
    KnownError{1907, "ERROR_PASSWORD_MUST_CHANGE",
               "The user's password must be changed before signing in."},
    KnownError{1909, "ERROR_ACCOUNT_LOCKED_OUT",
               "The referenced account is currently locked out and may not be logged on to."},
};

std::atomic<ErrorDecoder> installedDecoder{nullptr};

const KnownError* findKnown(std::uint32_t code) noexcept {
    for (const auto& known : kKnownErrors) {
        if (known.code == code) return &known;
    }
    return nullptr;
}

std::string_view errnoName(int err) noexcept {
    switch (err) {
        case EPERM: return "EPERM";
        case ENOENT: return "ENOENT";
        case ESRCH: return "ESRCH";
        case EINTR: return "EINTR";
        case EIO: return "EIO";
        case E2BIG: return "E2BIG";
        case ENOEXEC: return "ENOEXEC";
        case EBADF: return "EBADF";
        case ECHILD: return "ECHILD";
        case EAGAIN: return "EAGAIN";
        case ENOMEM: return "ENOMEM";
        case EACCES: return "EACCES";
        case EFAULT: return "EFAULT";
        case EBUSY: return "EBUSY";
        case EEXIST: return "EEXIST";
        case ENOTDIR: return "ENOTDIR";
        case EISDIR: return "EISDIR";
        case EINVAL: return "EINVAL";
        case ENFILE: return "ENFILE";
        case EMFILE: return "EMFILE";
        case ETXTBSY: return "ETXTBSY";
        case ENOSPC: return "ENOSPC";
        case EROFS: return "EROFS";
        case ERANGE: return "ERANGE";
        case ENAMETOOLONG: return "ENAMETOOLONG";
        case ENOSYS: return "ENOSYS";
        case ELOOP: return "ELOOP";
        case EOPNOTSUPP: return "EOPNOTSUPP";
        case ETIMEDOUT: return "ETIMEDOUT";
        default: return "";
    }
}

}  // namespace

std::string Error::summary() const {
    std::string text = name.empty() ? std::string("error") : name;
    text += " (" + std::to_string(code) + ")";
    if (!message.empty()) text += ": " + message;
    return text;
}

std::string_view win32ErrorName(std::uint32_t code) noexcept {
    const auto* known = findKnown(code);
    return known ? known->name : std::string_view{};
}

std::string_view win32ErrorMessage(std::uint32_t code) noexcept {
    const auto* known = findKnown(code);
    return known ? known->message : std::string_view{};
}

Error makeError(std::uint32_t code, std::string native, std::string hint) {
    Error error;
    error.code = code;
    if (auto description = describeWin32Error(code)) {
        error.name = std::move(description->name);
        error.message = std::move(description->message);
    }
    error.native = std::move(native);
    error.hint = std::move(hint);
    return error;
}

ErrorDecoder setErrorDecoder(ErrorDecoder decoder) noexcept { return installedDecoder.exchange(decoder); }

std::optional<ErrorDescription> describeWin32Error(std::uint32_t code) {
    if (const auto* known = findKnown(code)) {
        return ErrorDescription{std::string(known->name), std::string(known->message)};
    }
    // Codes core does not raise itself (a GetLastError passed through): the constants database,
    // then whatever the platform installed (FormatMessageW on Windows).
    const auto& constants = ConstantIndex::instance();
    if (const auto name = constants.win32ErrorName(code); !name.empty()) {
        return ErrorDescription{std::string(name), std::string(constants.message(code))};
    }
    if (const ErrorDecoder decoder = installedDecoder.load()) return decoder(code);
    return std::nullopt;
}

std::uint32_t win32FromErrno(int err) noexcept {
    switch (err) {
        case 0: return win32::kSuccess;
        case EPERM:
        case EACCES: return win32::kAccessDenied;
        case ENOENT: return win32::kFileNotFound;
        case ENOTDIR: return win32::kPathNotFound;
        case EMFILE:
        case ENFILE: return win32::kTooManyOpenFiles;
        case EBADF: return win32::kInvalidHandle;
        case ENOMEM: return win32::kNotEnoughMemory;
        case EINVAL:
        case ERANGE: return win32::kInvalidParameter;
        case EBUSY:
        case ETXTBSY: return win32::kBusy;
        case ENAMETOOLONG: return win32::kFilenameExcedRange;
        case ENOSYS:
        case EOPNOTSUPP: return win32::kNotSupported;
        case EINTR: return win32::kOperationAborted;
        case ESRCH: return win32::kNotFound;
        case EIO: return win32::kGenFailure;
        case EROFS: return win32::kWriteProtect;
        case ENOEXEC: return win32::kBadExeFormat;
        case ELOOP: return win32::kCantResolveFilename;
        case EISDIR: return win32::kAccessDenied;
        case EAGAIN: return win32::kRetry;
        default: return win32::kInternalError;
    }
}

std::string describeErrno(int err) {
    std::string out = "errno " + std::to_string(err);
    const auto name = errnoName(err);
    if (!name.empty()) out += " (" + std::string(name) + ")";
    out += ": ";
    out += std::generic_category().message(err);  // thread-safe, unlike strerror
    return out;
}

Error errnoError(int err, std::string_view what, std::string hint) {
    return makeError(win32FromErrno(err), std::string(what) + ": " + describeErrno(err), std::move(hint));
}

}  // namespace tokenscope
