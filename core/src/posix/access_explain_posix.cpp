// Explained access on Linux: the kernel's permission check (fs/namei.c: generic_permission,
// acl_permission_check, posix_acl_permission; inode_permission and may_open for read-only mounts,
// immutable and append-only files; do_faccessat and execve for noexec mounts) done again on the
// facts the kernel uses, so that every step can be named. Nothing is opened for writing.
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <optional>

#include "posix/proc_status.hpp"
#include "posix/unique_fd.hpp"
#include "posix/user_database.hpp"
#include "tokenscope/access_explain.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope {
namespace {

constexpr int kMayExec = 1, kMayWrite = 2, kMayRead = 4;
constexpr int kCapDacOverride = 1, kCapDacReadSearch = 2;
constexpr int kMaxSymlinks = 40;  // the kernel's MAXSYMLINKS

// One entry of a POSIX ACL (the system.posix_acl_access attribute, linux/posix_acl_xattr.h).
struct AclEntry {
    enum Tag : std::uint16_t { UserObj = 0x01, User = 0x02, GroupObj = 0x04, Group = 0x08, Mask = 0x10, Other = 0x20 };
    std::uint16_t tag = 0;
    std::uint16_t perm = 0;
    std::uint32_t id = 0;
};

// What the kernel looks at for one inode.
struct Node {
    std::string path;
    struct stat st {};
    std::vector<AclEntry> acl;  // empty: no ACL beyond the mode
    // Read for the final path only (readFinalFacts).
    bool readOnlyMount = false;
    bool noexecMount = false;
    bool immutable = false;
    bool appendOnly = false;
};

std::string octal(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

std::string perms(unsigned bits) {
    std::string text = "---";
    if (bits & 4) text[0] = 'r';
    if (bits & 2) text[1] = 'w';
    if (bits & 1) text[2] = 'x';
    return text;
}

// The names of the owners and groups one explanation mentions, each looked up once (a lookup can
// read /etc/passwd or ask systemd-userdbd; one explanation names the same few ids many times).
struct NameCache {
    std::map<std::uint32_t, std::string> users, groups;
};
thread_local NameCache* names = nullptr;

class NameScope {
public:
    NameScope() : previous_(names) { names = &cache_; }
    ~NameScope() { names = previous_; }
    NameScope(const NameScope&) = delete;
    NameScope& operator=(const NameScope&) = delete;

private:
    NameCache cache_;
    NameCache* previous_;
};

std::string cachedName(std::map<std::uint32_t, std::string>* cache, std::uint32_t id,
                       std::string (*lookup)(std::uint32_t)) {
    if (cache == nullptr) {
        const std::string name = lookup(id);
        return name.empty() ? std::to_string(id) : name;
    }
    auto found = cache->find(id);
    if (found == cache->end()) {
        const std::string name = lookup(id);
        found = cache->emplace(id, name.empty() ? std::to_string(id) : name).first;
    }
    return found->second;
}

std::string userText(std::uint32_t uid) { return cachedName(names ? &names->users : nullptr, uid, userName); }
std::string groupText(std::uint32_t gid) { return cachedName(names ? &names->groups : nullptr, gid, groupName); }

std::string rightVerb(AccessRight right) {
    switch (right) {
        case AccessRight::Read: return "read";
        case AccessRight::Write: return "write";
        case AccessRight::Execute: return "execute";
        case AccessRight::List: return "list";
    }
    return "access";
}

std::string maskVerb(int mask) {
    return mask == kMayRead ? "read" : mask == kMayWrite ? "write" : mask == kMayExec ? "search or execute" : "access";
}

std::vector<AclEntry> readAcl(const std::string& path) {
    std::vector<AclEntry> entries;
    unsigned char buffer[4 + 8 * 64];
    const ssize_t size = ::lgetxattr(path.c_str(), "system.posix_acl_access", buffer, sizeof buffer);
    if (size < 4 || (size - 4) % 8 != 0) return entries;
    auto u16 = [&](std::size_t at) { return static_cast<std::uint16_t>(buffer[at] | (buffer[at + 1] << 8)); };
    auto u32 = [&](std::size_t at) {
        return static_cast<std::uint32_t>(buffer[at]) | (static_cast<std::uint32_t>(buffer[at + 1]) << 8) |
               (static_cast<std::uint32_t>(buffer[at + 2]) << 16) | (static_cast<std::uint32_t>(buffer[at + 3]) << 24);
    };
    if (u32(0) != 2) return entries;  // POSIX_ACL_XATTR_VERSION
    for (std::size_t at = 4; at + 8 <= static_cast<std::size_t>(size); at += 8)
        entries.push_back({u16(at), u16(at + 2), u32(at + 4)});
    return entries;
}

// What the search of a folder on the way needs: its owners, mode and ACL (no symbolic link: the
// caller has followed them).
std::optional<Node> readNode(const std::string& path) {
    Node node;
    node.path = path;
    if (::lstat(path.c_str(), &node.st) != 0) return std::nullopt;
    node.acl = readAcl(path);
    return node;
}

// What only the final path needs: its mount's flags and its attributes. `notes` gets what could
// not be read.
void readFinalFacts(Node& node, std::vector<std::string>& notes) {
    const std::string& path = node.path;
    struct statvfs fs {};
    if (::statvfs(path.c_str(), &fs) == 0) {
        node.readOnlyMount = (fs.f_flag & ST_RDONLY) != 0;
        node.noexecMount = (fs.f_flag & ST_NOEXEC) != 0;
    }
    // The attributes need an open descriptor: only regular files and folders are opened (a
    // device's open can act on the device), read-only and without blocking.
    if (S_ISREG(node.st.st_mode) || S_ISDIR(node.st.st_mode)) {
        posix::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
        int flags = 0;
        if (fd && ::ioctl(fd.get(), FS_IOC_GETFLAGS, &flags) == 0) {
            node.immutable = (flags & FS_IMMUTABLE_FL) != 0;
            node.appendOnly = (flags & FS_APPEND_FL) != 0;
        } else if (!fd) {
            notes.push_back(path + ": its attributes (immutable, append-only) could not be read: " +
                            describeErrno(errno));
        }
    }
}

bool inGroup(const AccessSubject& subject, std::uint32_t gid) {
    if (subject.gid == gid) return true;
    for (const auto group : subject.groups)
        if (group == gid) return true;
    return false;
}

struct Verdict {
    bool granted = false;
    std::string rule;
    std::string text;  // without the leading "path: right granted/denied: "
};

// acl_permission_check: the owner's bits, the ACL, or the group's and other's bits.
Verdict discretionary(const Node& node, int mask, const AccessSubject& subject) {
    const mode_t mode = node.st.st_mode;
    const std::string who = subject.userName.empty() ? "uid " + std::to_string(subject.uid) : subject.userName;
    const std::string owner = userText(node.st.st_uid), group = groupText(node.st.st_gid);
    const std::string facts = "mode " + octal(mode) + " " + owner + ":" + group;
    if (node.st.st_uid == subject.uid) {
        const unsigned bits = (mode >> 6) & 7;
        return {(mask & ~bits) == 0, "owner", facts + "; " + who + " is the owner, and the owner has " + perms(bits)};
    }
    const bool aclUsed = !node.acl.empty() && (mode & S_IRWXG) != 0;
    if (aclUsed) {
        // posix_acl_permission, entry by entry in the ACL's order.
        std::optional<AclEntry> maskEntry;
        for (const auto& entry : node.acl)
            if (entry.tag == AclEntry::Mask) maskEntry = entry;
        const auto masked = [&](const AclEntry& entry, const std::string& name, const char* rule) -> Verdict {
            const unsigned effective = entry.perm & (maskEntry ? maskEntry->perm : 7u);
            std::string text = facts + " with an ACL; its entry " + name + ":" + perms(entry.perm) + " applies to " + who;
            if (maskEntry) text += ", limited by mask::" + perms(maskEntry->perm) + " to " + perms(effective);
            if ((effective & mask) == static_cast<unsigned>(mask)) return {true, rule, text};
            const bool maskDenies = (entry.perm & mask) == mask;
            return {false, maskDenies ? "acl mask" : rule, text};
        };
        bool found = false;
        std::vector<std::string> groupsSeen;
        for (const auto& entry : node.acl) {
            switch (entry.tag) {
                case AclEntry::User:
                    if (entry.id == subject.uid) return masked(entry, "user:" + userText(entry.id), "acl user");
                    break;
                case AclEntry::GroupObj:
                case AclEntry::Group: {
                    const std::uint32_t gid = entry.tag == AclEntry::GroupObj ? node.st.st_gid : entry.id;
                    if (!inGroup(subject, gid)) break;
                    found = true;
                    const std::string name = entry.tag == AclEntry::GroupObj ? "group:" : "group:" + groupText(gid);
                    groupsSeen.push_back(name + ":" + perms(entry.perm) +
                                         (entry.tag == AclEntry::GroupObj ? " (the owning group " + group + ")" : ""));
                    if ((entry.perm & mask) == static_cast<unsigned>(mask))
                        return masked(entry, name, "acl group");
                    break;
                }
                case AclEntry::Other:
                    if (found) {
                        std::string list;
                        for (const auto& seen : groupsSeen) list += (list.empty() ? "" : ", ") + seen;
                        return {false, "acl group",
                                facts + " with an ACL; " + who + " is not the owner and not named in it, but its groups' entries " +
                                    list + " apply and none allows " + maskVerb(mask) + " (other's entry is then not used)"};
                    }
                    return {(entry.perm & mask) == static_cast<unsigned>(mask), "other",
                            facts + " with an ACL that names neither " + who + " nor one of its groups; other has " +
                                perms(entry.perm)};
                default:
                    break;
            }
        }
        // An ACL without an other entry is malformed; the mode bits decide, as below.
    }
    const unsigned groupBits = (mode >> 3) & 7, otherBits = mode & 7;
    // The kernel looks at the owning group only when its bits and other's differ where it matters.
    if ((mask & (groupBits ^ otherBits)) != 0 && inGroup(subject, node.st.st_gid)) {
        return {(mask & ~groupBits) == 0, "group",
                facts + "; " + who + " is not the owner, is in group " + group + ", which has " + perms(groupBits)};
    }
    const std::string membership = inGroup(subject, node.st.st_gid) ? "in group " + group + " (which has the same " + perms(groupBits) + ")"
                                                                     : "not in group " + group;
    std::string text = facts + "; " + who + " is not the owner, " + membership + "; other has " + perms(otherBits);
    if (!node.acl.empty() && !aclUsed) text += " (the ACL is not used: the mask and group bits are ---)";
    return {(mask & ~otherBits) == 0, "other", text};
}

bool hasCapability(const AccessSubject& subject, int capability) {
    return (subject.capabilities >> capability) & 1u;
}

// generic_permission: the discretionary check, then the capabilities that override it.
Verdict permission(const Node& node, int mask, const AccessSubject& subject) {
    Verdict dac = discretionary(node, mask, subject);
    if (dac.granted) return dac;
    const auto byCapability = [&](const char* name) {
        return Verdict{true, "capability",
                       std::string(name) + " overrides what the mode alone would deny (" + dac.text + ")"};
    };
    if (S_ISDIR(node.st.st_mode)) {
        if (!(mask & kMayWrite) && hasCapability(subject, kCapDacReadSearch)) return byCapability("CAP_DAC_READ_SEARCH");
        if (hasCapability(subject, kCapDacOverride)) return byCapability("CAP_DAC_OVERRIDE");
        return dac;
    }
    if (mask == kMayRead && hasCapability(subject, kCapDacReadSearch)) return byCapability("CAP_DAC_READ_SEARCH");
    if (!(mask & kMayExec) || (node.st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH))) {
        if (hasCapability(subject, kCapDacOverride)) return byCapability("CAP_DAC_OVERRIDE");
    } else if (hasCapability(subject, kCapDacOverride)) {
        dac.text += "; CAP_DAC_OVERRIDE does not help: no execute bit is set at all";
    }
    return dac;
}

std::string kindOf(const Node& node) {
    const mode_t mode = node.st.st_mode;
    return S_ISDIR(mode)    ? "a folder"
           : S_ISREG(mode)  ? "a file"
           : S_ISCHR(mode)  ? "a character device"
           : S_ISBLK(mode)  ? "a block device"
           : S_ISFIFO(mode) ? "a FIFO"
           : S_ISSOCK(mode) ? "a socket"
                            : "a special file";
}

// One right on the final path, in the kernel's order.
ExplainedAccess decide(const Node& node, AccessRight right, const AccessSubject& subject) {
    const std::string verb = rightVerb(right);
    const auto answer = [&](bool granted, std::string rule, const std::string& text) {
        return ExplainedAccess{right, granted,
                               {node.path, std::move(rule), node.path + ": " + verb + (granted ? " granted: " : " denied: ") + text}};
    };
    const bool folder = S_ISDIR(node.st.st_mode);
    int mask = kMayRead;
    switch (right) {
        case AccessRight::Read:
            break;
        case AccessRight::List:
            if (!folder) return answer(false, "not a directory", "it is " + kindOf(node) + ", not a folder to list");
            break;
        case AccessRight::Write: {
            mask = kMayWrite;
            const mode_t mode = node.st.st_mode;
            if (node.readOnlyMount && (S_ISREG(mode) || folder || S_ISLNK(mode)))
                return answer(false, "read-only mount", "the file system is mounted read-only");
            if (node.immutable) return answer(false, "immutable", "the immutable attribute is set (chattr +i; lsattr shows i)");
            break;
        }
        case AccessRight::Execute:
            mask = kMayExec;
            if (!folder && !S_ISREG(node.st.st_mode))
                return answer(false, "not executable", "it is " + kindOf(node) + ": only a regular file can be run");
            if (!folder && node.noexecMount)
                return answer(false, "noexec mount", "the file system is mounted noexec: nothing on it can be run");
            break;
    }
    Verdict verdict = permission(node, mask, subject);
    if (verdict.granted && right == AccessRight::Write && node.appendOnly && !folder) {
        return answer(false, "append-only",
                      "the append-only attribute is set (chattr +a): it can only be opened to append, not to write");
    }
    if (folder && right == AccessRight::Execute) verdict.text = "(search) " + verdict.text;
    return answer(verdict.granted, verdict.rule, verdict.text);
}

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        if (!part.empty() && part != ".") parts.push_back(std::move(part));
        start = end + 1;
    }
    return parts;
}

