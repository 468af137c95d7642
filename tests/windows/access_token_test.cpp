// AccessToken against the raw Win32 calls, and the documented errors of bad handles and arguments.
#include "win/access_token.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sddl.h>
#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

#include "win/sid.hpp"

namespace tokenscope::win {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

AccessToken processToken(DWORD access = TOKEN_QUERY) {
    auto token = AccessToken::fromCurrentProcess(access);
    if (!token) ADD_FAILURE() << token.error().summary();
    return std::move(token).value();
}

TEST(WindowsAccessToken, ProcessTokenIsPrimary) {
    auto kind = processToken().kind();
    ASSERT_TRUE(kind.ok()) << kind.error().summary();
    EXPECT_EQ(*kind, TokenKind::Primary);
}

TEST(WindowsAccessToken, UserSidMatchesRawTokenUser) {
    const AccessToken token = processToken();
    auto user = token.user();
    ASSERT_TRUE(user.ok()) << user.error().summary();

    // Oracle: the raw TokenUser SID, compared as a SID (EqualSid), not as text. Each step says
    // which call failed and with what error.
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    ASSERT_GT(size, 0u) << "GetTokenInformation(TokenUser) size query, error " << ::GetLastError();
    std::vector<std::uint64_t> buffer((size + 7) / 8);
    ASSERT_TRUE(::GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        << "GetTokenInformation(TokenUser), error " << ::GetLastError();
    PSID raw = reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid;
    PSID parsed = nullptr;
    ASSERT_TRUE(::ConvertStringSidToSidW(std::wstring(user->sid.begin(), user->sid.end()).c_str(), &parsed))
        << "ConvertStringSidToSidW(\"" << user->sid << "\"), error " << ::GetLastError();
    EXPECT_TRUE(::EqualSid(raw, parsed)) << "AccessToken::user() says " << user->sid << ", the raw TokenUser is "
                                         << sidString(raw);
    ::LocalFree(parsed);
}

TEST(WindowsAccessToken, WellKnownSidsHaveTheirNames) {
    SID_IDENTIFIER_AUTHORITY world = SECURITY_WORLD_SID_AUTHORITY;
    PSID everyone = nullptr;
    ASSERT_TRUE(::AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone));
    EXPECT_EQ(sidString(everyone), "S-1-1-0");
    EXPECT_EQ(accountName(everyone), "Everyone");
    ::FreeSid(everyone);
    EXPECT_EQ(sidString(nullptr), "");
}

TEST(WindowsAccessToken, GroupsCarryAttributes) {
    auto groups = processToken().groups();
    ASSERT_TRUE(groups.ok()) << groups.error().summary();
    ASSERT_FALSE(groups->empty());
    bool sawEveryone = false;
    for (const auto& group : *groups) {
        EXPECT_THAT(group.principal.sid, StartsWith("S-1-"));
        EXPECT_EQ(group.principal.attributes, group.attributeNames());
        if (group.principal.sid == "S-1-1-0") {
            sawEveryone = true;
            EXPECT_TRUE(group.isEnabled());
            EXPECT_FALSE(group.isDenyOnly());
            EXPECT_THAT(group.attributeNames(), ::testing::Contains("mandatory"));
        }
    }
    EXPECT_TRUE(sawEveryone);
}

TEST(WindowsAccessToken, PrimaryTokenHasNoImpersonationLevel) {
    auto level = processToken().impersonationLevel();
    ASSERT_FALSE(level.ok());
    EXPECT_EQ(level.error().code, static_cast<std::uint32_t>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(level.error().name, "ERROR_INVALID_PARAMETER");
}

TEST(WindowsAccessToken, IntegrityLevelIsAMandatoryLabel) {
    auto level = processToken().integrityLevel();
    ASSERT_TRUE(level.ok()) << level.error().summary();
    EXPECT_THAT(*level, HasSubstr("(S-1-16-"));
}

TEST(WindowsAccessToken, LogonSessionIsAnAuthenticationId) {
    auto session = processToken().logonSession();
    ASSERT_TRUE(session.ok()) << session.error().summary();
    EXPECT_THAT(*session, StartsWith("0x"));
    EXPECT_THAT(*session, HasSubstr(":0x"));
}

TEST(WindowsAccessToken, NullHandleIsAnInvalidHandle) {
    auto token = AccessToken::fromToken(ScopedHandle{});
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_INVALID_HANDLE));
    EXPECT_EQ(token.error().name, "ERROR_INVALID_HANDLE");
}

TEST(WindowsAccessToken, HandleOfAnotherKindIsAnInvalidHandle) {
    ScopedHandle event(::CreateEventW(nullptr, TRUE, FALSE, nullptr));
    ASSERT_TRUE(event.valid());
    auto token = AccessToken::fromToken(std::move(event));
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_INVALID_HANDLE));
    EXPECT_THAT(token.error().native, HasSubstr("GetTokenInformation(TokenType)"));
}

TEST(WindowsAccessToken, QueryWithoutTokenQueryAccessIsDenied) {
    auto token = AccessToken::fromCurrentProcess(TOKEN_DUPLICATE);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    auto user = token->user();
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().code, static_cast<std::uint32_t>(ERROR_ACCESS_DENIED));
}

TEST(WindowsAccessToken, DuplicatingNeedsTokenDuplicateAccess) {
    auto copy = processToken(TOKEN_QUERY).duplicateImpersonation(ImpersonationLevel::Impersonation);
    ASSERT_FALSE(copy.ok());
    EXPECT_EQ(copy.error().code, static_cast<std::uint32_t>(ERROR_ACCESS_DENIED));
    EXPECT_EQ(copy.error().name, "ERROR_ACCESS_DENIED");
    EXPECT_THAT(copy.error().native, HasSubstr("DuplicateTokenEx"));
}

TEST(WindowsAccessToken, UndefinedImpersonationLevelIsRejected) {
    auto copy = processToken(TOKEN_QUERY | TOKEN_DUPLICATE)
                    .duplicateImpersonation(static_cast<ImpersonationLevel>(7));
    ASSERT_FALSE(copy.ok());
    EXPECT_EQ(copy.error().code, static_cast<std::uint32_t>(ERROR_BAD_IMPERSONATION_LEVEL));
    EXPECT_EQ(copy.error().name, "ERROR_BAD_IMPERSONATION_LEVEL");
}

TEST(WindowsAccessToken, DuplicateIsAnImpersonationTokenOfTheLevelAsked) {
    const AccessToken process = processToken(TOKEN_QUERY | TOKEN_DUPLICATE);
    for (const auto level : {ImpersonationLevel::Identification, ImpersonationLevel::Impersonation,
                             ImpersonationLevel::Delegation}) {
        auto copy = process.duplicateImpersonation(level);
        ASSERT_TRUE(copy.ok()) << copy.error().summary();
        EXPECT_EQ(copy->kind().value(), TokenKind::Impersonation);
        EXPECT_EQ(copy->impersonationLevel().value(), level) << levelName(level);
        EXPECT_EQ(copy->user().value(), processToken().user().value());
    }
}

TEST(WindowsAccessToken, ThreadWithoutImpersonationHasNoToken) {
    auto token = AccessToken::fromCurrentThread();
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, static_cast<std::uint32_t>(ERROR_NO_TOKEN));
    EXPECT_EQ(token.error().name, "ERROR_NO_TOKEN");
    // fromEffective falls back to the process token.
    auto effective = AccessToken::fromEffective();
    ASSERT_TRUE(effective.ok()) << effective.error().summary();
    EXPECT_EQ(effective->kind().value(), TokenKind::Primary);
}

}  // namespace
}  // namespace tokenscope::win
