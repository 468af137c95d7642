// Explained access on Windows: the path's security descriptor (GetNamedSecurityInfoW), the DACL
// walked in order for the subject's SIDs to name the deciding entry (win/dacl_walk), the
// read-only attribute, the mandatory label's no-write-up, and, when the subject has a token (a
// process, or the account we run as), AccessCheck's own answer, which wins if the two ever
// differ. An account given by name without a token is judged from the account database: its SID,
// its local groups and the SIDs an interactive logon adds. Nothing is opened for writing.
#include <windows.h>
// clang-format off
#include <aclapi.h>
#include <lm.h>
#include <sddl.h>
#include <tlhelp32.h>
// clang-format on

#include <memory>
#include <string>
#include <vector>

#include "tokenscope/access_explain.hpp"
#include "tokenscope/errors.hpp"
#include "win/dacl_walk.hpp"
#include "win/local_accounts.hpp"
#include "win/sid.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

std::shared_ptr<void> shareHandle(HANDLE handle) {
    return std::shared_ptr<void>(handle, [](void* owned) { ::CloseHandle(owned); });
}

// The privileges that change what a file open may do, whether enabled or only held.
std::vector<std::string> filePrivileges(HANDLE token) {
    std::vector<std::string> names;
    DWORD needed = 0;
    ::GetTokenInformation(token, TokenPrivileges, nullptr, 0, &needed);
    if (needed == 0) return names;
    std::vector<BYTE> buffer(needed);
    if (!::GetTokenInformation(token, TokenPrivileges, buffer.data(), needed, &needed)) return names;
    const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(buffer.data());
    for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
        wchar_t name[64];
        DWORD size = 64;
        LUID luid = privileges->Privileges[i].Luid;
        if (!::LookupPrivilegeNameW(nullptr, &luid, name, &size)) continue;
        const std::string text = win::toUtf8(name);
        if (text != "SeBackupPrivilege" && text != "SeRestorePrivilege" && text != "SeTakeOwnershipPrivilege" &&
            text != "SeSecurityPrivilege" && text != "SeChangeNotifyPrivilege")
            continue;
        const bool enabled = (privileges->Privileges[i].Attributes & SE_PRIVILEGE_ENABLED) != 0;
        names.push_back(text + (enabled ? " (enabled)" : " (held, disabled)"));
    }
    return names;
}

bool holds(const AccessSubject& subject, const std::string& privilege) {
    for (const auto& item : subject.privileges)
        if (item.rfind(privilege + " ", 0) == 0) return true;
    return false;
}

// A subject from a token: its SIDs as strings, the file privileges, an identification copy.
// Labelled `label`, or the token user's name (its SID when it has none) when that is empty.
Result<AccessSubject> subjectFromToken(HANDLE token, std::string label) {
    win::DaclSubject sids;
    DWORD error = 0;
    if (!win::daclSubjectFromToken(token, sids, error)) return win::win32Error(error, "GetTokenInformation");
    HANDLE copy = nullptr;
    if (!::DuplicateTokenEx(token, TOKEN_QUERY, nullptr, SecurityIdentification, TokenImpersonation, &copy))
        return win::lastError("DuplicateTokenEx");
    AccessSubject subject;
    subject.token = shareHandle(copy);
    subject.sid = win::sidString(sids.user.data());
    subject.userName = win::accountName(sids.user.data());
    subject.label = !label.empty() ? std::move(label) : !subject.userName.empty() ? subject.userName : subject.sid;
    for (auto& sid : sids.enabled) subject.groupSids.push_back(win::sidString(sid.data()));
    for (auto& sid : sids.denyOnly) subject.denyOnlySids.push_back(win::sidString(sid.data()));
    if (sids.userDenyOnly) subject.denyOnlySids.push_back(subject.sid);
    subject.privileges = filePrivileges(token);
    return subject;
}

std::string processName(DWORD pid) {
    win::ScopedHandle snapshot(::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (!snapshot.valid()) return {};
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Process32FirstW(snapshot.get(), &entry); more; more = ::Process32NextW(snapshot.get(), &entry))
        if (entry.th32ProcessID == pid) return win::toUtf8(entry.szExeFile);
    return {};
}

win::DaclSubject daclSubject(const AccessSubject& subject) {
    win::DaclSubject sids;
    sids.label = subject.label;
    for (const auto& privilege : subject.privileges)
        if (privilege == "SeTakeOwnershipPrivilege (enabled)") sids.takeOwnership = true;
    sids.user = win::sidBytes(subject.sid);
    for (const auto& sid : subject.groupSids) sids.enabled.push_back(win::sidBytes(sid));
    for (const auto& sid : subject.denyOnlySids) {
        if (sid == subject.sid)
            sids.userDenyOnly = true;
        else
            sids.denyOnly.push_back(win::sidBytes(sid));
    }
    return sids;
}

