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
#include "windows_test_support.hpp"

#ifndef TOKENSCOPE_CLI_EXE
#error "TOKENSCOPE_CLI_EXE must name tokenscope-cli.exe"
#endif

namespace tokenscope {
namespace {

using ::testing::HasSubstr;
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

// Starts the CLI with `arguments`, stdin from `input` (none when empty: a null handle), stdout
// to a pipe, stderr to NUL; waits at most a minute.
CliRun runCli(const std::string& arguments, const std::string& input = {}) {
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
    win::ScopedHandle stdinRead;
    win::ScopedHandle stdinWrite;
    if (!input.empty()) {
        HANDLE inRead = nullptr;
        HANDLE inWrite = nullptr;
        if (!::CreatePipe(&inRead, &inWrite, &inherit, 0)) {
            ADD_FAILURE() << "CreatePipe (stdin) failed: " << ::GetLastError();
            return run;
        }
        stdinRead.reset(inRead);
        stdinWrite.reset(inWrite);
        ::SetHandleInformation(stdinWrite.get(), HANDLE_FLAG_INHERIT, 0);
        DWORD written = 0;  // small enough for the pipe's buffer: no deadlock
        ::WriteFile(stdinWrite.get(), input.data(), static_cast<DWORD>(input.size()), &written, nullptr);
        stdinWrite.reset();  // EOF after the input
        startup.hStdInput = stdinRead.get();
    }
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
    stdinRead.reset();

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

// LogonUserW is stubbed by Wine: the CLI must say so, in JSON, and exit 1 (refused), not 0.
TEST(WindowsCli, LogonJsonWithPasswordOnStdinReportsTheErrorAndExitsOne) {
    const CliRun run =
        runCli("logon --user tokenscope-no-such-user --password-stdin --json", "not the password\r\n");
    EXPECT_EQ(run.exitCode, 1u) << run.out;
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(json.at("ok"), false);
    EXPECT_EQ(json.at("user"), "tokenscope-no-such-user");
    EXPECT_EQ(json.at("type"), "LOGON32_LOGON_INTERACTIVE");
    EXPECT_EQ(json.at("provider"), "LOGON32_PROVIDER_DEFAULT");
    EXPECT_TRUE(json.at("impersonation").is_null());
    const auto& error = json.at("error");
    ASSERT_TRUE(error.is_object()) << run.out;
    if (win::runningUnderWine()) {
        test::noteStubbedByWine("LogonUserW (through tokenscope-cli logon)");
        EXPECT_EQ(error.at("code"), 50);
        EXPECT_EQ(error.at("name"), "ERROR_NOT_SUPPORTED");
        EXPECT_THAT(error.at("native").get<std::string>(), HasSubstr("logon not implemented by this system"));
    } else {
        EXPECT_EQ(error.at("code"), 1326);
        EXPECT_EQ(error.at("name"), "ERROR_LOGON_FAILURE");
    }
    EXPECT_TRUE(error.at("hint").is_string());
}

TEST(WindowsCli, LogonNewCredentialsNeedsTheWinNT50Provider) {
    const CliRun run = runCli("logon --user someone --type new_credentials --password-stdin --json", "x\n");
    EXPECT_EQ(run.exitCode, 1u) << run.out;
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(json.at("type"), "LOGON32_LOGON_NEW_CREDENTIALS");
    EXPECT_EQ(json.at("error").at("name"), "ERROR_INVALID_PARAMETER");
    EXPECT_THAT(json.at("error").at("hint").get<std::string>(), HasSubstr("winnt50"));
}

TEST(WindowsCli, LogonWithoutAConsoleOrStdinIsBadUsage) {
    // No console to prompt on (the child is detached from ours only when it has none: under
    // Wine's headless run and in CI there is none) and no --password-stdin: exit 2.
    if (::GetConsoleWindow() != nullptr) GTEST_SKIP() << "a console is attached; the CLI would prompt";
    HANDLE console =
        ::CreateFileW(L"CONIN$", GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (console != INVALID_HANDLE_VALUE) {
        ::CloseHandle(console);
        GTEST_SKIP() << "CONIN$ opens here; the CLI would prompt on it";
    }
    const CliRun run = runCli("logon --user someone --json");
    EXPECT_EQ(run.exitCode, 2u) << run.out;
}

TEST(WindowsCli, LogonTypesAndProvidersParseByAnyName) {
    // A bad type is bad usage (2) before any password is read.
    EXPECT_EQ(runCli("logon --user x --type 99 --password-stdin", "x\n").exitCode, 2u);
    EXPECT_EQ(runCli("logon --user x --provider nope --password-stdin", "x\n").exitCode, 2u);
    const CliRun run =
        runCli("logon --user x --type LOGON32_LOGON_NETWORK --provider 3 --password-stdin --json", "x\n");
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(json.at("type"), "LOGON32_LOGON_NETWORK");
    EXPECT_EQ(json.at("provider"), "LOGON32_PROVIDER_WINNT50");
}

}  // namespace
}  // namespace tokenscope
