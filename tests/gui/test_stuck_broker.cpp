// A logon broker that stops answering never hangs the GUI: logged on through the real broker
// (cwrap's pam_matrix), the broker stopped with SIGSTOP, Log off clicked and the window quit as a
// user quits it (File → Quit, then the window is destroyed as tokenscope's main() destroys it).
// The GUI's work ends within 5 s, the broker is killed and reaped, and the activity log says the
// session was abandoned. A watchdog continues the broker after 15 s, so a GUI that waits on it
// without a deadline fails here instead of hanging. Quitting while a program runs as the user
// ends within 5 s too.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>
#include <atomic>
#include <thread>

#include "main_window.hpp"

using tokenscope::gui::MainWindow;

class TestStuckBroker : public QObject {
    Q_OBJECT

    // A window logged on as tsalice through the logon broker (cwrap), as a user does it.
    static std::unique_ptr<MainWindow> loggedOnWindow() {
        auto window = std::make_unique<MainWindow>();
        window->setPamService(QStringLiteral(TOKENSCOPE_CWRAP_SERVICE));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
        auto settle = [&window] {
            return QTest::qWaitFor([&window] { return !window->session().busy(); }, 20000);
        };
        if (!settle()) return nullptr;
        window->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("tsalice"));
        auto* password = window->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("Alice-Secret-1"));
        QTest::keyClick(password, Qt::Key_Return);
        if (!settle() || !window->session().state().loggedOn) return nullptr;
        return window;
    }

    // File → Quit, then the window destroyed as main() destroys it; returns the activity log,
    // each entry with its native error detail in brackets.
    static QString quit(std::unique_ptr<MainWindow>& window) {
        QAction* quit = nullptr;
        for (auto* action : window->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Quit)) quit = action;
        }
        if (quit == nullptr) qFatal("no File > Quit");
        quit->trigger();  // closes the window
        QStringList log;
        for (const auto& entry : window->activity().entries()) {
            const auto& outcome = entry.outcome;
            log << outcome.action + QStringLiteral(": ") + outcome.detail +
                       (outcome.error
                            ? QStringLiteral(" [%1]").arg(QString::fromStdString(outcome.error->native))
                            : QString());
        }
        window.reset();  // as main() does once the event loop returns
        return log.join(QLatin1Char('\n'));
    }

private slots:
    void logoffAndQuitWithAStoppedBrokerEndWithinFiveSeconds() {
        if (qEnvironmentVariable("PAM_WRAPPER") != QStringLiteral("1"))
            QSKIP("needs pam_wrapper preloaded (run through ctest)");
        auto window = loggedOnWindow();
        QVERIFY(window);
        const int broker = window->session().state().sessionProcess;
        QVERIFY(broker > 0 && broker != getpid());

        QCOMPARE(::kill(broker, SIGSTOP), 0);
        std::atomic<bool> done{false};
        std::thread watchdog([&] {
            for (int i = 0; i < 1500 && !done; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (!done) (void)::kill(broker, SIGCONT);
        });

        QElapsedTimer clock;
        clock.start();
        window->findChild<QPushButton*>(QStringLiteral("logoffButton"))->click();
        QTest::qWait(200);  // the worker now waits on the stopped broker
        QVERIFY(window->session().busy());
        const QString all = quit(window);
        const qint64 took = clock.elapsed();
        done = true;
        watchdog.join();
        qInfo("Log off and quit with a stopped logon broker: %lld ms", static_cast<long long>(took));

        QVERIFY2(took < 5000, qPrintable(QStringLiteral("the GUI took %1 ms").arg(took)));
        // Killed and reaped: no such process, no zombie of ours.
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));
        QCOMPARE(::waitpid(broker, nullptr, WNOHANG), -1);
        QVERIFY2(all.contains(
                     QStringLiteral("The logon broker (process %1) did not answer within 2 s and was ended; "
                                    "the PAM session may not have been closed cleanly.")
                         .arg(broker)),
                 qPrintable(all));
        // The Log off that waited on it fails and says why.
        QVERIFY2(all.contains(
                     QStringLiteral("[the logon broker (pid %1) was ended before it answered the logoff; the "
                                    "PAM session may not have been closed cleanly]")
                         .arg(broker)),
                 qPrintable(all));
    }

    // A worker busy with something that has its own, longer time limit (a program run as the
    // user: 30 s) does not hold quitting either: after kQuitWait and kEndWait it is left to end
    // with the process, and the log says so.
    void quitWhileAProgramRunsAsTheUserEndsWithinFiveSeconds() {
        if (qEnvironmentVariable("PAM_WRAPPER") != QStringLiteral("1"))
            QSKIP("needs pam_wrapper preloaded (run through ctest)");
        if (geteuid() != 0) QSKIP("needs root to run a program as the user");
        auto window = loggedOnWindow();
        QVERIFY(window);
        window->findChild<QLineEdit*>(QStringLiteral("commandEdit"))->setText(QStringLiteral("/bin/sleep 6"));
        QElapsedTimer clock;
        clock.start();
        window->findChild<QPushButton*>(QStringLiteral("runButton"))->click();
        QTest::qWait(200);
        QVERIFY(window->session().busy());
        const QString all = quit(window);
        const qint64 took = clock.elapsed();
        qInfo("Quit while a program runs as the user: %lld ms", static_cast<long long>(took));
        QVERIFY2(took < 5000, qPrintable(QStringLiteral("the GUI took %1 ms").arg(took)));
        QVERIFY2(all.contains(
                     QStringLiteral("The session worker was still busy after 2 s; a logon or logoff it waits "
                                    "for is ended at once.")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "The session worker is still busy; TokenScope quits without waiting for it.")),
                 qPrintable(all));
    }
};

QTEST_MAIN(TestStuckBroker)
#include "test_stuck_broker.moc"
