// The GUI's privilege hygiene, started as tokenscope's main() starts: core dumps off, the process
// not dumpable, the window's thread without capabilities, the session worker thread with
// CAP_SETUID, CAP_SETGID and CAP_KILL only, no thread with more, and one activity-log line that
// says so. Logon (through the logon broker, cwrap), impersonation and revert still work. The
// capability checks need root (a process without capabilities has nothing to drop).
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

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

}  // namespace

// One window, as in tokenscope: its session worker is the one thread that keeps capabilities (a
// second window's worker, started by the window's thread after the drop, would get none).
class TestPrivilegeHygiene : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

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
        QCOMPARE(core.rlim_cur, rlim_t{0});
        QCOMPARE(core.rlim_max, rlim_t{0});
    }

    void eachThreadKeepsOnlyWhatItNeedsAndTheLogSaysSo() {
        if (!startedAsRoot) QSKIP("needs root: a process without capabilities has none to drop");
        MainWindow& window = *window_;
        QCOMPARE(permitted(QStringLiteral("/proc/thread-self/status")), std::uint64_t{0});  // the GUI thread
        int workers = 0;
        for (const auto& tid :
             QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
            QVERIFY(comm.open(QIODevice::ReadOnly));
            const QByteArray name = comm.readAll().trimmed();
            const std::uint64_t caps = permitted(QStringLiteral("/proc/self/task/%1/status").arg(tid));
            QVERIFY2((caps & ~kWorkerSet) == 0, qPrintable(QStringLiteral("thread %1 (%2) holds %3")
                                                               .arg(tid, QString::fromLatin1(name))
                                                               .arg(caps, 0, 16)));
            if (name.startsWith("TokenScope sess")) {
                ++workers;
                QCOMPARE(caps, kWorkerSet);
            }
        }
        QCOMPARE(workers, 1);

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
        window.findChild<QPushButton*>(QStringLiteral("logoffButton"))->click();
        QVERIFY(settle());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));
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
