#include "session_worker.hpp"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>

#include "core_text.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/run_as.hpp"

namespace tokenscope::gui {
namespace {

QString text(std::string_view value) {
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

Outcome failed(const QString& action, Error error) {
    Outcome outcome;
    outcome.action = action;
    outcome.detail = text(error.summary());
    outcome.error = std::move(error);
    return outcome;
}

Outcome succeeded(const QString& action, const QString& detail) {
    Outcome outcome;
    outcome.action = action;
    outcome.ok = true;
    outcome.detail = detail;
    return outcome;
}

}  // namespace

SessionThread::SessionThread() { setObjectName(QStringLiteral("TokenScope session")); }

SessionThread::~SessionThread() {
    {
        std::lock_guard lock(mutex_);
        end_ = !go_;
        go_ = true;
    }
    released_.notify_all();
    quit();
    wait();
}

void SessionThread::release() {
    {
        std::lock_guard lock(mutex_);
        go_ = true;
    }
    released_.notify_all();
}

void SessionThread::run() {
    {
        std::unique_lock lock(mutex_);
        released_.wait(lock, [this] { return go_; });
        if (end_) return;
    }
    exec();
}

SessionWorker::~SessionWorker() {
    // Normally shutdown() ran already; this is the silent last resort.
    unwatchSessionProcess();
    if (guard_) {
        (void)guard_->revert();
        guard_.reset();
    }
    token_.reset();  // logs off, within LogonBrokerOptions::logoffTimeout
}

void SessionWorker::report(Outcome outcome, bool unprompted) {
    WorkerState state;
    state.unprompted = unprompted;
    state.loggedOn = token_.has_value() && token_->loggedOn();
    state.impersonating = guard_.has_value() && guard_->active();
    if (token_) {
        state.user = text(token_->user());
        state.uid = token_->uid();
        state.gid = token_->gid();
        state.type = text(logonTypeInfo(token_->type()).constant);
        state.provider = text(logonProviderInfo(token_->provider()).constant);
#ifdef Q_OS_WIN
        if (auto identity = token_->identity()) state.userSid = text(identity->user.sid);
#endif
        QStringList steps;
        for (const auto& step : token_->steps()) steps << text(step);
        state.steps = steps.join(QStringLiteral(", "));
        state.sessionProcess = token_->loggedOn() ? token_->sessionProcess() : 0;
    }
    if (auto identity = threadIdentity()) state.thread = std::move(*identity);
    if (auto privileges = threadPrivileges()) state.privileges = std::move(*privileges);
    if (!unprompted) {  // a cancel applies to the action in progress (or posted) only
        cancelRequested = false;
        logonCancellation.reset();
    }
    if (!outcome.action.isEmpty()) emit finished(outcome);
    emit stateChanged(state);
}

void SessionWorker::logon(const LogonRequest& request, const std::shared_ptr<Password>& password) {
    const QString action = tr("Log on");
    const QString user = text(request.user);
    auto mark = [&user](Outcome outcome) {
        outcome.user = user;
        outcome.logon = true;
        return outcome;
    };
    if (guard_) {
        password->wipe();
        report(mark(failed(action, makeError(win32::kBusy, "the worker thread is impersonating",
                                             "Revert to self before logging on again."))));
        return;
    }
    unwatchSessionProcess();
    token_.reset();  // logs the previous token off
    LogonBrokerOptions options;
    options.cancellation = &logonCancellation;
    options.logoffCancellation = &logoffCancellation;
    auto token = logonThroughBroker(request, std::move(*password), options);
    if (cancelRequested.exchange(false) || (!token && token.error().code == win32::kCancelled)) {
        Outcome outcome = mark({});
        outcome.action = action;
        outcome.cancelled = true;
        outcome.detail = token ? tr("Cancelled: the logon succeeded and was logged off at once.")
                         : token.error().code == win32::kCancelled
                             ? tr("Cancelled: the logon broker was ended before PAM answered.")
                             : tr("Cancelled: the logon had failed anyway.");
        if (!token) outcome.error = token.error();
        report(std::move(outcome));
        return;  // a successful token is logged off by its destructor here
    }
    if (!token) {
        // Why: the account itself, as far as it can be told without the password, shown beside
        // the logon panel with the failure.
        Outcome outcome = mark(failed(action, token.error()));
#ifdef Q_OS_WIN
        auto account = tokenscope::checkAccount(request.user, std::string(logonTypeInfo(request.type).shortName));
#else
        auto account = tokenscope::checkAccount(request.user, request.service);
#endif
        if (account) outcome.account = std::move(*account);
        report(std::move(outcome));
        return;
    }
    token_.emplace(std::move(*token));
    watchSessionProcess();
#ifdef Q_OS_WIN
    // Windows: the token's user is a SID (read from the token), and this process holds the logon.
    auto identity = token_->identity();
    const QString detail = tr("Logged on as %1 (%2), %3 with %4.")
                               .arg(text(token_->user()),
                                    identity ? text(identity->user.sid) : text(identity.error().summary()),
                                    text(logonTypeInfo(token_->type()).constant),
                                    text(logonProviderInfo(token_->provider()).constant));
#else
    const QString detail =
        token_->sessionProcess() > 0
            ? tr("Logged on as %1 (uid %2, gid %3), %4; the logon broker, process %5, holds the PAM session.")
                  .arg(text(token_->user()))
                  .arg(token_->uid())
                  .arg(token_->gid())
                  .arg(text(logonTypeInfo(token_->type()).constant))
                  .arg(token_->sessionProcess())
            : tr("Logged on as %1 (uid %2, gid %3), %4.")
                  .arg(text(token_->user()))
                  .arg(token_->uid())
                  .arg(token_->gid())
                  .arg(text(logonTypeInfo(token_->type()).constant));
#endif
    report(mark(succeeded(action, detail)));
}

void SessionWorker::impersonate() {
    const QString action = tr("Impersonate");
    if (!token_ || !token_->loggedOn()) {
        report(failed(action, makeError(win32::kNoToken, "no logon token", "Log on first.")));
        return;
    }
    if (guard_ && guard_->active()) {
        report(failed(action, makeError(win32::kBusy, "already impersonating", "Revert to self first.")));
        return;
    }
    auto guard = ImpersonationGuard::impersonate(*token_);
    if (!guard) {
        report(failed(action, guard.error()));
        return;
    }
    guard_.emplace(std::move(*guard));
    auto name = effectiveUserName();
    report(
        succeeded(action, tr("The worker thread now runs as %1 (GetUserName: %2).")
                              .arg(text(guard_->user()), name ? text(*name) : text(name.error().summary()))));
}

void SessionWorker::revert() {
    const QString action = tr("Revert to self");
    if (guard_) {
        auto status = guard_->revert();
        guard_.reset();
        if (!status) {
            report(failed(action, status.error()));
            return;
        }
        report(succeeded(action, tr("The worker thread is itself again.")));
        return;
    }
    // Not ours: an impersonation that was already there (the seed's IIS case).
    auto status = revertToSelf();
    if (!status) {
        report(failed(action, status.error()));
        return;
    }
    report(succeeded(action, tr("The worker thread has the process's identity.")));
}

void SessionWorker::logoff() {
    const QString action = tr("Log off");
    if (!token_) {
        report(failed(action, makeError(win32::kNoToken, "no logon token", "Nothing to log off.")));
        return;
    }
    if (guard_) {
        auto reverted = guard_->revert();
        guard_.reset();
        if (!reverted) {
            report(failed(action, reverted.error()));
            return;
        }
    }
    unwatchSessionProcess();
    auto status = logoffToken();
    token_.reset();
    if (!status) {
        report(failed(action, status.error()));
        return;
    }
    report(succeeded(action, tr("Logged off; the token is closed.")));
}

void SessionWorker::watchSessionProcess() {
    unwatchSessionProcess();
    const int fd = token_ ? token_->sessionWatchDescriptor() : -1;
    if (fd < 0) return;
    sessionWatch_ = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(sessionWatch_.get(), &QSocketNotifier::activated, this, &SessionWorker::onSessionProcessActivity);
}

void SessionWorker::unwatchSessionProcess() {
    if (!sessionWatch_) return;
    sessionWatch_->setEnabled(false);
    sessionWatch_.reset();
}

void SessionWorker::onSessionProcessActivity() {
    if (!token_) {
        unwatchSessionProcess();
        return;
    }
    const auto end = token_->sessionProcessEnded();
    if (!end) return;
    unwatchSessionProcess();
    QString detail = end->signalled
                         ? tr("The logon broker (pid %1) ended: killed by signal %2; the logon session is closed.")
                               .arg(end->pid)
                               .arg(end->status)
                         : tr("The logon broker (pid %1) ended: exited with status %2; the logon session is closed.")
                               .arg(end->pid)
                               .arg(end->status);
    if (guard_) {
        const bool reverted = static_cast<bool>(guard_->revert());
        guard_.reset();
        detail += QLatin1Char(' ') + (reverted ? tr("The worker thread is itself again.")
                                               : tr("The worker thread could not revert to itself."));
    }
    token_.reset();
    Outcome outcome;
    outcome.action = tr("Logon broker");
    outcome.detail = detail;
    report(std::move(outcome), true);
}

void SessionWorker::probe(const QString& path) {
    const QString action = tr("Access probe");
    if (path.isEmpty()) {
        report(failed(action, makeError(win32::kInvalidParameter, "empty path", "Type a path to probe.")));
        return;
    }
    Outcome outcome;
    outcome.action = action;
    outcome.ok = true;
    outcome.access = probeAccess(path.toStdString());
    QStringList parts;
    for (const auto& check : outcome.access) {
        parts << QStringLiteral("%1 %2").arg(coreText(accessRightName(check.right)),
                                             check.granted ? tr("granted") : tr("denied"));
    }
    auto name = effectiveUserName();
    outcome.path = path;
    outcome.subject = name ? text(*name) : QStringLiteral("?");
    outcome.impersonated = guard_.has_value() && guard_->active();
    outcome.detail =
        tr("%1 as %2: %3")
            .arg(path, name ? text(*name) : QStringLiteral("?"), parts.join(QStringLiteral(", ")));
    // Why: the same rights explained for this thread's credentials as they are now.
    auto subject = accessSubjectForCurrentThread();
    if (subject) {
        std::vector<AccessRight> rights;
        for (const auto& check : outcome.access) rights.push_back(check.right);
        auto explanation = explainAccess(path.toStdString(), *subject, rights);
        if (explanation) outcome.explanation = std::move(*explanation);
    }
    report(std::move(outcome));
}

void SessionWorker::checkAccount(const QString& user, const QString& service) {
    const QString action = tr("Account check");
    if (user.isEmpty()) {
        report(failed(action, makeError(win32::kInvalidParameter, "no user name", "Type a user name to check.")));
        return;
    }
    auto status = tokenscope::checkAccount(user.toStdString(), service.toStdString());
    if (!status) {
        report(failed(action, status.error()));
        return;
    }
    Outcome outcome;
    outcome.action = action;
    outcome.user = user;
    outcome.ok = true;
    QStringList reasons;
    for (const auto& reason : status->reasons) reasons << text(reason.text);
    outcome.detail = status->canLogOn
                         ? tr("%1 can log on (%2): nothing in the account refuses it.").arg(user, text(status->service))
                         : tr("%1 cannot log on (%2): %3").arg(user, text(status->service), reasons.join(QStringLiteral("; ")));
    outcome.account = std::move(*status);
    report(std::move(outcome));
}

void SessionWorker::runAs(const QStringList& argv) {
    const QString action = tr("Run as user");
    if (!token_ || !token_->loggedOn()) {
        report(failed(action, makeError(win32::kNoToken, "no logon token", "Log on first.")));
        return;
    }
    std::vector<std::string> args;
    for (const auto& arg : argv) args.push_back(arg.toStdString());
    RunAsOptions options;
    options.captureOutput = true;
    options.timeout = std::chrono::seconds(30);
    auto result = tokenscope::runAs(*token_, args, options);
    if (!result) {
        report(failed(action, result.error()));
        return;
    }
    QString detail = result->exited
                         ? tr("%1 exited with status %2").arg(text(result->program)).arg(result->exitCode)
                         : tr("%1 ended by signal %2").arg(text(result->program)).arg(result->signal);
    if (result->timedOut) detail += tr(" (killed after 30 s)");
    const QString output = text(result->output).trimmed();
    if (!output.isEmpty()) detail += QStringLiteral(": ") + output.left(500);
    Outcome outcome = succeeded(action, detail);
    outcome.ok = result->exited && result->exitCode == 0;
    report(std::move(outcome));
}

void SessionWorker::setPrivilege(const QString& name, bool enable) {
    const QString action = enable ? tr("Enable privilege") : tr("Disable privilege");
    auto previous = setPrivilegeEnabled(name.toStdString(), enable);
    if (!previous) {
        report(failed(action, previous.error()));
        return;
    }
    report(succeeded(action, tr("%1 is now %2 on the worker thread (it was %3).")
                                 .arg(name, enable ? tr("enabled") : tr("disabled"),
                                      *previous ? tr("enabled") : tr("disabled"))));
}

void SessionWorker::refresh() { report(Outcome{}); }

void SessionWorker::shutdown() {
    unwatchSessionProcess();
    if (guard_) {
        (void)guard_->revert();
        guard_.reset();
    }
    if (token_) {
        auto status = logoffToken();
        token_.reset();
        if (!status) report(failed(tr("Log off"), status.error()), true);
    }
}

Status SessionWorker::logoffToken() {
    loggingOff = token_->sessionProcess();
    auto status = token_->logoff();
    loggingOff = 0;
    return status;
}

void SessionWorker::abandon() noexcept {
    cancelRequested = true;
    logonCancellation.cancel();
    logoffCancellation.cancel();
}

SessionController::SessionController(std::unique_ptr<SessionThread> thread, QObject* parent)
    : QObject(parent), thread_(std::move(thread)) {
    qRegisterMetaType<tokenscope::gui::Outcome>();
    qRegisterMetaType<tokenscope::gui::WorkerState>();
    if (!thread_) {
        thread_ = std::make_unique<SessionThread>();
        thread_->start();
    }
    worker_ = new SessionWorker;
    worker_->moveToThread(thread_.get());
    connect(worker_, &SessionWorker::finished, this,
            [this](const Outcome& outcome) { emit finished(outcome); });
    connect(worker_, &SessionWorker::stateChanged, this, [this](const WorkerState& state) {
        state_ = state;
        if (!state.unprompted && pending_ > 0 && --pending_ == 0) emit busyChanged(false);
        emit stateChanged(state);
    });
    thread_->release();
    refresh();
}

SessionController::~SessionController() {
    // Whoever listens may be half destroyed by now (the window that owns us).
    disconnect(this, nullptr, nullptr, nullptr);
    shutdown();
}

void SessionController::shutdown() {
    if (!worker_) return;
    // Revert and log off on the worker's own thread (a guard must be reverted where it was made),
    // after whatever it was asked before; then its event loop ends.
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_] {
            w->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (!thread_->wait(QDeadlineTimer(kQuitWait))) {
        const int broker = worker_->loggingOff;
        worker_->abandon();
        Outcome outcome;
        outcome.action = QCoreApplication::translate("tokenscope::gui::SessionWorker", "Logon broker");
        outcome.detail =
            broker > 0 ? tr("The logon broker (process %1) did not answer within %2 s and was ended; the "
                            "PAM session may not have been closed cleanly.")
                             .arg(broker)
                             .arg(kQuitWait.count() / 1000)
                       : tr("The session worker was still busy after %1 s; a logon or logoff it waits for "
                            "is ended at once.")
                             .arg(kQuitWait.count() / 1000);
        emit finished(outcome);
        if (!thread_->wait(QDeadlineTimer(kEndWait))) {
            Outcome left;
            left.action = QCoreApplication::translate("tokenscope::gui::SessionWorker", "Log off");
            left.detail = tr("The session worker is still busy; TokenScope quits without waiting for it.");
            emit finished(left);
            // Left running, never destroyed: the process ends it.
            (void)thread_.release();
            worker_ = nullptr;
            return;
        }
    }
    // The worker's last answers (a logoff that failed, its state) reach the window now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    delete worker_;
    worker_ = nullptr;
    thread_.reset();
}

template <class Action>
void SessionController::post(Action action) {
    if (!worker_) return;  // shut down
    if (pending_++ == 0) emit busyChanged(true);
    QMetaObject::invokeMethod(
        worker_, [w = worker_, action = std::move(action)]() mutable { action(*w); }, Qt::QueuedConnection);
}

void SessionController::logon(const LogonRequest& request, Password password) {
    auto shared = std::make_shared<Password>(std::move(password));
    post([request, shared](SessionWorker& w) { w.logon(request, shared); });
}
void SessionController::impersonate() {
    post([](SessionWorker& w) { w.impersonate(); });
}
void SessionController::revert() {
    post([](SessionWorker& w) { w.revert(); });
}
void SessionController::logoff() {
    post([](SessionWorker& w) { w.logoff(); });
}
void SessionController::probe(const QString& path) {
    post([path](SessionWorker& w) { w.probe(path); });
}
void SessionController::checkAccount(const QString& user, const QString& service) {
    post([user, service](SessionWorker& w) { w.checkAccount(user, service); });
}
void SessionController::runAs(const QStringList& argv) {
    post([argv](SessionWorker& w) { w.runAs(argv); });
}
void SessionController::setPrivilege(const QString& name, bool enable) {
    post([name, enable](SessionWorker& w) { w.setPrivilege(name, enable); });
}
void SessionController::refresh() {
    post([](SessionWorker& w) { w.refresh(); });
}
void SessionController::cancel() {
    if (!busy() || !worker_) return;
    worker_->cancelRequested = true;
    worker_->logonCancellation.cancel();
}

}  // namespace tokenscope::gui
