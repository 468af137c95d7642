// Identity against the real kernel: compared with `id`, with /proc, and across threads.
#include "tokenscope/identity.hpp"

#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>
#include <future>
#include <thread>

#include "posix/proc_status.hpp"
#include "support/subprocess.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::string idOutput(const std::string& flag) {
    auto result = test::runProcess({"id", flag});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return trimmed(result.out);
}

TEST(Identity, ProcessUserAgreesWithId) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    EXPECT_EQ(std::to_string(*identity->user.posixId), idOutput("-u"));
    EXPECT_EQ(identity->user.name, idOutput("-un"));
    EXPECT_EQ(std::to_string(*identity->primaryGroup.posixId), idOutput("-g"));
    EXPECT_EQ(identity->primaryGroup.name, idOutput("-gn"));
}

TEST(Identity, GroupsAgreeWithId) {
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok());
    // `id -G` prints the effective gid first, then the supplementary groups.
    std::vector<std::string> expected;
    std::istringstream words(idOutput("-G"));
    for (std::string word; words >> word;) expected.push_back(word);
    std::vector<std::string> actual{identity->primaryGroup.idString()};
    for (const auto& group : identity->groups) {
        if (group.idString() != actual.front()) actual.push_back(group.idString());
    }
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    EXPECT_EQ(actual, expected);
}

TEST(Identity, AllFourIdsMatchTheKernelsStatusFile) {
    auto identity = threadIdentity();
    ASSERT_TRUE(identity.ok());
    auto status = posix::readProcStatus("/proc/thread-self/status");
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(*identity->uids, status->uids);
    EXPECT_EQ(*identity->gids, status->gids);
    EXPECT_EQ(identity->groups.size(), status->groups.size());
    uid_t r = 0, e = 0, s = 0;
    ASSERT_EQ(getresuid(&r, &e, &s), 0);
    EXPECT_EQ(identity->uids->real, r);
    EXPECT_EQ(identity->uids->effective, e);
    EXPECT_EQ(identity->uids->saved, s);
}

TEST(Identity, ThreadIsNotImpersonatingByDefault) {
    auto identity = threadIdentity();
    ASSERT_TRUE(identity.ok());
    EXPECT_FALSE(identity->impersonating);
    EXPECT_TRUE(identity->impersonationLevel.empty());
}

TEST(Identity, UnknownIdsHaveNoName) {
    EXPECT_EQ(userName(4000000001u), "");
    EXPECT_EQ(groupName(4000000001u), "");
    EXPECT_EQ(userName(0), "root");
    EXPECT_EQ(groupName(0), "root");
}

// A thread that switches its own ids with the raw syscall (what impersonation does) is seen as
// impersonating, while every other thread, and the process, keep their identity. (A thread
// created by the switched thread would inherit its ids: the kernel copies credentials on clone.)
TEST(Identity, ThreadThatChangesItsIdsDoesNotChangeOtherThreads) {
    if (geteuid() != 0) GTEST_SKIP() << "needs root (CAP_SETUID) to switch a thread's ids";
    const std::uint32_t nobody = 65534;
    Result<Identity> inside = makeError(0, "not run");
    std::promise<void> switched, checked;

    std::thread switcher([&] {
        const bool ok = syscall(SYS_setresgid, -1, nobody, -1) == 0 &&
                        syscall(SYS_setresuid, -1, nobody, -1) == 0;  // keep real/saved 0 to come back
        inside = threadIdentity();
        switched.set_value();
        checked.get_future().wait();
        syscall(SYS_setresuid, -1, 0, -1);
        syscall(SYS_setresgid, -1, 0, -1);
        EXPECT_TRUE(ok);
    });
    switched.get_future().wait();
    auto mainWhileSwitched = threadIdentity();
    auto processWhileSwitched = processIdentity();
    checked.set_value();
    switcher.join();

    ASSERT_TRUE(inside.ok());
    EXPECT_EQ(*inside->user.posixId, nobody);
    EXPECT_EQ(inside->user.name, userName(nobody));
    EXPECT_EQ(*inside->primaryGroup.posixId, nobody);
    EXPECT_EQ(inside->uids->real, 0u);
    EXPECT_EQ(inside->uids->effective, nobody);
    EXPECT_TRUE(inside->impersonating);
    EXPECT_EQ(inside->impersonationLevel, "full (uid switch)");

    ASSERT_TRUE(processWhileSwitched.ok());
    EXPECT_EQ(*processWhileSwitched->user.posixId, 0u);
    ASSERT_TRUE(mainWhileSwitched.ok());
    EXPECT_EQ(*mainWhileSwitched->user.posixId, 0u);
    EXPECT_EQ(*mainWhileSwitched->primaryGroup.posixId, 0u);
    EXPECT_FALSE(mainWhileSwitched->impersonating);

    auto after = threadIdentity();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after->user.posixId, 0u);
    EXPECT_FALSE(after->impersonating);
}

}  // namespace
}  // namespace tokenscope
