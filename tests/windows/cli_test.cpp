// The real tokenscope-cli.exe, run as a child process (under Wine in the cross build), its JSON
// output parsed and compared with what core says in process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <windows.h>

#include <aclapi.h>

#include <algorithm>
#include <map>
#include <atomic>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "commands.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "win/access_token.hpp"
#include "win/logon_token.hpp"
#include "win/sid.hpp"
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

// Runs the CLI and parses its output, which must be one JSON object, after the exit status
// `expected`.
nlohmann::json jsonOf(const std::string& arguments, DWORD expected = 0) {
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, expected) << arguments << "\n" << run.out;
    auto json = parsed(run);
    EXPECT_TRUE(json.is_object()) << arguments;
    return json.is_object() ? json : nlohmann::json::object();
}

// Oracle: the privileges the process token holds, read with the raw calls.
std::set<std::string> heldByProcessToken() {
    std::set<std::string> names;
    HANDLE raw = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &raw)) {
        ADD_FAILURE() << "OpenProcessToken failed: " << ::GetLastError();
        return names;
    }
    win::ScopedHandle token(raw);
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenPrivileges, nullptr, 0, &size);
    std::vector<std::uint64_t> buffer(size / sizeof(std::uint64_t) + 1);
    if (!::GetTokenInformation(token.get(), TokenPrivileges, buffer.data(), size, &size)) {
        ADD_FAILURE() << "GetTokenInformation failed: " << ::GetLastError();
        return names;
    }
    const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(buffer.data());
    for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
        if (privileges->Privileges[i].Attributes & SE_PRIVILEGE_REMOVED) continue;
        LUID luid = privileges->Privileges[i].Luid;
        wchar_t name[128];
        DWORD length = 128;
        if (::LookupPrivilegeNameW(nullptr, &luid, name, &length)) names.insert(win::toUtf8(name));
    }
    return names;
}

std::set<std::string> asSet(const nlohmann::json& names) {
    std::set<std::string> set;
    for (const auto& name : names) set.insert(name.get<std::string>());
    return set;
}

// whoami needs no privilege once it has read the tokens: the child removes every privilege it
// inherited from us (the same token) and reads its token back: nothing is left.
TEST(WindowsCli, WhoamiJsonRemovesEveryPrivilegeAndSaysWhich) {
    const auto held = heldByProcessToken();
    ASSERT_FALSE(held.empty());
    const CliRun run = runCli("whoami --json");
    ASSERT_EQ(run.exitCode, 0u) << run.out;
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    EXPECT_EQ(asSet(json.at("dropped_capabilities")), held);
    EXPECT_TRUE(json.at("kept_capabilities").empty()) << json.at("kept_capabilities").dump();
    EXPECT_FALSE(json.contains("drop_error")) << json.dump();
}

// logon keeps what impersonation and running as the user need, and nothing else. LogonUserW is
// stubbed by Wine, so the logon fails, but the privileges were dropped before the password was
// read.
TEST(WindowsCli, LogonKeepsOnlyThePrivilegesItNeeds) {
    const auto held = heldByProcessToken();
    const CliRun run = runCli("logon --user someone --password-stdin --json", "x\n");
    const auto json = parsed(run);
    ASSERT_TRUE(json.is_object());
    const std::set<std::string> needed{"SeChangeNotifyPrivilege", "SeImpersonatePrivilege",
                                       "SeAssignPrimaryTokenPrivilege", "SeIncreaseQuotaPrivilege"};
    std::set<std::string> expectedKept;
    std::set<std::string> expectedDropped;
    for (const auto& name : held) (needed.count(name) ? expectedKept : expectedDropped).insert(name);
    ASSERT_FALSE(expectedDropped.empty());
    EXPECT_EQ(asSet(json.at("dropped_capabilities")), expectedDropped);
    EXPECT_EQ(asSet(json.at("kept_capabilities")), expectedKept);
}

