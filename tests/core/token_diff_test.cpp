// compareTokens on hand-built snapshots: each kind of difference in each section, and what a
// partial report (privileges saved without --all, a side without identity) leaves uncompared.
#include "tokenscope/token_diff.hpp"

#include <gtest/gtest.h>

namespace tokenscope {
namespace {

Principal posixPrincipal(std::uint32_t id, std::string name) {
    Principal principal;
    principal.posixId = id;
    principal.name = std::move(name);
    return principal;
}

Principal windowsGroup(std::string sid, std::string name, std::vector<std::string> attributes) {
    Principal principal;
    principal.sid = std::move(sid);
    principal.name = std::move(name);
    principal.attributes = std::move(attributes);
    return principal;
}

Identity nobody() {
    Identity identity;
    identity.user = posixPrincipal(65534, "nobody");
    identity.primaryGroup = posixPrincipal(65534, "nogroup");
    identity.uids = PosixIds{65534, 65534, 65534, 65534};
    identity.gids = PosixIds{65534, 65534, 65534, 65534};
    identity.details = {{"NoNewPrivs", "0"}, {"Seccomp", "disabled"}};
    return identity;
}

Privilege capability(std::string name, std::uint32_t value, bool held, bool bounding = true) {
    Privilege privilege;
    privilege.name = std::move(name);
    privilege.value = value;
    privilege.held = held;
    privilege.enabled = held;
    privilege.bounding = bounding;
    return privilege;
}

TokenSnapshot snapshot(std::string label, Identity identity, std::vector<Privilege> privileges = {}) {
    TokenSnapshot result;
    result.label = std::move(label);
    result.identity = std::move(identity);
    PrivilegeReport report;
    report.privileges = std::move(privileges);
    result.privileges = std::move(report);
    return result;
}

TEST(TokenDiff, IdenticalSnapshotsHaveNoDifferences) {
    const auto a = snapshot("a", nobody(), {capability("CAP_CHOWN", 0, false)});
    EXPECT_TRUE(compareTokens(a, a).empty());
    EXPECT_EQ(countDifferences(compareTokens(a, a)).total(), 0);
    EXPECT_TRUE(uncomparedParts(a, a).empty());
}

TEST(TokenDiff, SupplementaryGroupsAreComparedAsSetsById) {
    auto withGroups = nobody();
    withGroups.groups = {posixPrincipal(24, "cdrom"), posixPrincipal(4, "adm")};
    auto reordered = nobody();
    reordered.groups = {posixPrincipal(4, "adm"), posixPrincipal(24, "cdrom")};
    EXPECT_TRUE(compareTokens(snapshot("a", withGroups), snapshot("b", reordered)).empty());

    const auto differences = compareTokens(snapshot("a", nobody()), snapshot("b", withGroups));
    ASSERT_EQ(differences.size(), 2u);
    EXPECT_EQ(differences[0], (TokenDifference{"groups", "24", "", "cdrom (24)", DifferenceKind::Added}));
    EXPECT_EQ(differences[1], (TokenDifference{"groups", "4", "", "adm (4)", DifferenceKind::Added}));
    const auto count = countDifferences(differences);
    EXPECT_EQ(count.added, 2);
    EXPECT_EQ(count.total(), 2);

    const auto back = compareTokens(snapshot("b", withGroups), snapshot("a", nobody()));
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].kind, DifferenceKind::Removed);
    EXPECT_EQ(back[0].left, "cdrom (24)");
    EXPECT_EQ(back[0].right, "");
}

TEST(TokenDiff, AWindowsGroupWhoseAttributesChangeIsChanged) {
    Identity before;
    before.user = windowsGroup("S-1-5-21-1-2-3-1001", "HOST\\alice", {});
    before.primaryGroup = windowsGroup("S-1-5-21-1-2-3-513", "HOST\\None", {});
    before.groups = {windowsGroup("S-1-5-32-544", "BUILTIN\\Administrators", {"deny-only"})};
    Identity after = before;
    after.groups[0].attributes = {"enabled", "mandatory", "owner"};
    const auto differences = compareTokens(snapshot("filtered", before), snapshot("elevated", after));
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0].section, "groups");
    EXPECT_EQ(differences[0].key, "S-1-5-32-544");
    EXPECT_EQ(differences[0].kind, DifferenceKind::Changed);
    EXPECT_EQ(differences[0].left, "BUILTIN\\Administrators (S-1-5-32-544) [deny-only]");
    EXPECT_EQ(differences[0].right, "BUILTIN\\Administrators (S-1-5-32-544) [enabled, mandatory, owner]");
}

TEST(TokenDiff, UserIdsAndPrimaryGroupDifferencesAreNamedByField) {
    Identity root;
    root.user = posixPrincipal(0, "root");
    root.primaryGroup = posixPrincipal(0, "root");
    root.uids = PosixIds{0, 0, 0, 0};
    root.gids = PosixIds{0, 0, 0, 0};
    Identity switched = root;
    switched.user = posixPrincipal(1000, "alice");
    switched.uids = PosixIds{0, 1000, 0, 1000};
    switched.impersonating = true;
    switched.impersonationLevel = "full (uid switch)";
    const auto differences = compareTokens(snapshot("process", root), snapshot("thread", switched));
    ASSERT_EQ(differences.size(), 5u);
    EXPECT_EQ(differences[0],
              (TokenDifference{"user", "user", "root (0)", "alice (1000)", DifferenceKind::Changed}));
    EXPECT_EQ(differences[1], (TokenDifference{"uids", "effective", "0", "1000", DifferenceKind::Changed}));
    EXPECT_EQ(differences[2], (TokenDifference{"uids", "fs", "0", "1000", DifferenceKind::Changed}));
    EXPECT_EQ(differences[3],
              (TokenDifference{"impersonation", "impersonating", "no", "yes", DifferenceKind::Changed}));
    EXPECT_EQ(differences[4],
              (TokenDifference{"impersonation", "level", "", "full (uid switch)", DifferenceKind::Added}));
    EXPECT_EQ(countDifferences(differences).changed, 4);
}

