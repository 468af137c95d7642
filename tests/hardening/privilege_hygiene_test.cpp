// Privilege hygiene: the CLI drops every capability the action at hand does not need and says so
// ("dropped_capabilities", "kept_capabilities" in --json); a program started "as the user" gets
// no capability and no file descriptor of ours; every descriptor the CLI holds beyond 0-2 is
// close-on-exec. The logon cases use cwrap (pam_matrix); the capability cases need root.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;

const std::string kCli = TOKENSCOPE_CLI_PATH;
const std::string kService = TOKENSCOPE_CWRAP_SERVICE;

bool cwrap() {
    const char* wrapper = std::getenv("PAM_WRAPPER");
    return wrapper != nullptr && std::string(wrapper) == "1";
}

nlohmann::json runJson(const std::vector<std::string>& argv, const std::string& input = {},
                       int* exit = nullptr) {
    const auto result = test::runProcess(argv, input, 30s);
    if (exit != nullptr) *exit = result.exitCode;
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << result.out << result.err;
    return json;
}

std::set<std::string> names(const nlohmann::json& list) {
    std::set<std::string> out;
    for (const auto& item : list) out.insert(item.get<std::string>());
    return out;
}

#if defined(__SANITIZE_ADDRESS__)
// The CLI's sanitizer build keeps CAP_SYS_PTRACE for LeakSanitizer's check at exit.
const std::set<std::string> kSanitizerKeeps{"CAP_SYS_PTRACE"};
#else
const std::set<std::string> kSanitizerKeeps;
#endif

const std::set<std::string> kPamSet{"CAP_AUDIT_CONTROL", "CAP_AUDIT_WRITE",     "CAP_CHOWN",
                                    "CAP_DAC_OVERRIDE",  "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
                                    "CAP_SETGID",        "CAP_SETUID",          "CAP_SYS_RESOURCE"};

bool allowedToKeep(const std::string& name) {
    return kPamSet.count(name) != 0 || kSanitizerKeeps.count(name) != 0;
}

// The kept list without what a sanitizer build adds.
std::set<std::string> keptByDesign(const nlohmann::json& list) {
    std::set<std::string> out;
    for (const auto& item : list) {
        if (kSanitizerKeeps.count(item.get<std::string>()) == 0) out.insert(item.get<std::string>());
    }
    return out;
}

class Hygiene : public ::testing::Test {
protected:
    void SetUp() override {
        if (::geteuid() != 0) GTEST_SKIP() << "dropping capabilities is visible only as root";
    }
};

class HygieneLogon : public Hygiene {
protected:
    void SetUp() override {
        Hygiene::SetUp();
        if (IsSkipped()) return;
        if (!cwrap()) GTEST_SKIP() << "needs pam_wrapper (run through ctest)";
    }
};

TEST_F(Hygiene, WhoamiAndPrivilegesDropEveryCapabilityOnceTheyHaveReadAndSaySo) {
    for (const char* command : {"whoami", "privileges"}) {
        SCOPED_TRACE(command);
        int exit = -1;
        const auto json = runJson({kCli, command, "--json"}, {}, &exit);
        ASSERT_EQ(exit, 0);
        ASSERT_TRUE(json.contains("dropped_capabilities"));
        const auto dropped = names(json["dropped_capabilities"]);
        EXPECT_TRUE(dropped.count("CAP_SYS_ADMIN") && dropped.count("CAP_SETUID") &&
                    dropped.count("CAP_NET_ADMIN"))
            << json["dropped_capabilities"].dump();
        EXPECT_TRUE(keptByDesign(json["kept_capabilities"]).empty()) << json["kept_capabilities"].dump();
    }
    // The report itself still shows what the process held when it was asked.
    const auto privileges = runJson({kCli, "privileges", "--json"});
    EXPECT_TRUE(privileges["can_impersonate"].get<bool>());
    const auto text = test::runProcess({kCli, "whoami"}, {test::RunOptions::Stdin::Closed, {}, false, 30s});
    EXPECT_NE(text.out.find("Capabilities: dropped "), std::string::npos) << text.out;
}

TEST_F(HygieneLogon, PasswordCheckKeepsOnlyWhatPamNeedsAndNoIdentitySwitch) {
    int exit = -1;
    const auto json = runJson({kCli, "logon", "--user", "tsalice", "--service", kService, "--type", "network",
                               "--password-stdin", "--json"},
                              "Alice-Secret-1\n", &exit);
    ASSERT_EQ(exit, 0) << json.dump();
    const auto dropped = names(json["dropped_capabilities"]);
    const auto kept = names(json["kept_capabilities"]);
    for (const char* gone : {"CAP_SYS_ADMIN", "CAP_SYS_PTRACE", "CAP_NET_ADMIN", "CAP_SYS_MODULE",
                             "CAP_SETUID", "CAP_SETGID", "CAP_KILL"}) {
        if (kSanitizerKeeps.count(gone) != 0) continue;
        EXPECT_TRUE(dropped.count(gone)) << gone << " kept: " << json["kept_capabilities"].dump();
    }
    for (const auto& name : kept)
        EXPECT_TRUE(allowedToKeep(name)) << name << " is kept but PAM does not need it";
    EXPECT_FALSE(kept.count("CAP_SETUID"));
}

