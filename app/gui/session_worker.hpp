// The thread that logs on and impersonates, so the GUI thread never does.
//
// SessionController lives on the GUI thread and owns a SessionThread with one SessionWorker on it. The
// worker owns the logon token and the impersonation guard; every action ("as the user" ones
// included) runs on the worker's thread, and results come back as signals. PAM delays a failed
// logon by seconds: the GUI stays responsive, shows that it is busy, and may cancel (the result of
// a cancelled logon ends its logon broker at once).
//
// The worker's thread is the one thread of the GUI with capabilities (CAP_SETUID, CAP_SETGID,
// CAP_KILL). Capabilities are per thread and a new thread copies its creator's, so tokenscope's
// start-up creates it (a SessionThread) before QApplication, while the process still holds those
// three, and then drops them on the main thread before Qt starts any thread of its own (see
// privilege_hygiene.hpp). The worker starts no thread itself: one would inherit the three.
//
// No wait on the logon broker is unbounded: a logon waits LogonBrokerOptions::logonTimeout, a
// logoff logoffTimeout (then the broker is killed and the session reported abandoned), and
// SessionController::shutdown() (quitting) waits kQuitWait for the worker before it ends the
// broker itself.
//
// PAM runs in the logon broker (tokenscope-logon-broker, see tokenscope/logon_broker.hpp), whose
// main thread can do what session modules need there; the worker thread waits on it and then
// impersonates with the ids and groups it reported, in this process. While the broker holds the
// session, the worker watches its socket: a broker that ends on its own (killed, crashed) is
// reaped at once, its logon closed, and the activity log and the state say so.
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "tokenscope/access.hpp"
#include "tokenscope/access_explain.hpp"
#include "tokenscope/account.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/impersonation.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/logon_broker.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {

// One finished action, for the activity log.
struct Outcome {
    QString action;  // "Log on", "Impersonate", …
    QString user;    // the user a logon (or an account check) was for; empty for other actions
    bool logon = false;  // the outcome of a logon
    bool ok = false;
    bool cancelled = false;
    QString detail;                   // what happened, in one line
    std::optional<Error> error;       // why it failed
    std::vector<AccessCheck> access;  // the access probe's checks
    QString path;                     // the probe's path
    QString subject;                  // whose access the probe tried ("tsuser")
    bool impersonated = false;        // the probe ran while the worker impersonated
    // The probe's explanation: which rule decided each right for the worker thread's credentials.
    std::optional<AccessExplanation> explanation;
    // The account check's answer (asked, or run by the worker after a failed logon).
    std::optional<AccountStatus> account;
};

// What the worker holds and who its thread is, after every action.
struct WorkerState {
    bool loggedOn = false;
    bool impersonating = false;  // a guard of ours is active on the worker thread
    QString user;                // the logged-on user
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    QString userSid;                            // the token's user (Windows)
    QString type;                               // LOGON32_LOGON_…
    QString provider;                           // LOGON32_PROVIDER_…
    QString steps;                              // PAM steps that ran
    int sessionProcess = 0;                     // the logon broker that holds the PAM session (0: none)
    std::optional<Identity> thread;             // the worker thread's identity now
    std::optional<PrivilegeReport> privileges;  // the worker thread's privileges now
    bool unprompted = false;                    // the worker's own notice, not an action's answer
};

// The session worker's thread. It may be started before QApplication exists: run() waits until
// release() (SessionController's constructor calls it) before it enters its event loop; posted
// events wait meanwhile. Destroying one that was never released ends it without an event loop.
class SessionThread : public QThread {
    Q_OBJECT

public:
    SessionThread();
    ~SessionThread() override;
    void release();

protected:
    void run() override;

private:
    std::mutex mutex_;
    std::condition_variable released_;
    bool go_ = false;
    bool end_ = false;
};

class SessionWorker : public QObject {
    Q_OBJECT

public:
    SessionWorker() = default;
    ~SessionWorker() override;

