// The impersonation round trip: duplicate the process token, impersonate, read the thread token,
// revert — and the guard's thread rules; probeAccess as the impersonated thread.
#include "win/impersonation.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>

#include "tokenscope/access.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "win/access_token.hpp"
#include "win/text.hpp"

namespace tokenscope::win {
namespace {

using ::testing::HasSubstr;

bool threadHasToken() {
    HANDLE raw = nullptr;
    const BOOL ok = ::OpenThreadToken(::GetCurrentThread(), TOKEN_QUERY, TRUE, &raw);
    if (ok) ::CloseHandle(raw);
    return ok != FALSE;
}

std::string detail(const Identity& identity, std::string_view key) {
    for (const auto& [name, value] : identity.details) {
        if (name == key) return value;
    }
    return "(missing)";
}

TEST(WindowsImpersonation, FullRoundTripShowsTheLevelThenReverts) {
    auto process = processIdentity();
    ASSERT_TRUE(process.ok()) << process.error().summary();
    ASSERT_FALSE(threadHasToken());

    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    EXPECT_TRUE(guard->active());
    EXPECT_TRUE(threadHasToken());  // raw OpenThreadToken as the oracle

    auto token = AccessToken::fromCurrentThread();
    ASSERT_TRUE(token.ok()) << token.error().summary();
    EXPECT_EQ(token->kind().value(), TokenKind::Impersonation);
    EXPECT_EQ(token->impersonationLevel().value(), ImpersonationLevel::Impersonation);
    EXPECT_EQ(guard->level(), "Impersonation");  // read back from the thread token
    EXPECT_EQ(guard->warning(), "");

    auto thread = threadIdentity();
    ASSERT_TRUE(thread.ok()) << thread.error().summary();
    EXPECT_TRUE(thread->impersonating);
    EXPECT_EQ(thread->impersonationLevel, "Impersonation");
    EXPECT_EQ(thread->user, process->user);
    EXPECT_EQ(detail(*thread, "Token type"), "Impersonation");
    EXPECT_EQ(detail(*thread, "Impersonation level"), "Impersonation");

    auto reverted = guard->revert();
    ASSERT_TRUE(reverted.ok()) << reverted.error().summary();
    EXPECT_FALSE(guard->active());
    EXPECT_FALSE(threadHasToken());
    auto after = threadIdentity();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->impersonating);
}

TEST(WindowsImpersonation, GuardRevertsWhenDestroyed) {
    {
        auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
        ASSERT_TRUE(guard.ok()) << guard.error().summary();
        ASSERT_TRUE(threadHasToken());
    }
    EXPECT_FALSE(threadHasToken());
}

TEST(WindowsImpersonation, MovedGuardRevertsOnce) {
    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    ImpersonationGuard moved = std::move(guard).value();
    EXPECT_TRUE(moved.active());
    EXPECT_TRUE(threadHasToken());
    EXPECT_TRUE(moved.revert().ok());
    EXPECT_FALSE(threadHasToken());
    EXPECT_TRUE(moved.revert().ok());  // a second revert does nothing
}

TEST(WindowsImpersonation, IdentificationLevelIsReportedWithAWarning) {
    auto guard = impersonateSelf(ImpersonationLevel::Identification);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    EXPECT_EQ(guard->level(), "Identification");
    EXPECT_THAT(guard->warning(), HasSubstr("SeImpersonatePrivilege"));
    auto thread = threadIdentity();
    ASSERT_TRUE(thread.ok()) << thread.error().summary();
    EXPECT_TRUE(thread->impersonating);
    EXPECT_EQ(thread->impersonationLevel, "Identification");
    EXPECT_THAT(detail(*thread, "Warning"), HasSubstr("open nothing as that user"));
}

TEST(WindowsImpersonation, ImpersonationBelongsToOneThread) {
    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    bool otherHasToken = true;
    bool otherImpersonating = true;
    std::thread other([&] {
        otherHasToken = threadHasToken();
        auto identity = threadIdentity();
        otherImpersonating = identity.ok() && identity->impersonating;
    });
    other.join();
    EXPECT_FALSE(otherHasToken);
    EXPECT_FALSE(otherImpersonating);
    EXPECT_TRUE(threadHasToken());
}

TEST(WindowsImpersonation, RevertOnAnotherThreadIsRefused) {
    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    std::uint32_t code = 0;
    std::thread other([&] {
        auto status = guard->revert();
        code = status.ok() ? 0 : status.error().code;
    });
    other.join();
    EXPECT_EQ(code, static_cast<std::uint32_t>(ERROR_INVALID_HANDLE));
    EXPECT_TRUE(guard->active());
    EXPECT_TRUE(threadHasToken());
    EXPECT_TRUE(guard->revert().ok());
    EXPECT_FALSE(threadHasToken());
}

TEST(WindowsImpersonation, PrivilegeReportFollowsTheThreadToken) {
    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    auto report = threadPrivileges();
    ASSERT_TRUE(report.ok()) << report.error().summary();
    EXPECT_THAT(report->notes, ::testing::Contains(HasSubstr("impersonation token")));
}

TEST(WindowsImpersonation, PrivilegeChangeWhileImpersonatingStaysInTheThreadToken) {
    // A privilege the token holds but has disabled; the process token must not change.
    constexpr const char* kName = "SeBackupPrivilege";
    auto before = findPrivilege(kName);
    ASSERT_TRUE(before.ok()) << before.error().summary();
    if (!before->held || before->enabled) GTEST_SKIP() << kName << " is not held-and-disabled here";

    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    auto previous = setPrivilegeEnabled(kName, true);
    ASSERT_TRUE(previous.ok()) << previous.error().summary();
    EXPECT_FALSE(*previous);
    EXPECT_TRUE(findPrivilege(kName).value().enabled);
    ASSERT_TRUE(guard->revert().ok());
    EXPECT_FALSE(findPrivilege(kName).value().enabled) << "the process token changed";
}

// A file of our own in the temporary folder, removed afterwards.
class TemporaryFile {
public:
    TemporaryFile() {
        wchar_t folder[MAX_PATH + 1] = {};
        wchar_t name[MAX_PATH + 1] = {};
        ::GetTempPathW(MAX_PATH, folder);
        ::GetTempFileNameW(folder, L"tsc", 0, name);
        path_ = toUtf8(name);
    }
    ~TemporaryFile() { ::DeleteFileW(toWide(path_).c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    [[nodiscard]] const std::string& path() const { return path_; }

private:
    std::string path_;
};

const AccessCheck& checkOf(const std::vector<AccessCheck>& checks, AccessRight right) {
    for (const auto& check : checks) {
        if (check.right == right) return check;
    }
    throw std::runtime_error("no check for " + std::string(accessRightName(right)));
}

std::uint32_t codeOf(const AccessCheck& check) { return check.error ? check.error->code : 0; }

TEST(WindowsAccessProbe, OwnFileOpensForReadAndWriteWhileImpersonating) {
    const TemporaryFile file;
    ASSERT_FALSE(file.path().empty());
    auto guard = impersonateSelf(ImpersonationLevel::Impersonation);
    ASSERT_TRUE(guard.ok()) << guard.error().summary();
    const auto checks = probeAccess(file.path(), {AccessRight::Read, AccessRight::Write, AccessRight::List});
    ASSERT_EQ(checks.size(), 3u);
    EXPECT_TRUE(checkOf(checks, AccessRight::Read).granted);
    EXPECT_EQ(checkOf(checks, AccessRight::Read).method, "CreateFileW(GENERIC_READ)");
    EXPECT_TRUE(checkOf(checks, AccessRight::Write).granted) << codeOf(checkOf(checks, AccessRight::Write));
    // A file has no entries to list.
    EXPECT_FALSE(checkOf(checks, AccessRight::List).granted);
    EXPECT_EQ(codeOf(checkOf(checks, AccessRight::List)), static_cast<std::uint32_t>(ERROR_DIRECTORY));
}

TEST(WindowsAccessProbe, MissingFileIsFileNotFoundAndMissingFolderIsPathNotFound) {
    for (const auto& check : probeAccess("C:\\tokenscope-no-such-file.txt")) {
        EXPECT_FALSE(check.granted) << accessRightName(check.right);
        EXPECT_EQ(codeOf(check), static_cast<std::uint32_t>(ERROR_FILE_NOT_FOUND))
            << accessRightName(check.right);
        ASSERT_TRUE(check.error.has_value());
        EXPECT_EQ(check.error->name, "ERROR_FILE_NOT_FOUND");
    }
    for (const auto& check : probeAccess("C:\\tokenscope-no-such-folder\\no-such-file.txt")) {
        EXPECT_FALSE(check.granted) << accessRightName(check.right);
        EXPECT_EQ(codeOf(check), static_cast<std::uint32_t>(ERROR_PATH_NOT_FOUND))
            << accessRightName(check.right);
    }
}

TEST(WindowsAccessProbe, EmptyPathIsInvalidParameter) {
    const auto checks = probeAccess("");
    ASSERT_EQ(checks.size(), 4u);
    for (const auto& check : checks)
        EXPECT_EQ(codeOf(check), static_cast<std::uint32_t>(ERROR_INVALID_PARAMETER));
}

TEST(WindowsAccessProbe, FoldersCanBeReadAndListed) {
    wchar_t folder[MAX_PATH + 1] = {};
    ASSERT_GT(::GetTempPathW(MAX_PATH, folder), 0u);
    const auto checks = probeAccess(toUtf8(folder), {AccessRight::Read, AccessRight::List});
    EXPECT_TRUE(checkOf(checks, AccessRight::Read).granted) << codeOf(checkOf(checks, AccessRight::Read));
    EXPECT_TRUE(checkOf(checks, AccessRight::List).granted) << codeOf(checkOf(checks, AccessRight::List));
}

}  // namespace
}  // namespace tokenscope::win