TEST_F(HygieneLogon, ImpersonationKeepsTheIdentitySwitchOnlyWhileItNeedsIt) {
    int exit = -1;
    const auto json = runJson({kCli, "logon", "--user", "tsalice", "--service", kService, "--type", "network",
                               "--password-stdin", "--impersonate", "--json"},
                              "Alice-Secret-1\n", &exit);
    ASSERT_EQ(exit, 0) << json.dump();
    EXPECT_EQ(json["impersonation"]["uid"], 4242);
    EXPECT_EQ(json["impersonation"]["reverted"], true);
    const auto kept = names(json["kept_capabilities"]);
    EXPECT_FALSE(kept.count("CAP_SETUID")) << "dropped once the impersonation is over";
    EXPECT_FALSE(kept.count("CAP_SYS_ADMIN"));
    for (const auto& name : kept) EXPECT_TRUE(allowedToKeep(name)) << name;
}

TEST_F(HygieneLogon, ProgramRunAsTheUserGetsNoCapabilityAndNoDescriptorOfOurs) {
    // fd 7 is open without close-on-exec when the CLI starts: the program must not get it either.
    const std::string script =
        "exec 7</etc/hostname; exec \"$0\" logon --user tsalice --service " + kService +
        " --type network --password-stdin --json --run -- /bin/sh -c "
        "'ls /proc/$$/fd; grep -E \"^(Cap|Uid|Gid|Groups|NoNewPrivs)\" /proc/$$/status'";
    const auto result =
        test::runProcess({"/bin/sh", "-c", script, kCli}, "Alice-Secret-1\n", 30s);
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << result.out;
    const std::string output = json["run"]["output"].get<std::string>();
    std::printf("the program saw:\n%s", output.c_str());
    std::istringstream lines(output);
    std::string fds;
    std::string line;
    int capLines = 0;
    while (std::getline(lines, line)) {
        if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0]))) {
            fds += line + " ";
            continue;
        }
        if (line.rfind("Uid:", 0) == 0) {
            EXPECT_EQ(line, "Uid:\t4242\t4242\t4242\t4242");
        }
        if (line.rfind("Gid:", 0) == 0) {
            EXPECT_EQ(line, "Gid:\t4242\t4242\t4242\t4242");
        }
        for (const char* set : {"CapInh:", "CapPrm:", "CapEff:", "CapAmb:"}) {
            if (line.rfind(set, 0) == 0) {
                ++capLines;
                EXPECT_EQ(line.substr(line.find('\t') + 1), "0000000000000000") << line;
            }
        }
    }
    EXPECT_EQ(fds, "0 1 2 ") << "descriptors beyond stdin, stdout and stderr reached the program";
    EXPECT_EQ(capLines, 4);
}

TEST_F(HygieneLogon, EveryDescriptorOfTheCliIsCloseOnExecWhileItRunsAProgram) {
    test::RunningProcess cli({kCli, "logon", "--user", "tsalice", "--service", kService, "--type", "network",
                              "--password-stdin", "--run", "--", "/bin/sleep", "20"},
                             "Alice-Secret-1\n");
    const pid_t pid = cli.pid();
    // Wait for the program: the CLI then sits in waitpid with everything it holds open.
    const pid_t child = cli.waitForChild("/bin/sleep", 10s);
    ASSERT_GT(child, 0) << "the CLI never started the program";
    std::vector<std::string> leaky;
    int count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fdinfo")) {
        const int fd = std::stoi(entry.path().filename().string());
        if (fd <= 2) continue;
        std::ifstream info(entry.path());
        std::string key, flags;
        while (info >> key) {
            if (key == "flags:") {
                info >> flags;
                break;
            }
        }
        if (flags.empty()) continue;  // closed while we looked (the exec report pipe, just after exec)
        ++count;
        const auto value = std::stoul(flags, nullptr, 8);
        if ((value & 02000000) == 0) {
            std::error_code ignored;
            leaky.push_back(std::to_string(fd) + " -> " +
                            std::filesystem::read_symlink(
                                "/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd), ignored)
                                .string());
        }
    }
    ::kill(child, SIGKILL);
    (void)cli.finish();
    std::printf("the CLI held %d descriptors beyond 0-2 while running the program\n", count);
    EXPECT_TRUE(leaky.empty()) << "not close-on-exec: " << ::testing::PrintToString(leaky);
}

}  // namespace
}  // namespace tokenscope
