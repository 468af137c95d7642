// A program started on a new pseudo-terminal that is its controlling terminal (stdout and stderr
// on it, as in an interactive shell), for tests of what a program does to or through a terminal.
// The test keeps the master side: it reads what reached the terminal and types into it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tokenscope::test {

struct TerminalOptions {
    // Stdin from a pipe holding this text (then closed) instead of the terminal.
    std::optional<std::string> input;
    // Keep a descriptor of the terminal's own side open, so pendingInput() can look at its input
    // queue. The master then sees no end of output when the program ends: read with waits.
    bool keepTerminalOpen = false;
};

class TerminalProcess {
public:
    explicit TerminalProcess(const std::vector<std::string>& argv, const TerminalOptions& options = {});
    ~TerminalProcess();  // kills the program if it was not waited for
    TerminalProcess(const TerminalProcess&) = delete;
    TerminalProcess& operator=(const TerminalProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return pid_; }  // -1 if it could not start
    [[nodiscard]] int master() const { return master_; }
    void type(std::string_view text) const;
    // Reads what the terminal shows for `span`, or until the terminal's end.
    void readFor(std::chrono::milliseconds span);
    // Reads until `text` has been shown or `timeout` passed; whether it was.
    bool waitFor(std::string_view text, std::chrono::milliseconds timeout);
    // Everything the terminal showed so far (read so far).
    [[nodiscard]] const std::string& shown() const { return shown_; }
    // Waits for the program's end, reading meanwhile: its waitpid status, or nothing at the timeout.
    std::optional<int> waitStatus(std::chrono::milliseconds timeout);
    // The same as an exit status, or 128 + the signal; -1 at the timeout.
    int wait(std::chrono::milliseconds timeout);
    // Bytes waiting in the terminal's input queue (pushed by TIOCSTI, typed, …); needs
    // keepTerminalOpen.
    [[nodiscard]] int pendingInput() const;

private:
    bool readSome();  // false at the terminal's end
    pid_t pid_ = -1;
    int master_ = -1;
    int slave_ = -1;
    bool reaped_ = false;
    std::string shown_;
};

}  // namespace tokenscope::test
