#include "support/terminal_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

namespace tokenscope::test {

TerminalProcess::TerminalProcess(const std::vector<std::string>& argv, const TerminalOptions& options) {
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return;
    int in[2] = {-1, -1};
    if (options.input && ::pipe2(in, O_CLOEXEC) != 0) {
        ::close(master);
        ::close(slave);
        return;
    }
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(options.input ? in[0] : slave, 0);
        ::dup2(slave, 1);
        ::dup2(slave, 2);
        if (slave > 2) ::close(slave);
        ::close(master);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    if (options.input) {
        ::close(in[0]);
        (void)!::write(in[1], options.input->data(), options.input->size());
        ::close(in[1]);
    }
    master_ = master;
    ::fcntl(master_, F_SETFD, FD_CLOEXEC);
    if (options.keepTerminalOpen) {
        slave_ = slave;
        ::fcntl(slave_, F_SETFD, FD_CLOEXEC);
    } else {
        ::close(slave);
    }
}

TerminalProcess::~TerminalProcess() {
    if (pid_ > 0 && !reaped_) {
        ::kill(pid_, SIGKILL);
        (void)::waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) ::close(master_);
    if (slave_ >= 0) ::close(slave_);
}

void TerminalProcess::type(std::string_view text) const { (void)!::write(master_, text.data(), text.size()); }

bool TerminalProcess::readSome() {
    pollfd poller{master_, POLLIN, 0};
    if (::poll(&poller, 1, 20) <= 0) return true;
    char buffer[4096];
    const ssize_t n = ::read(master_, buffer, sizeof buffer);
    if (n > 0) shown_.append(buffer, static_cast<std::size_t>(n));
    return n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN));
}

void TerminalProcess::readFor(std::chrono::milliseconds span) {
    const auto end = std::chrono::steady_clock::now() + span;
    while (std::chrono::steady_clock::now() < end && readSome()) {
    }
}

bool TerminalProcess::waitFor(std::string_view text, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (shown_.find(text) == std::string::npos && std::chrono::steady_clock::now() < end) {
        if (!readSome()) break;
    }
    return shown_.find(text) != std::string::npos;
}

std::optional<int> TerminalProcess::waitStatus(std::chrono::milliseconds timeout) {
    if (pid_ <= 0 || reaped_) return std::nullopt;
    const auto end = std::chrono::steady_clock::now() + timeout;
    bool open = true;
    for (;;) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            reaped_ = true;
            while (open && readSome()) {  // what it wrote last
                pollfd poller{master_, POLLIN, 0};
                if (::poll(&poller, 1, 0) <= 0) break;
            }
            return status;
        }
        if (std::chrono::steady_clock::now() >= end) return std::nullopt;
        if (open) {
            open = readSome();
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
}

int TerminalProcess::wait(std::chrono::milliseconds timeout) {
    const auto status = waitStatus(timeout);
    if (!status) return -1;
    return WIFEXITED(*status) ? WEXITSTATUS(*status) : 128 + WTERMSIG(*status);
}

int TerminalProcess::pendingInput() const {
    int count = 0;
    return slave_ >= 0 && ::ioctl(slave_, FIONREAD, &count) == 0 ? count : -1;
}

}  // namespace tokenscope::test
