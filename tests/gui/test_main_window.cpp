// The main window under a real X server: it opens, titled TokenScope, and shows the current user
// as `id` does.
#include <QProcess>
#include <QTableWidget>
#include <QtTest>

#include "main_window.hpp"

class TestMainWindow : public QObject {
    Q_OBJECT

    static QString run(const QString& program, const QStringList& args) {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(10000)) return {};
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
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
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
