// Run-as against the real `login` PAM stack with a temporary account (root and
// TOKENSCOPE_TEST_REAL_ACCOUNTS=1, else every case skips): the program gets its own session with no
// controlling terminal, cannot push input into the invoker's terminal, ends with the CLI on
// SIGTERM, SIGINT and SIGHUP (the PAM session closed, as pam_exec records), gets Ctrl-C from the
// terminal, runs the program named relative to the invoker's folder, and gets a login's umask and
// limits (compared with login.defs as the test reads it and with `su -l`, whose pam_limits applies
// limits.conf).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "support/real_account_test.hpp"
#include "support/subprocess.hpp"
#include "support/terminal_process.hpp"

namespace tokenscope {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr const char* kCli = TOKENSCOPE_CLI_PATH;
constexpr const char* kProbe = TOKENSCOPE_TTY_PROBE_PATH;

// The JSON object in a terminal's output (which also shows the text the program printed around it).
nlohmann::json jsonIn(const std::string& text) {
    const auto start = text.find('{');
    const auto end = text.rfind('}');
    if (start == std::string::npos || end == std::string::npos) return nlohmann::json();
    return nlohmann::json::parse(text.substr(start, end - start + 1), nullptr, false);
}

// Fields of a /proc/PID/stat line: [0] pid, [1] state, then ppid, pgrp, session, tty_nr, ...
std::vector<std::string> statFields(const std::string& line) {
    std::vector<std::string> fields;
    const auto open = line.find('(');
    const auto close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos) return fields;
    fields.push_back(line.substr(0, open - 1));
    std::istringstream rest(line.substr(close + 1));
    for (std::string field; rest >> field;) fields.push_back(field);
    return fields;
}

// The children of a process (of its main thread) and a process's command name, from /proc.
std::vector<pid_t> childrenOf(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
    std::vector<pid_t> children;
    for (pid_t child = 0; in >> child;) children.push_back(child);
    return children;
}

std::string commandOf(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    std::getline(in, name);
    return name;
}

bool alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

// A PAM service of the test's own: the login stack's password check, and a session that pam_exec
// records ("open_session USER", "close_session USER") in a log the test reads.
class RecordingService {
public:
    explicit RecordingService(const std::string& tag)
        : name_("tokenscope-test-" + tag + "-" + std::to_string(::getpid())),
          dir_(fs::temp_directory_path() / ("tokenscope-pam-" + tag + "-" + std::to_string(::getpid()))) {
        fs::create_directories(dir_);
        const fs::path script = dir_ / "record.sh";
        std::ofstream(script) << "#!/bin/sh\necho \"$PAM_TYPE $PAM_USER\" >> " << (dir_ / "log").string()
                              << "\n";
        fs::permissions(script, fs::perms::owner_all);
        std::ofstream("/etc/pam.d/" + name_) << "auth required pam_unix.so\n"
                                             << "account required pam_unix.so\n"
                                             << "session required pam_exec.so " << script.string() << "\n";
    }
    ~RecordingService() {
        std::error_code ignored;
        fs::remove("/etc/pam.d/" + name_, ignored);
        fs::remove_all(dir_, ignored);
    }
    RecordingService(const RecordingService&) = delete;
    RecordingService& operator=(const RecordingService&) = delete;
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] std::string log() const {
        std::ifstream in(dir_ / "log");
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

private:
    std::string name_;
    fs::path dir_;
};

struct RunAsAccount {
    static constexpr const char* kPrefix = "tsrun";
    static constexpr bool kHome = true;
    static std::string unavailable() { return {}; }
};

class RunAsReal : public test::RealAccountTest<RunAsAccount> {
protected:
    static std::string passwordLine() { return password() + "\n"; }

