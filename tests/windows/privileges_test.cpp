// threadPrivileges / findPrivilege / setPrivilegeEnabled on Windows, and ERROR_NOT_ALL_ASSIGNED.
#include "tokenscope/privileges.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <algorithm>
#include <set>
#include <string>

#include "win/access_token.hpp"
#include "win/text.hpp"
#include "windows_test_support.hpp"

namespace tokenscope {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const Privilege* byName(const PrivilegeReport& report, std::string_view name) {
    for (const auto& privilege : report.privileges) {
        if (privilege.name == name) return &privilege;
    }
    return nullptr;
}

PrivilegeReport report() {
    auto result = threadPrivileges();
    if (!result) ADD_FAILURE() << result.error().summary();
    return std::move(result).value();
}

TEST(WindowsPrivileges, ListIncludesSeChangeNotifyPrivilegeHeldAndEnabled) {
    const auto privileges = report();
    const Privilege* changeNotify = byName(privileges, "SeChangeNotifyPrivilege");
    ASSERT_NE(changeNotify, nullptr);
    EXPECT_TRUE(changeNotify->held);
    EXPECT_TRUE(changeNotify->enabled);
    EXPECT_TRUE(changeNotify->enabledByDefault);
    EXPECT_EQ(changeNotify->value, 23u);  // SE_CHANGE_NOTIFY_PRIVILEGE
}

TEST(WindowsPrivileges, HeldPrivilegesAreExactlyTheTokenPrivileges) {
    // Oracle: the raw TokenPrivileges list, named with LookupPrivilegeNameW.
    HANDLE raw = nullptr;
    ASSERT_TRUE(::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &raw));
    DWORD size = 0;
    ::GetTokenInformation(raw, TokenPrivileges, nullptr, 0, &size);
    std::vector<std::uint64_t> buffer((size + 7) / 8);
    ASSERT_TRUE(::GetTokenInformation(raw, TokenPrivileges, buffer.data(), size, &size));
    ::CloseHandle(raw);
    const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(buffer.data());
    std::set<std::uint32_t> expected;
    for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
        if ((privileges->Privileges[i].Attributes & SE_PRIVILEGE_REMOVED) == 0)
            expected.insert(privileges->Privileges[i].Luid.LowPart);
    }
    std::set<std::uint32_t> held;
    for (const auto& privilege : report().privileges) {
        if (privilege.held) held.insert(privilege.value);
    }
    EXPECT_EQ(held, expected);
}

TEST(WindowsPrivileges, ListIsInValueOrderAndNamesEveryEntry) {
    const auto privileges = report();
    ASSERT_FALSE(privileges.privileges.empty());
    EXPECT_TRUE(std::is_sorted(privileges.privileges.begin(), privileges.privileges.end(),
                               [](const Privilege& a, const Privilege& b) { return a.value < b.value; }));
    for (const auto& privilege : privileges.privileges) {
        EXPECT_THAT(privilege.name, ::testing::StartsWith("Se"));
        EXPECT_FALSE(privilege.description.empty()) << privilege.name;
    }
}

TEST(WindowsPrivileges, DescriptionFallsBackWhenDisplayNameLookupFails) {
    const std::string display = win::privilegeDisplayName("SeChangeNotifyPrivilege");
    if (display.empty()) {
        test::noteStubbedByWine("LookupPrivilegeDisplayNameW");
        EXPECT_TRUE(win::runningUnderWine()) << "LookupPrivilegeDisplayNameW failed on Windows itself";
    }
    const auto privileges = report();
    const Privilege* changeNotify = byName(privileges, "SeChangeNotifyPrivilege");
    ASSERT_NE(changeNotify, nullptr);
    EXPECT_EQ(changeNotify->description, display.empty() ? std::string("Bypass traverse checking") : display);
}

TEST(WindowsPrivileges, ReadinessIsJudgedBySeImpersonatePrivilege) {
    EXPECT_EQ(privilegesForImpersonation(), std::vector<std::string>{"SeImpersonatePrivilege"});
    const auto privileges = report();
    const Privilege* impersonate = byName(privileges, "SeImpersonatePrivilege");
    ASSERT_NE(impersonate, nullptr);
    EXPECT_THAT(impersonate->neededFor, Contains("impersonate"));
    EXPECT_EQ(privileges.canImpersonate, impersonate->held);
    if (impersonate->held) {
        EXPECT_TRUE(privileges.missingForImpersonation.empty());
        EXPECT_THAT(privileges.verdict, HasSubstr("can impersonate"));
    } else {
        EXPECT_THAT(privileges.missingForImpersonation, Contains("SeImpersonatePrivilege"));
        EXPECT_THAT(privileges.verdict, HasSubstr("Identification-level"));
    }
}