// The "token" object of logon --json, for a token Wine can give (its LogonUserW is a stub): the
// process token duplicated. Oracle: the process identity read in this process.
TEST(WindowsCli, LogonTokenJsonShowsTheTokensSidsNotPosixIds) {
    auto process = win::AccessToken::fromCurrentProcess(TOKEN_QUERY | TOKEN_DUPLICATE);
    ASSERT_TRUE(process.ok()) << process.error().summary();
    auto copy = process->duplicateImpersonation(win::ImpersonationLevel::Impersonation);
    ASSERT_TRUE(copy.ok()) << copy.error().summary();
    auto token = LogonTokenAccess::fromAccessToken(std::move(*copy));
    const auto json = cli::logonTokenJson(token);
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok()) << identity.error().summary();

    EXPECT_FALSE(json.contains("uid")) << json.dump();
    EXPECT_FALSE(json.contains("gid")) << json.dump();
    EXPECT_THAT(json.at("sid").get<std::string>(), StartsWith("S-1-5-"));
    EXPECT_EQ(json.at("sid"), identity->user.sid);
    EXPECT_EQ(json.at("user"), identity->user.name);
    EXPECT_EQ(json.at("group_sid"), identity->primaryGroup.sid);
    ASSERT_EQ(json.at("groups").size(), identity->groups.size());
    for (std::size_t i = 0; i < identity->groups.size(); ++i) {
        EXPECT_EQ(json.at("groups")[i].at("id"), identity->groups[i].sid);
        EXPECT_EQ(json.at("groups")[i].at("attributes"), nlohmann::json(identity->groups[i].attributes));
    }
    EXPECT_EQ(json.at("details").at("Token type"), "Impersonation");

    // Logged off, the token has no identity to show, and says why.
    ASSERT_TRUE(token.logoff().ok());
    auto gone = token.identity();
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().name, "ERROR_INVALID_HANDLE");
}

