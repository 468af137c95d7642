// The GUI's privilege hygiene, started as tokenscope's main() starts: core dumps off, the process
// not dumpable, the session worker thread with CAP_SETUID, CAP_SETGID and CAP_KILL only and every
// other thread of the process (the window's, Qt's X11 event reader, its thread pool, whatever a
// library started) with none in any set, before and after a logon, impersonate and run-as cycle,
// and one activity-log line that says so. Logon (through the logon broker, cwrap), impersonation
// and revert still work. The capability checks need root (a process without capabilities has
// nothing to drop).
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QtTest>
#include <atomic>

#include "main_window.hpp"
#include "posix/proc_status.hpp"
#include "privilege_hygiene.hpp"

using tokenscope::gui::MainWindow;

namespace {

constexpr std::uint64_t bit(int capability) { return std::uint64_t{1} << capability; }
// CAP_KILL 5, CAP_SETGID 6, CAP_SETUID 7.
constexpr std::uint64_t kWorkerSet = bit(5) | bit(6) | bit(7);

std::uint64_t permitted(const QString& statusPath) {
    auto status = tokenscope::posix::readProcStatus(statusPath.toStdString());
    return status ? status->capPermitted : ~std::uint64_t{0};
}

bool startedAsRoot = false;

// The kernel id of `thread` (which runs an event loop).
int threadIdOf(QThread* thread) {
    QThread* const here = QThread::currentThread();
    QObject probe;
    probe.moveToThread(thread);
    int tid = 0;
    QMetaObject::invokeMethod(
        &probe,
        [&] {
            tid = static_cast<int>(::gettid());
            probe.moveToThread(here);
        },
        Qt::BlockingQueuedConnection);
    return tid;
}

// Every thread of this process, read from /proc/self/task/*/status: the worker (`workerTid`)
// holds exactly CAP_KILL, CAP_SETGID and CAP_SETUID, permitted and effective, and nothing
// inheritable or ambient; every other thread holds nothing in any of those four sets. Returns
// what is wrong, one line a thread; empty when all is well.
QStringList capabilityBreaches(int workerTid, int& threads) {
    QStringList breaches;
    threads = 0;
    bool workerSeen = false;
    for (const auto& tid :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto status = tokenscope::posix::readProcStatus(
            QStringLiteral("/proc/self/task/%1/status").arg(tid).toStdString());
        if (!status) continue;  // the thread ended meanwhile
        ++threads;
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        const QString name =
            comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : QString();
        const bool worker = tid.toInt() == workerTid;
        workerSeen = workerSeen || worker;
        const std::uint64_t expected = worker ? kWorkerSet : 0;
        if (status->capPermitted != expected || status->capEffective != expected ||
            status->capInheritable != 0 || status->capAmbient != 0) {
            breaches << QStringLiteral("thread %1 (%2%3): CapPrm %4 CapEff %5 CapInh %6 CapAmb %7")
                            .arg(tid, name, worker ? QStringLiteral(", the session worker") : QString())
                            .arg(status->capPermitted, 0, 16)
                            .arg(status->capEffective, 0, 16)
                            .arg(status->capInheritable, 0, 16)
                            .arg(status->capAmbient, 0, 16);
        }
    }
    if (!workerSeen) breaches << QStringLiteral("the session worker (thread %1) is missing").arg(workerTid);
    return breaches;
}

}  // namespace

// One window, as in tokenscope: its session worker is the one thread that keeps capabilities (a
// second window's worker, started by the window's thread after the drop, would get none).
class TestPrivilegeHygiene : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    // Every thread of the process, the worker found by its thread id (not by its name).
    void verifyEveryThread(const char* when) {
        const int worker = threadIdOf(window_->session().workerThread());
        QVERIFY(worker > 0 && worker != static_cast<int>(::gettid()));
        int threads = 0;
        const QStringList breaches = capabilityBreaches(worker, threads);
        QVERIFY2(breaches.isEmpty(), qPrintable(QStringLiteral("%1, %2 threads: %3")
                                                    .arg(QString::fromLatin1(when))
                                                    .arg(threads)
                                                    .arg(breaches.join(QStringLiteral("; ")))));
        QVERIFY2(threads >= 3, "the GUI thread, Qt's X11 event reader and the session worker at least");
    }

