// tokenscope-cli whoami / privileges end to end: the real binary, compared with `id`, /proc and
// `capsh --print`, as root, as nobody (setpriv) and with CAP_SETUID dropped (capsh).
#include <gtest/gtest.h>
#include <sys/capability.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "posix/proc_status.hpp"
#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using nlohmann::json;
using test::runProcess;

const std::string kCli = TOKENSCOPE_CLI_PATH;
const std::vector<std::string> kAsNobody = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};

std::vector<std::string> concat(std::vector<std::string> head, const std::vector<std::string>& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

json runJson(const std::vector<std::string>& argv) {
    auto result = runProcess(argv);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return json::parse(result.out);
}

std::string firstLine(const std::vector<std::string>& argv) {
    auto result = runProcess(argv);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.out.substr(0, result.out.find('\n'));
}

// What `id` says, run under the same wrapper.
void expectAgreesWithId(const json& identity, const std::vector<std::string>& wrapper) {
    EXPECT_EQ(identity["uid"].get<std::uint32_t>(), std::stoul(firstLine(concat(wrapper, {"id", "-u"}))));
    EXPECT_EQ(identity["gid"].get<std::uint32_t>(), std::stoul(firstLine(concat(wrapper, {"id", "-g"}))));
    EXPECT_EQ(identity["user"].get<std::string>(), firstLine(concat(wrapper, {"id", "-un"})));
    EXPECT_EQ(identity["group"].get<std::string>(), firstLine(concat(wrapper, {"id", "-gn"})));
    std::vector<std::uint32_t> expected, actual{identity["gid"].get<std::uint32_t>()};
    std::istringstream words(firstLine(concat(wrapper, {"id", "-G"})));
    for (std::uint32_t id; words >> id;) expected.push_back(id);
    for (const auto& group : identity["groups"]) {
        const auto id = group["id"].get<std::uint32_t>();
        if (id != actual.front()) actual.push_back(id);
    }
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    EXPECT_EQ(actual, expected);
}

// The status file of a process run under the same wrapper.
posix::ProcStatus statusUnder(const std::vector<std::string>& wrapper) {
    auto result = runProcess(concat(wrapper, {"cat", "/proc/self/status"}));
    EXPECT_EQ(result.exitCode, 0) << result.err;
    auto status = posix::parseProcStatus(result.out);
    EXPECT_TRUE(status.ok());
    return status.ok() ? *status : posix::ProcStatus{};
}

void expectPrivilegesMatch(const json& report, const posix::ProcStatus& status) {
    ASSERT_TRUE(report["all"].get<bool>());
    for (const auto& privilege : report["privileges"]) {
        const auto value = privilege["value"].get<std::uint32_t>();
        SCOPED_TRACE(privilege["name"].get<std::string>());
        EXPECT_EQ(privilege["held"].get<bool>(), ((status.capPermitted >> value) & 1u) != 0);
        EXPECT_EQ(privilege["enabled"].get<bool>(), ((status.capEffective >> value) & 1u) != 0);
        EXPECT_EQ(privilege["bounding"].get<bool>(), ((status.capBounding >> value) & 1u) != 0);
        EXPECT_EQ(privilege["ambient"].get<bool>(), ((status.capAmbient >> value) & 1u) != 0);
        EXPECT_EQ(privilege["inheritable"].get<bool>(), ((status.capInheritable >> value) & 1u) != 0);
    }
}

// `capsh --print` as the independent oracle: its "Current:" text parsed back by libcap.
void expectPrivilegesMatchCapsh(const json& report, const std::vector<std::string>& wrapper) {
    auto printed = runProcess(concat(wrapper, {"capsh", "--print"}));
    ASSERT_EQ(printed.exitCode, 0) << printed.err;
    std::istringstream lines(printed.out);
    std::string current, bounding;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Current: ", 0) == 0) current = line.substr(9);
        if (line.rfind("Bounding set =", 0) == 0) bounding = std::string(1, ',').append(line.substr(14)).append(1, ',');
    }
    cap_t caps = cap_from_text(current.c_str());
    ASSERT_NE(caps, nullptr) << current;
    for (const auto& privilege : report["privileges"]) {
        const auto value = static_cast<cap_value_t>(privilege["value"].get<int>());
        std::string lower = privilege["name"].get<std::string>();
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        cap_flag_value_t permitted = CAP_CLEAR, effective = CAP_CLEAR;
        cap_get_flag(caps, value, CAP_PERMITTED, &permitted);
        cap_get_flag(caps, value, CAP_EFFECTIVE, &effective);
        SCOPED_TRACE(lower);
        EXPECT_EQ(privilege["held"].get<bool>(), permitted == CAP_SET);
        EXPECT_EQ(privilege["enabled"].get<bool>(), effective == CAP_SET);
        const std::string needle = std::string(1, ',').append(lower).append(1, ',');
        EXPECT_EQ(privilege["bounding"].get<bool>(), bounding.find(needle) != std::string::npos);
    }
    cap_free(caps);
}

