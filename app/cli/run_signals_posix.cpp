#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <initializer_list>

#include "run_signals.hpp"

namespace tokenscope::cli {
namespace {

sigset_t stopSignals() {
    sigset_t set;
    sigemptyset(&set);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, signal);
    return set;
}

}  // namespace

// The mask stays as it is when the CLI ends: a stop signal after the run must not cut the logoff
// short, and the CLI exits right after.
RunSignals::RunSignals() {
    const sigset_t set = stopSignals();
    ::pthread_sigmask(SIG_BLOCK, &set, nullptr);
    fd_ = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

RunSignals::~RunSignals() {
    if (fd_ >= 0) ::close(fd_);
}

int RunSignals::takePendingStop() noexcept {
    int stop = 0;
    signalfd_siginfo info{};
    while (fd_ >= 0 && ::read(fd_, &info, sizeof info) == sizeof info) {
        if (stop == 0 && info.ssi_signo != SIGINT) stop = static_cast<int>(info.ssi_signo);
    }
    return stop;
}

}  // namespace tokenscope::cli
