#include "subprocess.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

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