class CliAsRoot : public ::testing::Test {
protected:
    void SetUp() override {
        if (geteuid() != 0) GTEST_SKIP() << "needs root to run the CLI as another user (setpriv) or under capsh";
        cli_ = std::make_unique<test::WorldExecutableCopy>(kCli);
    }
    std::string cli() const { return cli_->path(); }
    std::unique_ptr<test::WorldExecutableCopy> cli_;
};

TEST(CliWhoami, JsonAgreesWithIdForTheCurrentUser) {
    const json report = runJson({kCli, "whoami", "--json"});
    EXPECT_EQ(report["platform"], "linux");
    expectAgreesWithId(report["process"], {});
    expectAgreesWithId(report["thread"], {});
    EXPECT_FALSE(report["thread"]["impersonating"].get<bool>());
    EXPECT_TRUE(report["thread"]["impersonation_level"].is_null());
    EXPECT_FALSE(report["process"].contains("impersonating"));
}

TEST(CliPrivileges, JsonAgreesWithTheKernelAndCapsh) {
    const json report = runJson({kCli, "privileges", "--json", "--all"});
    expectPrivilegesMatch(report, statusUnder({}));
    expectPrivilegesMatchCapsh(report, {});
    std::ifstream lastCap("/proc/sys/kernel/cap_last_cap");
    std::size_t last = 0;
    lastCap >> last;
    EXPECT_EQ(report["privileges"].size(), last + 1);
}

TEST(CliPrivileges, DefaultListShowsHeldAndNeededOnly) {
    const json all = runJson({kCli, "privileges", "--json", "--all"});
    const json some = runJson({kCli, "privileges", "--json"});
    EXPECT_FALSE(some["all"].get<bool>());
    std::size_t expected = 0;
    for (const auto& privilege : all["privileges"]) {
        if (privilege["held"].get<bool>() || privilege["enabled"].get<bool>() || !privilege["needed_for"].empty())
            ++expected;
    }
    EXPECT_EQ(some["privileges"].size(), expected);
}

TEST_F(CliAsRoot, WhoamiAsNobodyAgreesWithId) {
    const json report = runJson(concat(kAsNobody, {cli(), "whoami", "--json"}));
    expectAgreesWithId(report["process"], kAsNobody);
    expectAgreesWithId(report["thread"], kAsNobody);
    EXPECT_EQ(report["process"]["uid"], 65534);
    EXPECT_TRUE(report["process"]["groups"].empty());
}

TEST_F(CliAsRoot, PrivilegesAsNobodyHoldNothingAndCannotImpersonate) {
    const json report = runJson(concat(kAsNobody, {cli(), "privileges", "--json", "--all"}));
    expectPrivilegesMatch(report, statusUnder(kAsNobody));
    expectPrivilegesMatchCapsh(report, kAsNobody);
    for (const auto& privilege : report["privileges"]) EXPECT_FALSE(privilege["held"].get<bool>());
    EXPECT_FALSE(report["can_impersonate"].get<bool>());
    EXPECT_EQ(report["missing_for_impersonation"], json({"CAP_SETGID", "CAP_SETUID"}));
}

TEST_F(CliAsRoot, PrivilegesWithoutSetuidSayExactlyWhatIsMissing) {
    const std::vector<std::string> capsh = {"capsh", "--drop=cap_setuid", "--", "-c", "exec \"$0\" \"$@\""};
    const json report = runJson(concat(capsh, {cli(), "privileges", "--json", "--all"}));
    expectPrivilegesMatch(report, statusUnder(capsh));
    expectPrivilegesMatchCapsh(report, capsh);
    EXPECT_FALSE(report["can_impersonate"].get<bool>());
    EXPECT_EQ(report["missing_for_impersonation"], json({"CAP_SETUID"}));
    EXPECT_NE(report["verdict"].get<std::string>().find("CAP_SETUID is not held"), std::string::npos);

    const json identity = runJson(concat(capsh, {cli(), "whoami", "--json"}));
    expectAgreesWithId(identity["process"], capsh);
}

TEST_F(CliAsRoot, TextReportSaysNotReadyWithoutSetgid) {
    auto result = runProcess({"capsh", "--drop=cap_setgid", "--", "-c", "exec \"$0\" \"$@\"", cli(), "privileges"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("NOT READY: This thread cannot impersonate: CAP_SETGID is not held"),
              std::string::npos)
        << result.out;
}

}  // namespace
}  // namespace tokenscope