TEST(WindowsPrivileges, SeTcbPrivilegeIsMarkedHistorical) {
    const auto privileges = report();
    const Privilege* tcb = byName(privileges, "SeTcbPrivilege");
    ASSERT_NE(tcb, nullptr);
    EXPECT_THAT(tcb->neededFor, Contains(HasSubstr("historical")));
    EXPECT_THAT(privileges.missingForImpersonation, ::testing::Not(Contains("SeTcbPrivilege")));
    EXPECT_THAT(privileges.notes, Contains(HasSubstr("Windows 2000")));
}

TEST(WindowsPrivileges, RunningAsTheUserNeedsAssignPrimaryTokenAndIncreaseQuota) {
    const auto privileges = report();
    for (const char* name : {"SeAssignPrimaryTokenPrivilege", "SeIncreaseQuotaPrivilege"}) {
        const Privilege* privilege = byName(privileges, name);
        ASSERT_NE(privilege, nullptr) << name;
        EXPECT_THAT(privilege->neededFor, Contains(HasSubstr("run as user"))) << name;
    }
    EXPECT_THAT(privileges.notes, Contains(HasSubstr("CreateProcessAsUserW")));
}

TEST(WindowsPrivileges, EnableAndDisableReadBack) {
    // A privilege the token holds with it disabled (SeShutdownPrivilege on Wine and for admins).
    const auto privileges = report();
    const auto it = std::find_if(privileges.privileges.begin(), privileges.privileges.end(),
                                 [](const Privilege& p) { return p.held && !p.enabled; });
    if (it == privileges.privileges.end()) GTEST_SKIP() << "no held-and-disabled privilege to toggle";
    const std::string name = it->name;

    auto previous = setPrivilegeEnabled(name, true);
    ASSERT_TRUE(previous.ok()) << previous.error().summary();
    EXPECT_FALSE(*previous);
    EXPECT_TRUE(findPrivilege(name).value().enabled) << name;

    previous = setPrivilegeEnabled(name, true);  // again: no change, previous state enabled
    ASSERT_TRUE(previous.ok()) << previous.error().summary();
    EXPECT_TRUE(*previous);

    previous = setPrivilegeEnabled(name, false);
    ASSERT_TRUE(previous.ok()) << previous.error().summary();
    EXPECT_TRUE(*previous);
    EXPECT_FALSE(findPrivilege(name).value().enabled) << name;
    EXPECT_TRUE(findPrivilege(name).value().held) << name;
}

TEST(WindowsPrivileges, NamesAreAcceptedInShortAndLowerCaseForms) {
    for (const char* name :
         {"SeChangeNotifyPrivilege", "sechangenotifyprivilege", "ChangeNotify", "changenotify"}) {
        auto privilege = findPrivilege(name);
        ASSERT_TRUE(privilege.ok()) << name << ": " << privilege.error().summary();
        EXPECT_EQ(privilege->name, "SeChangeNotifyPrivilege");
    }
}

TEST(WindowsPrivileges, UnknownPrivilegeGivesNoSuchPrivilege) {
    for (const char* name : {"SeNoSuchPrivilege", ""}) {
        auto found = findPrivilege(name);
        ASSERT_FALSE(found.ok()) << name;
        EXPECT_EQ(found.error().code, 1313u);
        EXPECT_EQ(found.error().name, "ERROR_NO_SUCH_PRIVILEGE");
        auto set = setPrivilegeEnabled(name, true);
        ASSERT_FALSE(set.ok()) << name;
        EXPECT_EQ(set.error().code, 1313u);
    }
}

// AdjustTokenPrivileges "succeeds" for a privilege the token lacks and leaves 1300 in
// GetLastError. A duplicate with the privilege removed (SE_PRIVILEGE_REMOVED) lacks it for good.
TEST(WindowsPrivileges, EnablingAPrivilegeNotHeldGivesPrivilegeNotHeld) {
    constexpr const char* kName = "SeShutdownPrivilege";
    auto process = win::AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    auto copy = process->duplicateImpersonation(win::ImpersonationLevel::Impersonation);
    ASSERT_TRUE(copy.ok()) << copy.error().summary();
    ASSERT_TRUE(copy->removePrivilege(kName).ok());

    // Oracle: the raw call returns TRUE and sets ERROR_NOT_ALL_ASSIGNED.
    auto luid = win::privilegeValue(kName);
    ASSERT_TRUE(luid.ok());
    TOKEN_PRIVILEGES wanted{1, {{*luid, SE_PRIVILEGE_ENABLED}}};
    ::SetLastError(ERROR_SUCCESS);
    EXPECT_TRUE(::AdjustTokenPrivileges(copy->get(), FALSE, &wanted, 0, nullptr, nullptr));
    EXPECT_EQ(::GetLastError(), static_cast<DWORD>(ERROR_NOT_ALL_ASSIGNED));

    auto enabled = copy->setPrivilege(kName, true);
    ASSERT_FALSE(enabled.ok());
    EXPECT_EQ(enabled.error().code, 1314u);
    EXPECT_EQ(enabled.error().name, "ERROR_PRIVILEGE_NOT_HELD");
    EXPECT_THAT(enabled.error().native, HasSubstr("ERROR_NOT_ALL_ASSIGNED"));
    EXPECT_FALSE(enabled.error().hint.empty());

    auto disabled = copy->setPrivilege(kName, false);
    ASSERT_TRUE(disabled.ok()) << disabled.error().summary();
    EXPECT_FALSE(*disabled);

    // The process token still holds it.
    EXPECT_TRUE(findPrivilege(kName).value().held);
}

