// Secrets in memory: after a logon through the CLI, a core dump of the live process (gcore,
// taken while the CLI waits for a program it started as the user, long after the password was
// checked) holds no copy of the password, in UTF-8 or in UTF-16LE; and no output of the CLI
// carries it. Needs root, gcore (Debian's gdb) and TOKENSCOPE_TEST_REAL_ACCOUNTS=1: a temporary
// account of the real `login` stack (whose shadow file holds a hash only, so any copy found is
// one this process made). cwrap's pam_matrix would not do: it reads the cleartext passdb itself.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "support/core_dump.hpp"
#include "support/real_account_test.hpp"
#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;

const std::string kCli = TOKENSCOPE_CLI_PATH;
using test::utf16le;

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

struct SecretsAccount {
    static constexpr const char* kPrefix = "tssecret";
    static constexpr bool kHome = false;
    static std::string unavailable() { return test::coreDumpUnavailableReason(); }
};

class Secrets : public test::RealAccountTest<SecretsAccount> {
protected:
    // Runs `tokenscope-cli logon … --run -- sleep`, dumps the CLI's memory while the program
    // runs, and returns the core's bytes (empty on failure) and the CLI's output.
    struct Dump {
        std::string core;
        std::string output;
        int exitCode = -1;
    };
    static Dump logonAndDump(const std::string& type, bool impersonate) {
        Dump dump;
        std::vector<std::string> args{kCli,     "logon", "--user",           user(),
                                      "--type", type,    "--password-stdin", "--json"};
        if (impersonate) args.emplace_back("--impersonate");
        for (const char* arg : {"--run", "--", "/bin/sleep", "30"}) args.emplace_back(arg);
        test::RunningProcess cli(args, password() + "\n");
        const pid_t program = cli.waitForChild("/bin/sleep", 10s);
        if (program > 0) {
            const auto core = test::takeCoreDump(cli.pid());
            dump.core = core.bytes;
            if (dump.core.empty()) ADD_FAILURE() << "gcore failed: " << core.log;
            ::kill(program, SIGKILL);
        } else {
            ADD_FAILURE() << "the CLI never started the program";
            ::kill(cli.pid(), SIGKILL);
        }
        dump.exitCode = cli.finish();
        dump.output = cli.output();
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
    test::RunningProcess cli({kCli, "logon", "--user", user(), "--type", "network", "--password-stdin"},
                             password(), test::RunningProcess::Input::KeepOpen);
    // Wait until the CLI has read every byte and waits for more.
    (void)cli.waitUntilRead(static_cast<long long>(password().size()), 5s);
    std::this_thread::sleep_for(100ms);
    const std::string core = test::takeCoreDump(cli.pid()).bytes;
    cli.closeInput();  // end of input: the CLI tries the password and exits
    (void)cli.finish();
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