struct WantedRight {
    ACCESS_MASK mask;
    const char* privilege;  // the one a backup-intent open would use instead
};

WantedRight wantedFor(AccessRight right, bool folder) {
    switch (right) {
        case AccessRight::Read:
            return {FILE_GENERIC_READ, "SeBackupPrivilege"};
        case AccessRight::Write:
            return {FILE_GENERIC_WRITE, "SeRestorePrivilege"};
        case AccessRight::Execute:
            return {FILE_GENERIC_EXECUTE, "SeBackupPrivilege"};
        case AccessRight::List:
            return {folder ? static_cast<ACCESS_MASK>(FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE)
                           : static_cast<ACCESS_MASK>(FILE_READ_DATA),
                    "SeBackupPrivilege"};
    }
    return {0, ""};
}

// The mandatory label's policy and level, when the descriptor has one; 0 level when not.
struct Label {
    DWORD level = 0;
    DWORD policy = 0;
    bool present = false;
};

Label labelOf(const std::wstring& path) {
    Label label;
    PACL sacl = nullptr;
    PSECURITY_DESCRIPTOR raw = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, LABEL_SECURITY_INFORMATION, nullptr, nullptr, nullptr,
                                &sacl, &raw) != ERROR_SUCCESS)
        return label;
    const win::ScopedLocalMemory descriptor(raw);
    if (sacl == nullptr) return label;
    ACL_SIZE_INFORMATION size{};
    ::GetAclInformation(sacl, &size, sizeof size, AclSizeInformation);
    for (DWORD i = 0; i < size.AceCount; ++i) {
        void* ace = nullptr;
        if (!::GetAce(sacl, i, &ace)) continue;
        if (static_cast<ACE_HEADER*>(ace)->AceType != SYSTEM_MANDATORY_LABEL_ACE_TYPE) continue;
        auto* mandatory = static_cast<SYSTEM_MANDATORY_LABEL_ACE*>(ace);
        PSID sid = &mandatory->SidStart;
        label.present = true;
        label.policy = mandatory->Mask;
        label.level = *::GetSidSubAuthority(sid, *::GetSidSubAuthorityCount(sid) - 1);
        return label;
    }
    return label;
}

DWORD tokenIntegrity(HANDLE token) {
    DWORD needed = 0;
    ::GetTokenInformation(token, TokenIntegrityLevel, nullptr, 0, &needed);
    if (needed == 0) return SECURITY_MANDATORY_MEDIUM_RID;
    std::vector<BYTE> buffer(needed);
    if (!::GetTokenInformation(token, TokenIntegrityLevel, buffer.data(), needed, &needed))
        return SECURITY_MANDATORY_MEDIUM_RID;
    PSID sid = reinterpret_cast<TOKEN_MANDATORY_LABEL*>(buffer.data())->Label.Sid;
    return *::GetSidSubAuthority(sid, *::GetSidSubAuthorityCount(sid) - 1);
}

std::string rightWord(AccessRight right) { return std::string(accessRightName(right)); }

}  // namespace

Result<AccessSubject> accessSubjectForProcess(std::int64_t pid) {
    if (pid <= 0 || pid > 0xFFFFFFFFLL)
        return makeError(win32::kInvalidParameter, "no process has id " + std::to_string(pid),
                         "Give the id `tokenscope-cli ps` lists.");
    const DWORD id = static_cast<DWORD>(pid);
    win::ScopedHandle process(::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, id));
    if (!process.valid())
        return win::lastError("OpenProcess", "The process has ended, or reading it needs SeDebugPrivilege.");
    HANDLE raw = nullptr;
    if (!::OpenProcessToken(process.get(), TOKEN_QUERY | TOKEN_DUPLICATE, &raw))
        return win::lastError("OpenProcessToken", "Reading another user's process token needs SeDebugPrivilege.");
    win::ScopedHandle token(raw);
    std::string name = processName(id);
    return subjectFromToken(token.get(), "pid " + std::to_string(pid) + (name.empty() ? "" : " (" + name + ")"));
}

