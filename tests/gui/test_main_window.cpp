// The main window under a real X server: it opens, titled TokenScope, and shows the current user
// as `id` does and the worker thread's groups as the kernel does.
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QProcess>
#include <QTableWidget>
#include <QtTest>

#include "main_window.hpp"
#include "run_program.hpp"

class TestMainWindow : public QObject {
    Q_OBJECT

    static QString run(const QString& program, const QStringList& args) {
        return tokenscope::test::runProgram(program, args);
    }

private slots:
    void opensTitledTokenScopeAndShowsTheCurrentUser() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("TokenScope"));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("identityTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->rowCount() > 0);
        QVERIFY(table->isVisible());
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("User"));
        const QString expected = QStringLiteral("%1 (%2)").arg(run(QStringLiteral("id"), {QStringLiteral("-un")}),
                                                              run(QStringLiteral("id"), {QStringLiteral("-u")}));
        QCOMPARE(table->item(0, 1)->text(), expected);
        QCOMPARE(table->item(0, 2)->text(), expected);
    }

    // Help → About names the version the program was given (main.cpp: the project's version).
    void aboutShowsTheVersion() {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QAction* about = nullptr;
        for (auto* action : help->actions())
            if (action->text().contains(QStringLiteral("About"))) about = action;
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, [&shown] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(shown.startsWith(QStringLiteral("TokenScope 9.8.7")), qPrintable(shown));
    }

    void theGroupsTabListsTheKernelsSupplementaryGroups() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QTableWidget*>(QStringLiteral("identityTable"))->rowCount() > 1);
        // The oracle: the kernel's own list (the worker thread does not impersonate here, so its
        // groups are the process's).
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (!line.startsWith("Groups:")) continue;
            for (const QByteArray& gid : line.mid(7).simplified().split(' '))
                if (!gid.isEmpty()) expected << QString::fromLatin1(gid);
        }
        if (qEnvironmentVariableIsSet("TOKENSCOPE_TEST_EXPECT_GROUPS"))
            QVERIFY2(!expected.isEmpty(), "the test was started with supplementary groups, the kernel lists none");
        auto* groups = window.findChild<QTableWidget*>(QStringLiteral("groupsTable"));
        QVERIFY(groups);
        QStringList shown;
        for (int row = 0; row < groups->rowCount(); ++row) {
            shown << groups->item(row, 1)->text();
            const QString name = run(QStringLiteral("getent"), {QStringLiteral("group"), shown.last()}).section(QLatin1Char(':'), 0, 0);
            if (!name.isEmpty()) QCOMPARE(groups->item(row, 0)->text(), name);
        }
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
