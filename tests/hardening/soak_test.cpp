// Soak (label `soak`): 10,000 logon -> impersonate -> access probe -> revert -> logoff cycles
// with open descriptors and resident memory flat, and 16 threads impersonating 16 different users
// at once, none ever seeing another's identity. PAM through cwrap (pam_matrix); the uid switch
// needs root, so without it both skip.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "support/subprocess.hpp"
#include "tokenscope/access.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {
namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kService = TOKENSCOPE_CWRAP_SERVICE;

LogonRequest request(std::string user, LogonType type) {
    LogonRequest request;
    request.user = std::move(user);
    request.type = type;
    request.service = kService;
    return request;
}

Password secret(const std::string& text) { return Password(text.data(), text.size()); }

class Soak : public ::testing::Test {
protected:
    void SetUp() override {
        const char* wrapper = std::getenv("PAM_WRAPPER");
        if (wrapper == nullptr || std::string(wrapper) != "1")
            GTEST_SKIP() << "pam_wrapper is not preloaded (run through ctest)";
        if (::geteuid() != 0)
            GTEST_SKIP() << "impersonating the cwrap users needs CAP_SETUID/CAP_SETGID (root)";
        dir_ = std::filesystem::temp_directory_path() / ("tokenscope-soak-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
        ::chmod(dir_.c_str(), 0711);
    }
    void TearDown() override {
        std::error_code ignored;
        if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
    }

    // A file only `uid` may read.
    std::string privateFile(const std::string& name, std::uint32_t uid) {
        const auto path = (dir_ / name).string();
        std::ofstream(path) << name << '\n';
        EXPECT_EQ(::chown(path.c_str(), uid, uid), 0);
        EXPECT_EQ(::chmod(path.c_str(), 0600), 0);
        return path;
    }

    std::filesystem::path dir_;
};

TEST_F(Soak, TenThousandLogonImpersonateProbeRevertLogoffCyclesKeepDescriptorsAndMemoryFlat) {
    const std::string own = privateFile("alice", 4242);
    int failures = 0;
    auto cycle = [&] {
        auto token = LogonToken::logon(request("tsalice", LogonType::Interactive), secret("Alice-Secret-1"));
        if (!token) {
            ++failures;
            ADD_FAILURE() << token.error().summary() << " / " << token.error().native;
            return;
        }
        {
            auto guard = ImpersonationGuard::impersonate(*token);
            if (!guard) {
                ++failures;
                ADD_FAILURE() << guard.error().native;
                return;
            }
            const auto checks = probeAccess(own, {AccessRight::Read, AccessRight::Write});
            if (::geteuid() != 4242 || checks.size() != 2 || !checks[0].granted || !checks[1].granted)
                ++failures;
            if (!guard->revert()) ++failures;
        }
        if (::geteuid() != 0) ++failures;
        if (!token->logoff()) ++failures;
    };
    for (int i = 0; i < 200; ++i) cycle();  // warm-up: allocator pools, modules loaded once
    const int fdsBefore = test::openFdCount();
    const long rssBefore = test::statusKb("VmRSS");
    const auto start = Clock::now();
    constexpr int kCycles = 10000;
    long rssPeak = rssBefore;
    for (int i = 1; i <= kCycles && failures < 10; ++i) {
        cycle();
        if (i % 2000 == 0) {
            const long rss = test::statusKb("VmRSS");
            rssPeak = std::max(rssPeak, rss);
            std::printf("  after %5d cycles: %d fds, VmRSS %ld kB\n", i, test::openFdCount(), rss);
        }
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    const int fdsAfter = test::openFdCount();
    const long rssAfter = test::statusKb("VmRSS");
    std::printf(
        "SOAK %d cycles in %lld ms (%.1f us/cycle); fds %d -> %d; VmRSS %ld kB -> %ld kB (peak %ld kB)\n",
        kCycles, static_cast<long long>(ms), 1000.0 * static_cast<double>(ms) / kCycles, fdsBefore, fdsAfter,
        rssBefore, rssAfter, rssPeak);
    RecordProperty("cycles", kCycles);
    RecordProperty("fds_before", fdsBefore);
    RecordProperty("fds_after", fdsAfter);
    RecordProperty("rss_kb_before", static_cast<int>(rssBefore));
    RecordProperty("rss_kb_after", static_cast<int>(rssAfter));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(fdsAfter, fdsBefore);
    // Flat: a leak of even 100 bytes a cycle would add ~1 MB.
    EXPECT_LE(rssAfter - rssBefore, 512) << "VmRSS grew by " << rssAfter - rssBefore << " kB";
    EXPECT_EQ(::geteuid(), 0U);
}

TEST_F(Soak, SixteenThreadsImpersonatingSixteenUsersNeverSeeEachOthersIdentity) {
    constexpr int kThreads = 16;
    constexpr int kRounds = 400;
    struct User {
        std::string name;
        std::uint32_t uid = 0;
        std::string file;
        std::optional<LogonToken> token;
    };
    std::vector<User> users(kThreads);
    for (int i = 0; i < kThreads; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "tsuser%02d", i + 1);
        users[i].name = name;
        users[i].uid = static_cast<std::uint32_t>(4401 + i);
        users[i].file = privateFile(name, users[i].uid);
        const std::string password = "User-Secret-" + std::string(name + 6);
        auto token = LogonToken::logon(request(name, LogonType::Network), secret(password));
        ASSERT_TRUE(token.ok()) << name << ": " << token.error().native;
        ASSERT_EQ(token->uid(), users[i].uid);
        users[i].token.emplace(std::move(*token));
    }
    const auto before = threadIdentity().value();

    std::atomic<int> mixups{0};
    std::atomic<int> failures{0};
    std::atomic<long> checks{0};
    std::barrier sync(kThreads);
    auto work = [&](int me) {
        const User& user = users[me];
        const User& neighbour = users[(me + 1) % kThreads];
        for (int round = 0; round < kRounds; ++round) {
            sync.arrive_and_wait();  // everyone switches at the same moment
            auto guard = ImpersonationGuard::impersonate(*user.token);
            if (!guard) {
                ++failures;
                continue;
            }
            for (int look = 0; look < 3; ++look) {
                const auto identity = threadIdentity();
                const auto name = effectiveUserName();
                const auto mine = probeAccess(user.file, {AccessRight::Read});
                const auto theirs = probeAccess(neighbour.file, {AccessRight::Read});
                const bool right = ::geteuid() == user.uid && ::getegid() == user.uid && identity &&
                                   identity->user.posixId == user.uid && identity->impersonating && name &&
                                   *name == user.name && mine[0].granted && !theirs[0].granted;
                if (!right) ++mixups;
                ++checks;
                std::this_thread::yield();
            }
            if (!guard->revert() || ::geteuid() != 0) ++failures;
        }
    };
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) threads.emplace_back(work, i);
    for (auto& thread : threads) thread.join();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    std::printf(
        "CONCURRENCY %d threads x %d rounds: %ld identity checks in %lld ms, %d mix-ups, %d failures\n",
        kThreads, kRounds, checks.load(), static_cast<long long>(ms), mixups.load(), failures.load());
    EXPECT_EQ(mixups.load(), 0);
    EXPECT_EQ(failures.load(), 0);
    const auto after = threadIdentity().value();
    EXPECT_EQ(after.uids, before.uids);
    EXPECT_EQ(after.groups, before.groups);
    EXPECT_EQ(processIdentity().value().uids, before.uids);
    for (auto& user : users) EXPECT_TRUE(user.token->logoff().ok());
}

}  // namespace
}  // namespace tokenscope