Result<AccessSubject> accessSubjectForCurrentThread() {
    HANDLE raw = nullptr;
    bool impersonating = true;
    if (!::OpenThreadToken(::GetCurrentThread(), TOKEN_QUERY | TOKEN_DUPLICATE, TRUE, &raw)) {
        if (::GetLastError() != ERROR_NO_TOKEN) return win::lastError("OpenThreadToken");
        impersonating = false;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &raw))
            return win::lastError("OpenProcessToken");
    }
    win::ScopedHandle token(raw);
    auto subject = subjectFromToken(token.get(), {});
    if (subject)
        subject->notes.push_back(impersonating ? "this thread's impersonation token" : "the process's token (the thread does not impersonate)");
    return subject;
}

Result<AccessSubject> accessSubjectForUser(const std::string& user) {
    if (user.empty() || user.size() > 256)
        return makeError(win32::kInvalidAccountName, "the account name is empty or too long", "Name an account.");
    std::wstring wide = win::toWide(user);
    if (wide.rfind(L".\\", 0) == 0) wide = wide.substr(2);
    win::LocalAccount account;
    if (const DWORD code = win::lookupAccount(wide, account); code != ERROR_SUCCESS) {
        if (code == ERROR_NONE_MAPPED)
            return makeError(win32::kNoSuchUser, "no account is named " + user, "Check the name with `net user`.");
        return win::win32Error(code, "LookupAccountNameW");
    }
    PSID sid = account.sid.data();

    // The account we run as: our own token says it exactly.
    HANDLE raw = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &raw)) {
        win::ScopedHandle token(raw);
        auto own = subjectFromToken(token.get(), user);
        if (own && own->sid == win::sidString(sid)) {
            own->notes.push_back("the account this program runs as: its own token is used");
            return own;
        }
    }

    // Another account: what an interactive logon would give it, from the account database.
    AccessSubject subject;
    subject.label = user;
    subject.sid = win::sidString(sid);
    subject.userName = win::accountName(sid);
    std::vector<win::LocalGroup> groups;
    if (const DWORD status = win::localGroupsOf(wide, groups); status == NERR_Success) {
        for (const auto& group : groups)
            if (!group.sid.empty()) subject.groupSids.push_back(win::sidString(const_cast<BYTE*>(group.sid.data())));
    } else {
        subject.notes.push_back("NetUserGetLocalGroups failed (status " + std::to_string(status) +
                                "): only the well-known groups are counted");
    }
    // Everyone, Authenticated Users, INTERACTIVE, Local account: what every interactive token has.
    for (const char* wellKnown : {"S-1-1-0", "S-1-5-11", "S-1-5-4", "S-1-5-113"}) subject.groupSids.push_back(wellKnown);
    // Everyone holds bypass-traverse-checking by default.
    subject.privileges.push_back("SeChangeNotifyPrivilege (enabled)");
    subject.notes.push_back(
        "made from the account database without logging on: the account's SID, its local groups and the SIDs an "
        "interactive logon adds (Everyone, Authenticated Users, INTERACTIVE, Local account); domain groups and "
        "UAC's filtered token are not counted, and no AccessCheck is made");
    return subject;
}

