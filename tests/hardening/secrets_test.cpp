// Secrets in memory: after a logon through the CLI, a core dump of the live process (gcore,
// taken while the CLI waits for a program it started as the user, long after the password was
// checked) holds no copy of the password, in UTF-8 or in UTF-16LE; and no output of the CLI
// carries it. Needs root, gcore (Debian's gdb) and TOKENSCOPE_TEST_REAL_ACCOUNTS=1: a temporary
// account of the real `login` stack (whose shadow file holds a hash only, so any copy found is
// one this process made). cwrap's pam_matrix would not do: it reads the cleartext passdb itself.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;

const std::string kCli = TOKENSCOPE_CLI_PATH;

bool run(const std::vector<std::string>& argv, const std::string& input = {}) {
    for (int attempt = 0; attempt < 30; ++attempt) {  // /etc/passwd may be locked for a moment
        if (test::runProcess(argv, input, 60s).exitCode == 0) return true;
        std::this_thread::sleep_for(100ms);
    }
    return false;
}

std::string utf16le(const std::string& ascii) {
    std::string out;
    for (const char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

// Where `needle` occurs in `haystack`, with a little context, for the failure message.
std::string occurrences(const std::string& haystack, const std::string& needle) {
    std::string report;
    int found = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        if (++found > 8) break;
        const auto from = at >= 48 ? at - 48 : 0;
        std::string context = haystack.substr(from, needle.size() + 96);
        for (auto& c : context) {
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) c = '.';
        }
        report += "  at offset " + std::to_string(at) + ": " + context + "\n";
    }
    return report;
}