// const and error as a script runs them, parsed, against the compiler's values (the SDK headers
// this test is built with) and FormatMessageW of the system running it.
TEST(WindowsCli, ConstJsonGivesTheCompilersValues) {
    const auto json = jsonOf("const TOKEN_ALL_ACCESS --json");
    EXPECT_EQ(json.value("query", ""), "TOKEN_ALL_ACCESS");
    bool found = false;
    for (const auto& result : json.value("results", nlohmann::json::array())) {
        if (result.at("name") != "TOKEN_ALL_ACCESS") continue;
        found = true;
        EXPECT_EQ(result.at("value").get<unsigned long long>(),
                  static_cast<unsigned long long>(TOKEN_ALL_ACCESS));
        EXPECT_EQ(result.at("header"), "winnt.h");
    }
    EXPECT_TRUE(found) << json.dump();

    const auto strings = jsonOf("const SE_IMPERSONATE_NAME --json");
    found = false;
    for (const auto& result : strings.value("results", nlohmann::json::array())) {
        if (result.at("name") != "SE_IMPERSONATE_NAME") continue;
        found = true;
        EXPECT_EQ(result.at("value"), win::toUtf8(SE_IMPERSONATE_NAME));
        EXPECT_EQ(result.at("kind"), "string");
    }
    EXPECT_TRUE(found) << strings.dump();

    std::vector<std::string> names;
    for (const auto& result :
         jsonOf("const --value 0x80070005 --json").value("results", nlohmann::json::array()))
        names.push_back(result.at("name"));
    EXPECT_THAT(names, ::testing::Contains("E_ACCESSDENIED"));
    static_assert(static_cast<unsigned long>(E_ACCESSDENIED) == 0x80070005UL);

    EXPECT_EQ(jsonOf("const TOKENSCOPE_NO_SUCH_CONSTANT_ANYWHERE --json", 1).value("total", -1), 0);
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

std::string systemMessage(DWORD code) {
    wchar_t* buffer = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::string text = length ? win::toUtf8(std::wstring_view(buffer, length)) : std::string();
    ::LocalFree(buffer);
    return trimmed(text);
}

TEST(WindowsCli, ErrorJsonNamesTheCodeWithTheSystemsMessage) {
    for (const DWORD code :
         {static_cast<DWORD>(ERROR_ACCESS_DENIED), static_cast<DWORD>(ERROR_PRIVILEGE_NOT_HELD),
          static_cast<DWORD>(ERROR_NOT_ALL_ASSIGNED)}) {
        const auto json = jsonOf("error " + std::to_string(code) + " --json");
        EXPECT_EQ(json.value("value", 0ULL), code);
        const auto matches = json.value("matches", nlohmann::json::array());
        ASSERT_FALSE(matches.empty()) << json.dump();
        EXPECT_EQ(matches[0].at("value").get<unsigned long long>(), code);
        const std::string message = systemMessage(code);
        if (!message.empty()) {
            EXPECT_EQ(trimmed(matches[0].at("message")), message) << code;
        }
        EXPECT_TRUE(json.value("hint", nlohmann::json()).is_string());
    }
    const auto names = [](const nlohmann::json& json) {
        std::vector<std::string> all;
        for (const auto& match : json.value("matches", nlohmann::json::array()))
            all.push_back(match.at("name"));
        return all;
    };
    EXPECT_THAT(names(jsonOf("error 5 --json")), ::testing::Contains("ERROR_ACCESS_DENIED"));
    EXPECT_THAT(names(jsonOf("error 0x80070005 --json")), ::testing::Contains("E_ACCESSDENIED"));
    const auto status = jsonOf("error 0xC0000022 --json");
    EXPECT_THAT(names(status), ::testing::Contains("STATUS_ACCESS_DENIED"));
    EXPECT_EQ(status.value("value", 0ULL), 0xC0000022ULL);  // STATUS_ACCESS_DENIED
}

TEST(WindowsCli, WhoamiPidReadsTheTestProcessAsTheRawCallsDo) {
    const DWORD self = ::GetCurrentProcessId();
    const auto json = jsonOf("whoami --pid " + std::to_string(self) + " --json");
    EXPECT_EQ(json.value("pid", 0LL), static_cast<long long>(self)) << json.dump();
    // Oracle: TokenUser of this process, read with the raw calls.
    HANDLE raw = nullptr;
    ASSERT_TRUE(::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &raw));
    win::ScopedHandle token(raw);
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    std::vector<std::uint64_t> buffer((size + 7) / 8 + 1);
    ASSERT_TRUE(::GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size));
    EXPECT_EQ(json.at("process").at("sid"), win::sidString(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid));
    bool sawSelf = false;
    for (const auto& thread : json.at("threads")) {
        if (thread.at("tid") == ::GetCurrentThreadId()) {
            sawSelf = true;
            EXPECT_EQ(thread.at("impersonating"), false);
        }
    }
    EXPECT_TRUE(sawSelf) << "thread " << ::GetCurrentThreadId() << " missing: " << json.at("threads").dump();

    const auto privileges = jsonOf("privileges --pid " + std::to_string(self) + " --json --all");
    EXPECT_EQ(privileges.value("pid", 0LL), static_cast<long long>(self));
    bool changeNotify = false;
    for (const auto& privilege : privileges.at("privileges"))
        if (privilege.at("name") == "SeChangeNotifyPrivilege") changeNotify = privilege.at("held").get<bool>();
    EXPECT_TRUE(changeNotify) << privileges.dump();
}

TEST(WindowsCli, PsListsTheTestProcessWithItsSid) {
    const auto json = jsonOf("ps --json");
    ASSERT_TRUE(json.contains("processes")) << json.dump();
    EXPECT_EQ(json.at("count").get<std::size_t>(), json.at("processes").size());
    auto identity = processIdentity();
    ASSERT_TRUE(identity.ok());
    bool sawSelf = false;
    for (const auto& process : json.at("processes")) {
        if (process.at("pid") != ::GetCurrentProcessId()) continue;
        sawSelf = true;
        EXPECT_EQ(process.at("sid"), identity->user.sid);
        EXPECT_GE(process.at("threads").get<int>(), 1);
        EXPECT_THAT(process.at("name").get<std::string>(), HasSubstr("tokenscope_windows_cli_tests"));
    }
    EXPECT_TRUE(sawSelf);
}

