// Logon in a separate process, the logon broker, whose main thread runs PAM.
//
// Why: session modules need a process's main thread (Linux's pam_loginuid writes
// /proc/self/loginuid, which the kernel accepts only from there), while a GUI must log on from a
// worker thread so that PAM's seconds-long failure delay never blocks it. The broker
// (`tokenscope-logon-broker`, installed beside the programs) is started with posix_spawn, no
// shell, a clean environment and no descriptor of ours but one end of a socketpair. Its main
// thread authenticates, checks the account and, for interactive-style types, sets credentials
// and opens the session, which it holds until logoff, until the socket closes (the client
// died) or until SIGTERM, SIGHUP or SIGINT: then it closes the session and exits. The password crosses the socket, never argv or
// the environment, and both sides wipe it.
//
// The token it returns is an ordinary LogonToken (impersonation, the access probe and run-as work
// as for one from LogonToken::logon); sessionProcess() names the broker's pid, and logoff() asks
// the broker to close the session and reaps it.
//
// Windows has no such thread limit: there logonThroughBroker() logs on in process.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope {

// Cancels a brokered logon from another thread: cancel() ends the broker, so the logon returns
// ERROR_CANCELLED at once instead of after PAM's delay. Thread-safe; one per logging-on thread.
class LogonCancellation {
public:
    // Ends the logon in progress, or the next one before it starts its broker.
    void cancel() noexcept;
    // Forgets an earlier cancel(), for the next logon.
    void reset() noexcept;
    [[nodiscard]] bool cancelled() const noexcept;

private:
    friend struct LogonCancellationAccess;
    mutable std::mutex mutex_;
    int pid_ = 0;  // the broker while a logon waits on it; it is not reaped while set
    bool cancelled_ = false;
};

struct LogonBrokerOptions {
    // The broker executable; empty: defaultLogonBrokerPath().
    std::string program;
    // The broker's whole environment; empty: logonBrokerEnvironment().
    std::vector<std::string> environment;
    LogonCancellation* cancellation = nullptr;
    // How long the broker may take to answer the logon request (authentication, account check,
    // setting credentials and opening the session, network modules included). On expiry it is
    // killed (SIGKILL) and reaped, and the logon fails with ERROR_NO_SUCH_LOGON_SESSION.
    std::chrono::milliseconds logonTimeout{std::chrono::seconds(120)};
    // How long the token's logoff() (its destructor too) waits for the broker to close the
    // session. On expiry the broker is killed and reaped, and logoff() fails with
    // ERROR_NO_SUCH_LOGON_SESSION saying the session may not have been closed cleanly.
    std::chrono::milliseconds logoffTimeout{std::chrono::seconds(30)};
    // Cuts a logoff short from another thread: cancel() ends the broker of a logoff in progress,
    // or of the next logoff at once, as on expiry. Must outlive the token.
    LogonCancellation* logoffCancellation = nullptr;
};

// `tokenscope-logon-broker` in the folder of the running executable.
[[nodiscard]] std::string defaultLogonBrokerPath();

// The environment the broker gets: PATH=/usr/sbin:/usr/bin:/sbin:/bin, plus, when this process
// has them, the locale (LANG, LC_ALL, LC_MESSAGES), the preload and settings of the cwrap test
// wrappers (LD_PRELOAD, PAM_WRAPPER*, NSS_WRAPPER*) and of the sanitizers (ASAN_OPTIONS,
// LSAN_OPTIONS, UBSAN_OPTIONS). Nothing else passes.
[[nodiscard]] std::vector<std::string> logonBrokerEnvironment();

// LogonToken::logon, run by the broker. Errors are the broker's logon errors as they are, or:
// ERROR_FILE_NOT_FOUND when the broker is missing, ERROR_CANCELLED when cancelled,
// ERROR_NO_SUCH_LOGON_SESSION when the broker ended without an answer, ERROR_INVALID_PARAMETER
// for a malformed answer. The password is wiped before it returns.
[[nodiscard]] Result<LogonToken> logonThroughBroker(const LogonRequest& request, Password password,
                                                    const LogonBrokerOptions& options = {});

// The broker's side: serves one logon on `fd` (a connected stream socket) from the calling
// thread, which should be the process's main thread, then holds it until a logoff request or
// the end of the stream. SIGTERM, SIGHUP and SIGINT are read from a signalfd it opens (the
// lowest free descriptor: 4 in the broker, whose 0-3 are taken), so the broker's descriptors are
// 0-2, the socket (3), the signalfd (4) and what PAM's modules open. A stop signal ends an idle
// broker at once; one that comes while PAM runs takes effect when PAM returns; a held session is
// closed first. Returns the process exit status: 0 after a logoff or a refused logon, 1 when the
// session could not be closed cleanly or a stop signal ended the broker, 2 on a protocol error.
int serveLogonBroker(int fd);

}  // namespace tokenscope
