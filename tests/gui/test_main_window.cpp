// The main window under a real X server: it opens, titled TokenScope, and shows what the kernel
// and `id` say.
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QtTest>

#include <fstream>

#include "main_window.hpp"
#include "posix/proc_status.hpp"

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static QString run(const QString& program, const QStringList& args) {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(10000)) return {};
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private slots:
    void opensTitledTokenScope() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("TokenScope"));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    void showsTheCurrentUserAsIdSaysIt() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("identityTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("User"));
        const QString expected =
            QStringLiteral("%1 (%2)").arg(run(QStringLiteral("id"), {QStringLiteral("-un")}),
                                          run(QStringLiteral("id"), {QStringLiteral("-u")}));
        QCOMPARE(table->item(0, 1)->text(), expected);
        QCOMPARE(table->item(0, 2)->text(), expected);
    }

    void listsEveryCapabilityWithTheKernelsState() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("privilegeTable"));
        QVERIFY(table);
        std::ifstream lastCap("/proc/sys/kernel/cap_last_cap");
        int last = 0;
        lastCap >> last;
        QCOMPARE(table->rowCount(), last + 1);

        auto status = tokenscope::posix::readProcStatus("/proc/thread-self/status");
        QVERIFY(status.ok());
        for (int row = 0; row < table->rowCount(); ++row) {
            const bool held = ((status->capPermitted >> row) & 1u) != 0;
            const bool enabled = ((status->capEffective >> row) & 1u) != 0;
            const QString expected = !held ? QStringLiteral("Not held") : enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
            QCOMPARE(table->item(row, 1)->text(), expected);
        }
        QCOMPARE(table->item(7, 0)->text(), QStringLiteral("CAP_SETUID"));

        auto* verdict = window.findChild<QLabel*>(QStringLiteral("verdictLabel"));
        QVERIFY(verdict);
        const bool ready = ((status->capPermitted >> 6) & 1u) && ((status->capPermitted >> 7) & 1u);
        QCOMPARE(verdict->property("ready").toBool(), ready);
        QVERIFY(verdict->text().contains(ready ? QStringLiteral("can impersonate") : QStringLiteral("cannot impersonate")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
