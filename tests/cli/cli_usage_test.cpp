// The CLI contract for usage: exit statuses, one-line reasons, help.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using test::runProcess;
const std::string kCli = TOKENSCOPE_CLI_PATH;

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

void expectUsageError(const std::vector<std::string>& args, const std::string& reason) {
    std::vector<std::string> argv{kCli};
    argv.insert(argv.end(), args.begin(), args.end());
    auto result = runProcess(argv);
    EXPECT_EQ(result.exitCode, 2) << result.out << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_EQ(lines(result.err), 2u) << result.err;  // the reason, then the usage line
    EXPECT_NE(result.err.find(reason), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("usage: tokenscope-cli <"), std::string::npos) << result.err;
}

TEST(CliUsage, NoSubcommandIsUsageError) { expectUsageError({}, "subcommand"); }
TEST(CliUsage, UnknownSubcommandIsNamed) { expectUsageError({"frobnicate"}, "unknown subcommand 'frobnicate'"); }
TEST(CliUsage, UnknownFlagIsNamed) { expectUsageError({"whoami", "--bogus"}, "--bogus"); }
TEST(CliUsage, UnknownGlobalFlagIsNamed) { expectUsageError({"--bogus"}, "--bogus"); }
TEST(CliUsage, ExtraArgumentIsUsageError) { expectUsageError({"privileges", "extra"}, "extra"); }
TEST(CliUsage, NewlinesInAnUnknownNameStayOnOneLine) {
    expectUsageError({"bad\nname\n"}, "unknown subcommand 'bad name");
}
TEST(CliUsage, NonUtf8AndHugeNamesAreUsageErrors) {
    expectUsageError({"\xff\xfe\x80"}, "unknown subcommand");
    auto result = runProcess({kCli, std::string(100000, 'x')});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_LT(result.err.size(), 1000u);
}

// With --json anywhere on the command line (even where CLI11 never reads it), a usage error is
// also one JSON object on stdout: {"error": {"code": 2, "name": "usage", "message": reason}}.
TEST(CliUsage, WithJsonEveryUsageErrorIsAlsoOneJsonObject) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"whoami", "--bogus", "--json"}, "--bogus"},
        {{"whoami", "--json", "--bogus"}, "--bogus"},
        {{"--json", "whoami"}, "unknown option '--json'"},
        {{"frobnicate", "--json"}, "unknown subcommand 'frobnicate'"},
        {{"logon", "--user", "u", "--type", "42", "--password-stdin", "--json"}, "is not a logon type"},
        {{"logon", "--json", "--password-stdin"}, "--user"},
        {{"const", "--value", "99999999999999999999999", "--json"}, "does not fit 64 bits"},
        {{"const", "--json", "--stats", "--value", "1"}, "give exactly one of"},
        {{"error", "0x", "--json"}, "0x"},
        {{"error", "--json"}, "code"},
        {{"privileges", "--json=true", "extra"}, "extra"},
    };
    for (const auto& [args, reason] : cases) {
        SCOPED_TRACE(::testing::PrintToString(args));
        std::vector<std::string> argv{kCli};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = runProcess(argv);
        EXPECT_EQ(result.exitCode, 2) << result.out << result.err;
        EXPECT_EQ(lines(result.err), 2u) << result.err;  // stderr as without --json
        EXPECT_NE(result.err.find(reason), std::string::npos) << result.err;
        const auto json = nlohmann::json::parse(result.out, nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << "stdout: " << result.out;
        ASSERT_TRUE(json.is_object());
        ASSERT_EQ(json.size(), 1u) << json.dump();
        const auto& error = json.at("error");
        ASSERT_EQ(error.size(), 3u) << error.dump();
        EXPECT_EQ(error.at("code"), 2);
        EXPECT_EQ(error.at("name"), "usage");
        EXPECT_NE(error.at("message").get<std::string>().find(reason), std::string::npos) << error.dump();
    }
    // --json after "--" belongs to the program of --run, and --json=false is no JSON.
    for (const auto& args : {std::vector<std::string>{"logon", "--bogus", "--", "--json"},
                             std::vector<std::string>{"whoami", "--json=false", "--bogus"}}) {
        std::vector<std::string> argv{kCli};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = runProcess(argv);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
}

TEST(CliUsage, HelpListsTheSubcommandsAndSucceeds) {
    auto result = runProcess({kCli, "--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find("whoami"), std::string::npos);
    EXPECT_NE(result.out.find("privileges"), std::string::npos);
    auto sub = runProcess({kCli, "privileges", "--help"});
    EXPECT_EQ(sub.exitCode, 0);
    EXPECT_NE(sub.out.find("--all"), std::string::npos);
}

TEST(CliText, WhoamiTableShowsProcessAndThread) {
    auto result = runProcess({kCli, "whoami"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Process"), std::string::npos);
    EXPECT_NE(result.out.find("Thread"), std::string::npos);
    EXPECT_NE(result.out.find("Impersonating"), std::string::npos);
}

TEST(CliText, PrivilegesEndWithAVerdict) {
    auto result = runProcess({kCli, "privileges"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.out.find("READY: ") != std::string::npos) << result.out;
}

TEST(CliJson, WhoamiAndPrivilegesPrintOneJsonObjectWithTheContractKeys) {
    auto who = runProcess({kCli, "whoami", "--json"});
    ASSERT_EQ(who.exitCode, 0);
    const auto identity = nlohmann::json::parse(who.out);
    for (const char* key : {"platform", "process", "thread"}) EXPECT_TRUE(identity.contains(key)) << key;
    for (const char* key : {"user", "uid", "gid", "groups"}) EXPECT_TRUE(identity["process"].contains(key)) << key;
    EXPECT_TRUE(identity["thread"].contains("impersonating"));

    auto priv = runProcess({kCli, "privileges", "--json"});
    ASSERT_EQ(priv.exitCode, 0);
    const auto report = nlohmann::json::parse(priv.out);
    for (const char* key : {"platform", "privileges", "can_impersonate", "missing_for_impersonation"})
        EXPECT_TRUE(report.contains(key)) << key;
    ASSERT_FALSE(report["privileges"].empty());
    for (const char* key : {"name", "held", "enabled", "needed_for"})
        EXPECT_TRUE(report["privileges"][0].contains(key)) << key;
}

TEST(CliOutput, ClosedStdoutIsAFailureNotACrash) {
    auto result = runProcess({"sh", "-c", "exec \"$0\" privileges --all >&-", kCli});
    EXPECT_EQ(result.exitCode, 1) << result.err;
}

}  // namespace
}  // namespace tokenscope