std::string join(const std::string& folder, const std::string& name) {
    return folder == "/" ? "/" + name : folder + "/" + name;
}

std::string parentOf(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
}

}  // namespace

Result<AccessSubject> accessSubjectForUser(const std::string& user) {
    if (user.empty()) return makeError(win32::kInvalidParameter, "no user name given");
    auto account = posix::findAccount(user);
    if (!account) {
        if (account.error().code != win32::kNoSuchUser) return account.error();
        return makeError(win32::kNoSuchUser, "no account named " + user + " in the account database",
                         "Check the name with `getent passwd " + user + "`.");
    }
    auto groups = posix::accountGroups(account->name, account->gid);
    if (!groups) return groups.error();
    AccessSubject subject;
    subject.label = user;
    subject.userName = account->name;
    subject.uid = account->uid;
    subject.gid = account->gid;
    for (const auto group : *groups)
        if (group != account->gid) subject.groups.push_back(group);
    if (subject.uid == 0) {
        // A login as root gets every capability the bounding set still has.
        if (auto self = posix::readProcStatus("/proc/self/status")) subject.capabilities = self->capBounding;
        subject.notes.push_back("root: every capability of the bounding set, as a login gives it");
    } else {
        subject.notes.push_back("no capabilities: a login of a user other than root gets none");
    }
    return subject;
}

