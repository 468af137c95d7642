#include "subprocess.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace tokenscope::test {

ProcessResult runProcess(const std::vector<std::string>& argv, const RunOptions& options) {
    ProcessResult result;
    if (argv.empty()) {
        result.err = "nothing to run";
        return result;
    }
    int inPipe[2], outPipe[2], errPipe[2];
    if (pipe2(inPipe, O_CLOEXEC) != 0 || pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe2 failed");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (options.in == RunOptions::Stdin::Closed) posix_spawn_file_actions_addclose(&actions, 0);
    else posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0);
    if (options.closedStdout) posix_spawn_file_actions_addclose(&actions, 1);
    else posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);  // no controlling terminal

    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(inPipe[0]);
    close(outPipe[1]);
    close(errPipe[1]);
    if (rc != 0) {
        close(inPipe[1]);
        close(outPipe[0]);
        close(errPipe[0]);
        result.err = "spawn failed: " + std::to_string(rc);
        return result;
    }

    // Feed stdin, then close it; a child that does not read gets EPIPE, which is fine.
    signal(SIGPIPE, SIG_IGN);
    if (options.in == RunOptions::Stdin::Text) {
        std::size_t written = 0;
        while (written < options.input.size()) {
            const ssize_t n = write(inPipe[1], options.input.data() + written, options.input.size() - written);
            if (n <= 0) break;
            written += static_cast<std::size_t>(n);
        }
    } else if (options.in == RunOptions::Stdin::Writer && options.writer) {
        options.writer(inPipe[1]);
    }
    close(inPipe[1]);

    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        if (poll(fds, 2, static_cast<int>(left.count())) < 0 && errno != EINTR) break;
        for (auto& fd : fds) {
            if (fd.fd < 0 || fd.revents == 0) continue;
            const ssize_t n = read(fd.fd, buffer, sizeof buffer);
            if (n > 0) {
                (fd.fd == outPipe[0] ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
            } else {
                close(fd.fd);
                fd.fd = -1;
                --open;
            }
        }
    }
    for (auto& fd : fds) {
        if (fd.fd >= 0) close(fd.fd);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signaled = !result.timedOut;
        result.exitCode = 128 + WTERMSIG(status);
    }
    return result;
}

RunningProcess::RunningProcess(const std::vector<std::string>& argv, const std::string& input, Input after) {
    int in[2], out[2];
    if (argv.empty() || pipe2(in, O_CLOEXEC) != 0) throw std::runtime_error("nothing to run, or pipe2 failed");
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        throw std::runtime_error("pipe2 failed");
    }
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {  // only async-signal-safe calls from here on
        setsid();
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        // Only what the program opens itself counts: nothing of the test's reaches it.
        syscall(SYS_close_range, 3U, ~0U, 0U);
        execv(args[0], args.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    in_ = in[1];
    out_ = out[0];
    if (pid_ < 0) throw std::runtime_error("fork failed");
    signal(SIGPIPE, SIG_IGN);
    write(input);
    if (after == Input::Close) closeInput();
}

RunningProcess::~RunningProcess() {
    closeInput();
    if (out_ >= 0) close(out_);  // a grandchild may hold the pipe: do not wait for its end
    if (status_ < 0 && pid_ > 0) {
        kill(pid_, SIGKILL);
        while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
}

bool RunningProcess::write(const std::string& text) {
    std::size_t written = 0;
    while (in_ >= 0 && written < text.size()) {
        const ssize_t n = ::write(in_, text.data() + written, text.size() - written);
        if (n <= 0) return false;
        written += static_cast<std::size_t>(n);
    }
    return written == text.size();
}

void RunningProcess::closeInput() {
    if (in_ >= 0) close(in_);
    in_ = -1;
}

bool RunningProcess::waitUntilRead(long long bytes, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::string io = "/proc/" + std::to_string(pid_) + "/io";
    for (;;) {
        std::ifstream stats(io);
        std::string key;
        long long value = 0;
        while (stats >> key >> value) {
            if (key == "rchar:" && value >= bytes) return true;
        }
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

pid_t RunningProcess::waitForChild(const std::string& program, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::string children = "/proc/" + std::to_string(pid_) + "/task/" + std::to_string(pid_) + "/children";
    for (;;) {
        std::ifstream list(children);
        for (std::string candidate; list >> candidate;) {
            std::ifstream cmdline("/proc/" + candidate + "/cmdline");
            std::string command;
            std::getline(cmdline, command, '\0');
            if (command == program) return static_cast<pid_t>(std::stol(candidate));
        }
        if (std::chrono::steady_clock::now() >= deadline) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

bool waitForProgram(pid_t pid, const std::string& program, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::string path = "/proc/" + std::to_string(pid) + "/cmdline";
    for (;;) {
        std::ifstream cmdline(path, std::ios::binary);
        std::string first;
        if (std::getline(cmdline, first, '\0') && first.substr(first.rfind('/') + 1) == program) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

bool RunningProcess::waitForExec(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) const {
    std::string expected;
    for (const auto& argument : argv) expected.append(argument).push_back('\0');
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::string path = "/proc/" + std::to_string(pid_) + "/cmdline";
    for (;;) {
        std::ifstream cmdline(path, std::ios::binary);
        const std::string command{std::istreambuf_iterator<char>(cmdline), std::istreambuf_iterator<char>()};
        if (command == expected) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

int RunningProcess::finish() {
    closeInput();
    if (out_ >= 0) {
        char buffer[4096];
        for (ssize_t n; (n = read(out_, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR);) {
            if (n > 0) output_.append(buffer, static_cast<std::size_t>(n));
        }
        close(out_);
        out_ = -1;
    }
    if (status_ < 0 && pid_ > 0) {
        int status = 0;
        while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return status_;
}

int openFdCount() {
    int count = 0;
    if (DIR* dir = opendir("/proc/self/fd")) {
        while (const dirent* entry = readdir(dir)) {
            if (entry->d_name[0] != '.') ++count;
        }
        closedir(dir);
        --count;  // the directory's own descriptor
    }
    return count;
}

long statusKb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(status, line)) {
        if (line.rfind(key, 0) == 0) return std::strtol(line.c_str() + key.size(), nullptr, 10);
    }
    return -1;
}

WorldExecutableCopy::WorldExecutableCopy(const std::string& path) {
    char pattern[] = "/tmp/tokenscope-test-XXXXXX";
    if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    chmod(dir_.c_str(), 0755);
    copy_ = dir_ + "/" + std::filesystem::path(path).filename().string();
    std::filesystem::copy_file(path, copy_);
    chmod(copy_.c_str(), 0755);
}

WorldExecutableCopy::~WorldExecutableCopy() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

}  // namespace tokenscope::test
