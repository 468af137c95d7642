// Access probes as the calling thread's effective ids (the kernel checks the thread's own
// credentials, so an impersonating thread is checked as the user).
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "posix/unique_fd.hpp"
#include "tokenscope/access.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

std::string hintFor(int err) {
    switch (err) {
        case EACCES:
        case EPERM:
            return "The identity lacks the permission on the path or on a folder above it (check with "
                   "`namei -l PATH`, the mode bits and ACLs `getfacl`).";
        case ENOENT:
            return "The path, or a folder on the way, does not exist.";
        case EROFS:
            return "The file system is mounted read-only.";
        default:
            return {};
    }
}

AccessCheck failed(AccessRight right, std::string method, int err, const std::string& path) {
    AccessCheck check{right, false, std::nullopt, method};
    if (right == AccessRight::List && err == ENOTDIR) {
        check.error = makeError(win32::kDirectory, method + " " + path + ": " + describeErrno(err),
                                "The path is not a directory: list needs one.");
    } else {
        check.error = errnoError(err, method + " " + path, hintFor(err));
    }
    return check;
}

AccessCheck checkRead(const std::string& path) {
    const std::string method = "open(O_RDONLY)";
    // O_NONBLOCK: a FIFO must not block the probe.
    posix::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd) return failed(AccessRight::Read, method, errno, path);
    return AccessCheck{AccessRight::Read, true, std::nullopt, method};
}

AccessCheck checkByMode(AccessRight right, int mode, const char* method, const std::string& path) {
    // AT_EACCESS: the effective ids, as an open() would use, not the real ones.
    if (::faccessat(AT_FDCWD, path.c_str(), mode, AT_EACCESS) != 0) return failed(right, method, errno, path);
    return AccessCheck{right, true, std::nullopt, method};
}

AccessCheck checkList(const std::string& path) {
    const std::string method = "opendir+readdir";
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) return failed(AccessRight::List, method, errno, path);
    errno = 0;
    const dirent* entry = ::readdir(dir);
    const int err = errno;
    ::closedir(dir);
    if (entry == nullptr && err != 0) return failed(AccessRight::List, method, err, path);
    return AccessCheck{AccessRight::List, true, std::nullopt, method};
}

}  // namespace

std::vector<AccessCheck> probeAccess(const std::string& path, const std::vector<AccessRight>& rights) {
    std::vector<AccessCheck> checks;
    checks.reserve(rights.size());
    for (const auto right : rights) {
        switch (right) {
            case AccessRight::Read:
                checks.push_back(checkRead(path));
                break;
            case AccessRight::Write:
                checks.push_back(checkByMode(right, W_OK, "faccessat(W_OK, AT_EACCESS)", path));
                break;
            case AccessRight::Execute:
                checks.push_back(checkByMode(right, X_OK, "faccessat(X_OK, AT_EACCESS)", path));
                break;
            case AccessRight::List:
                checks.push_back(checkList(path));
                break;
        }
    }
    return checks;
}

}  // namespace tokenscope