    // Each runs on the worker's thread; SessionController posts them there.
    void logon(const LogonRequest& request, const std::shared_ptr<Password>& password);
    void impersonate();
    void revert();
    void logoff();
    void probe(const QString& path);
    // Why can't USER log on (core's checkAccount; no password). `service`: the PAM service, or on
    // Windows the logon type. A failed logon carries the same answer in its outcome.
    void checkAccount(const QString& user, const QString& service);
    void runAs(const QStringList& argv);
    void setPrivilege(const QString& name, bool enable);
    void refresh();
    // Reverts and logs off, and reports a logoff that failed; used before the thread stops.
    void shutdown();
    // Thread-safe: ends the logon broker of a logon or logoff in progress, or of the next one,
    // at once (SIGKILL); the session is abandoned. For quitting when the worker does not finish.
    void abandon() noexcept;

    std::atomic<bool> cancelRequested{false};
    // Ends the logon broker of a logon in progress (thread-safe).
    LogonCancellation logonCancellation;
    // Ends the logon broker of a logoff in progress (thread-safe); never reset.
    LogonCancellation logoffCancellation;
    // The logon broker a logoff of the worker waits on now (0: none), for quitting's message.
    std::atomic<int> loggingOff{0};

signals:
    void finished(const tokenscope::gui::Outcome& outcome);
    void stateChanged(const tokenscope::gui::WorkerState& state);

private:
    void report(Outcome outcome, bool unprompted = false);
    // Watches the logon broker of token_ (if it has one) from the worker thread; stops watching
    // before the token logs off, which closes what is watched.
    void watchSessionProcess();
    void unwatchSessionProcess();
    void onSessionProcessActivity();
    // token_->logoff(), with loggingOff set meanwhile.
    Status logoffToken();

    std::optional<LogonToken> token_;
    std::optional<ImpersonationGuard> guard_;
    std::unique_ptr<QSocketNotifier> sessionWatch_;
};

class SessionController : public QObject {
    Q_OBJECT

public:
    // How long quitting waits for the worker to log off before it ends the logon broker, and
    // then for the worker to finish.
    static constexpr std::chrono::milliseconds kQuitWait{2000};
    static constexpr std::chrono::milliseconds kEndWait{1000};

    // Runs the worker on `thread` (started, not yet released), or on a thread of its own.
    explicit SessionController(std::unique_ptr<SessionThread> thread = nullptr, QObject* parent = nullptr);
    // shutdown(), without signals.
    ~SessionController() override;

    // Post an action to the worker. The password is moved in and wiped by core.
    void logon(const LogonRequest& request, Password password);
    void impersonate();
    void revert();
    void logoff();
    void probe(const QString& path);
    void checkAccount(const QString& user, const QString& service);
    void runAs(const QStringList& argv);
    void setPrivilege(const QString& name, bool enable);
    void refresh();
    // Asks the worker to drop the result of the action in progress.
    void cancel();
    // Quitting: lets the worker revert and log off, waiting kQuitWait at most; if it has not
    // finished by then, ends the logon broker (the activity log says the session was abandoned)
    // and waits kEndWait more. A worker still busy after that (a program run as the user that has
    // not reached its own time limit) is left to end with the process. Nothing is posted after it.
    void shutdown();

    [[nodiscard]] bool busy() const noexcept { return pending_ > 0; }
    [[nodiscard]] const WorkerState& state() const noexcept { return state_; }
    // The session worker's thread (for the tests that check its capabilities); nullptr after
    // shutdown().
    [[nodiscard]] QThread* workerThread() noexcept { return thread_.get(); }

signals:
    void busyChanged(bool busy);
    void finished(const tokenscope::gui::Outcome& outcome);
    void stateChanged(const tokenscope::gui::WorkerState& state);

private:
    template <class Action>
    void post(Action action);

    std::unique_ptr<SessionThread> thread_;
    SessionWorker* worker_ = nullptr;
    int pending_ = 0;
    WorkerState state_;
};

}  // namespace tokenscope::gui

Q_DECLARE_METATYPE(tokenscope::gui::Outcome)
Q_DECLARE_METATYPE(tokenscope::gui::WorkerState)
