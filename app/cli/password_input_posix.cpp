#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <iostream>
#include <optional>

#include "password_input.hpp"
#include "terminal_text.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::cli {
namespace {

// Reads bytes from `fd` until a newline (true) or end of input / a read error (false; `err`
// is the errno of a failed read, 0 at end of input). Every other byte is part of the password,
// control bytes included: only at the terminal (`terminal`), whose signals are off while it
// prompts, is Ctrl-C (0x03) the person cancelling. From a pipe or a file 0x03 is just a byte.
bool readLineFromFd(int fd, bool terminal, Password& password, bool& cancelled, int& err) {
    err = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) err = errno;
        if (got <= 0) return false;
        if (c == '\n') break;
        if (terminal && c == '\x03') {
            cancelled = true;
            break;
        }
        password.push_back(c);
        c = 0;
    }
    return true;
}

// While the prompt has echo off, a termination signal (kill, a closed terminal window, a
// supervisor stopping us) must not leave the terminal without echo: the handler puts the saved
// settings back and then lets the signal do what it would have done, so the process still dies
// of it (exit status 128 + the signal in a shell).
constexpr std::array<int, 4> kStopSignals{SIGTERM, SIGINT, SIGHUP, SIGQUIT};
volatile std::sig_atomic_t promptTerminal = -1;  // the terminal to restore, -1 when none
termios promptSaved{};                           // written before the handlers are installed
std::array<struct sigaction, kStopSignals.size()> previousActions{};
std::array<bool, kStopSignals.size()> handled{};

extern "C" void restoreTerminalAndDie(int signal) {
    const int fd = promptTerminal;
    if (fd >= 0) {
        (void)::tcsetattr(fd, TCSANOW, &promptSaved);
        (void)!::write(fd, "\n", 1);
    }
    for (std::size_t i = 0; i < kStopSignals.size(); ++i) {
        if (kStopSignals[i] == signal) (void)::sigaction(signal, &previousActions[i], nullptr);
    }
    (void)::raise(signal);  // blocked until this handler returns, then delivered as before
}

class TerminalRestoredOnSignals {
public:
    TerminalRestoredOnSignals(int fd, const termios& saved) {
        promptSaved = saved;
        promptTerminal = fd;
        for (std::size_t i = 0; i < kStopSignals.size(); ++i) {
            struct sigaction action {};
            action.sa_handler = restoreTerminalAndDie;
            sigemptyset(&action.sa_mask);
            for (const int other : kStopSignals) sigaddset(&action.sa_mask, other);
            // A signal the caller ignores (nohup) stays ignored.
            handled[i] = ::sigaction(kStopSignals[i], nullptr, &previousActions[i]) == 0 &&
                         previousActions[i].sa_handler != SIG_IGN &&
                         ::sigaction(kStopSignals[i], &action, nullptr) == 0;
        }
    }
    ~TerminalRestoredOnSignals() {
        for (std::size_t i = 0; i < kStopSignals.size(); ++i) {
            if (handled[i]) (void)::sigaction(kStopSignals[i], &previousActions[i], nullptr);
        }
        promptTerminal = -1;
    }
    TerminalRestoredOnSignals(const TerminalRestoredOnSignals&) = delete;
    TerminalRestoredOnSignals& operator=(const TerminalRestoredOnSignals&) = delete;
};

void dropCarriageReturn(Password& password) {
    if (!password.empty() && password.view().back() == '\r') password.pop_back();
}

}  // namespace

void keepSecretsOutOfCrashDumps() { (void)tokenscope::keepSecretsOutOfCrashDumps(); }

Result<Password> readPasswordLine(std::istream& in) {
    Password password;
    if (&in == &std::cin) {
        bool cancelled = false;
        int err = 0;
        if (!readLineFromFd(STDIN_FILENO, false, password, cancelled, err) && err != 0) {
            password.wipe();
            return makeError(
                win32::kInvalidHandle, "read stdin: " + describeErrno(err),
                "Give the password on stdin (e.g. a pipe or a file), or leave out --password-stdin "
                "to type it at the terminal.");
        }
    } else {
        char c = 0;
        while (in.get(c) && c != '\n') password.push_back(c);
        c = 0;
    }
    dropCarriageReturn(password);
    return password;
}

Result<Password> readPasswordFromTerminal(const std::string& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(win32::kNotSupported, "open /dev/tty: " + describeErrno(errno),
                         "There is no terminal to read the password from: pass it on stdin with "
                         "--password-stdin.");
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};

    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    std::optional<TerminalRestoredOnSignals> restoreOnSignals;
    if (isTerminal) {
        restoreOnSignals.emplace(fd, saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ISIG);
        quiet.c_lflag |= ECHONL;
        (void)::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    // The user name in the prompt is an argument: shown escaped, like every other text.
    const std::string shown = escapeForTerminal(prompt);
    (void)!::write(fd, shown.data(), shown.size());
    Password password;
    bool cancelled = false;
    int err = 0;
    const bool complete = readLineFromFd(fd, true, password, cancelled, err);
    if (isTerminal) (void)::tcsetattr(fd, TCSAFLUSH, &saved);
    restoreOnSignals.reset();
    if (cancelled || (!complete && password.empty())) {
        if (cancelled) (void)!::write(fd, "\n", 1);
        password.wipe();
        return makeError(win32::kCancelled, "the password prompt was cancelled", "");
    }
    dropCarriageReturn(password);
    return password;
}

}  // namespace tokenscope::cli