Result<AccessExplanation> explainAccess(const std::string& path, const AccessSubject& subject,
                                        const std::vector<AccessRight>& rights) {
    if (path.empty() || path.size() > 32767 || path.find('\0') != std::string::npos)
        return makeError(win32::kInvalidParameter, "the path is empty, too long or holds a NUL", "Give a file or folder.");
    if (subject.sid.empty())
        return makeError(win32::kInvalidParameter, "the subject has no SID", "Make it with accessSubjectForUser or ForProcess.");
    AccessExplanation answer;
    answer.path = path;
    const std::wstring wide = win::toWide(path);

    // The path as the system resolves it.
    std::wstring full(32768, L'\0');
    const DWORD length = ::GetFullPathNameW(wide.c_str(), static_cast<DWORD>(full.size()), full.data(), nullptr);
    full.resize(length < full.size() ? length : 0);
    if (full.empty()) full = wide;

    const DWORD attributes = ::GetFileAttributesW(full.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD code = ::GetLastError();
        const bool missing = code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND || code == ERROR_INVALID_NAME;
        if (!missing) return win::win32Error(code, "GetFileAttributesW");
        for (const AccessRight right : rights)
            answer.checks.push_back({right, false,
                                     {path, "missing",
                                      path + ": " + rightWord(right) + " denied: it does not exist (" +
                                          std::string(win32ErrorName(code)) + ")"}});
        return answer;
    }
    answer.resolved = win::toUtf8(full);
    answer.folder = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;

    PSID owner = nullptr, group = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR raw = nullptr;
    const DWORD read = ::GetNamedSecurityInfoW(full.c_str(), SE_FILE_OBJECT,
                                               OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION |
                                                   DACL_SECURITY_INFORMATION,
                                               &owner, &group, &dacl, nullptr, &raw);
    if (read != ERROR_SUCCESS)
        return win::win32Error(read, "GetNamedSecurityInfoW", "Reading the security descriptor needs READ_CONTROL.");
    const win::ScopedLocalMemory descriptor(raw);

    const win::DaclSubject sids = daclSubject(subject);
    const Label label = labelOf(full);
    const DWORD integrity = subject.token ? tokenIntegrity(subject.token.get()) : SECURITY_MANDATORY_MEDIUM_RID;
    const std::string ownerText = owner != nullptr ? win::sidLabel(owner) : std::string("nobody");

    for (const AccessRight right : rights) {
        ExplainedAccess check{right, false, {answer.resolved, "", ""}};
        const std::string prefix = answer.resolved + ": " + rightWord(right);
        if (right == AccessRight::List && !answer.folder) {
            check.decidedBy = {answer.resolved, "not a directory", prefix + " denied: a file has no entries to list"};
            answer.checks.push_back(std::move(check));
            continue;
        }
        const WantedRight wanted = wantedFor(right, answer.folder);
        win::DaclVerdict verdict = win::walkDacl(raw, sids, wanted.mask, answer.folder);
        for (auto& note : verdict.notes) answer.notes.push_back(answer.resolved + ": " + note);
        check.granted = verdict.granted;
        check.decidedBy.rule = verdict.rule;
        check.decidedBy.text =
            prefix + (verdict.granted ? " granted: " : " denied: ") + verdict.text + " (owner " + ownerText + ")";

        // AccessCheck with the subject's token is the system's own answer.
        if (subject.token) {
            GENERIC_MAPPING mapping{FILE_GENERIC_READ, FILE_GENERIC_WRITE, FILE_GENERIC_EXECUTE, FILE_ALL_ACCESS};
            PRIVILEGE_SET privileges{};
            DWORD privilegesSize = sizeof privileges;
            DWORD granted = 0;
            BOOL status = FALSE;
            if (::AccessCheck(raw, subject.token.get(), wanted.mask, &mapping, &privileges, &privilegesSize, &granted,
                              &status)) {
                if ((status != FALSE) != verdict.granted) {
                    check.granted = status != FALSE;
                    check.decidedBy.rule = "accesscheck";
                    check.decidedBy.text = prefix + (check.granted ? " granted" : " denied") +
                                           " by AccessCheck, though the DACL walk says " +
                                           (verdict.granted ? "granted" : "denied") + " (" + verdict.text + ")";
                }
            } else {
                answer.notes.push_back("AccessCheck failed for " + rightWord(right) + ": " +
                                       std::string(win32ErrorName(::GetLastError())));
            }
        }

        if (check.granted && right == AccessRight::Write && !answer.folder && (attributes & FILE_ATTRIBUTE_READONLY) != 0) {
            check.granted = false;
            check.decidedBy.rule = "read-only attribute";
            check.decidedBy.text = prefix + " denied: the file has the read-only attribute (FILE_ATTRIBUTE_READONLY), "
                                            "which refuses every open for writing whatever the DACL says";
        }
        if (check.granted && right == AccessRight::Write && label.present && (label.policy & SYSTEM_MANDATORY_LABEL_NO_WRITE_UP) &&
            integrity < label.level) {
            check.granted = false;
            check.decidedBy.rule = "integrity";
            check.decidedBy.text = prefix + " denied: its mandatory label (level " + std::to_string(label.level) +
                                   ", no-write-up) is above the subject's integrity level (" +
                                   std::to_string(integrity) + ")";
        }
        if (!check.granted && (check.decidedBy.rule == "dacl deny" || check.decidedBy.rule == "no entry") &&
            holds(subject, wanted.privilege))
            check.decidedBy.text += "; an open with backup intent (FILE_FLAG_BACKUP_SEMANTICS) would still get it, "
                                    "because the subject holds " + std::string(wanted.privilege);
        answer.checks.push_back(std::move(check));
    }
    if (!subject.token)
        answer.notes.push_back("no token for " + subject.label +
                               ": the DACL was walked for the SIDs from the account database only");
    if (!holds(subject, "SeChangeNotifyPrivilege"))
        answer.notes.push_back("the subject lacks SeChangeNotifyPrivilege: the folders on the way also need "
                               "FILE_TRAVERSE, which is not checked here");
    return answer;
}

}  // namespace tokenscope