Result<AccessSubject> accessSubjectForProcess(std::int64_t pid) {
    if (pid <= 0) return makeError(win32::kInvalidParameter, "no process " + std::to_string(pid) + ": a pid is a positive number");
    const std::string base = "/proc/" + std::to_string(pid);
    auto status = posix::readProcStatus(base + "/status");
    if (!status) {
        return makeError(win32::kInvalidParameter, "no process " + std::to_string(pid) + " (" + base + " cannot be read)",
                         "List the processes with `tokenscope-cli ps`.");
    }
    AccessSubject subject;
    subject.label = "pid " + std::to_string(pid) + " (" + status->name + ")";
    subject.uid = status->uids.filesystem;
    subject.gid = status->gids.filesystem;
    subject.groups = status->groups;
    subject.capabilities = status->capEffective;
    subject.userName = userName(subject.uid);
    subject.notes.push_back("the process's filesystem ids, groups and effective capabilities now");
    return subject;
}

Result<AccessSubject> accessSubjectForCurrentThread() {
    auto status = posix::readProcStatus("/proc/thread-self/status");
    if (!status) return status.error();
    AccessSubject subject;
    subject.uid = status->uids.filesystem;
    subject.gid = status->gids.filesystem;
    subject.groups = status->groups;
    subject.capabilities = status->capEffective;
    subject.userName = userName(subject.uid);
    subject.label = subject.userName.empty() ? "uid " + std::to_string(subject.uid) : subject.userName;
    subject.notes.push_back("this thread's filesystem ids, groups and effective capabilities now");
    return subject;
}

