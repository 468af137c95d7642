#include "tokenscope/token_diff.hpp"

#include <algorithm>
#include <utility>

namespace tokenscope {
namespace {

// One keyed value on each side, std::nullopt where the side does not have it.
using Side = std::optional<std::string>;

void compareValue(std::vector<TokenDifference>& out, std::string_view section, std::string key,
                  const Side& left, const Side& right) {
    if (left == right) return;
    const DifferenceKind kind = !left    ? DifferenceKind::Added
                                : !right ? DifferenceKind::Removed
                                         : DifferenceKind::Changed;
    out.push_back({std::string(section), std::move(key), left.value_or(""), right.value_or(""), kind});
}

// Keyed entries of both sides, compared by key: the left side's order, then the right side's
// keys the left lacks. `textOf` renders an entry; `absentAs(present, leftLacksIt)` says what the
// side that lacks a key stands for (std::nullopt: nothing, an Added or Removed difference). The
// first entry wins when a key repeats.
template <class Entry, class KeyOf, class TextOf, class AbsentAs>
void compareKeyed(std::vector<TokenDifference>& out, std::string_view section, const std::vector<Entry>& left,
                  const std::vector<Entry>& right, KeyOf keyOf, TextOf textOf, AbsentAs absentAs) {
    auto find = [&](const std::vector<Entry>& entries, const std::string& key) -> const Entry* {
        const auto it =
            std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return keyOf(e) == key; });
        return it == entries.end() ? nullptr : &*it;
    };
    for (const auto& entry : left) {
        const std::string key = keyOf(entry);
        if (find(left, key) != &entry) continue;
        const Entry* other = find(right, key);
        compareValue(out, section, key, textOf(entry), other ? Side(textOf(*other)) : absentAs(entry, false));
    }
    for (const auto& entry : right) {
        const std::string key = keyOf(entry);
        if (find(right, key) != &entry || find(left, key) != nullptr) continue;
        compareValue(out, section, key, absentAs(entry, true), textOf(entry));
    }
}

template <class Entry>
Side absentIsAbsent(const Entry& /*present*/, bool /*leftLacksIt*/) {
    return std::nullopt;
}

void compareIds(std::vector<TokenDifference>& out, std::string_view section,
                const std::optional<PosixIds>& left, const std::optional<PosixIds>& right) {
    auto field = [](const std::optional<PosixIds>& ids, std::uint32_t PosixIds::*member) -> Side {
        if (!ids) return std::nullopt;
        return std::to_string((*ids).*member);
    };
    compareValue(out, section, "real", field(left, &PosixIds::real), field(right, &PosixIds::real));
    compareValue(out, section, "effective", field(left, &PosixIds::effective),
                 field(right, &PosixIds::effective));
    compareValue(out, section, "saved", field(left, &PosixIds::saved), field(right, &PosixIds::saved));
    compareValue(out, section, "fs", field(left, &PosixIds::filesystem), field(right, &PosixIds::filesystem));
}

Side nonEmpty(const std::string& text) { return text.empty() ? Side() : Side(text); }

void compareIdentities(std::vector<TokenDifference>& out, const Identity& left, const Identity& right) {
    compareValue(out, "user", "user", principalText(left.user), principalText(right.user));
    compareValue(out, "primary group", "primary group", principalText(left.primaryGroup),
                 principalText(right.primaryGroup));
    compareKeyed(
        out, "groups", left.groups, right.groups, [](const Principal& p) { return p.idString(); },
        [](const Principal& p) { return principalText(p); }, absentIsAbsent<Principal>);
    compareIds(out, "uids", left.uids, right.uids);
    compareIds(out, "gids", left.gids, right.gids);
    compareValue(out, "impersonation", "impersonating", left.impersonating ? "yes" : "no",
                 right.impersonating ? "yes" : "no");
    compareValue(out, "impersonation", "level", nonEmpty(left.impersonationLevel),
                 nonEmpty(right.impersonationLevel));
    using Detail = std::pair<std::string, std::string>;
    compareKeyed(
        out, "details", left.details, right.details, [](const Detail& d) { return d.first; },
        [](const Detail& d) { return d.second; }, absentIsAbsent<Detail>);
}