TEST(TokenDiff, DetailsAreComparedByKey) {
    auto after = nobody();
    after.details = {{"Seccomp", "filter"}, {"NoNewPrivs", "0"}, {"Token type", "Primary"}};
    const auto differences = compareTokens(snapshot("a", nobody()), snapshot("b", after));
    ASSERT_EQ(differences.size(), 2u);
    EXPECT_EQ(differences[0],
              (TokenDifference{"details", "Seccomp", "disabled", "filter", DifferenceKind::Changed}));
    EXPECT_EQ(differences[1],
              (TokenDifference{"details", "Token type", "", "Primary", DifferenceKind::Added}));
}

TEST(TokenDiff, PrivilegesAreComparedByNameWithEverySet) {
    auto netRaw = capability("CAP_NET_RAW", 13, true);
    auto inheritable = capability("CAP_CHOWN", 0, false);
    inheritable.inheritable = true;
    const auto a = snapshot("a", nobody(), {capability("CAP_CHOWN", 0, false), netRaw});
    const auto b = snapshot("b", nobody(), {inheritable, capability("CAP_NET_RAW", 13, false, false)});
    const auto differences = compareTokens(a, b);
    ASSERT_EQ(differences.size(), 2u);
    EXPECT_EQ(differences[0], (TokenDifference{"privileges", "CAP_CHOWN", "not held, bounding",
                                               "not held, inheritable, bounding", DifferenceKind::Changed}));
    EXPECT_EQ(differences[1], (TokenDifference{"privileges", "CAP_NET_RAW", "held, enabled, bounding",
                                               "not held", DifferenceKind::Changed}));
}

TEST(TokenDiff, APrivilegeLeftOutOfAPartialReportCountsOnlyWhenTheOtherSideHoldsIt) {
    // Saved without --all: only CAP_SETUID (needed) is listed; the complete side also lists
    // CAP_CHOWN in the bounding set only, and CAP_NET_RAW held.
    auto partial = snapshot("saved", nobody(), {capability("CAP_SETUID", 7, false)});
    partial.allPrivilegesListed = false;
    const auto complete = snapshot("live", nobody(),
                                   {capability("CAP_CHOWN", 0, false), capability("CAP_SETUID", 7, false),
                                    capability("CAP_NET_RAW", 13, true)});
    const auto differences = compareTokens(partial, complete);
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0], (TokenDifference{"privileges", "CAP_NET_RAW", "", "held, enabled, bounding",
                                               DifferenceKind::Added}));
    const auto notes = uncomparedParts(partial, complete);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("saved"), std::string::npos) << notes[0];

    const auto reverse = compareTokens(complete, partial);
    ASSERT_EQ(reverse.size(), 1u);
    EXPECT_EQ(reverse[0].kind, DifferenceKind::Removed);
}

TEST(TokenDiff, OnlyWhatBothSidesHaveIsCompared) {
    TokenSnapshot identityOnly;
    identityOnly.label = "whoami.json";
    identityOnly.identity = nobody();
    TokenSnapshot privilegesOnly;
    privilegesOnly.label = "privileges.json";
    privilegesOnly.privileges = PrivilegeReport{};
    EXPECT_FALSE(haveCommonParts(identityOnly, privilegesOnly));
    EXPECT_TRUE(compareTokens(identityOnly, privilegesOnly).empty());
    const auto notes = uncomparedParts(identityOnly, privilegesOnly);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_NE(notes[0].find("only whoami.json has them"), std::string::npos) << notes[0];
    EXPECT_NE(notes[1].find("only privileges.json has them"), std::string::npos) << notes[1];
    const auto neither = uncomparedParts(identityOnly, identityOnly);
    ASSERT_EQ(neither.size(), 1u);
    EXPECT_EQ(neither[0], "privileges: neither side has them, so they were not compared");

    auto both = snapshot("live", nobody());
    both.identity->user = posixPrincipal(0, "root");
    EXPECT_TRUE(haveCommonParts(identityOnly, both));
    const auto differences = compareTokens(identityOnly, both);
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0].section, "user");
}

TEST(TokenDiff, IdsPresentOnOneSideOnlyAreAddedOrRemoved) {
    auto windowsLike = nobody();
    windowsLike.uids.reset();
    const auto differences = compareTokens(snapshot("a", nobody()), snapshot("b", windowsLike));
    ASSERT_EQ(differences.size(), 4u);
    for (const auto& difference : differences) {
        EXPECT_EQ(difference.section, "uids");
        EXPECT_EQ(difference.kind, DifferenceKind::Removed);
        EXPECT_EQ(difference.left, "65534");
    }
    EXPECT_EQ(differenceKindName(DifferenceKind::Removed), "removed");
}

}  // namespace
}  // namespace tokenscope
