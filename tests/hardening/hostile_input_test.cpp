// Hostile input, table-driven: every CLI subcommand and every core entry point given empty,
// huge (100 kB), non-UTF-8 and control-character text, unknown or out-of-range logon types and
// providers, numbers that overflow, globs and regex metacharacters, no terminal, no stdin and a
// closed stdout. Each case must end within seconds with exit status 1 or 2 (CLI) or an Error
// with a name (core), give a reason, and print valid JSON when --json was asked; never a crash
// and never a hang. The CLI runs without a controlling terminal (setsid).
//
// CTest runs this under cwrap (pam_wrapper + pam_matrix), so the cases that reach PAM fail at
// once instead of waiting for a real PAM stack's failure delay.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/subprocess.hpp"
#include "tokenscope/access.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/run_as.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;
using Stdin = test::RunOptions::Stdin;

const std::string kCli = TOKENSCOPE_CLI_PATH;
const std::string kService = TOKENSCOPE_CWRAP_SERVICE;
const std::string kHuge(100 * 1024, 'A');
const std::string kNonUtf8 = "\xff\xfe\xc3\x28\x80";
const std::string kControl = std::string("ts\x01\x1b[31m\ralice\x7f", 13);

bool cwrap() {
    const char* wrapper = std::getenv("PAM_WRAPPER");
    return wrapper != nullptr && std::string(wrapper) == "1";
}

struct CliCase {
    const char* name;
    std::vector<std::string> args;  // after the program name
    Stdin in = Stdin::Empty;
    std::string input;  // with Stdin::Text
    bool closedStdout = false;
    std::vector<int> exits;  // the statuses allowed
    std::string reason;      // a piece of stderr (text) or of error.native/hint/name (JSON)
    bool needsPam = false;   // reaches PAM: cwrap only
};

