// processIdentity / threadIdentity on Windows: SIDs and names, checked against raw Win32 calls.
#include "tokenscope/identity.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <string>
#include <vector>

namespace tokenscope {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string detail(const Identity& identity, std::string_view key) {
    for (const auto& [name, value] : identity.details) {
        if (name == key) return value;
    }
    return "(missing)";
}

// GetUserNameW: the account name alone, as an independent oracle for the token's user.
std::string getUserName() {
    wchar_t name[257] = {};
    DWORD length = 257;
    if (!::GetUserNameW(name, &length)) return {};
    std::string out;
    for (const wchar_t* c = name; *c != L'\0'; ++c) out += static_cast<char>(*c);  // ASCII account names
    return out;
}

TEST(WindowsIdentity, PlatformIsWindows) { EXPECT_EQ(platformName(), "windows"); }

TEST(WindowsIdentity, WhoamiShowsASidAndAUser) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    EXPECT_THAT(identity->user.sid, StartsWith("S-1-5-"));
    EXPECT_FALSE(identity->user.name.empty());
    EXPECT_FALSE(identity->user.posixId.has_value());
    EXPECT_EQ(identity->user.idString(), identity->user.sid);
    EXPECT_THAT(identity->primaryGroup.sid, StartsWith("S-1-"));
    EXPECT_FALSE(identity->uids.has_value());
}

TEST(WindowsIdentity, UserNameMatchesGetUserNameW) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    const std::string expected = getUserName();
    ASSERT_FALSE(expected.empty());
    const std::string& name = identity->user.name;  // "DOMAIN\\user"
    const std::string account = name.substr(name.find('\\') + 1);
    EXPECT_EQ(account, expected) << name;
}

TEST(WindowsIdentity, GroupsIncludeEveryoneWithAttributes) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    bool sawEveryone = false;
    for (const auto& group : identity->groups) {
        EXPECT_THAT(group.sid, StartsWith("S-1-"));
        if (group.sid == "S-1-1-0") {
            sawEveryone = true;
            EXPECT_EQ(group.name, "Everyone");
            EXPECT_THAT(group.attributes, ::testing::Contains("enabled"));
        }
    }
    EXPECT_TRUE(sawEveryone);
}

TEST(WindowsIdentity, DetailsNameTokenTypeElevationIntegrityAndLogonSession) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    EXPECT_EQ(detail(*identity, "Token type"), "Primary");
    EXPECT_THAT(detail(*identity, "Elevated"), ::testing::AnyOf("yes", "no"));
    EXPECT_THAT(detail(*identity, "Elevation type"), ::testing::AnyOf("Default", "Full", "Limited"));
    EXPECT_THAT(detail(*identity, "Integrity level"), HasSubstr("(S-1-16-"));
    EXPECT_THAT(detail(*identity, "Logon session"), StartsWith("0x"));
    EXPECT_THAT(detail(*identity, "GetUserNameExW"), HasSubstr(getUserName()));
}

TEST(WindowsIdentity, ThreadWithoutTokenIsTheProcess) {
    auto process = processIdentity();
    auto thread = threadIdentity();
    ASSERT_TRUE(process.ok()) << process.error().summary();
    ASSERT_TRUE(thread.ok()) << thread.error().summary();
    EXPECT_FALSE(thread->impersonating);
    EXPECT_TRUE(thread->impersonationLevel.empty());
    EXPECT_EQ(thread->user, process->user);
    EXPECT_THAT(detail(*thread, "Thread token"), StartsWith("none"));
}

TEST(WindowsIdentity, PosixNameLookupsAreEmpty) {
    EXPECT_EQ(userName(0), "");
    EXPECT_EQ(groupName(0), "");
}

}  // namespace
}  // namespace tokenscope