    static std::vector<std::string> logonRun(const std::vector<std::string>& program,
                                             const std::vector<std::string>& extra = {}) {
        std::vector<std::string> argv{kCli, "logon", "--user", user(), "--password-stdin"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.emplace_back("--run");
        argv.emplace_back("--");
        argv.insert(argv.end(), program.begin(), program.end());
        return argv;
    }
};

TEST_F(RunAsReal, TheProgramHasItsOwnSessionAndNoControllingTerminal) {
    // Control: started the same way, a program of the test's does have the terminal.
    test::TerminalProcess control({"/bin/cat", "/proc/self/stat"}, {.input = ""});
    ASSERT_EQ(control.wait(10s), 0);
    const auto controlFields = statFields(control.shown());
    ASSERT_GT(controlFields.size(), 6U) << control.shown();
    ASSERT_NE(controlFields[6], "0") << "the test's terminal set-up gave no controlling terminal";

    test::TerminalProcess cli(logonRun({"/bin/cat", "/proc/self/stat"}, {"--json"}),
                              {.input = passwordLine()});
    ASSERT_EQ(cli.wait(30s), 0) << cli.shown();
    const auto json = jsonIn(cli.shown());
    ASSERT_TRUE(json.is_object()) << cli.shown();
    const auto fields = statFields(json["run"]["output"].get<std::string>());
    ASSERT_GT(fields.size(), 6U) << json.dump();
    EXPECT_EQ(fields[0], std::to_string(json["run"]["pid"].get<int>()));
    EXPECT_EQ(fields[4], fields[0]) << "the program leads a session of its own";
    EXPECT_EQ(fields[3], fields[0]) << "and a process group of its own";
    EXPECT_EQ(fields[5], "0") << "tty_nr: the program has no controlling terminal";
    EXPECT_NE(fields[4], std::to_string(cli.pid())) << "not the CLI's session";
}

TEST_F(RunAsReal, TheProgramCannotPushInputIntoTheInvokersTerminal) {
    test::WorldExecutableCopy probe(kProbe);
    // Control: a process of the user that has the terminal as its controlling terminal can push
    // input with TIOCSTI (the hole), so an empty input queue below means something.
    {
        test::TerminalProcess control(
            {"/usr/bin/setpriv", "--reuid=" + user(), "--regid=" + user(), "--init-groups", probe.path()},
            {.input = "", .keepTerminalOpen = true});
        ASSERT_EQ(control.wait(10s), 0) << control.shown();
        if (control.pendingInput() <= 0) {
            GTEST_SKIP() << "TIOCSTI is disabled on this kernel (dev.tty.legacy_tiocsti=0): "
                         << control.shown();
        }
    }
    test::TerminalProcess cli(logonRun({probe.path()}), {.input = passwordLine(), .keepTerminalOpen = true});
    EXPECT_EQ(cli.wait(30s), 0) << cli.shown();
    const std::string& shown = cli.shown();
    EXPECT_NE(shown.find("/dev/tty: ENXIO"), std::string::npos) << shown;
    for (const char* fd : {"fd 0: ENOTTY", "fd 1: ENOTTY", "fd 2: ENOTTY"}) {
        EXPECT_NE(shown.find(fd), std::string::npos) << shown;
    }
    EXPECT_EQ(shown.find("pushed"), std::string::npos) << shown;
    EXPECT_EQ(cli.pendingInput(), 0) << "input reached the invoking terminal";
}

// SIGTERM, SIGINT and SIGHUP to the CLI: the program ends, the PAM session is closed, and the CLI
// exits with 128 + the signal.
TEST_F(RunAsReal, EachStopSignalToTheCliEndsTheProgramAndClosesTheSession) {
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        SCOPED_TRACE(::sigabbrev_np(signal));
        RecordingService service("stop");
        test::RunningProcess cli(logonRun({"/bin/sleep", "300"}, {"--service", service.name(), "--json"}),
                                 passwordLine());
        const pid_t program = cli.waitForChild("/bin/sleep", 20s);
        ASSERT_GT(program, 0) << "the program did not start";
        EXPECT_NE(service.log().find("open_session " + user()), std::string::npos) << service.log();
        const auto start = std::chrono::steady_clock::now();
        ASSERT_EQ(::kill(cli.pid(), signal), 0);
        const int status = cli.finish();
        EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
        EXPECT_EQ(status, 128 + signal) << cli.output();
        EXPECT_FALSE(alive(program)) << "the program outlived the CLI";
        EXPECT_NE(service.log().find("close_session " + user()), std::string::npos)
            << "the PAM session was not closed: " << service.log();
        const auto json = jsonIn(cli.output());
        ASSERT_TRUE(json.is_object()) << cli.output();
        EXPECT_EQ(json["ok"], false);
        EXPECT_EQ(json["run"]["forwarded_signals"][0], std::string("SIG") + ::sigabbrev_np(signal));
    }
}

