// Capabilities against the real kernel: every set compared with /proc/thread-self/status.
#include "tokenscope/privileges.hpp"

#include <gtest/gtest.h>
#include <sys/capability.h>

#include <fstream>
#include <future>
#include <memory>
#include <thread>

#include "posix/proc_status.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

std::uint32_t kernelCapCount() {
    std::ifstream file("/proc/sys/kernel/cap_last_cap");
    std::uint32_t last = 0;
    file >> last;
    return last + 1;
}

posix::ProcStatus threadStatus() {
    auto status = posix::readProcStatus("/proc/thread-self/status");
    EXPECT_TRUE(status.ok());
    return status.ok() ? *status : posix::ProcStatus{};
}

bool bit(std::uint64_t mask, std::uint32_t value) { return ((mask >> value) & 1u) != 0; }

void expectMatchesKernel(const PrivilegeReport& report, const posix::ProcStatus& status) {
    for (const auto& privilege : report.privileges) {
        SCOPED_TRACE(privilege.name);
        EXPECT_EQ(privilege.held, bit(status.capPermitted, privilege.value));
        EXPECT_EQ(privilege.enabled, bit(status.capEffective, privilege.value));
        EXPECT_EQ(privilege.inheritable, bit(status.capInheritable, privilege.value));
        EXPECT_EQ(privilege.bounding, bit(status.capBounding, privilege.value));
        EXPECT_EQ(privilege.ambient, bit(status.capAmbient, privilege.value));
    }
}

const Privilege& named(const PrivilegeReport& report, const std::string& name) {
    for (const auto& privilege : report.privileges) {
        if (privilege.name == name) return privilege;
    }
    throw std::runtime_error("no " + name);
}

TEST(Privileges, ListsEveryCapabilityTheKernelKnowsInOrder) {
    auto report = threadPrivileges();
    ASSERT_TRUE(report.ok()) << report.error().summary();
    ASSERT_EQ(report->privileges.size(), kernelCapCount());
    for (std::uint32_t i = 0; i < report->privileges.size(); ++i) {
        EXPECT_EQ(report->privileges[i].value, i);
        EXPECT_FALSE(report->privileges[i].description.empty()) << report->privileges[i].name;
        // libcap names them too: the same name, in lower case.
        char* name = cap_to_name(static_cast<cap_value_t>(i));
        std::string lower = report->privileges[i].name;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        EXPECT_EQ(lower, name);
        cap_free(name);
    }
}

TEST(Privileges, EverySetMatchesTheKernelsStatusFile) {
    auto report = threadPrivileges();
    ASSERT_TRUE(report.ok());
    expectMatchesKernel(*report, threadStatus());
}

TEST(Privileges, ImpersonationNeedsSetuidAndSetgid) {
    auto report = threadPrivileges();
    ASSERT_TRUE(report.ok());
    const auto& setuid = named(*report, "CAP_SETUID");
    const auto& setgid = named(*report, "CAP_SETGID");
    EXPECT_NE(std::find(setuid.neededFor.begin(), setuid.neededFor.end(), "impersonate"), setuid.neededFor.end());
    EXPECT_NE(std::find(setgid.neededFor.begin(), setgid.neededFor.end(), "impersonate"), setgid.neededFor.end());
    EXPECT_FALSE(named(*report, "CAP_DAC_READ_SEARCH").neededFor.empty());
    EXPECT_TRUE(named(*report, "CAP_SYS_TIME").neededFor.empty());
    // Nothing TokenScope does needs these: run as user only lowers the inheritable and ambient
    // sets, and the logon broker opens sessions without CAP_SYS_ADMIN (the hygiene tests show both).
    EXPECT_TRUE(named(*report, "CAP_SETPCAP").neededFor.empty());
    EXPECT_TRUE(named(*report, "CAP_SYS_ADMIN").neededFor.empty());
    EXPECT_EQ(report->canImpersonate, setuid.held && setgid.held);
}

TEST(Privileges, FindAcceptsNamesInAnyCaseShortNamesAndNumbers) {
    for (const char* name : {"CAP_SETUID", "cap_setuid", "setuid", "SetUid", "7"}) {
        auto privilege = findPrivilege(name);
        ASSERT_TRUE(privilege.ok()) << name;
        EXPECT_EQ(privilege->name, "CAP_SETUID");
        EXPECT_EQ(privilege->value, 7u);
    }
}

TEST(Privileges, UnknownNamesAreNoSuchPrivilege) {
    for (const char* name : {"", "CAP_", "CAP_NOPE", "9999", "-1", "7x", "SeImpersonatePrivilege"}) {
        auto privilege = findPrivilege(name);
        ASSERT_FALSE(privilege.ok()) << name;
        EXPECT_EQ(privilege.error().code, win32::kNoSuchPrivilege);
        EXPECT_EQ(privilege.error().name, "ERROR_NO_SUCH_PRIVILEGE");
        EXPECT_FALSE(privilege.error().hint.empty());
    }
    const std::string huge(100000, 'A');
    EXPECT_FALSE(findPrivilege(huge).ok());
    EXPECT_LT(findPrivilege(huge).error().native.size(), 200u);
}

