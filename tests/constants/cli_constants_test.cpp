// tokenscope-cli const / error, run as a separate process: output, JSON keys and exit statuses.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct Run {
    int status = -1;
    std::string out;
};

// Runs tokenscope-cli with `args` (already shell-quoted), stdout captured, stderr discarded.
Run cli(const std::string& args) {
    Run run;
    const std::string command = std::string("'") + TOKENSCOPE_CLI + "' " + args + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

nlohmann::json json(const Run& run) { return nlohmann::json::parse(run.out); }

TEST(ConstCli, NameSearchPrintsTheContractKeys) {
    const auto run = cli("const LOGON32_LOGON_NETWORK --json --limit 3");
    ASSERT_EQ(run.status, 0);
    const auto j = json(run);
    EXPECT_EQ(j["query"], "LOGON32_LOGON_NETWORK");
    EXPECT_GE(j["total"].get<int>(), 2);
    ASSERT_LE(j["results"].size(), 3u);
    const auto& first = j["results"][0];
    EXPECT_EQ(first["name"], "LOGON32_LOGON_NETWORK");
    EXPECT_EQ(first["value"], 3);
    EXPECT_EQ(first["kind"], "integer");
    EXPECT_EQ(first["header"], "winbase.h");
    EXPECT_EQ(first["family"], "LOGON32_LOGON_");
}

TEST(ConstCli, GlobAndText) {
    const auto run = cli("const 'LOGON32_*'");
    ASSERT_EQ(run.status, 0);
    EXPECT_NE(run.out.find("LOGON32_PROVIDER_WINNT50"), std::string::npos);
}

TEST(ConstCli, ValueLookupPutsTheErrorFirst) {
    auto run = cli("const --value 1326 --json");
    ASSERT_EQ(run.status, 0);
    EXPECT_EQ(json(run)["results"][0]["name"], "ERROR_LOGON_FAILURE");
    run = cli("const --value=-2147024891 --json --limit 0");
    ASSERT_EQ(run.status, 0);
    bool found = false;
    const auto all = json(run);
    for (const auto& r : all["results"]) found |= r["name"] == "E_ACCESSDENIED";
    EXPECT_TRUE(found);
}

TEST(ConstCli, FlagsSplitsABitmask) {
    const auto run = cli("const --flags 0xF01FF --family TOKEN_");
    ASSERT_EQ(run.status, 0);
    EXPECT_EQ(run.out.rfind("STANDARD_RIGHTS_REQUIRED | TOKEN_ASSIGN_PRIMARY", 0), 0u) << run.out;
    EXPECT_NE(run.out.find("equals: TOKEN_ALL_ACCESS"), std::string::npos);
}

TEST(ConstCli, StatsCountsByKindAndHeader) {
    const auto run = cli("const --stats --json");
    ASSERT_EQ(run.status, 0);
    const auto j = json(run);
    EXPECT_GE(j["total"].get<int>(), 60000);
    EXPECT_TRUE(j["by_kind"].contains("win32_error"));
    EXPECT_TRUE(j["by_header"].contains("winnt.h"));
}

// A GUID pasted in any spelling finds its names; a property key says its id.
TEST(ConstCli, FindsAGuidInAnySpelling) {
    for (const char* spelling : {"'{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}'", "b4bfcc3a-db2c-424c-b029-7fe99a87c641"}) {
        const auto run = cli(std::string("const ") + spelling + " --json");
        ASSERT_EQ(run.status, 0) << spelling;
        const auto j = json(run);
        EXPECT_EQ(j["query"], "{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}");
        bool desktop = false;
        for (const auto& r : j["results"]) desktop = desktop || (r["name"] == "FOLDERID_Desktop" && r["kind"] == "guid");
        EXPECT_TRUE(desktop) << j.dump();
    }
    const auto j = json(cli("const PKEY_Title --json --limit 1"));
    EXPECT_EQ(j["results"][0]["value"], "{F29F85E0-4FF9-1068-AB91-08002B27B3D9}");
    EXPECT_EQ(j["results"][0]["property_id"], 2);
    EXPECT_EQ(json(cli("const IDC_ARROW --json --limit 1"))["results"][0]["value"], 32512);
}

TEST(ConstCli, ExitStatuses) {
    EXPECT_EQ(cli("const XYZZY_NO_SUCH_CONSTANT").status, 1);
    EXPECT_EQ(cli("const --value 0x7FFFFFFFFFFFFFF1").status, 1);
    EXPECT_EQ(cli("const --value banana").status, 2);
    EXPECT_EQ(cli("const --value 99999999999999999999999").status, 2);
    EXPECT_EQ(cli("const").status, 2);
    EXPECT_EQ(cli("const A --value 1").status, 2);
    EXPECT_EQ(cli("const 'bad query'").status, 2);
    EXPECT_EQ(cli("const --flags 3").status, 2);
    EXPECT_EQ(cli("const --limit -1 A").status, 2);
}

TEST(ErrorCli, DecodesAWin32Error) {
    const auto run = cli("error 1326 --json");
    ASSERT_EQ(run.status, 0);
    const auto j = json(run);
    EXPECT_EQ(j["input"], "1326");
    EXPECT_EQ(j["matches"][0]["name"], "ERROR_LOGON_FAILURE");
    EXPECT_EQ(j["matches"][0]["kind"], "win32_error");
    EXPECT_EQ(j["matches"][0]["value"], 1326);
    EXPECT_FALSE(j["matches"][0]["message"].get<std::string>().empty());
    EXPECT_FALSE(j["hint"].get<std::string>().empty());
}

TEST(ErrorCli, DecodesAnHresultAndAnNtstatus) {
    auto run = cli("error 0x80070005");
    ASSERT_EQ(run.status, 0);
    EXPECT_NE(run.out.find("E_ACCESSDENIED"), std::string::npos);
    EXPECT_NE(run.out.find("ERROR_ACCESS_DENIED"), std::string::npos);
    EXPECT_NE(run.out.find("FACILITY_WIN32"), std::string::npos);
    run = cli("error 0xC000015B --json");
    ASSERT_EQ(run.status, 0);
    EXPECT_EQ(json(run)["matches"][0]["name"], "STATUS_LOGON_TYPE_NOT_GRANTED");
}

// Windows' NTSTATUS -> Win32 mapping both ways, and event 4625's Status and Sub Status as a pair.
TEST(ErrorCli, MapsNtstatusAndWin32BothWays) {
    auto j = json(cli("error 0xC0000022 --json"));
    EXPECT_EQ(j["ntstatus_to_win32"]["win32"], 5);
    EXPECT_EQ(j["ntstatus_to_win32"]["name"], "ERROR_ACCESS_DENIED");
    j = json(cli("error ERROR_LOGON_FAILURE --json"));
    bool found = false;
    for (const auto& status : j["win32_from_ntstatus"]) found = found || status["name"] == "STATUS_LOGON_FAILURE";
    EXPECT_TRUE(found) << j.dump();
}

TEST(ErrorCli, ExplainsEvent4625Pairs) {
    auto run = cli("error 0xC000006D --sub 0xC000006A --logon-type 2 --json");
    ASSERT_EQ(run.status, 0) << run.out;
    auto j = json(run)["logon_failure"];
    EXPECT_EQ(j["status"]["name"], "STATUS_LOGON_FAILURE");
    EXPECT_EQ(j["status"]["win32"], 1326);
    EXPECT_EQ(j["sub_status"]["name"], "STATUS_WRONG_PASSWORD");
    EXPECT_EQ(j["sub_status"]["win32"], 86);  // ERROR_INVALID_PASSWORD: what Windows does not tell the caller
    EXPECT_NE(j["meaning"].get<std::string>().find("password"), std::string::npos);
    EXPECT_EQ(j["logon_type_name"], "LOGON32_LOGON_INTERACTIVE");
    // The logon right of a refused logon type follows the event's Logon Type.
    j = json(cli("error 0xC000015B --logon-type 3 --json"))["logon_failure"];
    EXPECT_EQ(j["logon_right"], "SeNetworkLogonRight (refused by SeDenyNetworkLogonRight)");
    j = json(cli("error STATUS_LOGON_FAILURE --sub STATUS_ACCOUNT_DISABLED --json"))["logon_failure"];
    EXPECT_NE(j["meaning"].get<std::string>().find("disabled"), std::string::npos);
    EXPECT_EQ(j["sub_status"]["win32"], 1331);
    EXPECT_EQ(j["caller_saw"]["win32"], 1326);  // under STATUS_LOGON_FAILURE the caller is not told
    // Under STATUS_ACCOUNT_RESTRICTION LogonUser reports the Sub Status, and the text says so.
    run = cli("error 0xC000006E --sub 0xC0000072 --json");
    ASSERT_EQ(run.status, 0) << run.out;
    j = json(run)["logon_failure"];
    EXPECT_EQ(j["caller_saw"]["name"], "STATUS_ACCOUNT_DISABLED");
    EXPECT_EQ(j["caller_saw"]["win32"], 1331);
    EXPECT_EQ(j["caller_saw"]["win32_name"], "ERROR_ACCOUNT_DISABLED");
    run = cli("error 0xC000006E --sub 0xC0000072");
    EXPECT_NE(run.out.find("the caller saw: ERROR_ACCOUNT_DISABLED (1331)"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("the reason as Win32 error"), std::string::npos) << run.out;  // the same error, once
    // Bad pairs are usage errors, one JSON object each.
    for (const char* args : {"error 0xC000006D --sub nonsense --json", "error 0xC000006D --logon-type 6 --json",
                             "error 5 --sub 0xC000006A --json"}) {
        run = cli(args);
        EXPECT_EQ(run.status, 2) << args;
        EXPECT_EQ(json(run)["error"]["name"], "usage") << args;
    }
}

TEST(ErrorCli, ExitStatuses) {
    EXPECT_EQ(cli("error 0x7FFF1234").status, 1);
    EXPECT_EQ(cli("error nonsense-code").status, 2);
    EXPECT_EQ(cli("error 0x1FFFFFFFF").status, 2);
    EXPECT_EQ(cli("error").status, 2);
}

}  // namespace
