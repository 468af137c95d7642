// tokenscope-cli whoami --pid, privileges --pid and ps end to end: the real binary against `ps`,
// `getpcaps` and processes started by `setpriv`; bad pids give one JSON error object.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <set>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using nlohmann::json;
using test::runProcess;
using test::RunningProcess;

const std::string kCli = TOKENSCOPE_CLI_PATH;

std::string trim(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    while (!text.empty() && text.front() == ' ') text.erase(text.begin());
    return text;
}

std::string ps(const std::string& field, pid_t pid) {
    return trim(runProcess({"ps", "-o", field + "=", "-p", std::to_string(pid)}).out);
}

json cliJson(const std::vector<std::string>& args, int expectedExit = 0) {
    std::vector<std::string> argv{kCli};
    argv.insert(argv.end(), args.begin(), args.end());
    auto result = runProcess(argv);
    EXPECT_EQ(result.exitCode, expectedExit) << result.out << result.err;
    return json::parse(result.out);  // one object, also for errors
}

TEST(CliProcess, WhoamiPidShowsAnotherUsersProcessAsPsDoes) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting a process as another user needs root";
    RunningProcess sleeper({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30"});
    ASSERT_TRUE(sleeper.waitForExec({"sleep", "30"}, std::chrono::seconds(5)));
    const json answer = cliJson({"whoami", "--pid", std::to_string(sleeper.pid()), "--json"});
    EXPECT_EQ(answer["platform"], "linux");
    EXPECT_EQ(answer["pid"], sleeper.pid());
    EXPECT_EQ(answer["name"], "sleep");
    EXPECT_EQ(answer["command_line"], json::array({"sleep", "30"}));
    EXPECT_EQ(answer["process"]["uid"].get<unsigned>(), std::stoul(ps("euid", sleeper.pid())));
    EXPECT_EQ(answer["process"]["gid"].get<unsigned>(), std::stoul(ps("egid", sleeper.pid())));
    EXPECT_EQ(answer["process"]["user"], ps("euser", sleeper.pid()));
    ASSERT_EQ(answer["threads"].size(), 1u);
    EXPECT_EQ(answer["threads"][0]["tid"], sleeper.pid());
    EXPECT_EQ(answer["threads"][0]["impersonating"], false);
    EXPECT_EQ(answer["impersonating_threads"], 0);
    EXPECT_TRUE(answer["executable"].get<std::string>().ends_with("/sleep"));
    EXPECT_EQ(answer["partial"], false);
}

TEST(CliProcess, AnUnprivilegedUserSeesCredentialsButNotAnotherUsersExecutable) {
    if (::geteuid() != 0) GTEST_SKIP() << "runs the CLI as nobody through setpriv";
    auto result = runProcess({"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", kCli, "whoami", "--pid",
                              "1", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json answer = json::parse(result.out);
    EXPECT_EQ(answer["process"]["uid"].get<unsigned>(), std::stoul(ps("euid", 1)));
    EXPECT_TRUE(answer["executable"].is_null());
    EXPECT_EQ(answer["partial"], true);
    EXPECT_NE(answer["notes"].dump().find("CAP_SYS_PTRACE"), std::string::npos) << answer["notes"];
}

TEST(CliProcess, PrivilegesPidIsWhatGetpcapsSays) {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root's capabilities to reduce";
    RunningProcess sleeper({"/usr/bin/setpriv", "--inh-caps=-all", "--bounding-set=-all,+chown,+setuid", "sleep", "30"});
    ASSERT_TRUE(sleeper.waitForExec({"sleep", "30"}, std::chrono::seconds(5)));
    const json answer = cliJson({"privileges", "--pid", std::to_string(sleeper.pid()), "--json", "--all"});
    EXPECT_EQ(answer["pid"], sleeper.pid());
    EXPECT_EQ(answer["name"], "sleep");
    std::set<std::string> held;
    for (const auto& privilege : answer["privileges"]) {
        if (privilege["held"].get<bool>()) held.insert(privilege["name"].get<std::string>());
    }
    EXPECT_EQ(held, (std::set<std::string>{"CAP_CHOWN", "CAP_SETUID"}));
    const std::string getpcaps = trim(runProcess({"getpcaps", std::to_string(sleeper.pid())}).out);
    EXPECT_NE(getpcaps.find("cap_chown,cap_setuid=ep"), std::string::npos) << getpcaps;
    EXPECT_EQ(answer["can_impersonate"], false);
}

TEST(CliProcess, PsListsEveryProcessWithItsUser) {
    const json answer = cliJson({"ps", "--json"});
    EXPECT_EQ(answer["count"].get<std::size_t>(), answer["processes"].size());
    const long count = std::stol(trim(runProcess({"sh", "-c", "ps -e --no-headers | wc -l"}).out));
    EXPECT_NEAR(static_cast<double>(answer["count"].get<long>()), static_cast<double>(count), 5 + count / 20.0);
    bool sawInit = false;
    for (const auto& process : answer["processes"]) {
        if (process["pid"] != 1) continue;
        sawInit = true;
        EXPECT_EQ(process["uid"].get<unsigned>(), std::stoul(ps("euid", 1)));
        EXPECT_EQ(process["threads"].get<int>(), std::stoi(ps("nlwp", 1)));
    }
    EXPECT_TRUE(sawInit);
}

TEST(CliProcess, BadPidsGiveOneJsonError) {
    const json missing = cliJson({"whoami", "--pid", "2147483647", "--json"}, 1);
    EXPECT_EQ(missing["error"]["name"], "ERROR_INVALID_PARAMETER");
    EXPECT_NE(missing["error"].dump().find("no process 2147483647"), std::string::npos) << missing;
    const json privileges = cliJson({"privileges", "--pid", "0", "--json"}, 1);
    EXPECT_EQ(privileges["error"]["name"], "ERROR_INVALID_PARAMETER");
    const json usage = cliJson({"whoami", "--pid", "twelve", "--json"}, 2);
    EXPECT_EQ(usage["error"]["name"], "usage");
}

}  // namespace
}  // namespace tokenscope
