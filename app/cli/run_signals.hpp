// While a program runs as the user: the signals that would end the CLI (SIGINT, SIGTERM, SIGHUP)
// are blocked and read from a descriptor instead, so runAs passes them on to the program and the
// CLI still closes the logon session before it exits. Windows: nothing (fd() is -1).
#pragma once

namespace tokenscope::cli {

class RunSignals {
public:
    RunSignals();
    ~RunSignals();
    RunSignals(const RunSignals&) = delete;
    RunSignals& operator=(const RunSignals&) = delete;

    // A signalfd for RunAsOptions::signalFd, or -1.
    [[nodiscard]] int fd() const noexcept { return fd_; }
    // A stop signal (SIGTERM or SIGHUP) that came while nothing read fd(), or 0. Takes it.
    [[nodiscard]] int takePendingStop() noexcept;

private:
    int fd_ = -1;
};

}  // namespace tokenscope::cli
