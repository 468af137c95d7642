// Runs a program for a test and collects its exit status and output; never hangs. Also counts
// this process's descriptors and reads its memory figures, for leak checks.
#pragma once

#include <chrono>
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
    enum class Stdin { Empty, Closed, Text };
    Stdin in = Stdin::Empty;
    std::string input;          // written to stdin when `in` is Text
    bool closedStdout = false;  // start the program with descriptor 1 closed
    std::chrono::milliseconds timeout = std::chrono::seconds(60);
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