Result<AccessExplanation> explainAccess(const std::string& path, const AccessSubject& subject,
                                        const std::vector<AccessRight>& rights) {
    if (path.empty()) return makeError(win32::kInvalidParameter, "no path given");
    if (path.size() >= PATH_MAX) return makeError(win32::kFilenameExcedRange, "the path is longer than PATH_MAX");
    if (path.find('\0') != std::string::npos) return makeError(win32::kInvalidParameter, "the path holds a NUL byte");
    const NameScope nameScope;
    AccessExplanation explanation;
    explanation.path = path;
    std::string absolute = path;
    if (path.front() != '/') {
        char cwd[PATH_MAX];
        if (::getcwd(cwd, sizeof cwd) == nullptr) return errnoError(errno, "getcwd");
        absolute = join(cwd, path);
    }
    const auto refuseAll = [&](const std::string& where, const std::string& rule, const std::string& why) {
        for (const auto right : rights)
            explanation.checks.push_back({right, false, {where, rule, path + ": " + rightVerb(right) + " denied: " + why}});
        return explanation;
    };

    // Path walk: every folder on the way must be searchable; symbolic links are followed.
    std::deque<std::string> rest;
    for (auto& part : splitPath(absolute)) rest.push_back(std::move(part));
    std::string current = "/";
    int links = 0;
    std::optional<Node> folder = readNode("/");
    if (!folder) return errnoError(errno, "lstat /");
    while (!rest.empty()) {
        std::string part = std::move(rest.front());
        rest.pop_front();
        const Verdict search = permission(*folder, kMayExec, subject);
        if (!search.granted) {
            return refuseAll(current, "search",
                             current + " cannot be searched (it needs x for " + subject.label + "): " + search.text);
        }
        if (part == "..") {
            current = parentOf(current);
            folder = readNode(current);
            if (!folder) return errnoError(errno, "lstat " + current);
            continue;
        }
        const std::string candidate = join(current, part);
        struct stat st {};
        if (::lstat(candidate.c_str(), &st) != 0) {
            const int error = errno;
            if (error == ENOENT) return refuseAll(candidate, "missing", candidate + " does not exist");
            return errnoError(error, "lstat " + candidate);
        }
        if (S_ISLNK(st.st_mode)) {
            if (++links > kMaxSymlinks) return errnoError(ELOOP, "resolving " + path);
            std::string target(PATH_MAX, '\0');
            const ssize_t length = ::readlink(candidate.c_str(), target.data(), target.size());
            if (length < 0) return errnoError(errno, "readlink " + candidate);
            target.resize(static_cast<std::size_t>(length));
            auto parts = splitPath(target);
            rest.insert(rest.begin(), parts.begin(), parts.end());
            if (!target.empty() && target.front() == '/') {
                current = "/";
                folder = readNode("/");
                if (!folder) return errnoError(errno, "lstat /");
            }
            continue;
        }
        if (!rest.empty() && !S_ISDIR(st.st_mode))
            return refuseAll(candidate, "not a directory", candidate + " is not a folder, so nothing is inside it");
        current = candidate;
        folder = readNode(current);
        if (!folder) return errnoError(errno, "lstat " + current);
    }
    readFinalFacts(*folder, explanation.notes);
    explanation.resolved = current;
    explanation.folder = S_ISDIR(folder->st.st_mode);
    for (const auto right : rights) explanation.checks.push_back(decide(*folder, right, subject));
    explanation.notes.push_back(
        "not evaluated: security modules (AppArmor, SELinux), which can deny what this allows");
    return explanation;
}

}  // namespace tokenscope
