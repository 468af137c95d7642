// Test support for the hardening suites: run a program with stdin closed or fed, stdout closed or
// captured, without a controlling terminal and with a deadline; count this process's descriptors
// and resident memory.
#pragma once

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace tokenscope::test {

struct Spawned {
    int exitCode = -1;  // exit status, or 128 + signal
    bool signaled = false;
    bool timedOut = false;
    std::string out;
    std::string err;
};

struct Spawn {
    enum class Stdin { Empty, Closed, Text };

    // Runs argv (no PATH search) in a new session; kills it after `timeout`.
    static Spawned run(const std::vector<std::string>& argv, Stdin in, const std::string& input,
                       bool closedStdout, std::chrono::milliseconds timeout) {
        Spawned result;
        int inPipe[2], outPipe[2], errPipe[2];
        if (::pipe2(inPipe, O_CLOEXEC) != 0 || ::pipe2(outPipe, O_CLOEXEC) != 0 ||
            ::pipe2(errPipe, O_CLOEXEC) != 0)
            return result;
        std::vector<std::string> copy(argv);
        std::vector<char*> args;
        for (auto& arg : copy) args.push_back(arg.data());
        args.push_back(nullptr);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setsid();
            if (in == Stdin::Closed) {
                ::close(0);
            } else {
                ::dup2(inPipe[0], 0);
            }
            if (closedStdout) {
                ::close(1);
            } else {
                ::dup2(outPipe[1], 1);
            }
            ::dup2(errPipe[1], 2);
            ::execv(args[0], args.data());
            ::_exit(127);
        }
        ::close(inPipe[0]);
        ::close(outPipe[1]);
        ::close(errPipe[1]);
        ::signal(SIGPIPE, SIG_IGN);
        if (in == Stdin::Text) {
            std::size_t written = 0;
            while (written < input.size()) {
                const ssize_t n = ::write(inPipe[1], input.data() + written, input.size() - written);
                if (n <= 0) break;
                written += static_cast<std::size_t>(n);
            }
        }
        ::close(inPipe[1]);
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
        int open = 2;
        while (open > 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                result.timedOut = true;
                ::kill(pid, SIGKILL);
                break;
            }
            if (::poll(fds, 2, static_cast<int>(left.count())) <= 0) continue;
            for (int i = 0; i < 2; ++i) {
                if (fds[i].fd < 0 || fds[i].revents == 0) continue;
                char buffer[65536];
                const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
                if (n > 0) {
                    (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
                } else {
                    ::close(fds[i].fd);
                    fds[i].fd = -1;
                    --open;
                }
            }
        }
        for (auto& fd : fds) {
            if (fd.fd >= 0) ::close(fd.fd);
        }
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFEXITED(status)) {
            result.exitCode = WEXITSTATUS(status);
        } else if (WIFSIGNALED(status)) {
            result.signaled = !result.timedOut;
            result.exitCode = 128 + WTERMSIG(status);
        }
        return result;
    }
};

inline int openFdCount() {
    int count = 0;
    if (DIR* dir = ::opendir("/proc/self/fd")) {
        while (const dirent* entry = ::readdir(dir)) {
            if (entry->d_name[0] != '.') ++count;
        }
        ::closedir(dir);
        --count;  // the directory's own descriptor
    }
    return count;
}

// A field of /proc/self/status in kB (VmRSS, VmHWM, …).
inline long statusKb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(status, line)) {
        if (line.rfind(key, 0) == 0) return std::strtol(line.c_str() + key.size(), nullptr, 10);
    }
    return -1;
}

}  // namespace tokenscope::test
