// probeAccess on Windows: ask the system by opening the path as the calling thread (the
// impersonated user while it impersonates). An Identification-level thread gets
// ERROR_BAD_IMPERSONATION_LEVEL (1346) on Windows.
#include <windows.h>

#include "tokenscope/access.hpp"
#include "tokenscope/errors.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

constexpr const char* kHint =
    "The thread's user (the impersonated one, while impersonating) lacks this access, or the path does not "
    "exist.";

struct FindTraits {
    using Handle = HANDLE;
    static Handle invalid() noexcept { return INVALID_HANDLE_VALUE; }
    static bool isValid(Handle handle) noexcept { return handle != INVALID_HANDLE_VALUE; }
    static void close(Handle handle) noexcept { ::FindClose(handle); }
};
using ScopedFind = win::UniqueHandle<FindTraits>;

// Directories open only with FILE_FLAG_BACKUP_SEMANTICS. It is not used for files: with
// SeBackupPrivilege or SeRestorePrivilege enabled it would bypass the very check we make.
AccessCheck openCheck(AccessRight right, const std::wstring& path, bool directory, DWORD access,
                      const char* accessName) {
    AccessCheck check{right, false, std::nullopt, std::string("CreateFileW(") + accessName + ")"};
    const win::ScopedHandle file(
        ::CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                      OPEN_EXISTING, directory ? FILE_FLAG_BACKUP_SEMANTICS : 0, nullptr));
    if (!file.valid()) {
        check.error = win::lastError(check.method, kHint);
    } else {
        check.granted = true;
    }
    return check;
}

// `missing`: GetFileAttributesW's error when the path could not be read (0 otherwise).
AccessCheck listCheck(const std::wstring& path, bool directory, DWORD missing) {
    AccessCheck check{AccessRight::List, false, std::nullopt, "FindFirstFileW(path\\*)"};
    if (missing != ERROR_SUCCESS && missing != ERROR_ACCESS_DENIED) {
        check.error = win::win32Error(missing, "GetFileAttributesW", kHint);
        return check;
    }
    if (!directory && missing == ERROR_SUCCESS) {
        check.error = win::win32Error(ERROR_DIRECTORY, check.method, "Only a folder has entries to list.");
        return check;
    }
    std::wstring pattern = path;
    if (pattern.back() != L'\\' && pattern.back() != L'/') pattern += L'\\';
    pattern += L'*';
    WIN32_FIND_DATAW data{};
    const ScopedFind find(::FindFirstFileW(pattern.c_str(), &data));
    if (!find.valid()) {
        check.error = win::lastError(check.method, kHint);
    } else {
        check.granted = true;
    }
    return check;
}

}  // namespace

std::vector<AccessCheck> probeAccess(const std::string& path, const std::vector<AccessRight>& rights) {
    std::vector<AccessCheck> checks;
    checks.reserve(rights.size());
    const std::wstring wide = win::toWide(path);
    if (wide.empty()) {
        for (const auto right : rights) {
            checks.push_back(
                {right, false,
                 makeError(win32::kInvalidParameter, "probeAccess: empty path", "Give a path to probe."),
                 "(none)"});
        }
        return checks;
    }
    // Read as the thread; a folder the thread cannot stat is probed as a file (and fails there).
    const DWORD attributes = ::GetFileAttributesW(wide.c_str());
    const DWORD missing = attributes == INVALID_FILE_ATTRIBUTES ? ::GetLastError() : ERROR_SUCCESS;
    const bool directory =
        attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    for (const auto right : rights) {
        switch (right) {
            case AccessRight::Read:
                checks.push_back(openCheck(right, wide, directory, GENERIC_READ, "GENERIC_READ"));
                break;
            case AccessRight::Write:  // OPEN_EXISTING: nothing is created or truncated
                checks.push_back(openCheck(right, wide, directory, GENERIC_WRITE, "GENERIC_WRITE"));
                break;
            case AccessRight::Execute:  // FILE_TRAVERSE for a folder: the same bit
                checks.push_back(openCheck(right, wide, directory, FILE_EXECUTE, "FILE_EXECUTE"));
                break;
            case AccessRight::List:
                checks.push_back(listCheck(wide, directory, missing));
                break;
        }
    }
    return checks;
}

}  // namespace tokenscope
