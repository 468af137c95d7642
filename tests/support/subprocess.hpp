// Runs a program for a test and collects its exit status and output; never hangs. Also counts
// this process's descriptors and reads its memory figures, for leak checks.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace tokenscope::test {

struct ProcessResult {
    int exitCode = -1;      // exit status, or 128 + signal, or -1 when it could not start
    bool signaled = false;  // ended by a signal that was not our timeout's SIGKILL
    bool timedOut = false;  // killed after the timeout
    std::string out;
    std::string err;
};

struct RunOptions {
    enum class Stdin { Empty, Closed, Text, Writer };
    Stdin in = Stdin::Empty;
    std::string input;          // written to stdin when `in` is Text
    bool closedStdout = false;  // start the program with descriptor 1 closed
    std::chrono::milliseconds timeout = std::chrono::seconds(60);
    // Called with the write end of stdin when `in` is Writer (closed after it returns): for input
    // that must never be whole in this process's memory.
    std::function<void(int fd)> writer = {};
};

// Runs argv[0] (searched in PATH when it has no slash) in a new session, so it has no
// controlling terminal and a password prompt can never wait for a person; kills it at the
// timeout. Our own descriptors are close-on-exec and never reach it.
ProcessResult runProcess(const std::vector<std::string>& argv, const RunOptions& options);

inline ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& input = {},
                                std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
    RunOptions options;
    options.in = input.empty() ? RunOptions::Stdin::Empty : RunOptions::Stdin::Text;
    options.input = input;
    options.timeout = timeout;
    return runProcess(argv, options);
}

// Waits until process `pid` runs `program` (a name without folders) by exec: the first word of its
// /proc/PID/cmdline, without folders. The kernel fills in the command line after it has set the
// new name (comm) and installed the new credentials, so from then on the process's capabilities
// are the program's; its name alone comes too early. False at the timeout.
bool waitForProgram(pid_t pid, const std::string& program, std::chrono::milliseconds timeout);

// A program left running for a test to inspect (its /proc entries, a core dump): started in a new
// session with `input` on stdin, stdout and stderr into one pipe, and no descriptor of ours beyond
// 0-2. The destructor kills it if it still runs, and reaps it.
class RunningProcess {
public:
    enum class Input { Close, KeepOpen };
    explicit RunningProcess(const std::vector<std::string>& argv, const std::string& input = {},
                            Input after = Input::Close);
    ~RunningProcess();
    RunningProcess(const RunningProcess&) = delete;
    RunningProcess& operator=(const RunningProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return pid_; }
    // Writes more to stdin; closeInput() ends it.
    bool write(const std::string& text);
    void closeInput();
    // Waits until the program has read at least `bytes` from any descriptor (rchar in
    // /proc/PID/io); false at the timeout.
    bool waitUntilRead(long long bytes, std::chrono::milliseconds timeout);
    // The pid of a child whose argv[0] is `program` (not a helper a PAM module may start,
    // such as pam_motd's run-parts), waiting for it up to `timeout`; -1 if none came.
    pid_t waitForChild(const std::string& program, std::chrono::milliseconds timeout) const;
    // Waits until the program has become `argv` by exec (its /proc/PID/cmdline is argv); false at
    // the timeout. Its name alone is not enough: the kernel sets comm and the new credentials
    // first and fills in the argument pages last, so in between a reader sees the new name, an
    // empty command line and, under setpriv, capabilities that are not yet the new program's.
    bool waitForExec(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) const;
    // Closes stdin, reads the output to its end and reaps the program: its exit status, or
    // 128 + the signal that ended it.
    int finish();
    [[nodiscard]] const std::string& output() const { return output_; }

private:
    pid_t pid_ = -1;
    int in_ = -1;
    int out_ = -1;
    int status_ = -1;
    std::string output_;
};

// Open descriptors of this process (the count's own directory handle excluded).
int openFdCount();

// A field of /proc/self/status in kB (VmRSS, VmHWM, …), or -1.
long statusKb(const char* field);

// A private copy of `path` in a fresh mode-0755 folder, so users other than root can run it
// even when the build tree sits in a folder they cannot enter. Removed by the destructor.
class WorldExecutableCopy {
public:
    explicit WorldExecutableCopy(const std::string& path);
    ~WorldExecutableCopy();
    WorldExecutableCopy(const WorldExecutableCopy&) = delete;
    WorldExecutableCopy& operator=(const WorldExecutableCopy&) = delete;
    [[nodiscard]] const std::string& path() const { return copy_; }

private:
    std::string dir_;
    std::string copy_;
};

}  // namespace tokenscope::test