TEST(WindowsCli, APidBeyondThirtyTwoBitsIsOneJsonError) {
    const CliRun run = runCli("whoami --pid 4294967296 --json");
    EXPECT_NE(run.exitCode, 0u);
    const auto json = parsed(run);
    EXPECT_EQ(json.at("error").at("name"), "ERROR_INVALID_PARAMETER") << run.out;
}

// Explained access as the account we run as: every right's answer equals AccessCheck on the
// path's own descriptor with our token, and names the entry (or rule) that decided.
TEST(WindowsCli, AccessAnswersEqualAccessCheckAndNameTheDecidingEntry) {
    wchar_t name[256];
    DWORD size = 256;
    ASSERT_TRUE(::GetUserNameW(name, &size));
    wchar_t windows[MAX_PATH];
    ASSERT_GT(::GetWindowsDirectoryW(windows, MAX_PATH), 0u);
    const std::string folder = win::toUtf8(windows);
    const CliRun run = runCli("access " + folder + " --user " + win::toUtf8(name) + " --json");
    const auto json = parsed(run);
    ASSERT_TRUE(json.contains("checks")) << run.out;
    EXPECT_EQ(json.at("subject").at("token"), true) << run.out;
    EXPECT_EQ(json.at("folder"), true);

    HANDLE process = nullptr;
    ASSERT_TRUE(::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &process));
    HANDLE token = nullptr;
    ASSERT_TRUE(::DuplicateToken(process, SecurityIdentification, &token));
    ::CloseHandle(process);
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    ASSERT_EQ(::GetNamedSecurityInfoW(windows, SE_FILE_OBJECT,
                                      OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                      nullptr, nullptr, nullptr, nullptr, &descriptor),
              static_cast<DWORD>(ERROR_SUCCESS));
    GENERIC_MAPPING mapping{FILE_GENERIC_READ, FILE_GENERIC_WRITE, FILE_GENERIC_EXECUTE, FILE_ALL_ACCESS};
    const std::map<std::string, ACCESS_MASK> masks{{"read", FILE_GENERIC_READ},
                                                   {"write", FILE_GENERIC_WRITE},
                                                   {"execute", FILE_GENERIC_EXECUTE},
                                                   {"list", FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE}};
    bool all = true;
    ASSERT_EQ(json.at("checks").size(), 4u);
    for (const auto& check : json.at("checks")) {
        PRIVILEGE_SET privileges{};
        DWORD privilegesSize = sizeof privileges;
        DWORD granted = 0;
        BOOL status = FALSE;
        ASSERT_TRUE(::AccessCheck(descriptor, token, masks.at(check.at("right")), &mapping, &privileges,
                                  &privilegesSize, &granted, &status));
        EXPECT_EQ(check.at("granted").get<bool>(), status != FALSE) << check.dump();
        EXPECT_THAT(check.at("decided_by").at("text").get<std::string>(), HasSubstr(folder)) << check.dump();
        all = all && status != FALSE;
    }
    ::LocalFree(descriptor);
    ::CloseHandle(token);
    EXPECT_EQ(run.exitCode, all ? 0u : 1u);
}

TEST(WindowsCli, AccessForAPidAndForNobodyAnswerAsOneJsonObject) {
    const auto self = jsonOf("access C:\\windows\\win.ini --pid " + std::to_string(::GetCurrentProcessId()) +
                             " --right read --right list --json", 1);
    ASSERT_EQ(self.at("checks").size(), 2u) << self.dump();
    EXPECT_EQ(self.at("checks")[1].at("decided_by").at("rule"), "not a directory");
    const CliRun nobody = runCli("access C:\\windows --user tokenscope-no-such-user --json");
    EXPECT_EQ(nobody.exitCode, 2u);
    EXPECT_EQ(parsed(nobody).at("error").at("name"), "ERROR_NO_SUCH_USER") << nobody.out;
    const CliRun missing = runCli("access C:\\tokenscope-missing --pid " + std::to_string(::GetCurrentProcessId()) + " --json");
    EXPECT_EQ(missing.exitCode, 1u);
    EXPECT_EQ(parsed(missing).at("checks")[0].at("decided_by").at("rule"), "missing") << missing.out;
}