private slots:
    void initTestCase() {
        window_ = std::make_unique<MainWindow>();
        window_->setPamService(QStringLiteral(TOKENSCOPE_CWRAP_SERVICE));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(QTest::qWaitFor([this] { return !window_->session().busy(); }, 20000));
    }
    void cleanupTestCase() { window_.reset(); }

    void theProcessIsNotDumpableAndWritesNoCoreFile() {
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        // The soft limit stops the core file; the hard one is kept for programs run as the user,
        // which get a login's core limit (tests/logon/run_as_real_test.cpp).
        QCOMPARE(core.rlim_cur, rlim_t{0});
    }

    void eachThreadKeepsOnlyWhatItNeedsAndTheLogSaysSo() {
        if (!startedAsRoot) QSKIP("needs root: a process without capabilities has none to drop");
        MainWindow& window = *window_;
        QCOMPARE(permitted(QStringLiteral("/proc/thread-self/status")), std::uint64_t{0});  // the GUI thread
        verifyEveryThread("after the window was shown");

        const auto& entries = window.activity().entries();
        QVERIFY(!entries.isEmpty());
        const auto& first = entries.first().outcome;
        QCOMPARE(first.action, QStringLiteral("Drop privileges"));
        QVERIFY(first.ok);
        QVERIFY2(first.detail.contains(QStringLiteral("CAP_SYS_ADMIN")), qPrintable(first.detail));
        QVERIFY2(first.detail.contains(QStringLiteral("CAP_KILL, CAP_SETGID, CAP_SETUID")),
                 qPrintable(first.detail));
        QVERIFY(first.detail.contains(QStringLiteral("not dumpable")));

        // The privilege panel shows the worker's three.
        const auto& privileges = *window.session().state().privileges;
        int held = 0;
        for (const auto& privilege : privileges.privileges) held += privilege.held ? 1 : 0;
        QCOMPARE(held, 3);
        QVERIFY(privileges.canImpersonate);
    }

    void logonImpersonationRevertAndRunAsStillWork() {
        if (!startedAsRoot) QSKIP("needs root to impersonate");
        if (qEnvironmentVariable("PAM_WRAPPER") != QStringLiteral("1"))
            QSKIP("needs pam_wrapper preloaded (run through ctest)");
        MainWindow& window = *window_;
        auto settle = [&window] {
            return QTest::qWaitFor([&window] { return !window.session().busy(); }, 20000);
        };
        QVERIFY(settle());
        window.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("tsalice"));
        auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("Alice-Secret-1"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(settle());
        QVERIFY(window.session().state().loggedOn);
        // The broker, started as root from a thread without most capabilities, keeps what PAM needs.
        const int broker = window.session().state().sessionProcess;
        QVERIFY(broker > 0);
        const std::uint64_t pam = permitted(QStringLiteral("/proc/%1/status").arg(broker));
        QVERIFY2(pam != 0 && (pam & bit(21)) == 0, qPrintable(QString::number(pam, 16)));  // no CAP_SYS_ADMIN
        QVERIFY((pam & bit(29)) != 0);  // CAP_AUDIT_WRITE, for pam_loginuid and libpam's audit records

        window.findChild<QPushButton*>(QStringLiteral("impersonateButton"))->click();
        QVERIFY(settle());
        QVERIFY(window.session().state().impersonating);
        QCOMPARE(*window.session().state().thread->user.posixId, 4242u);
        window.findChild<QPushButton*>(QStringLiteral("revertButton"))->click();
        QVERIFY(settle());
        QVERIFY(!window.session().state().impersonating);
        QCOMPARE(*window.session().state().thread->user.posixId, 0u);
        QCOMPARE(permitted(QStringLiteral("/proc/thread-self/status")), std::uint64_t{0});

        // Run as the user: the worker's CAP_SETUID and CAP_SETGID are enough.
        window.findChild<QLineEdit*>(QStringLiteral("commandEdit"))
            ->setText(QStringLiteral("/usr/bin/id -u"));
        window.findChild<QPushButton*>(QStringLiteral("runButton"))->click();
        QVERIFY(settle());
        const auto& last = window.activity().entries().last().outcome;
        QVERIFY2(last.ok && last.detail.contains(QStringLiteral("exited with status 0: 4242")),
                 qPrintable(last.detail));
        verifyEveryThread("after logon, impersonate, revert and run as");
        window.findChild<QPushButton*>(QStringLiteral("logoffButton"))->click();
        QVERIFY(settle());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));
        verifyEveryThread("after logoff");
    }

    // Threads Qt starts on demand later (the thread pool, a QThread of the window's) start from
    // a thread without capabilities and get none.
    void threadsStartedLaterGetNone() {
        if (!startedAsRoot) QSKIP("needs root: a process without capabilities has none to drop");
        QThreadPool pool;
        std::atomic<bool> release{false};
        std::atomic<int> running{0};
        for (int i = 0; i < 2; ++i) {
            pool.start([&] {
                ++running;
                while (!release) QThread::msleep(5);
            });
        }
        QThread plain;
        plain.start();
        QVERIFY(QTest::qWaitFor([&] { return running == 2 && plain.isRunning(); }, 10000));
        verifyEveryThread("while threads started later run");
        release = true;
        pool.waitForDone();
        plain.quit();
        plain.wait();
    }
};

int main(int argc, char** argv) {
    startedAsRoot = geteuid() == 0;
    (void)tokenscope::gui::hardenAtStartup();  // as tokenscope's main() does, before any thread
    QApplication app(argc, argv);
    TestPrivilegeHygiene test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_privilege_hygiene.moc"
