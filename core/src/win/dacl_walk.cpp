#include "win/dacl_walk.hpp"

#include <algorithm>
#include <utility>

#include "win/sid.hpp"
#include "win/text.hpp"

namespace tokenscope::win {
namespace {

bool sameSid(PSID a, const SidBytes& b) {
    return !b.empty() && ::EqualSid(a, const_cast<BYTE*>(b.data())) != FALSE;
}

bool inList(PSID sid, const std::vector<SidBytes>& list) {
    return std::any_of(list.begin(), list.end(), [&](const SidBytes& item) { return sameSid(sid, item); });
}

const SidBytes& ownerRightsSid() {
    static const SidBytes sid = [] {
        SID_IDENTIFIER_AUTHORITY creator = SECURITY_CREATOR_SID_AUTHORITY;
        PSID raw = nullptr;
        SidBytes bytes;
        if (::AllocateAndInitializeSid(&creator, 1, SECURITY_CREATOR_OWNER_RIGHTS_RID, 0, 0, 0, 0, 0, 0, 0, &raw)) {
            bytes = sidBytes(raw);
            ::FreeSid(raw);
        }
        return bytes;
    }();
    return sid;
}

std::string ordinal(int index) { return "entry " + std::to_string(index + 1); }

}  // namespace

std::string fileRightsText(ACCESS_MASK mask, bool folder) {
    struct Whole {
        ACCESS_MASK mask;
        const char* name;
    };
    static constexpr Whole wholes[] = {{FILE_ALL_ACCESS, "FILE_ALL_ACCESS"},
                                       {FILE_GENERIC_READ, "FILE_GENERIC_READ"},
                                       {FILE_GENERIC_WRITE, "FILE_GENERIC_WRITE"},
                                       {FILE_GENERIC_EXECUTE, "FILE_GENERIC_EXECUTE"}};
    for (const auto& whole : wholes)
        if (mask == whole.mask) return whole.name;
    struct Bit {
        ACCESS_MASK bit;
        const char* file;
        const char* folder;
    };
    static constexpr Bit bits[] = {
        {FILE_READ_DATA, "FILE_READ_DATA", "FILE_LIST_DIRECTORY"},
        {FILE_WRITE_DATA, "FILE_WRITE_DATA", "FILE_ADD_FILE"},
        {FILE_APPEND_DATA, "FILE_APPEND_DATA", "FILE_ADD_SUBDIRECTORY"},
        {FILE_READ_EA, "FILE_READ_EA", "FILE_READ_EA"},
        {FILE_WRITE_EA, "FILE_WRITE_EA", "FILE_WRITE_EA"},
        {FILE_EXECUTE, "FILE_EXECUTE", "FILE_TRAVERSE"},
        {FILE_DELETE_CHILD, "FILE_DELETE_CHILD", "FILE_DELETE_CHILD"},
        {FILE_READ_ATTRIBUTES, "FILE_READ_ATTRIBUTES", "FILE_READ_ATTRIBUTES"},
        {FILE_WRITE_ATTRIBUTES, "FILE_WRITE_ATTRIBUTES", "FILE_WRITE_ATTRIBUTES"},
        {DELETE, "DELETE", "DELETE"},
        {READ_CONTROL, "READ_CONTROL", "READ_CONTROL"},
        {WRITE_DAC, "WRITE_DAC", "WRITE_DAC"},
        {WRITE_OWNER, "WRITE_OWNER", "WRITE_OWNER"},
        {SYNCHRONIZE, "SYNCHRONIZE", "SYNCHRONIZE"},
        {ACCESS_SYSTEM_SECURITY, "ACCESS_SYSTEM_SECURITY", "ACCESS_SYSTEM_SECURITY"},
        {GENERIC_ALL, "GENERIC_ALL", "GENERIC_ALL"},
        {GENERIC_EXECUTE, "GENERIC_EXECUTE", "GENERIC_EXECUTE"},
        {GENERIC_WRITE, "GENERIC_WRITE", "GENERIC_WRITE"},
        {GENERIC_READ, "GENERIC_READ", "GENERIC_READ"},
    };
    std::string text;
    ACCESS_MASK rest = mask;
    for (const auto& bit : bits) {
        if ((mask & bit.bit) == 0) continue;
        text += (text.empty() ? "" : "|") + std::string(folder ? bit.folder : bit.file);
        rest &= ~bit.bit;
    }
    if (rest != 0) text += (text.empty() ? "" : "|") + hex(rest);
    return text.empty() ? "0" : text;
}

DaclVerdict walkDacl(PSECURITY_DESCRIPTOR descriptor, const DaclSubject& subject, ACCESS_MASK desired, bool folder) {
    DaclVerdict verdict;
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    PSID owner = nullptr;
    ::GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted);
    ::GetSecurityDescriptorOwner(descriptor, &owner, &defaulted);
    if (!present || dacl == nullptr) {
        verdict.granted = true;
        verdict.rule = "null dacl";
        verdict.text = "it has no DACL (a NULL DACL): everyone gets every right";
        return verdict;
    }