std::vector<std::string> logonArgs(std::vector<std::string> more) {
    std::vector<std::string> args{"logon", "--service", kService};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

std::vector<CliCase> cliCases() {
    using S = Stdin;
    return {
        {"no arguments", {}, S::Closed, "", false, {2}, "subcommand"},
        {"empty subcommand", {""}, S::Closed, "", false, {2}, "subcommand"},
        {"unknown subcommand", {"frobnicate"}, S::Closed, "", false, {2}, "unknown subcommand 'frobnicate'"},
        {"100 kB subcommand", {kHuge}, S::Closed, "", false, {2}, "unknown subcommand"},
        {"non-UTF-8 subcommand", {kNonUtf8}, S::Closed, "", false, {2}, "unknown subcommand"},
        {"control characters in subcommand", {kControl}, S::Closed, "", false, {2}, "unknown subcommand"},
        {"glob as subcommand", {"who*"}, S::Closed, "", false, {2}, "unknown subcommand 'who*'"},
        {"option before subcommand",
         {"--json", "whoami"},
         S::Closed,
         "",
         false,
         {2},
         "unknown option '--json'"},
        {"whoami unknown flag", {"whoami", "--bogus"}, S::Closed, "", false, {2}, "--bogus"},
        {"whoami extra argument", {"whoami", "extra"}, S::Closed, "", false, {2}, "extra"},
        {"whoami --json with a bad value", {"whoami", "--json=maybe"}, S::Closed, "", false, {2}, "maybe"},
        {"whoami 100 kB flag", {"whoami", "--" + kHuge}, S::Closed, "", false, {2}, "AAAA"},
        {"whoami closed stdout", {"whoami"}, S::Closed, "", true, {1}, ""},
        {"whoami --json closed stdout", {"whoami", "--json"}, S::Closed, "", true, {1}, ""},
        {"privileges regex argument", {"privileges", ".*["}, S::Closed, "", false, {2}, ".*["},
        {"privileges glob argument", {"privileges", "CAP_*"}, S::Closed, "", false, {2}, "CAP_*"},
        {"privileges non-UTF-8 flag", {"privileges", "--" + kNonUtf8}, S::Closed, "", false, {2}, "--"},
        {"privileges closed stdout", {"privileges", "--all"}, S::Closed, "", true, {1}, ""},
        {"help with closed stdout", {"--help"}, S::Closed, "", true, {1}, ""},
        {"logon without --user", {"logon", "--password-stdin"}, S::Closed, "", false, {2}, "--user"},
        {"logon --user without value", {"logon", "--user"}, S::Closed, "", false, {2}, "--user"},
        {"logon --password flag",
         {"logon", "--user", "tsalice", "--password", "x"},
         S::Closed,
         "",
         false,
         {2},
         "--password"},
        {"logon without terminal and without --password-stdin",
         logonArgs({"--user", "tsalice"}),
         S::Closed,
         "",
         false,
         {2},
         "--password-stdin"},
        {"logon --json without terminal",
         logonArgs({"--user", "tsalice", "--json"}),
         S::Empty,
         "",
         false,
         {2},
         "--password-stdin"},
        {"logon empty user --json",
         logonArgs({"--user", "", "--password-stdin", "--json"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_INVALID_ACCOUNT_NAME"},
        {"logon 100 kB user --json",
         logonArgs({"--user", kHuge, "--password-stdin", "--json"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_INVALID_ACCOUNT_NAME"},
        {"logon control-character user --json",
         logonArgs({"--user", kControl, "--password-stdin", "--json"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_INVALID_ACCOUNT_NAME"},
        {"logon newline in user",
         logonArgs({"--user", "ts\nalice", "--password-stdin"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_INVALID_ACCOUNT_NAME"},
        {"logon colon in user --json",
         logonArgs({"--user", "tsalice:0:0", "--password-stdin", "--json"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_INVALID_ACCOUNT_NAME"},
        {"logon non-UTF-8 user --json",
         logonArgs({"--user", kNonUtf8, "--password-stdin", "--json"}),
         S::Text,
         "x\n",
         false,
         {1},
         "ERROR_LOGON_FAILURE",
         true},
        {"logon glob user --json",
         logonArgs({"--user", "ts*", "--password-stdin", "--json"}),
         S::Text,
         "Alice-Secret-1\n",
         false,
         {1},
         "ERROR_LOGON_FAILURE",
         true},
        {"logon 100 kB domain --json",
         logonArgs({"--user", "tsalice", "--domain", kHuge, "--password-stdin", "--json"}),
         S::Text,
         "Alice-Secret-1\n",
         false,
         {1},
         "ERROR_",
         true},
        {"logon unknown type number",
         logonArgs({"--user", "tsalice", "--type", "42", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon negative type",
         logonArgs({"--user", "tsalice", "--type", "-1", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon type overflowing 32 bits",
         logonArgs({"--user", "tsalice", "--type", "4294967298", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon type overflowing 64 bits",
         logonArgs({"--user", "tsalice", "--type", "0x10000000000000002", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon bare 0x type",
         logonArgs({"--user", "tsalice", "--type", "0x", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon glob type",
         logonArgs({"--user", "tsalice", "--type", "net*", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon regex type",
         logonArgs({"--user", "tsalice", "--type", "^(inter|net).*$", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon 100 kB type",
         logonArgs({"--user", "tsalice", "--type", kHuge, "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon empty type",
         logonArgs({"--user", "tsalice", "--type", "", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon unsupported type --json",
         logonArgs({"--user", "tsalice", "--type", "new_credentials", "--password-stdin", "--json"}),
         S::Closed,
         "",
         false,
         {1},
         "ERROR_NOT_SUPPORTED"},
        {"logon out-of-range provider",
         logonArgs({"--user", "tsalice", "--provider", "5", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon provider"},
        {"logon float provider",
         logonArgs({"--user", "tsalice", "--provider", "0x1p3", "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon provider"},
        {"logon non-UTF-8 provider",
         logonArgs({"--user", "tsalice", "--provider", kNonUtf8, "--password-stdin"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon provider"},
        {"logon unsupported provider --json",
         logonArgs({"--user", "tsalice", "--provider", "winnt50", "--password-stdin", "--json"}),
         S::Closed,
         "",
         false,
         {1},
         "ERROR_NOT_SUPPORTED"},
        {"logon service with a path --json",
         {"logon", "--user", "tsalice", "--service", "../../etc/passwd", "--password-stdin", "--json"},
         S::Text,
         "x\n",
         false,
         {2},
         "--service: PAM service ../../etc/passwd: not a plain file name"},
        {"logon empty service --json",
         {"logon", "--user", "tsalice", "--service", "", "--password-stdin", "--json"},
         S::Text,
         "x\n",
         false,
         {2},
         "--service: PAM service (empty)"},
        // PAM would run `other` for these, or another file, while the CLI named the one given.
        {"logon service .. --json",
         {"logon", "--user", "tsalice", "--service", "..", "--password-stdin", "--json"},
         S::Text,
         "Alice-Secret-1\n",
         false,
         {2},
         "PAM service ..: not a service"},
        {"logon service . --json",
         {"logon", "--user", "tsalice", "--service", ".", "--password-stdin", "--json"},
         S::Text,
         "Alice-Secret-1\n",
         false,
         {2},
         "PAM service .: not a service"},
        {"logon missing service lists the services",
         {"logon", "--user", "tsalice", "--service", "tokenscope-no-such-service", "--password-stdin"},
         S::Text,
         "Alice-Secret-1\n",
         false,
         {2},
         "no such service",
         true},
        {"logon upper-case service --json",
         {"logon", "--user", "tsalice", "--password-stdin", "--json", "--service", "TOKENSCOPE-TEST"},
         S::Text,
         "Alice-Secret-1\n",
         false,
         {2},
         "PAM lowercases service names",
         true},
        // Usage errors with --json anywhere: one JSON object on stdout too.
        {"whoami unknown flag before --json",
         {"whoami", "--bogus", "--json"},
         S::Closed,
         "",
         false,
         {2},
         "--bogus"},
        {"logon bad --type --json",
         logonArgs({"--user", "tsalice", "--type", "42", "--password-stdin", "--json"}),
         S::Closed,
         "",
         false,
         {2},
         "is not a logon type"},
        {"logon missing --user --json",
         {"logon", "--json", "--password-stdin"},
         S::Closed,
         "",
         false,
         {2},
         "--user"},
        {"const overflowing --value --json",
         {"const", "--value", "99999999999999999999999", "--json"},
         S::Closed,
         "",
         false,
         {2},
         "does not fit 64 bits"},
        {"error bare 0x --json", {"error", "0x", "--json"}, S::Closed, "", false, {2}, "0x"},
        {"const --json=true before an unknown flag",
         {"const", "--json=true", "--frob"},
         S::Closed,
         "",
         false,
         {2},
         "--frob"},
        {"logon closed stdin --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json"}),
         S::Closed,
         "",
         false,
         {2},
         "read stdin"},
        {"logon empty stdin --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json"}),
         S::Empty,
         "",
         false,
         {1},
         "ERROR_",
         true},
        {"logon 1 MB password without newline --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json"}),
         S::Text,
         std::string(1 << 20, 'p'),
         false,
         {1},
         "ERROR_LOGON_FAILURE",
         true},
        {"logon NUL bytes in password --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json"}),
         S::Text,
         std::string("Alice-Secret-1\0junk\n", 20),
         false,
         {1},
         "NUL byte",
         true},
        {"logon Ctrl-C byte in a stdin password --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json", "--type", "network"}),
         S::Text,
         "Alice-Secret-1\x03junk\n",
         false,
         {1},
         "ERROR_LOGON_FAILURE",
         true},
        {"logon --run without a program",
         logonArgs({"--user", "tsalice", "--password-stdin", "--run"}),
         S::Closed,
         "",
         false,
         {2},
         "--run needs a program"},
        {"logon program without --run",
         logonArgs({"--user", "tsalice", "--password-stdin", "--", "id"}),
         S::Closed,
         "",
         false,
         {2},
         "--run"},
        {"logon wrong password with closed stdout --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--json"}),
         S::Text,
         "wrong\n",
         true,
         {1},
         "",
         true},
        {"logon access probe of a 100 kB path after a wrong password --json",
         logonArgs({"--user", "tsalice", "--password-stdin", "--access", kHuge, "--json"}),
         S::Text,
         "wrong\n",
         false,
         {1},
         "ERROR_LOGON_FAILURE",
         true},
    };
}

TEST(HostileInput, EveryCliCaseEndsWithinSecondsWithExitOneOrTwoAndAReason) {
    const auto cases = cliCases();
    ASSERT_GE(cases.size(), 40u);
    int ran = 0;
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        if (c.needsPam && !cwrap()) continue;
        std::vector<std::string> argv{kCli};
        argv.insert(argv.end(), c.args.begin(), c.args.end());
        const auto start = std::chrono::steady_clock::now();
        // "Within seconds": the deadline. A case that does not end by then is killed and fails as hung.
        const auto result = test::runProcess(argv, {c.in, c.input, c.closedStdout, 10s});
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        std::printf("%-62s exit %3d in %5lld ms\n", c.name, result.exitCode,
                    static_cast<long long>(took.count()));
        ++ran;
        ASSERT_FALSE(result.timedOut) << "hung";
        EXPECT_FALSE(result.signaled) << "killed by signal " << result.exitCode - 128 << "\n" << result.err;
        EXPECT_NE(std::find(c.exits.begin(), c.exits.end(), result.exitCode), c.exits.end())
            << "exit " << result.exitCode << "\nstdout: " << result.out.substr(0, 2000)
            << "\nstderr: " << result.err.substr(0, 2000);
        // A sanitizer report or a C++ exception escaping would show here.
        EXPECT_EQ(result.err.find("terminate called"), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("Sanitizer"), std::string::npos) << result.err;
        // The reason is bounded: a 100 kB input is never echoed back whole.
        EXPECT_LT(result.err.size(), 4096u);
        if (c.closedStdout) {
            EXPECT_FALSE(result.err.empty() && result.exitCode == 2);
            continue;
        }
        const bool json = std::any_of(c.args.begin(), c.args.end(), [](const std::string& arg) {
            return arg == "--json" || arg == "--json=true";
        });
        if (json && result.exitCode == 2) {
            // A usage error: the line on stderr, and one JSON object {"error": {code, name, message}}.
            EXPECT_NE(result.err.find(c.reason), std::string::npos) << result.err.substr(0, 2000);
            const auto parsed = nlohmann::json::parse(result.out, nullptr, false);
            ASSERT_FALSE(parsed.is_discarded()) << "not JSON: " << result.out.substr(0, 2000);
            ASSERT_TRUE(parsed.is_object() && parsed.size() == 1 && parsed.contains("error"))
                << parsed.dump();
            const auto& error = parsed["error"];
            EXPECT_EQ(error.size(), 3u) << error.dump();
            EXPECT_EQ(error.value("code", 0), 2);
            EXPECT_EQ(error.value("name", ""), "usage");
            EXPECT_NE(error.value("message", "").find(c.reason), std::string::npos) << error.dump();
        } else if (json && result.exitCode == 1) {
            const auto parsed = nlohmann::json::parse(result.out, nullptr, false);
            ASSERT_FALSE(parsed.is_discarded()) << "not JSON: " << result.out.substr(0, 2000);
            ASSERT_TRUE(parsed.contains("error") && parsed["error"].is_object()) << parsed.dump();
            const auto& error = parsed["error"];
            EXPECT_GT(error["code"].get<int>(), 0);
            const std::string said =
                error["name"].get<std::string>() + " " + error["message"].get<std::string>() + " " +
                error["native"].get<std::string>() + " " + error["hint"].get<std::string>();
            EXPECT_NE(said.find(c.reason), std::string::npos) << said;
            EXPECT_FALSE(error["message"].get<std::string>().empty());
        } else {
            EXPECT_FALSE(result.err.empty()) << "no reason given";
            EXPECT_NE(result.err.find(c.reason), std::string::npos) << result.err.substr(0, 2000);
            if (result.exitCode == 2) {
                EXPECT_TRUE(result.out.empty()) << result.out.substr(0, 2000);
            }
        }
    }
    std::printf("%d CLI cases\n", ran);
}

// ---- core entry points ---------------------------------------------------------------------

void expectNamedError(const Error& error, std::uint32_t code) {
    EXPECT_EQ(error.code, code) << error.summary() << " / " << error.native;
    EXPECT_FALSE(error.name.empty());
    EXPECT_FALSE(error.message.empty());
    EXPECT_FALSE(error.native.empty());
    EXPECT_LT(error.native.size(), 400u) << "the input is echoed back unbounded";
}

TEST(HostileInput, LogonTypeAndProviderParsersRefuseEveryBadValue) {
    const std::vector<std::string> bad{"",
                                       kHuge,
                                       kNonUtf8,
                                       kControl,
                                       "inter\nactive",
                                       "-1",
                                       "4294967298",
                                       "18446744073709551618",
                                       "0x",
                                       "0x0x2",
                                       "1e3",
                                       " 2",
                                       "2 ",
                                       "+2",
                                       "net*",
                                       "^network$",
                                       "network|batch",
                                       "LOGON32_LOGON_",
                                       "logon32_logon_*",
                                       "%s%n"};
    for (const auto& text : bad) {
        SCOPED_TRACE(::testing::PrintToString(text.substr(0, 40)));
        auto type = parseLogonType(text);
        ASSERT_FALSE(type.ok());
        expectNamedError(type.error(), win32::kInvalidParameter);
        auto provider = parseLogonProvider(text);
        ASSERT_FALSE(provider.ok());
        expectNamedError(provider.error(), win32::kInvalidParameter);
    }
    for (const char* text : {"5", "0x5", "virtual_", "LOGON32_PROVIDER_WINNT60"}) {
        ASSERT_FALSE(parseLogonProvider(text).ok()) << text;
    }
}

TEST(HostileInput, FindPrivilegeRefusesEveryBadName) {
    const std::vector<std::string> bad{"",
                                       kHuge,
                                       kNonUtf8,
                                       kControl,
                                       "CAP_",
                                       "CAP_*",
                                       ".*",
                                       "-1",
                                       "41",
                                       "4294967296",
                                       "99999999999999999999",
                                       "0x7",
                                       "CAP_SETUID\n",
                                       " setuid"};
    for (const auto& text : bad) {
        SCOPED_TRACE(::testing::PrintToString(text.substr(0, 40)));
        auto privilege = findPrivilege(text);
        if (text == "41" && privilege.ok()) continue;  // a kernel newer than 6.x may know 41
        ASSERT_FALSE(privilege.ok()) << privilege->name;
        expectNamedError(privilege.error(), win32::kNoSuchPrivilege);
        auto set = setPrivilegeEnabled(text, true);
        ASSERT_FALSE(set.ok());
        expectNamedError(set.error(), win32::kNoSuchPrivilege);
    }
}

LogonRequest cwrapRequest(std::string user) {
    LogonRequest request;
    request.user = std::move(user);
    request.type = LogonType::Network;
    request.service = kService;
    return request;
}

TEST(HostileInput, LogonRefusesBadNamesAndServicesBeforePam) {
    for (const auto& user : {std::string(), kHuge, kControl, std::string("a\nb"), std::string("a:b"),
                             std::string("tab\there"), std::string(257, 'u')}) {
        SCOPED_TRACE(::testing::PrintToString(user.substr(0, 40)));
        auto token = LogonToken::logon(cwrapRequest(user), Password("x", 1));
        ASSERT_FALSE(token.ok());
        expectNamedError(token.error(), win32::kInvalidAccountName);
    }
    // PAM would quietly run another service for each of these: `other`, or the lowercased name.
    for (const auto& service :
         {std::string(), std::string("../../etc/passwd"), std::string("/etc/pam.d/login"), std::string("."),
          std::string(".."), std::string("tokenscope-no-such-service"), std::string("TOKENSCOPE-TEST"),
          std::string("Login"), std::string("login\n"), std::string("log\0in", 6), kHuge}) {
        SCOPED_TRACE(::testing::PrintToString(service.substr(0, 40)));
        LogonRequest request = cwrapRequest("tsalice");
        request.service = service;
        auto token = LogonToken::logon(request, Password("Alice-Secret-1", 14));
        ASSERT_FALSE(token.ok());
        expectNamedError(token.error(), win32::kInvalidParameter);
        EXPECT_NE(token.error().native.find("PAM service"), std::string::npos) << token.error().native;
        // The hint names the services that exist (under cwrap: the test's own).
        if (cwrap()) {
            EXPECT_NE(token.error().hint.find(kService), std::string::npos) << token.error().hint;
        }
    }
    // A NUL byte would cut the password short on its way to PAM: "Alice-Secret-1\0junk" must not pass.
    auto cut = LogonToken::logon(cwrapRequest("tsalice"), Password("Alice-Secret-1\0junk", 19));
    ASSERT_FALSE(cut.ok());
    expectNamedError(cut.error(), win32::kInvalidParameter);
    LogonRequest bogusType = cwrapRequest("tsalice");
    bogusType.type = static_cast<LogonType>(77);  // not an enumerator: treated as unsupported or refused
    auto token = LogonToken::logon(bogusType, Password("x", 1));
    EXPECT_FALSE(token.ok());
}

TEST(HostileInput, LogonOfStrangeButValidNamesFailsAsLogonFailure) {
    if (!cwrap()) GTEST_SKIP() << "needs pam_wrapper (run through ctest)";
    for (const auto& user : {kNonUtf8, std::string("ts*"), std::string(".*"), std::string("tsalice@"),
                             std::string("DOMAIN\\tsalice"), std::string(256, 'u')}) {
        SCOPED_TRACE(::testing::PrintToString(user.substr(0, 40)));
        const auto start = std::chrono::steady_clock::now();
        auto token = LogonToken::logon(cwrapRequest(user), Password("Alice-Secret-1", 14));
        ASSERT_FALSE(token.ok());
        EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
        EXPECT_FALSE(token.error().name.empty());
        EXPECT_LT(token.error().native.size(), 600u);
    }
}

TEST(HostileInput, AccessProbeOfWeirdPathsNeverBlocksAndAlwaysSaysWhy) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("tokenscope-hostile-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto fifo = (dir / "fifo").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::vector<std::string> paths{"",
                                         kHuge,
                                         "/" + kHuge,
                                         "/tmp/" + kNonUtf8,
                                         "/tmp/a\nb",
                                         "*",
                                         "/etc/*",
                                         "/../../../../../etc/shadow",
                                         fifo,
                                         "/proc/self/mem",
                                         "/dev/null/child",
                                         std::string("/etc/passwd\0/extra", 18)};
    for (const auto& path : paths) {
        SCOPED_TRACE(::testing::PrintToString(path.substr(0, 40)));
        const auto start = std::chrono::steady_clock::now();
        const auto checks = probeAccess(path);
        EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
        ASSERT_EQ(checks.size(), 4u);
        for (const auto& check : checks) {
            EXPECT_FALSE(check.method.empty());
            if (!check.granted) {
                ASSERT_TRUE(check.error.has_value());
                EXPECT_FALSE(check.error->name.empty());
                EXPECT_LT(check.error->native.size(),
                          200u + std::min<std::size_t>(path.size(), 256) * 2 + path.size())
                    << "native detail out of proportion";
            }
        }
    }
    std::filesystem::remove_all(dir);
}

TEST(HostileInput, RunAsRefusesEmptyArgvAndMissingPrograms) {
    if (!cwrap()) GTEST_SKIP() << "needs pam_wrapper (run through ctest)";
    auto token = LogonToken::logon(cwrapRequest("tsalice"), Password("Alice-Secret-1", 14));
    ASSERT_TRUE(token.ok()) << token.error().native;
    const std::vector<std::vector<std::string>> bad{{}, {""}, {"", "x"}};
    for (const auto& argv : bad) {
        auto ran = runAs(*token, argv);
        ASSERT_FALSE(ran.ok());
        expectNamedError(ran.error(), win32::kInvalidParameter);
    }
    for (const auto& program : {std::string("no-such-program-" + kNonUtf8), std::string("*"), kHuge}) {
        auto ran = runAs(*token, {program});
        ASSERT_FALSE(ran.ok());
        EXPECT_FALSE(ran.error().name.empty());
    }
    ASSERT_TRUE(token->logoff().ok());
    auto loggedOff = runAs(*token, {"/bin/true"});
    ASSERT_FALSE(loggedOff.ok());
    expectNamedError(loggedOff.error(), win32::kInvalidHandle);
}

}  // namespace
}  // namespace tokenscope
