// Two tokens side by side: what differs between two identities and their privileges (two
// processes, a thread and its process, before and after a logon, or two saved reports).
//
// Platform-neutral: the comparison works on the value types of identity.hpp and privileges.hpp,
// whichever platform or saved report they came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope {

// One side of a comparison. Either part may be missing (a saved report of `whoami` has no
// privileges, one of `privileges` no identity); only what both sides have is compared.
struct TokenSnapshot {
    std::string label;  // "pid 1234 (sleep)", a file name, "self"
    std::optional<Identity> identity;
    std::optional<PrivilegeReport> privileges;
    // false when `privileges` lists only the privileges that are held, enabled or needed by
    // TokenScope (a report saved without --all): a privilege left out is then neither held nor
    // enabled, and its other sets (inheritable, bounding, ambient) are unknown.
    bool allPrivilegesListed = true;
};

enum class DifferenceKind {
    Added,    // only on the right
    Removed,  // only on the left
    Changed,  // on both sides, with different values
};

// "added", "removed", "changed".
[[nodiscard]] std::string_view differenceKindName(DifferenceKind kind) noexcept;

struct TokenDifference {
    // "user", "primary group", "groups", "uids", "gids", "impersonation", "details", "privileges"
    std::string section;
    // What differs within the section: a group's id, a privilege's or detail's name, "real",
    // "effective", "saved" or "fs" for ids, "impersonating" or "level"; the section's own name
    // for user and primary group.
    std::string key;
    std::string left;   // the left side as text; empty when Added
    std::string right;  // the right side as text; empty when Removed
    DifferenceKind kind = DifferenceKind::Changed;
    friend bool operator==(const TokenDifference&, const TokenDifference&) = default;
};

// Every difference between a and b, section by section in the order above; within a section in
// the order of the left side, then what only the right side has. Groups are compared as sets by
// id (a group whose name or Windows attributes differ is Changed), privileges by name (held,
// enabled, and the POSIX inheritable, bounding and ambient sets or the Windows enabled-by-default
// attribute), details by key. Empty when the two are identical in everything both sides have.
[[nodiscard]] std::vector<TokenDifference> compareTokens(const TokenSnapshot& a, const TokenSnapshot& b);

struct DifferenceCount {
    int added = 0;
    int removed = 0;
    int changed = 0;
    [[nodiscard]] int total() const noexcept { return added + removed + changed; }
};

[[nodiscard]] DifferenceCount countDifferences(const std::vector<TokenDifference>& differences) noexcept;

// What compareTokens could not compare, one sentence each ("privileges: only the right side has
// them"); empty when both sides are complete.
[[nodiscard]] std::vector<std::string> uncomparedParts(const TokenSnapshot& a, const TokenSnapshot& b);

// Whether a and b have anything in common to compare (an identity or privileges on both sides).
[[nodiscard]] bool haveCommonParts(const TokenSnapshot& a, const TokenSnapshot& b) noexcept;

// A principal as the comparison shows it: "alice (1000)", "1000 (no name)".
[[nodiscard]] std::string principalText(const Principal& principal);

// A privilege's state as the comparison shows it: "held, enabled, sets pe-b-" (POSIX) or
// "held, enabled, enabled by default" (Windows); "not held" when it has none of them.
[[nodiscard]] std::string privilegeStateText(const Privilege& privilege);

}  // namespace tokenscope