TEST(WindowsPrivileges, AdjustingThroughAQueryOnlyHandleIsAccessDenied) {
    auto token = win::AccessToken::fromCurrentProcess(TOKEN_QUERY);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    auto changed = token->setPrivilege("SeShutdownPrivilege", true);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, 5u);
    EXPECT_EQ(changed.error().name, "ERROR_ACCESS_DENIED");
    EXPECT_THAT(changed.error().hint, HasSubstr("TOKEN_ADJUST_PRIVILEGES"));
}

// Least privilege on a copy of the process token (the test process keeps its own): everything but
// the kept names is removed, and the raw token says so.
TEST(WindowsPrivileges, RemovingPrivilegesExceptKeepsOnlyTheNamedOnes) {
    auto process = win::AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    auto copy = process->duplicateImpersonation(win::ImpersonationLevel::Impersonation);
    ASSERT_TRUE(copy.ok()) << copy.error().summary();
    auto before = copy->privileges();
    ASSERT_TRUE(before.ok()) << before.error().summary();
    ASSERT_GT(before->size(), 2u);

    // Windows names (one in short form), a Linux name and an unknown one, which are ignored.
    auto removed = win::removePrivilegesExcept(
        *copy, {"SeChangeNotifyPrivilege", "Impersonate", "CAP_SETUID", "SeNoSuchPrivilege"});
    ASSERT_TRUE(removed.ok()) << removed.error().summary();

    // Oracle: GetTokenInformation(TokenPrivileges) on the copy, names by LookupPrivilegeNameW.
    DWORD size = 0;
    ::GetTokenInformation(copy->get(), TokenPrivileges, nullptr, 0, &size);
    std::vector<std::uint64_t> buffer(size / sizeof(std::uint64_t) + 1);
    ASSERT_TRUE(::GetTokenInformation(copy->get(), TokenPrivileges, buffer.data(), size, &size));
    const auto* after = reinterpret_cast<const TOKEN_PRIVILEGES*>(buffer.data());
    std::vector<std::string> left;
    for (DWORD i = 0; i < after->PrivilegeCount; ++i) {
        if (after->Privileges[i].Attributes & SE_PRIVILEGE_REMOVED) continue;
        LUID luid = after->Privileges[i].Luid;
        wchar_t name[128];
        DWORD length = 128;
        ASSERT_TRUE(::LookupPrivilegeNameW(nullptr, &luid, name, &length));
        left.push_back(win::toUtf8(name));
    }
    std::vector<std::string> expectedLeft;
    std::vector<std::string> expectedRemoved;
    for (const auto& privilege : *before) {
        const bool kept =
            privilege.name == "SeChangeNotifyPrivilege" || privilege.name == "SeImpersonatePrivilege";
        (kept ? expectedLeft : expectedRemoved).push_back(privilege.name);
    }
    std::sort(left.begin(), left.end());
    std::sort(expectedLeft.begin(), expectedLeft.end());
    EXPECT_EQ(left, expectedLeft);
    auto removedSorted = *removed;
    std::sort(removedSorted.begin(), removedSorted.end());
    std::sort(expectedRemoved.begin(), expectedRemoved.end());
    EXPECT_EQ(removedSorted, expectedRemoved);

    // Removed for good: enabling one again fails, and a second pass has nothing left to remove.
    auto enabled = copy->setPrivilege("SeShutdownPrivilege", true);
    ASSERT_FALSE(enabled.ok());
    EXPECT_EQ(enabled.error().name, "ERROR_PRIVILEGE_NOT_HELD");
    auto again = win::removePrivilegesExcept(*copy, {"SeChangeNotifyPrivilege", "SeImpersonatePrivilege"});
    ASSERT_TRUE(again.ok()) << again.error().summary();
    EXPECT_TRUE(again->empty());

    // The process token is untouched.
    EXPECT_TRUE(findPrivilege("SeShutdownPrivilege").value().held);
}

TEST(WindowsPrivileges, RemovingPrivilegesThroughAQueryOnlyHandleIsAccessDenied) {
    auto token = win::AccessToken::fromCurrentProcess(TOKEN_QUERY);
    ASSERT_TRUE(token.ok()) << token.error().summary();
    auto removed = win::removePrivilegesExcept(*token, {});
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, 5u);
    EXPECT_EQ(removed.error().name, "ERROR_ACCESS_DENIED");
    EXPECT_TRUE(findPrivilege("SeShutdownPrivilege").value().held);
}

}  // namespace
}  // namespace tokenscope