// The account check for the account we run as: its SID is our token's, and what Wine cannot say
// (the logon rights) is said in the notes, not guessed.
TEST(WindowsCli, AccountOfTheCurrentUserMatchesTheTokenAndNamesWhatWasNotJudged) {
    wchar_t name[256];
    DWORD size = 256;
    ASSERT_TRUE(::GetUserNameW(name, &size));
    const auto identity = processIdentity();
    ASSERT_TRUE(identity);
    const CliRun run = runCli("account " + win::toUtf8(name) + " --json");
    const auto json = parsed(run);
    EXPECT_EQ(json.at("exists"), true) << run.out;
    EXPECT_EQ(json.at("sid"), identity->user.sid);
    EXPECT_EQ(json.at("service"), "interactive");
    EXPECT_EQ(run.exitCode, json.at("can_log_on").get<bool>() ? 0u : 1u);
    if (json.at("logon_rights").is_null()) {
        EXPECT_THAT(json.at("notes").dump(), HasSubstr("not judged"));
    } else {
        EXPECT_EQ(json.at("logon_rights").size(), 5u);
    }

    const CliRun nobody = runCli("account tokenscope-no-such-user --json");
    EXPECT_EQ(nobody.exitCode, 1u);
    const auto missing = parsed(nobody);
    EXPECT_EQ(missing.at("exists"), false);
    EXPECT_EQ(missing.at("reasons")[0].at("code"), "no_such_user");
    const CliRun badType = runCli("account " + win::toUtf8(name) + " --service bogus --json");
    EXPECT_EQ(badType.exitCode, 2u);
    EXPECT_EQ(parsed(badType).at("error").at("name"), "ERROR_INVALID_PARAMETER");
}

TEST(WindowsCli, DiffOfATokenWithItselfIsIdenticalAndABadFileIsOneJsonError) {
    const std::string self = "pid:" + std::to_string(::GetCurrentProcessId());
    const auto same = jsonOf("diff " + self + " " + self + " --json");
    EXPECT_EQ(same.value("identical", false), true) << same.dump();
    EXPECT_EQ(same.at("count").at("total"), 0);
    // The impersonating thread of this test against its process: its own token, the same user,
    // so the impersonation section differs and the user does not.
    std::atomic<DWORD> tid{0};
    std::atomic<bool> done{false};
    std::thread impersonator([&] {
        if (::ImpersonateSelf(SecurityImpersonation)) tid = ::GetCurrentThreadId();
        else tid = 1;
        while (!done) ::Sleep(5);
        ::RevertToSelf();
    });
    while (tid == 0) ::Sleep(5);
    const auto threadDiff = jsonOf("diff " + self + " " + self + "/tid:" + std::to_string(tid.load()) + " --json", 1);
    done = true;
    impersonator.join();
    ASSERT_NE(tid.load(), 1u) << "ImpersonateSelf failed";
    std::set<std::string> sections;
    for (const auto& difference : threadDiff.at("differences")) sections.insert(difference.at("section"));
    EXPECT_TRUE(sections.count("impersonation")) << threadDiff.dump();
    EXPECT_FALSE(sections.count("user")) << threadDiff.dump();

    const CliRun missing = runCli("diff Z:\\no\\such\\file.json self --json");
    EXPECT_EQ(missing.exitCode, 2u) << missing.out;
    EXPECT_TRUE(parsed(missing).at("error").is_object()) << missing.out;
}

}  // namespace
}  // namespace tokenscope
