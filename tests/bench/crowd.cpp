// tokenscope_crowd: a crowd of processes and threads to list, for `ps` at scale.
//
//   tokenscope_crowd PROCESSES THREADS SECONDS
//
// Starts PROCESSES processes (itself and PROCESSES-1 children), each with THREADS threads (the
// main thread and THREADS-1 more, all asleep), prints "ready PID PROCESSES THREADS" on one line
// when every one of them is running, and ends after SECONDS seconds or on SIGTERM or SIGINT; the
// children end with it (killed, and PR_SET_PDEATHSIG if it is killed itself). Nothing it does
// waits without a deadline, so a script that starts it cannot hang on it.
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

void die(const char* what) {
    std::fprintf(stderr, "tokenscope_crowd: %s: %s\n", what, std::strerror(errno));
    std::_Exit(1);
}

void* sleeper(void*) {
    for (;;) pause();
}

// Starts count-1 threads with small stacks beside the calling one.
void startThreads(long count) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    for (long i = 1; i < count; ++i) {
        pthread_t thread;
        if (int rc = pthread_create(&thread, &attr, sleeper, nullptr); rc != 0) {
            errno = rc;
            die("pthread_create");
        }
    }
    pthread_attr_destroy(&attr);
}

long number(const char* text, long low, long high, const char* what) {
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < low || value > high) {
        std::fprintf(stderr, "tokenscope_crowd: %s must be a number from %ld to %ld\n", what, low, high);
        std::exit(2);
    }
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: tokenscope_crowd PROCESSES THREADS SECONDS\n");
        return 2;
    }
    const long processes = number(argv[1], 1, 5000, "PROCESSES");
    const long threads = number(argv[2], 1, 100, "THREADS");
    const long seconds = number(argv[3], 1, 3600, "SECONDS");

    // SIGTERM, SIGINT and the deadline's SIGALRM are taken by sigwait in the main thread only.
    sigset_t endings;
    sigemptyset(&endings);
    sigaddset(&endings, SIGTERM);
    sigaddset(&endings, SIGINT);
    sigaddset(&endings, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &endings, nullptr);
    alarm(static_cast<unsigned>(seconds));

    int ready[2];
    if (pipe(ready) != 0) die("pipe");
    std::vector<pid_t> children;
    const pid_t parent = getpid();
    // The children are made before any thread: fork copies only the calling thread.
    for (long i = 1; i < processes; ++i) {
        const pid_t child = fork();
        if (child < 0) die("fork");
        if (child == 0) {
            close(ready[0]);
            pthread_sigmask(SIG_UNBLOCK, &endings, nullptr);
            if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) die("prctl");
            if (getppid() != parent) std::_Exit(0);  // the parent ended before the line above
            startThreads(threads);
            const char byte = 1;
            if (write(ready[1], &byte, 1) != 1) std::_Exit(1);
            close(ready[1]);
            for (;;) pause();
        }
        children.push_back(child);
    }
    close(ready[1]);
    const auto endChildren = [&children] {
        for (const pid_t child : children) kill(child, SIGKILL);
        for (const pid_t child : children) waitpid(child, nullptr, 0);
    };

    // Every child says it is ready once; EOF before that means one died. The deadline's SIGALRM
    // is blocked, so each read waits at most a second and the deadline is checked in between.
    long readyCount = 0;
    char buffer[256];
    const timespec noWait{0, 0};
    while (readyCount < processes - 1) {
        pollfd in{ready[0], POLLIN, 0};
        const int rc = poll(&in, 1, 1000);
        if (rc < 0 && errno != EINTR) die("poll");
        if (sigtimedwait(&endings, nullptr, &noWait) > 0) break;
        if (rc <= 0) continue;
        const ssize_t n = read(ready[0], buffer, sizeof buffer);
        if (n > 0) readyCount += n;
        else if (n == 0) break;
        else if (errno != EINTR) die("read");
    }
    if (readyCount < processes - 1) {
        endChildren();
        std::fprintf(stderr, "tokenscope_crowd: only %ld of %ld children started\n", readyCount, processes - 1);
        return 1;
    }
    startThreads(threads);
    std::printf("ready %d %ld %ld\n", static_cast<int>(parent), processes, threads);
    std::fflush(stdout);

    int signal = 0;
    while (sigwait(&endings, &signal) != 0) {
    }
    endChildren();
    return 0;
}
