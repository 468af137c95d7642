// Runs a program for a test and collects its exit status and output; never hangs.
#pragma once

#include <string>
#include <vector>

namespace tokenscope::test {

struct ProcessResult {
    int exitCode = -1;      // exit status, or 128 + signal, or -1 when it could not start
    bool timedOut = false;  // killed after the timeout
    std::string out;
    std::string err;
};

// Runs argv[0] (searched in PATH) with `input` on stdin; kills it after `timeoutSeconds`.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& input = {},
                         int timeoutSeconds = 60);

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
