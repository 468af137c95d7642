// The DACL walk AccessCheck makes, done again so that the answer can name the entry that decided:
// entries in order, inherit-only ones skipped; a deny entry for a SID of the subject (enabled or
// deny-only) that covers a bit still wanted refuses; an allow entry for an enabled SID grants its
// bits; what is still wanted at the end is refused for want of an entry. The owner gets READ_CONTROL
// and WRITE_DAC unless an OWNER RIGHTS (S-1-3-4) entry says otherwise; a NULL DACL grants all.
#pragma once

#include <windows.h>

#include <string>
#include <vector>

#include "win/sid.hpp"

namespace tokenscope::win {

// The SIDs a token matches entries with.
struct DaclSubject {
    SidBytes user;
    bool userDenyOnly = false;
    std::vector<SidBytes> enabled;   // groups whose allow and deny entries count
    std::vector<SidBytes> denyOnly;  // groups whose deny entries only count
    std::string label;               // "tsuser", "pid 1234 (notepad.exe)"
    bool takeOwnership = false;      // SeTakeOwnershipPrivilege enabled: WRITE_OWNER before the DACL
};

struct DaclVerdict {
    bool granted = false;
    std::string rule;  // "dacl allow", "dacl deny", "no entry", "null dacl", "owner"
    std::string text;  // "entry 2 (explicit) denies FILE_WRITE_DATA to BUILTIN\\Users (S-1-5-32-545)…"
    ACCESS_MASK missing = 0;  // the wanted bits nothing granted, or the ones an entry denied
    int entry = -1;           // the deciding entry's index (0-based), -1 when none decided alone
    std::vector<std::string> notes;  // entries not evaluated (object, callback, conditional)
    // Deny entries that name only wanted rights already granted before them: Windows passes them
    // by (Forshaw, Windows Security Internals, ch. 7); Wine's AccessCheck stops at them and refuses.
    std::vector<int> passedDenies;
};

// `desired` holds specific and standard bits only (map generic ones first).
[[nodiscard]] DaclVerdict walkDacl(PSECURITY_DESCRIPTOR descriptor, const DaclSubject& subject, ACCESS_MASK desired,
                                   bool folder);

// "FILE_READ_DATA|READ_CONTROL", or a whole set's name ("FILE_GENERIC_READ", "FILE_ALL_ACCESS");
// folders name bits as folders do (FILE_LIST_DIRECTORY, FILE_ADD_FILE, FILE_TRAVERSE).
[[nodiscard]] std::string fileRightsText(ACCESS_MASK mask, bool folder);

// The SIDs of a token (TokenUser, TokenGroups with their enabled and deny-only attributes).
[[nodiscard]] bool daclSubjectFromToken(HANDLE token, DaclSubject& subject, DWORD& error);

}  // namespace tokenscope::win
