// Any process and its threads (tokenscope/process.hpp), against oracles that are not ours: `ps`
// (uids, gids, thread counts, each thread's euid), `getpcaps`, `capsh --decode` of the kernel's
// own capability masks, readlink of /proc/PID/exe; processes started by `setpriv` as another user
// or with a reduced bounding set; a thread of this test that switches its uid alone; a zombie; a
// kernel thread; pids that do not exist.
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "support/subprocess.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope {
namespace {

using test::runProcess;
using test::RunningProcess;

std::string trim(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    while (!text.empty() && text.front() == ' ') text.erase(text.begin());
    return text;
}

// `ps -o FIELD= -p PID`, trimmed.
std::string ps(const std::string& field, std::int64_t pid) {
    return trim(runProcess({"ps", "-o", field + "=", "-p", std::to_string(pid)}).out);
}

// Names of the capabilities in a status mask, as `capsh --decode` spells them ("cap_chown").
std::set<std::string> decode(std::uint64_t mask) {
    std::ostringstream hex;
    hex << "0x" << std::hex << mask;
    const std::string out = trim(runProcess({"capsh", "--decode=" + hex.str()}).out);  // "0x…=cap_a,cap_b"
    std::set<std::string> names;
    std::stringstream list(out.substr(out.find('=') + 1));
    for (std::string name; std::getline(list, name, ',');)
        if (!name.empty()) names.insert(name);
    return names;
}

std::uint64_t statusMask(std::int64_t pid, const std::string& key) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind(key + ":", 0) == 0) return std::stoull(line.substr(key.size() + 1), nullptr, 16);
    }
    ADD_FAILURE() << key << " not in the status of " << pid;
    return 0;
}

std::set<std::string> held(const PrivilegeReport& report, bool enabled) {
    std::set<std::string> names;
    for (const auto& privilege : report.privileges) {
        if (enabled ? privilege.enabled : privilege.held) {
            std::string name = privilege.name;
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            names.insert(name);
        }
    }
    return names;
}

bool waitFor(const std::function<bool()>& done) {
    for (int i = 0; i < 200; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

TEST(Process, ThisProcessIsWhatPsAndTheKernelSay) {
    const std::int64_t pid = ::getpid();
    auto process = inspectProcess(pid);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_EQ(process->pid, pid);
    EXPECT_EQ(process->parent, std::stoll(ps("ppid", pid)));
    EXPECT_EQ(process->name, ps("comm", pid));
    char exe[4096] = {};
    ASSERT_GT(::readlink("/proc/self/exe", exe, sizeof exe - 1), 0);
    EXPECT_EQ(process->executable, exe);
    ASSERT_FALSE(process->commandLine.empty());
    EXPECT_NE(process->commandLine.front().find("tokenscope_core_tests"), std::string::npos);
    EXPECT_EQ(*process->identity.user.posixId, std::stoul(ps("euid", pid)));
    EXPECT_EQ(*process->identity.primaryGroup.posixId, std::stoul(ps("egid", pid)));
    EXPECT_FALSE(process->zombie);
    EXPECT_FALSE(process->kernelThread);
    EXPECT_EQ(static_cast<long>(process->threads.size()), std::stol(ps("nlwp", pid)));
    ASSERT_FALSE(process->threads.empty());
    EXPECT_EQ(process->threads.front().tid, pid);  // the leader first
    EXPECT_EQ(held(process->privileges, false), decode(statusMask(pid, "CapPrm")));
    EXPECT_EQ(held(process->privileges, true), decode(statusMask(pid, "CapEff")));
}

TEST(Process, AThreadThatSwitchesItsUidAloneIsMarkedAsImpersonating) {
    if (::geteuid() != 0) GTEST_SKIP() << "switching a thread's uid needs root";
    std::mutex mutex;
    std::condition_variable changed;
    bool switched = false, done = false;
    std::atomic<long> tid{0};
    std::thread worker([&] {
        tid = ::syscall(SYS_gettid);
        // The raw syscall changes this thread only (glibc's setresuid would change them all).
        const long rc = ::syscall(SYS_setresuid, -1, 65534, -1);
        std::unique_lock lock(mutex);
        switched = rc == 0;
        changed.notify_all();
        changed.wait(lock, [&] { return done; });
        (void)::syscall(SYS_setresuid, -1, 0, -1);  // back to root: the saved uid is 0
    });
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return switched || tid != 0; });
        changed.wait_for(lock, std::chrono::seconds(5), [&] { return switched; });
    }
    ASSERT_TRUE(switched);
    const std::int64_t pid = ::getpid();
    auto process = inspectProcess(pid);
    auto list = listProcesses();
    // The oracle: ps's own per-thread view.
    const std::string perThread = runProcess({"ps", "-L", "-o", "tid=,euid=", "-p", std::to_string(pid)}).out;
    {
        std::lock_guard lock(mutex);
        done = true;
        changed.notify_all();
    }
    worker.join();
    ASSERT_TRUE(process.ok()) << process.error().summary();
    std::istringstream rows(perThread);
    int impersonating = 0;
    for (long rowTid, euid; rows >> rowTid >> euid;) {
        const auto thread = std::find_if(process->threads.begin(), process->threads.end(),
                                         [&](const ThreadToken& t) { return t.tid == rowTid; });
        if (thread == process->threads.end()) continue;  // a thread that started after the read
        EXPECT_EQ(*thread->identity.user.posixId, static_cast<std::uint32_t>(euid)) << "thread " << rowTid;
        EXPECT_EQ(thread->identity.impersonating, euid != 0) << "thread " << rowTid;
        impersonating += thread->identity.impersonating ? 1 : 0;
    }
    EXPECT_EQ(impersonating, 1);
    // The list, which compares the threads' status lines instead of parsing them, counts it too.
    ASSERT_TRUE(list.ok()) << list.error().summary();
    const auto self = std::find_if(list->begin(), list->end(), [&](const ProcessSummary& p) { return p.pid == pid; });
    ASSERT_NE(self, list->end());
    EXPECT_EQ(self->impersonatingThreads, 1);
    const auto worker_ = std::find_if(process->threads.begin(), process->threads.end(),
                                      [&](const ThreadToken& t) { return t.tid == tid; });
    ASSERT_NE(worker_, process->threads.end());
    EXPECT_TRUE(worker_->identity.impersonating);
    EXPECT_EQ(*worker_->identity.user.posixId, 65534u);
    EXPECT_EQ(worker_->identity.user.name, trim(runProcess({"id", "-un", "65534"}).out));
    EXPECT_FALSE(process->threads.front().identity.impersonating);  // the leader is the process
}