    // The SIDs an entry can match: allow entries only enabled ones, deny entries deny-only too.
    auto matchesAllow = [&](PSID sid) {
        return (!subject.userDenyOnly && sameSid(sid, subject.user)) || inList(sid, subject.enabled);
    };
    auto matchesDeny = [&](PSID sid) {
        return sameSid(sid, subject.user) || inList(sid, subject.enabled) || inList(sid, subject.denyOnly);
    };
    const bool isOwner = owner != nullptr && matchesAllow(owner);

    ACL_SIZE_INFORMATION size{};
    ::GetAclInformation(dacl, &size, sizeof size, AclSizeInformation);

    // The owner's implicit READ_CONTROL | WRITE_DAC, unless OWNER RIGHTS entries replace them.
    bool ownerRightsEntry = false;
    for (DWORD i = 0; i < size.AceCount; ++i) {
        void* raw = nullptr;
        if (!::GetAce(dacl, i, &raw)) continue;
        const auto* header = static_cast<const ACE_HEADER*>(raw);
        if ((header->AceFlags & INHERIT_ONLY_ACE) != 0) continue;
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE && header->AceType != ACCESS_DENIED_ACE_TYPE) continue;
        PSID sid = &static_cast<ACCESS_ALLOWED_ACE*>(raw)->SidStart;
        if (sameSid(sid, ownerRightsSid())) ownerRightsEntry = true;
    }
    ACCESS_MASK remaining = desired;
    ACCESS_MASK byPrivilege = 0;
    if (subject.takeOwnership && (remaining & WRITE_OWNER) != 0) {
        byPrivilege = WRITE_OWNER;
        remaining &= ~WRITE_OWNER;
    }
    ACCESS_MASK byOwner = 0;
    if (isOwner && !ownerRightsEntry) {
        byOwner = remaining & (READ_CONTROL | WRITE_DAC);
        remaining &= ~byOwner;
    }

    std::vector<std::pair<int, ACCESS_MASK>> grants;  // entry index, the bits it granted
    std::vector<std::string> grantTexts;
    std::vector<std::string> passedTexts;
    for (DWORD i = 0; i < size.AceCount && remaining != 0; ++i) {
        void* raw = nullptr;
        if (!::GetAce(dacl, i, &raw)) continue;
        const auto* header = static_cast<const ACE_HEADER*>(raw);
        if ((header->AceFlags & INHERIT_ONLY_ACE) != 0) continue;
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE && header->AceType != ACCESS_DENIED_ACE_TYPE) {
            verdict.notes.push_back(ordinal(static_cast<int>(i)) + " is of type " +
                                    std::to_string(header->AceType) +
                                    " (an object, callback or conditional entry), which this walk does not evaluate");
            continue;
        }
        const auto* ace = static_cast<const ACCESS_ALLOWED_ACE*>(raw);
        PSID sid = const_cast<DWORD*>(&ace->SidStart);
        const bool ownerRights = sameSid(sid, ownerRightsSid());
        const bool inherited = (header->AceFlags & INHERITED_ACE) != 0;
        const std::string how = ordinal(static_cast<int>(i)) + (inherited ? " (inherited)" : " (explicit)");
        if (header->AceType == ACCESS_DENIED_ACE_TYPE) {
            if (!(ownerRights ? isOwner : matchesDeny(sid))) continue;
            const ACCESS_MASK denied = ace->Mask & remaining;
            if (denied == 0) {
                if ((ace->Mask & desired) != 0) {
                    verdict.passedDenies.push_back(static_cast<int>(i));
                    passedTexts.push_back(how + " denies " + fileRightsText(ace->Mask & desired, folder) + " to " +
                                          (ownerRights ? std::string("OWNER RIGHTS (the owner)") : sidLabel(sid)) +
                                          ", but those rights were already granted, so it does not count");
                }
                continue;
            }
            verdict.rule = "dacl deny";
            verdict.missing = denied;
            verdict.entry = static_cast<int>(i);
            verdict.text = how + " denies " + fileRightsText(ace->Mask, folder) + " to " +
                           (ownerRights ? std::string("OWNER RIGHTS (the owner)") : sidLabel(sid)) + ", which " +
                           subject.label + (ownerRights ? " is" : sameSid(sid, subject.user) ? " is" : " is in") +
                           "; it comes before any entry granting " + fileRightsText(denied, folder);
            for (const auto& passed : passedTexts) verdict.text += "; " + passed;
            return verdict;
        }
        if (!(ownerRights ? isOwner : matchesAllow(sid))) continue;
        const ACCESS_MASK granted = ace->Mask & remaining;
        if (granted == 0) continue;
        remaining &= ~granted;
        grants.emplace_back(static_cast<int>(i), granted);
        grantTexts.push_back(how + " allows " + fileRightsText(ace->Mask, folder) + " to " +
                             (ownerRights ? std::string("OWNER RIGHTS (the owner)") : sidLabel(sid)));
    }
    if (remaining != 0) {
        verdict.rule = "no entry";
        verdict.missing = remaining;
        verdict.text = "no entry of its DACL (" + std::to_string(size.AceCount) + " entries) grants " +
                       fileRightsText(remaining, folder) + " to " + subject.label + " or a group it is in";
        if (!grantTexts.empty()) {
            verdict.text += " (";
            for (std::size_t k = 0; k < grantTexts.size(); ++k) verdict.text += (k ? "; " : "") + grantTexts[k];
            verdict.text += ", not enough)";
        }
        for (const auto& passed : passedTexts) verdict.text += "; " + passed;
        return verdict;
    }
    verdict.granted = true;
    if (grants.empty() && byOwner == 0) {
        verdict.rule = "privilege";
        verdict.text = "SeTakeOwnershipPrivilege (enabled) grants WRITE_OWNER whatever the DACL says";
        return verdict;
    }
    if (grants.empty()) {
        verdict.rule = "owner";
        verdict.text = subject.label + " owns it, and the owner always gets " + fileRightsText(byOwner, folder);
        if (byPrivilege != 0) verdict.text += "; SeTakeOwnershipPrivilege (enabled) grants WRITE_OWNER";
        return verdict;
    }
    verdict.rule = "dacl allow";
    verdict.entry = grants.size() == 1 ? grants.front().first : -1;
    for (std::size_t k = 0; k < grantTexts.size(); ++k) verdict.text += (k ? "; " : "") + grantTexts[k];
    if (byOwner != 0) verdict.text += "; as the owner it also gets " + fileRightsText(byOwner, folder);
    if (byPrivilege != 0) verdict.text += "; SeTakeOwnershipPrivilege (enabled) grants WRITE_OWNER";
    for (const auto& passed : passedTexts) verdict.text += "; " + passed;
    return verdict;
}

