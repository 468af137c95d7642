// Explained access: could this user or this process read, write, execute or list a path, and
// which rule decided it? AccessChk and Get-NtGrantedAccess answer yes or no; this names the
// folder, the entry and the reason ("/etc/shadow: read denied: mode 0640 root:shadow; tsuser is
// not the owner, not in group shadow; other has ---").
//
// Nothing is opened for writing and nothing is created: the answer is computed from what the
// kernel would look at (each folder's search permission, the owner, group and other bits, the
// POSIX ACL and its mask, the capabilities that override them, read-only and noexec mounts,
// immutable and append-only attributes), in the kernel's own order.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tokenscope/access.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

// Whose access: the credentials the kernel checks a path against.
struct AccessSubject {
    std::string label;                  // "tsuser", "pid 1234 (sleep)"
    std::uint32_t uid = 0;              // the filesystem uid (POSIX)
    std::uint32_t gid = 0;              // the filesystem gid (POSIX)
    std::vector<std::uint32_t> groups;  // supplementary groups
    std::uint64_t capabilities = 0;     // effective capabilities (POSIX), bit n = capability n
    std::string userName;               // the uid's name, "" when it has none
    std::vector<std::string> notes;     // how the subject was made ("root: every capability …")
    // Windows: the user's SID, the groups whose allow entries count (enabled), those whose deny
    // entries only count (deny-only), the privileges that matter to files (enabled or not), and
    // an identification token for AccessCheck when the subject has one (a process, ourselves).
    std::string sid;
    std::vector<std::string> groupSids, denyOnlySids;
    std::vector<std::string> privileges;  // "SeBackupPrivilege (enabled)"
    std::shared_ptr<void> token;          // opaque to callers; closed with the last copy
};

// An account from the account database, without its password: its uid, primary gid and the
// groups a login would give it (getgrouplist). Root is given every capability of the bounding
// set, as a login gives it; any other user none. An unknown user is ERROR_NO_SUCH_USER.
[[nodiscard]] Result<AccessSubject> accessSubjectForUser(const std::string& user);

// A running process as the kernel sees it now: its filesystem ids, groups and effective
// capabilities (/proc/N/status). A process that does not exist is ERROR_INVALID_PARAMETER.
[[nodiscard]] Result<AccessSubject> accessSubjectForProcess(std::int64_t pid);

// The calling thread as the system checks it now: on Linux its own filesystem ids, groups and
// capabilities (/proc/thread-self/status; they are per thread), on Windows its impersonation
// token or, when it has none, the process's. The GUI explains its worker thread's access with it.
[[nodiscard]] Result<AccessSubject> accessSubjectForCurrentThread();

// What decided one right: the path whose permission decided (the file, or a folder on the way),
// the rule ("search", "owner", "group", "other", "acl user", "acl group", "acl mask",
// "capability", "read-only mount", "noexec mount", "immutable", "append-only", "missing",
// "not a directory", "not executable"; on Windows "dacl allow", "dacl deny", "no entry",
// "null dacl", "owner", "privilege", "read-only attribute", "integrity", "accesscheck") and a sentence that
// says it all.
struct AccessDecision {
    std::string path;
    std::string rule;
    std::string text;
};

struct ExplainedAccess {
    AccessRight right = AccessRight::Read;
    bool granted = false;
    AccessDecision decidedBy;
};

struct AccessExplanation {
    std::string path;      // as asked
    std::string resolved;  // with symbolic links followed; empty when the walk stopped before it
    bool folder = false;   // the resolved path is a folder
    std::vector<ExplainedAccess> checks;
    // What the answer does not cover (security modules such as AppArmor or SELinux, a file
    // whose attributes could not be read).
    std::vector<std::string> notes;
};

// The rights as `subject`: read (open for reading), write (open for writing without creating or
// truncating; a folder: add or remove entries), execute (run a file; a folder: search it) and
// list (read a folder's entries). A path that is empty, too long or has too many symbolic links
// is an error; one that does not exist is an answer ("missing").
[[nodiscard]] Result<AccessExplanation> explainAccess(const std::string& path, const AccessSubject& subject,
                                                      const std::vector<AccessRight>& rights);

}  // namespace tokenscope