TEST(Process, AThreadWithOtherGroupsOnlyIsCountedAsImpersonating) {
    if (::geteuid() != 0) GTEST_SKIP() << "changing a thread's groups needs root";
    std::mutex mutex;
    std::condition_variable changed;
    bool switched = false, done = false;
    std::vector<gid_t> before(static_cast<std::size_t>(std::max(0, ::getgroups(0, nullptr))));
    before.resize(static_cast<std::size_t>(std::max(0, ::getgroups(static_cast<int>(before.size()), before.data()))));
    std::thread worker([&] {
        const gid_t other = 65534;
        // The raw syscall changes this thread's supplementary groups only.
        const long rc = ::syscall(SYS_setgroups, 1, &other);
        std::unique_lock lock(mutex);
        switched = rc == 0;
        changed.notify_all();
        changed.wait(lock, [&] { return done; });
        (void)::syscall(SYS_setgroups, before.size(), before.data());
    });
    {
        std::unique_lock lock(mutex);
        changed.wait_for(lock, std::chrono::seconds(5), [&] { return switched; });
    }
    auto list = listProcesses();
    const std::string groups = runProcess({"ps", "-L", "-o", "supgid=", "-p", std::to_string(::getpid())}).out;
    {
        std::lock_guard lock(mutex);
        done = true;
        changed.notify_all();
    }
    worker.join();
    ASSERT_TRUE(switched);
    ASSERT_TRUE(list.ok()) << list.error().summary();
    // The oracle: ps shows two different supplementary group lists among this process's threads.
    std::istringstream rows(groups);
    std::set<std::string> distinct;
    for (std::string row; std::getline(rows, row);) distinct.insert(trim(row));
    EXPECT_EQ(distinct.size(), 2u) << groups;
    const auto self =
        std::find_if(list->begin(), list->end(), [](const ProcessSummary& p) { return p.pid == ::getpid(); });
    ASSERT_NE(self, list->end());
    EXPECT_EQ(self->impersonatingThreads, 1);
}