// A privilege a report saved without --all leaves out is neither held nor enabled; its other
// sets are unknown. Compared against it, only held and enabled count.
bool visibleInPartialList(const Privilege& privilege) { return privilege.held || privilege.enabled; }

void comparePrivileges(std::vector<TokenDifference>& out, const TokenSnapshot& a, const TokenSnapshot& b) {
    // Left out of a partial list: no difference unless the other side holds or enables it.
    auto absentAs = [&](const Privilege& present, bool leftLacksIt) -> Side {
        const bool complete = leftLacksIt ? a.allPrivilegesListed : b.allPrivilegesListed;
        if (!complete && !visibleInPartialList(present)) return privilegeStateText(present);
        return std::nullopt;
    };
    compareKeyed(
        out, "privileges", a.privileges->privileges, b.privileges->privileges,
        [](const Privilege& p) { return p.name; }, [](const Privilege& p) { return privilegeStateText(p); },
        absentAs);
}

}  // namespace

std::string_view differenceKindName(DifferenceKind kind) noexcept {
    switch (kind) {
        case DifferenceKind::Added:
            return "added";
        case DifferenceKind::Removed:
            return "removed";
        case DifferenceKind::Changed:
            return "changed";
    }
    return "changed";
}

std::string principalText(const Principal& principal) {
    const std::string id = principal.idString();
    std::string text = principal.name.empty() ? id + " (no name)" : principal.name + " (" + id + ")";
    if (!principal.attributes.empty()) {
        text += " [";
        for (std::size_t i = 0; i < principal.attributes.size(); ++i) {
            text += (i ? ", " : "") + principal.attributes[i];
        }
        text += ']';
    }
    return text;
}

std::string privilegeStateText(const Privilege& privilege) {
    std::string text;
    auto add = [&](bool present, const char* word) {
        if (!present) return;
        if (!text.empty()) text += ", ";
        text += word;
    };
    text = privilege.held ? "held" : "not held";
    add(privilege.enabled, "enabled");
    add(privilege.enabledByDefault, "enabled by default");
    add(privilege.inheritable, "inheritable");
    add(privilege.bounding, "bounding");
    add(privilege.ambient, "ambient");
    return text;
}

std::vector<TokenDifference> compareTokens(const TokenSnapshot& a, const TokenSnapshot& b) {
    std::vector<TokenDifference> differences;
    if (a.identity && b.identity) compareIdentities(differences, *a.identity, *b.identity);
    if (a.privileges && b.privileges) comparePrivileges(differences, a, b);
    return differences;
}

DifferenceCount countDifferences(const std::vector<TokenDifference>& differences) noexcept {
    DifferenceCount count;
    for (const auto& difference : differences) {
        switch (difference.kind) {
            case DifferenceKind::Added:
                ++count.added;
                break;
            case DifferenceKind::Removed:
                ++count.removed;
                break;
            case DifferenceKind::Changed:
                ++count.changed;
                break;
        }
    }
    return count;
}

bool haveCommonParts(const TokenSnapshot& a, const TokenSnapshot& b) noexcept {
    return (a.identity && b.identity) || (a.privileges && b.privileges);
}

std::vector<std::string> uncomparedParts(const TokenSnapshot& a, const TokenSnapshot& b) {
    std::vector<std::string> parts;
    auto onlyOne = [&](bool left, bool right, const std::string& what) {
        if (left && right) return;
        parts.push_back(
            what + ": " +
            (left || right ? "only " + (left ? a.label : b.label) + " has them" : "neither side has them") +
            ", so they were not compared");
    };
    onlyOne(a.identity.has_value(), b.identity.has_value(), "identity (user, groups, ids)");
    onlyOne(a.privileges.has_value(), b.privileges.has_value(), "privileges");
    if (a.privileges && b.privileges) {
        for (const TokenSnapshot* side : {&a, &b}) {
            if (side->allPrivilegesListed) continue;
            parts.push_back(
                side->label +
                " lists only the privileges held or needed (saved without --all): of the others, only "
                "that they are neither held nor enabled was compared");
        }
    }
    return parts;
}

}  // namespace tokenscope