bool daclSubjectFromToken(HANDLE token, DaclSubject& subject, DWORD& error) {
    auto query = [&](TOKEN_INFORMATION_CLASS kind, std::vector<BYTE>& buffer) {
        DWORD needed = 0;
        ::GetTokenInformation(token, kind, nullptr, 0, &needed);
        if (needed == 0) {
            error = ::GetLastError();
            return false;
        }
        buffer.resize(needed);
        if (!::GetTokenInformation(token, kind, buffer.data(), needed, &needed)) {
            error = ::GetLastError();
            return false;
        }
        return true;
    };
    std::vector<BYTE> userBuffer, groupBuffer, privilegeBuffer;
    if (!query(TokenUser, userBuffer) || !query(TokenGroups, groupBuffer) || !query(TokenPrivileges, privilegeBuffer))
        return false;
    LUID takeOwnership{};
    if (::LookupPrivilegeValueW(nullptr, SE_TAKE_OWNERSHIP_NAME, &takeOwnership)) {
        const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(privilegeBuffer.data());
        for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
            const auto& entry = privileges->Privileges[i];
            if (entry.Luid.LowPart == takeOwnership.LowPart && entry.Luid.HighPart == takeOwnership.HighPart &&
                (entry.Attributes & SE_PRIVILEGE_ENABLED) != 0)
                subject.takeOwnership = true;
        }
    }
    const auto* user = reinterpret_cast<const TOKEN_USER*>(userBuffer.data());
    subject.user = sidBytes(user->User.Sid);
    subject.userDenyOnly = (user->User.Attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0;
    const auto* groups = reinterpret_cast<const TOKEN_GROUPS*>(groupBuffer.data());
    for (DWORD i = 0; i < groups->GroupCount; ++i) {
        const DWORD attributes = groups->Groups[i].Attributes;
        if ((attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0)
            subject.denyOnly.push_back(sidBytes(groups->Groups[i].Sid));
        else if ((attributes & SE_GROUP_ENABLED) != 0)
            subject.enabled.push_back(sidBytes(groups->Groups[i].Sid));
    }
    return true;
}

}  // namespace tokenscope::win