TEST(Process, AnotherUsersProcessIsWhatPsSays) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting a process as another user needs root";
    RunningProcess sleeper({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30"});
    ASSERT_TRUE(sleeper.waitForExec({"sleep", "30"}, std::chrono::seconds(5)));
    auto process = inspectProcess(sleeper.pid());
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_EQ(*process->identity.user.posixId, std::stoul(ps("euid", sleeper.pid())));
    EXPECT_EQ(*process->identity.user.posixId, 65534u);
    EXPECT_EQ(*process->identity.primaryGroup.posixId, std::stoul(ps("egid", sleeper.pid())));
    EXPECT_TRUE(process->identity.groups.empty());
    EXPECT_EQ(process->name, "sleep");
    EXPECT_EQ(process->commandLine, (std::vector<std::string>{"sleep", "30"}));
    EXPECT_TRUE(held(process->privileges, false).empty());  // a non-root user holds none
    EXPECT_FALSE(process->privileges.canImpersonate);
}

TEST(Process, ReducedCapabilitiesAreWhatGetpcapsSays) {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root's capabilities to reduce";
    RunningProcess sleeper({"/usr/bin/setpriv", "--inh-caps=-all", "--bounding-set=-all,+chown,+setuid", "sleep", "30"});
    ASSERT_TRUE(sleeper.waitForExec({"sleep", "30"}, std::chrono::seconds(5)));
    auto process = inspectProcess(sleeper.pid());
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_EQ(held(process->privileges, false), (std::set<std::string>{"cap_chown", "cap_setuid"}));
    EXPECT_EQ(held(process->privileges, false), decode(statusMask(sleeper.pid(), "CapPrm")));
    // getpcaps prints "PID: cap_chown,cap_setuid=ep" (libcap 2.66).
    const std::string getpcaps = trim(runProcess({"getpcaps", std::to_string(sleeper.pid())}).out);
    EXPECT_NE(getpcaps.find("cap_chown,cap_setuid=ep"), std::string::npos) << getpcaps;
    for (const auto& privilege : process->privileges.privileges) {
        const bool kept = privilege.name == "CAP_CHOWN" || privilege.name == "CAP_SETUID";
        EXPECT_EQ(privilege.bounding, kept) << privilege.name;
        EXPECT_FALSE(privilege.inheritable) << privilege.name;
    }
    // CAP_SETGID is gone: this process could not impersonate.
    EXPECT_FALSE(process->privileges.canImpersonate);
    EXPECT_EQ(process->privileges.missingForImpersonation, (std::vector<std::string>{"CAP_SETGID"}));
}

TEST(Process, AZombieIsAnsweredAndMarked) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) ::_exit(7);
    ASSERT_TRUE(waitFor([&] { return ps("stat", child).starts_with("Z"); }));
    auto process = inspectProcess(child);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_TRUE(process->zombie);
    EXPECT_TRUE(process->partial);
    EXPECT_EQ(process->state, "zombie");
    EXPECT_TRUE(process->executable.empty());
    ASSERT_FALSE(process->notes.empty());
    EXPECT_NE(process->notes.front().find("zombie"), std::string::npos);
}

TEST(Process, AKernelThreadIsMarked) {
    if (ps("comm", 2) != "kthreadd") GTEST_SKIP() << "pid 2 is not kthreadd here (a pid namespace)";
    auto process = inspectProcess(2);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_TRUE(process->kernelThread);
    EXPECT_TRUE(process->commandLine.empty());
    EXPECT_EQ(*process->identity.user.posixId, 0u);
    auto list = listProcesses();
    ASSERT_TRUE(list.ok()) << list.error().summary();
    const auto kthreadd = std::find_if(list->begin(), list->end(), [](const ProcessSummary& p) { return p.pid == 2; });
    ASSERT_NE(kthreadd, list->end());
    EXPECT_TRUE(kthreadd->kernelThread);
    const auto self =
        std::find_if(list->begin(), list->end(), [](const ProcessSummary& p) { return p.pid == ::getpid(); });
    ASSERT_NE(self, list->end());
    EXPECT_FALSE(self->kernelThread);
}

TEST(Process, APidThatDoesNotExistIsAClearError) {
    // The largest pid the kernel hands out, plus one, never exists.
    std::ifstream maxFile("/proc/sys/kernel/pid_max");
    std::int64_t max = 4194304;
    maxFile >> max;
    for (const std::int64_t pid : {max + 1, std::int64_t{0}, std::int64_t{-5}}) {
        auto process = inspectProcess(pid);
        ASSERT_FALSE(process.ok()) << pid;
        EXPECT_EQ(process.error().code, win32::kInvalidParameter);
        EXPECT_NE(process.error().native.find("no process"), std::string::npos) << process.error().native;
    }
    // A process that has ended and been reaped is gone too.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    auto ended = inspectProcess(child);
    if (!ended.ok()) {  // unless the pid was reused meanwhile
        EXPECT_EQ(ended.error().code, win32::kInvalidParameter);
    }
}

TEST(Process, TheListIsWhatPsLists) {
    auto list = listProcesses();
    ASSERT_TRUE(list.ok()) << list.error().summary();
    const long count = std::stol(trim(runProcess({"sh", "-c", "ps -e --no-headers | wc -l"}).out));
    // Processes come and go between the two reads; the counts stay close.
    EXPECT_NEAR(static_cast<double>(list->size()), static_cast<double>(count), 5 + count / 20.0);
    const auto self = std::find_if(list->begin(), list->end(), [](const ProcessSummary& p) { return p.pid == ::getpid(); });
    ASSERT_NE(self, list->end());
    EXPECT_EQ(*self->user.posixId, ::geteuid());
    EXPECT_EQ(self->threads, std::stoi(ps("nlwp", ::getpid())));
    EXPECT_EQ(self->impersonatingThreads, 0);
    EXPECT_TRUE(std::is_sorted(list->begin(), list->end(),
                               [](const ProcessSummary& a, const ProcessSummary& b) { return a.pid < b.pid; }));
}

}  // namespace
}  // namespace tokenscope
