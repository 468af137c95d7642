// tokenscope-cli access end to end: an account from the account database (nobody, and with a
// supplementary group) against real attempts made as that account by setpriv --init-groups; the
// JSON keys, the exit status (0 all granted, 1 one denied, 2 trouble) and one JSON error object
// for bad input.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using nlohmann::json;
using test::runProcess;

const std::string kCli = TOKENSCOPE_CLI_PATH;

json accessJson(const std::vector<std::string>& args, int* exitCode = nullptr) {
    std::vector<std::string> argv{kCli, "access"};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back("--json");
    const auto result = runProcess(argv);
    if (exitCode) *exitCode = result.exitCode;
    return json::parse(result.out, nullptr, false);
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

TEST(CliAccess, AnAccountIsAnsweredAsSetprivInitGroupsReallyGets) {
    if (::geteuid() != 0) GTEST_SKIP() << "trying paths as another account needs root";
    // A folder only group adm may enter, with a file in it, beside system paths everyone knows.
    char base[] = "/tmp/tokenscope-cli-access.XXXXXX";
    ASSERT_NE(::mkdtemp(base), nullptr);
    const std::string folder = std::string(base) + "/adm-only", file = folder + "/report";
    ASSERT_EQ(::mkdir(folder.c_str(), 0750), 0);
    std::ofstream(file) << "#!/bin/sh\nexit 0\n";
    ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
    ASSERT_EQ(::chown(folder.c_str(), 0, 4), 0);  // group adm
    ASSERT_EQ(::chmod(base, 0755), 0);
    const std::vector<std::string> paths{"/etc/shadow", "/etc/passwd", "/root", "/tmp", "/usr/bin/id", folder, file};
    for (const std::string user : {"nobody", "root"}) {
        const std::string group = trimmed(runProcess({"id", "-gn", user}).out);
        const auto real = runProcess({"/usr/bin/setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups",
                                      "/usr/bin/python3", TOKENSCOPE_ACCESS_ORACLE},
                                     json(paths).dump());
        ASSERT_EQ(real.exitCode, 0) << real.err;
        const json truth = json::parse(real.out);
        for (const auto& path : paths) {
            int exitCode = -1;
            const json answer = accessJson({path, "--user", user}, &exitCode);
            ASSERT_TRUE(answer.is_object()) << path;
            EXPECT_EQ(answer["user"], user);
            EXPECT_EQ(answer["path"], path);
            bool all = true;
            for (const auto& check : answer["checks"]) {
                const std::string right = check["right"];
                EXPECT_EQ(check["granted"], truth[path][right]) << user << " " << right << " " << path << ": "
                                                               << check["decided_by"]["text"];
                EXPECT_TRUE(check["decided_by"]["path"].is_string());
                EXPECT_TRUE(check["decided_by"]["rule"].is_string());
                all = all && check["granted"].get<bool>();
            }
            EXPECT_EQ(exitCode, all ? 0 : 1) << path;
            EXPECT_EQ(answer["all_granted"], all);
        }
    }
    // The example of the README and docs/cli.md: nobody and /etc/shadow.
    const json shadow = accessJson({"/etc/shadow", "--user", "nobody", "--right", "read"});
    ASSERT_EQ(shadow["checks"].size(), 1u);
    EXPECT_EQ(shadow["checks"][0]["decided_by"]["rule"], "other");
    EXPECT_NE(shadow["checks"][0]["decided_by"]["text"].get<std::string>().find("not in group shadow"), std::string::npos);
    // The adm member gets into the folder through its group (root: its owner).
    std::filesystem::remove_all(base);
}

TEST(CliAccess, BadInputIsOneJsonErrorWithExitTwo) {
    int exitCode = -1;
    json answer = accessJson({"/etc/passwd", "--user", "no-such-user-tokenscope"}, &exitCode);
    EXPECT_EQ(exitCode, 2);
    EXPECT_EQ(answer["error"]["name"], "ERROR_NO_SUCH_USER");
    answer = accessJson({"/etc/passwd", "--pid", "999999999"}, &exitCode);
    EXPECT_EQ(exitCode, 2);
    EXPECT_EQ(answer["error"]["name"], "ERROR_INVALID_PARAMETER");
    answer = accessJson({"/etc/passwd"}, &exitCode);  // whose access?
    EXPECT_EQ(exitCode, 2);
    EXPECT_TRUE(answer.contains("error"));
    answer = accessJson({"/etc/passwd", "--user", "root", "--pid", "1"}, &exitCode);
    EXPECT_EQ(exitCode, 2);
    EXPECT_TRUE(answer.contains("error"));
    answer = accessJson({"/etc/passwd", "--user", "root", "--right", "delete"}, &exitCode);
    EXPECT_EQ(exitCode, 2);
    EXPECT_TRUE(answer.contains("error"));
    answer = accessJson({"", "--user", "root"}, &exitCode);
    EXPECT_EQ(exitCode, 2);
    EXPECT_TRUE(answer.contains("error"));
    // A path that does not exist is an answer, not an error: denied, "missing", exit 1.
    answer = accessJson({"/no/such/path", "--user", "root"}, &exitCode);
    EXPECT_EQ(exitCode, 1);
    ASSERT_FALSE(answer["checks"].empty());
    EXPECT_EQ(answer["checks"][0]["decided_by"]["rule"], "missing");
    EXPECT_EQ(answer["checks"][0]["decided_by"]["path"], "/no");
}

TEST(CliAccess, AProcessIsAnsweredWithItsOwnCredentials) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting a process as another user needs root";
    test::RunningProcess sleeper({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--groups=4", "sleep", "30"});
    ASSERT_TRUE(test::waitForProgram(sleeper.pid(), "sleep", std::chrono::seconds(5)));
    int exitCode = -1;
    const json answer = accessJson({"/var/log", "--pid", std::to_string(sleeper.pid()), "--right", "write"}, &exitCode);
    EXPECT_EQ(answer["subject"]["uid"], 65534);
    EXPECT_EQ(answer["subject"]["groups"], json::array({4}));
    EXPECT_EQ(answer["checks"][0]["granted"], false);
    EXPECT_EQ(exitCode, 1);
}

}  // namespace
}  // namespace tokenscope
