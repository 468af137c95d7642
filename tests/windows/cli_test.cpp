// The real tokenscope-cli.exe, run as a child process (under Wine in the cross build), its JSON
// output parsed and compared with what core says in process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"

#ifndef TOKENSCOPE_CLI_EXE
#error "TOKENSCOPE_CLI_EXE must name tokenscope-cli.exe"
#endif

namespace tokenscope {
namespace {

using ::testing::StartsWith;

// The build system gives a host path; under Wine the host's / is drive Z:.
std::wstring cliPath() {
    std::string path = TOKENSCOPE_CLI_EXE;
    if (!path.empty() && path.front() == '/') {
        for (auto& c : path) {
            if (c == '/') c = '\\';
        }
        path = "Z:" + path;
    }
    return win::toWide(path);
}

struct CliRun {
    DWORD exitCode = 0xFFFFFFFF;
    std::string out;
};

// Starts the CLI with `arguments`, stdout to a pipe, stderr to NUL; waits at most a minute.
CliRun runCli(const std::string& arguments) {
    CliRun run;
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE readRaw = nullptr;
    HANDLE writeRaw = nullptr;
    if (!::CreatePipe(&readRaw, &writeRaw, &inherit, 0)) {
        ADD_FAILURE() << "CreatePipe failed: " << ::GetLastError();
        return run;
    }
    win::ScopedHandle read(readRaw);
    win::ScopedHandle write(writeRaw);
    ::SetHandleInformation(read.get(), HANDLE_FLAG_INHERIT, 0);
    win::ScopedHandle null(::CreateFileW(L"NUL", GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                                         OPEN_EXISTING, 0, nullptr));

    STARTUPINFOW startup{};
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = nullptr;
    startup.hStdOutput = write.get();
    startup.hStdError = null.valid() ? null.get() : write.get();
    std::wstring commandLine = L"\"" + cliPath() + L"\" " + win::toWide(arguments);
    PROCESS_INFORMATION process{};
    if (!::CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup,
                          &process)) {
        ADD_FAILURE() << "CreateProcessW failed: " << ::GetLastError() << " for " << win::toUtf8(commandLine);
        return run;
    }
    win::ScopedHandle processHandle(process.hProcess);
    win::ScopedHandle threadHandle(process.hThread);
    write.reset();  // the child holds the only write end now: EOF when it exits

    char buffer[4096];
    DWORD got = 0;
    while (::ReadFile(read.get(), buffer, sizeof(buffer), &got, nullptr) && got > 0)
        run.out.append(buffer, got);
    if (::WaitForSingleObject(processHandle.get(), 60000) != WAIT_OBJECT_0) {
        ::TerminateProcess(processHandle.get(), 1);
        ADD_FAILURE() << "tokenscope-cli did not finish in a minute";
    }
    ::GetExitCodeProcess(processHandle.get(), &run.exitCode);
    return run;
}

nlohmann::json parsed(const CliRun& run) {
    auto json = nlohmann::json::parse(run.out, nullptr, false);
    if (json.is_discarded()) ADD_FAILURE() << "not JSON:\n" << run.out;
    return json;
}

TEST(WindowsCli, WhoamiJsonShowsSidsAndTheUser) {
    const CliRun run = runCli("whoami --json");
    ASSERT_EQ(run.exitCode, 0u) << run.out;
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(json.at("platform"), "windows");
    const auto& process = json.at("process");
    EXPECT_THAT(process.at("sid").get<std::string>(), StartsWith("S-1-5-"));
    EXPECT_TRUE(process.at("user").is_string());
    EXPECT_FALSE(process.contains("uid"));
    EXPECT_THAT(process.at("group_sid").get<std::string>(), StartsWith("S-1-"));
    ASSERT_FALSE(process.at("groups").empty());
    for (const auto& group : process.at("groups")) {
        EXPECT_THAT(group.at("id").get<std::string>(), StartsWith("S-1-"));
        EXPECT_TRUE(group.at("attributes").is_array());
    }
    EXPECT_EQ(process.at("details").at("Token type"), "Primary");
    const auto& thread = json.at("thread");
    EXPECT_EQ(thread.at("impersonating"), false);
    EXPECT_TRUE(thread.at("impersonation_level").is_null());

    // The same user as core sees in this process (the child runs as the same account).
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();
    EXPECT_EQ(process.at("sid"), identity->user.sid);
    EXPECT_EQ(process.at("user"), identity->user.name);
}

TEST(WindowsCli, PrivilegesJsonListsSeChangeNotifyPrivilege) {
    const CliRun run = runCli("privileges --json --all");
    ASSERT_EQ(run.exitCode, 0u) << run.out;
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(json.at("platform"), "windows");
    bool sawChangeNotify = false;
    for (const auto& privilege : json.at("privileges")) {
        EXPECT_TRUE(privilege.at("enabled_by_default").is_boolean());
        EXPECT_TRUE(privilege.at("needed_for").is_array());
        if (privilege.at("name") == "SeChangeNotifyPrivilege") {
            sawChangeNotify = true;
            EXPECT_EQ(privilege.at("held"), true);
            EXPECT_EQ(privilege.at("enabled"), true);
        }
        if (privilege.at("name") == "SeTcbPrivilege") {
            EXPECT_THAT(privilege.at("needed_for").dump(), ::testing::HasSubstr("historical"));
        }
    }
    EXPECT_TRUE(sawChangeNotify);

    auto report = threadPrivileges();
    ASSERT_TRUE(report.ok()) << report.error().summary();
    EXPECT_EQ(json.at("can_impersonate"), report->canImpersonate);
    EXPECT_EQ(json.at("missing_for_impersonation"), nlohmann::json(report->missingForImpersonation));
    EXPECT_EQ(json.at("privileges").size(), report->privileges.size());
}

TEST(WindowsCli, UnknownSubcommandIsBadUsage) {
    const CliRun run = runCli("no-such-command");
    EXPECT_EQ(run.exitCode, 2u);
}

}  // namespace
}  // namespace tokenscope