TEST_F(RunAsReal, SigkillToTheCliStillEndsTheProgram) {
    test::RunningProcess cli(logonRun({"/bin/sleep", "300"}), passwordLine());
    const pid_t program = cli.waitForChild("/bin/sleep", 20s);
    ASSERT_GT(program, 0);
    ASSERT_EQ(::kill(cli.pid(), SIGKILL), 0);
    (void)cli.finish();
    const auto end = std::chrono::steady_clock::now() + 5s;
    while (alive(program) && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(20ms);
    EXPECT_FALSE(alive(program)) << "PR_SET_PDEATHSIG did not end the program";
}

TEST_F(RunAsReal, CtrlCInTheTerminalReachesTheProgram) {
    test::TerminalProcess cli(
        logonRun(
            {"/bin/sh", "-c", "trap 'echo got-sigint; exit 7' INT; echo ready; while :; do sleep 0.1; done"},
            {"--json"}),
        {.input = passwordLine()});
    // The program's output is captured (JSON mode): wait, from /proc, until the CLI's child (the
    // program) has a `sleep` of its own, so its trap is set.
    const auto end = std::chrono::steady_clock::now() + 20s;
    bool running = false;
    while (!running && std::chrono::steady_clock::now() < end) {
        for (const pid_t program : childrenOf(cli.pid())) {
            for (const pid_t child : childrenOf(program)) running = running || commandOf(child) == "sleep";
        }
        if (!running) std::this_thread::sleep_for(50ms);
    }
    ASSERT_TRUE(running) << cli.shown();
    cli.type("\x03");  // the terminal's interrupt character: SIGINT to its foreground group, the CLI
    const int status = cli.wait(15s);
    const auto json = jsonIn(cli.shown());
    ASSERT_TRUE(json.is_object()) << cli.shown();
    EXPECT_EQ(json["run"]["exit_code"], 7) << json.dump();
    EXPECT_NE(json["run"]["output"].get<std::string>().find("got-sigint"), std::string::npos) << json.dump();
    EXPECT_EQ(json["run"]["forwarded_signals"], nlohmann::json::array({"SIGINT"}));
    EXPECT_EQ(status, 1) << "the program failed (exit 7); the CLI was not stopped";
}

TEST_F(RunAsReal, BackgroundChildrenEndWithTheProgram) {
    auto result = test::runProcess(
        logonRun({"/bin/sh", "-c", "sleep 300 & sleep 301 & echo started"}, {"--json"}), passwordLine(), 30s);
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_TRUE(json.is_object()) << result.out;
    EXPECT_EQ(json["run"]["ended_processes"], 2) << result.out;
    // Killed processes may stay zombies until their new parent reaps them: none of the program's
    // session may be alive.
    const std::string session = std::to_string(json["run"]["pid"].get<int>());
    const std::string states = test::runProcess({"/bin/ps", "-e", "-o", "sid=,stat=,user=,args="}).out;
    std::istringstream lines(states);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        std::string sid;
        std::string stat;
        fields >> sid >> stat;
        if (sid == session) {
            EXPECT_EQ(stat.substr(0, 1), "Z") << "a process of the program's session is left: " << line;
        }
    }
}

TEST_F(RunAsReal, TimeoutEndsTheProgramAndCapabilitiesAreDroppedAfterIt) {
    const auto start = std::chrono::steady_clock::now();
    auto result =
        test::runProcess(logonRun({"/bin/sleep", "300"}, {"--json", "--timeout", "1"}), passwordLine(), 30s);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 15s);
    EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_TRUE(json.is_object()) << result.out;
    EXPECT_EQ(json["run"]["timed_out"], true);
    EXPECT_EQ(json["run"]["signal"], SIGKILL);
    for (const auto& kept : json["kept_capabilities"]) {
        EXPECT_NE(kept, "CAP_SETUID");
        EXPECT_NE(kept, "CAP_SETGID");
        EXPECT_NE(kept, "CAP_KILL");
    }
    auto usage = test::runProcess({kCli, "logon", "--user", user(), "--password-stdin", "--timeout", "5"},
                                  passwordLine());
    EXPECT_EQ(usage.exitCode, 2) << "--timeout without --run is a usage error";
}