// Disabling and enabling an effective capability affects the calling thread only.
TEST(Privileges, DisableAndEnableOnThisThreadOnly) {
    auto before = threadPrivileges();
    ASSERT_TRUE(before.ok());
    if (!named(*before, "CAP_SYS_TIME").held) GTEST_SKIP() << "CAP_SYS_TIME is not held here";

    std::promise<void> disabled, checked;
    std::thread worker([&] {
        // Whatever fails below, the main thread must not wait for ever.
        const std::shared_ptr<void> release(nullptr, [&](void*) {
            try {
                disabled.set_value();
            } catch (const std::future_error&) {
            }
        });
        auto previous = setPrivilegeEnabled("CAP_SYS_TIME", false);
        ASSERT_TRUE(previous.ok()) << previous.error().summary();
        EXPECT_TRUE(*previous);
        auto status = threadStatus();
        EXPECT_FALSE(bit(status.capEffective, CAP_SYS_TIME));
        EXPECT_TRUE(bit(status.capPermitted, CAP_SYS_TIME));
        auto report = threadPrivileges();
        ASSERT_TRUE(report.ok());
        EXPECT_FALSE(named(*report, "CAP_SYS_TIME").enabled);
        EXPECT_TRUE(named(*report, "CAP_SYS_TIME").held);

        // The main thread, waiting for this one, still has it enabled.
        disabled.set_value();
        checked.get_future().wait();

        auto again = setPrivilegeEnabled("cap_sys_time", true);
        ASSERT_TRUE(again.ok());
        EXPECT_FALSE(*again);
        EXPECT_TRUE(bit(threadStatus().capEffective, CAP_SYS_TIME));
    });
    disabled.get_future().wait();
    EXPECT_TRUE(bit(threadStatus().capEffective, CAP_SYS_TIME)) << "another thread's change leaked";
    checked.set_value();
    worker.join();
    EXPECT_TRUE(bit(threadStatus().capEffective, CAP_SYS_TIME));
}

// A thread that gives up CAP_SETUID for good cannot impersonate, and says exactly why.
TEST(Privileges, ThreadWithoutSetuidIsNotReadyAndSaysWhatIsMissing) {
    auto before = threadPrivileges();
    ASSERT_TRUE(before.ok());
    if (!named(*before, "CAP_SETUID").held) GTEST_SKIP() << "CAP_SETUID is not held here";

    std::thread worker([] {
        cap_t caps = cap_get_proc();
        cap_value_t setuid = CAP_SETUID;
        cap_set_flag(caps, CAP_PERMITTED, 1, &setuid, CAP_CLEAR);
        cap_set_flag(caps, CAP_EFFECTIVE, 1, &setuid, CAP_CLEAR);
        ASSERT_EQ(cap_set_proc(caps), 0);
        cap_free(caps);

        auto report = threadPrivileges();
        ASSERT_TRUE(report.ok());
        EXPECT_FALSE(report->canImpersonate);
        EXPECT_EQ(report->missingForImpersonation, std::vector<std::string>{"CAP_SETUID"});
        EXPECT_NE(report->verdict.find("cannot impersonate"), std::string::npos);
        EXPECT_NE(report->verdict.find("CAP_SETUID"), std::string::npos);
        expectMatchesKernel(*report, threadStatus());

        auto enable = setPrivilegeEnabled("CAP_SETUID", true);
        ASSERT_FALSE(enable.ok());
        EXPECT_EQ(enable.error().code, win32::kPrivilegeNotHeld);
        EXPECT_NE(enable.error().native.find("CAP_SETUID"), std::string::npos);
    });
    worker.join();

    auto after = threadPrivileges();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(named(*after, "CAP_SETUID").held) << "the main thread must keep CAP_SETUID";
}

TEST(Privileges, HeldButDisabledIsReportedAsANote) {
    auto before = threadPrivileges();
    ASSERT_TRUE(before.ok());
    if (!named(*before, "CAP_SETGID").held) GTEST_SKIP() << "CAP_SETGID is not held here";
    std::thread worker([] {
        ASSERT_TRUE(setPrivilegeEnabled("CAP_SETGID", false).ok());
        auto report = threadPrivileges();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->canImpersonate);
        ASSERT_EQ(report->notes.size(), 1u);
        EXPECT_NE(report->notes[0].find("CAP_SETGID is held but not enabled"), std::string::npos);
    });
    worker.join();
}

}  // namespace
}  // namespace tokenscope