class Secrets : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const char* enabled = std::getenv("TOKENSCOPE_TEST_REAL_ACCOUNTS");
        if (enabled == nullptr || std::string(enabled) != "1") {
            reason() = "set TOKENSCOPE_TEST_REAL_ACCOUNTS=1 (as root) to create a temporary account";
            return;
        }
        if (::geteuid() != 0) {
            reason() = "creating an account and dumping another process's memory need root";
            return;
        }
        if (::access("/usr/bin/gcore", X_OK) != 0) {
            reason() = "gcore is missing (Debian package gdb)";
            return;
        }
        std::random_device random;
        const char* alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::string tail;
        for (int i = 0; i < 24; ++i) tail.push_back(alphabet[random() % 57]);
        password() = "Tk" + tail + "#9";
        user() = "tssecret" + std::to_string(::getpid() % 100000);
        if (!run({"/usr/sbin/useradd", "--shell", "/bin/sh", user()}) ||
            !run({"/usr/sbin/chpasswd"}, user() + ":" + password() + "\n")) {
            reason() = "useradd/chpasswd failed";
            run({"/usr/sbin/userdel", "--force", user()});
            user().clear();
        }
    }
    static void TearDownTestSuite() {
        if (!user().empty()) run({"/usr/sbin/userdel", "--force", user()});
    }
    void SetUp() override {
        if (!reason().empty()) GTEST_SKIP() << reason();
    }

    static std::string& user() {
        static std::string name;
        return name;
    }
    static std::string& password() {
        static std::string text;
        return text;
    }
    static std::string& reason() {
        static std::string text;
        return text;
    }

    // Runs `tokenscope-cli logon … --run -- sleep`, dumps the CLI's memory while the program
    // runs, and returns the core's bytes (empty on failure) and the CLI's output.
    struct Dump {
        std::string core;
        std::string output;
        int exitCode = -1;
    };
    static Dump logonAndDump(const std::string& type, bool impersonate) {
        Dump dump;
        const auto dir =
            std::filesystem::temp_directory_path() / ("tokenscope-core-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        int in[2], out[2];
        if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) return dump;
        std::vector<std::string> args{kCli,     "logon", "--user",           user(),
                                      "--type", type,    "--password-stdin", "--json"};
        if (impersonate) args.emplace_back("--impersonate");
        for (const char* arg : {"--run", "--", "/bin/sleep", "30"}) args.emplace_back(arg);
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setsid();
            ::dup2(in[0], 0);
            ::dup2(out[1], 1);
            ::dup2(out[1], 2);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        const std::string line = password() + "\n";
        (void)!::write(in[1], line.data(), line.size());
        ::close(in[1]);

        // The program, not a helper a PAM module may start (pam_motd runs run-parts, …).
        const std::string children =
            "/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children";
        std::string child;
        for (int i = 0; i < 400 && child.empty(); ++i) {
            std::ifstream list(children);
            for (std::string candidate; list >> candidate;) {
                std::ifstream cmdline("/proc/" + candidate + "/cmdline");
                std::string command;
                std::getline(cmdline, command, '\0');
                if (command == "/bin/sleep") child = candidate;
            }
            if (child.empty()) std::this_thread::sleep_for(25ms);
        }
        if (!child.empty()) {
            const std::string prefix = (dir / "core").string();
            const auto gcore = test::runProcess({"/usr/bin/gcore", "-o", prefix, std::to_string(pid)}, {test::RunOptions::Stdin::Closed, {}, false, 120s});
            std::ifstream file(prefix + "." + std::to_string(pid), std::ios::binary);
            dump.core.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
            if (dump.core.empty()) ADD_FAILURE() << "gcore failed: " << gcore.out << gcore.err;
            ::kill(std::stoi(child), SIGKILL);
        } else {
            ADD_FAILURE() << "the CLI never started the program";
            ::kill(pid, SIGKILL);
        }
        char buffer[4096];
        for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
            dump.output.append(buffer, static_cast<std::size_t>(n));
        ::close(out[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        dump.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
        return dump;
    }

    void expectNoPassword(const Dump& dump) {
        ASSERT_GT(dump.core.size(), 100000u) << dump.output;
        std::printf("core of the live CLI: %zu bytes\n", dump.core.size());
        // The core is real and searchable: the user name is in it, in the token.
        EXPECT_NE(dump.core.find(user()), std::string::npos)
            << "the user name is not in the core: a bad dump?";
        EXPECT_NE(dump.output.find("\"ok\""), std::string::npos) << dump.output;
        EXPECT_EQ(dump.output.find(password()), std::string::npos) << "the password is in the CLI's output";
        EXPECT_EQ(dump.core.find(password()), std::string::npos)
            << "UTF-8 copies of the password in the core:\n"
            << occurrences(dump.core, password());
        EXPECT_EQ(dump.core.find(utf16le(password())), std::string::npos) << "a UTF-16LE copy is in the core";
        // Its longest halves neither: a copy cut short, or one moved a byte at a time, still leaks.
        const auto half = password().size() / 2;
        EXPECT_EQ(dump.core.find(password().substr(0, half + 2)), std::string::npos)
            << occurrences(dump.core, password().substr(0, half + 2));
        EXPECT_EQ(dump.core.find(password().substr(half - 2)), std::string::npos)
            << occurrences(dump.core, password().substr(half - 2));
    }
};

// The control: the method finds a password that is there. The CLI is dumped while it still reads
// the password (no newline yet), so its Password buffer holds it.
TEST_F(Secrets, CoreOfACliStillReadingThePasswordHoldsIt) {
    int in[2];
    ASSERT_EQ(::pipe2(in, O_CLOEXEC), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setsid();
        ::dup2(in[0], 0);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execl(kCli.c_str(), kCli.c_str(), "logon", "--user", user().c_str(), "--type", "network",
                "--password-stdin", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(in[0]);
    ASSERT_EQ(::write(in[1], password().data(), password().size()), static_cast<ssize_t>(password().size()));
    // Wait until the CLI has read every byte and waits for more.
    const std::string io = "/proc/" + std::to_string(pid) + "/io";
    for (int i = 0; i < 200; ++i) {
        std::ifstream stats(io);
        std::string key;
        long long value = 0;
        long long read = 0;
        while (stats >> key >> value) {
            if (key == "rchar:") read = value;
        }
        if (read >= static_cast<long long>(password().size())) break;
        std::this_thread::sleep_for(25ms);
    }
    std::this_thread::sleep_for(100ms);
    const auto dir =
        std::filesystem::temp_directory_path() / ("tokenscope-core-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string prefix = (dir / "control").string();
    (void)test::runProcess({"/usr/bin/gcore", "-o", prefix, std::to_string(pid)}, {test::RunOptions::Stdin::Closed, {}, false, 120s});
    std::ifstream file(prefix + "." + std::to_string(pid), std::ios::binary);
    const std::string core{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    ::close(in[1]);  // end of input: the CLI tries the password and exits
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    ASSERT_GT(core.size(), 100000u);
    EXPECT_NE(core.find(password()), std::string::npos) << "the method misses a password that is in memory";
}

TEST_F(Secrets, CliPasswordCheckLeavesNoCopyInTheLiveProcess) {
    const auto dump = logonAndDump("network", false);
    expectNoPassword(dump);
}

TEST_F(Secrets, CliInteractiveLogonWithImpersonationLeavesNoCopyInTheLiveProcess) {
    const auto dump = logonAndDump("interactive", true);
    expectNoPassword(dump);
}

}  // namespace
}  // namespace tokenscope