TEST_F(RunAsReal, ARelativeProgramIsTheInvokersAndReportedAbsolute) {
    const fs::path dir = fs::temp_directory_path() / ("tokenscope-rel-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
    std::ofstream(dir / "x.sh") << "#!/bin/sh\necho ran-from-the-invokers-folder\n";
    fs::permissions(dir / "x.sh", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec);
    std::string command = "cd '" + dir.string() + "' && exec";
    for (const auto& arg : logonRun({"./x.sh"}, {"--json"})) command += " '" + arg + "'";
    auto result = test::runProcess({"/bin/sh", "-c", command}, passwordLine(), 30s);
    fs::remove_all(dir);
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_TRUE(json.is_object()) << result.out;
    EXPECT_EQ(json["run"]["program"], (dir / "x.sh").string());
    EXPECT_EQ(json["run"]["output"], "ran-from-the-invokers-folder\n");
}

// The umask login.defs gives (read here, independently), and the limits `su -l` gives: pam_limits
// applies limits.conf and limits.d for the user on top of the same starting limits.
TEST_F(RunAsReal, TheProgramGetsTheUmaskAndLimitsOfALogin) {
    const std::string drop = "/etc/security/limits.d/tokenscope-test-" + user() + ".conf";
    std::ofstream(drop) << user() << " soft nofile 777\n"
                        << user() << " hard nofile 888\n"
                        << user() << " - core 4321\n"
                        << "@nosuchgroup-tokenscope soft nproc 3\n";
    unsigned loginDefsUmask = 022;
    bool userGroups = false;
    {
        std::ifstream defs("/etc/login.defs");
        for (std::string line; std::getline(defs, line);) {
            std::istringstream words(line);
            std::string key;
            std::string value;
            words >> key >> value;
            if (key == "UMASK") loginDefsUmask = static_cast<unsigned>(std::stoul(value, nullptr, 8));
            if (key == "USERGROUPS_ENAB") userGroups = value == "yes";
        }
    }
    // useradd gave the account a group of its own name: usergroups applies.
    const unsigned expectedUmask =
        userGroups ? (loginDefsUmask & ~070U) | ((loginDefsUmask >> 3) & 070U) : loginDefsUmask;
    char expected[8];
    std::snprintf(expected, sizeof expected, "%04o", expectedUmask);

    const std::string probe = "umask; cat /proc/self/limits";
    // The CLI runs with the invoker's umask 077 and lowers its own core limit: neither may reach the program.
    std::string command = "umask 077; exec";
    for (const auto& arg : logonRun({"/bin/sh", "-c", probe}, {"--json"})) command += " '" + arg + "'";
    auto result = test::runProcess({"/bin/sh", "-c", command}, passwordLine(), 30s);
    auto su = test::runProcess({"/bin/su", "-l", user(), "-s", "/bin/sh", "-c", probe});
    std::remove(drop.c_str());
    ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_TRUE(json.is_object()) << result.out;
    const std::string output = json["run"]["output"];
    EXPECT_EQ(output.substr(0, 5), std::string(expected) + "\n") << output;
    EXPECT_EQ(json["run"]["umask"], expected);
    ASSERT_EQ(su.exitCode, 0) << su.out << su.err;
    // Everything after su's umask line: the limits table, which pam_limits made.
    const std::string suLimits = su.out.substr(su.out.find('\n') + 1);
    EXPECT_EQ(output.substr(output.find('\n') + 1), suLimits);
    EXPECT_NE(suLimits.find("Max open files            777                  888"), std::string::npos)
        << suLimits;
    EXPECT_NE(suLimits.find("Max core file size        4424704              4424704"), std::string::npos)
        << suLimits;
    EXPECT_EQ(json["run"]["limits"]["nofile"]["soft"], "777");
    EXPECT_EQ(json["run"]["limits"]["core"]["hard"], "4424704");
}

}  // namespace
}  // namespace tokenscope
