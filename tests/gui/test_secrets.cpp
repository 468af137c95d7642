// Secrets in the GUI: after an interactive logon typed into the real password field, a core dump
// of this very process and of its logon broker (gcore, started from a child while the logon
// broker holds the session) has no copy of the password in UTF-8 or UTF-16LE; the field is empty; QSettings
// and the reports never hold it. Needs root, gcore (Debian's gdb) and TOKENSCOPE_TEST_REAL_ACCOUNTS=1: a
// temporary account of the real `login` stack, whose shadow file holds only a hash, so any copy found is one
// we made. The test itself keeps the password only masked (XOR with a random key) until the core is taken,
// and types it a character at a time.
#include <sys/prctl.h>
#include <unistd.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "main_window.hpp"
#include "privilege_hygiene.hpp"
#include "support/core_dump.hpp"
#include "support/temporary_account.hpp"

using tokenscope::gui::MainWindow;
using tokenscope::test::utf16le;

class TestSecrets : public QObject {
    Q_OBJECT

    QString skip_;
    std::unique_ptr<tokenscope::test::TemporaryAccount> account_;  // keeps the password masked
    std::string user_;

private slots:
    void initTestCase() {
        std::string reason = tokenscope::test::TemporaryAccount::unavailableReason();
        if (reason.empty()) reason = tokenscope::test::coreDumpUnavailableReason();
        if (!reason.empty()) {
            skip_ = QString::fromStdString(reason);
            return;
        }
        QCoreApplication::setOrganizationName(QStringLiteral("TokenScopeSecretsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenScopeSecretsTest"));
        account_ = std::make_unique<tokenscope::test::TemporaryAccount>("tsguisec");
        if (!account_->created()) skip_ = QString::fromStdString(account_->error());
        user_ = account_->name();
    }

    void cleanupTestCase() {
        account_.reset();
        QSettings settings;
        settings.clear();
    }

    void typedPasswordLeavesNoCopyInTheProcessOrItsSettings() {
        if (!skip_.isEmpty()) QSKIP(qPrintable(skip_));
        auto window = std::make_unique<MainWindow>();
        window->setPamService(QStringLiteral("login"));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(QTest::qWaitFor([&] { return !window->session().busy(); }, 20000));
        auto* userEdit = window->findChild<QLineEdit*>(QStringLiteral("userEdit"));
        auto* field = window->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QVERIFY(userEdit && field);
        userEdit->setText(QString::fromStdString(user_));
        // An interactive logon: the logon broker holds the session while both processes are dumped.
        auto* types = window->findChild<QComboBox*>(QStringLiteral("typeCombo"));
        QVERIFY(types);
        types->setCurrentIndex(types->findData(2u));  // LOGON32_LOGON_INTERACTIVE
        field->setFocus();
        const int length = static_cast<int>(account_->passwordLength());
        for (int i = 0; i < length; ++i) {
            char c = account_->passwordAt(static_cast<std::size_t>(i));
            QTest::keyClick(field, c);
            c = 0;
        }
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !window->session().busy(); }, 20000));
        if (!window->session().state().loggedOn) {
            auto* log = window->findChild<QTableWidget*>(QStringLiteral("logTable"));
            const QString last =
                log && log->rowCount() ? log->item(log->rowCount() - 1, 3)->text() : QString();
            QFAIL(qPrintable(QStringLiteral("the logon failed: ") + last));
        }
        QVERIFY(field->text().isEmpty());

        // Control: a plain QLineEdit in password mode, still holding what was typed into it, is
        // found in the dump as UTF-16LE; so the search below would find a live copy in Qt's buffers.
        QLineEdit control;
        control.setEchoMode(QLineEdit::Password);
        const std::string controlText = "Control-" + std::to_string(getpid()) + "-Typed-Not-Secret";
        QTest::keyClicks(&control, QString::fromStdString(controlText));

        // Dump this process while the token is held and the window is up, and the logon broker
        // that holds the session. Both are non-dumpable: gcore, as root, attaches all the same.
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        const std::string core = tokenscope::test::takeCoreDump(getpid()).bytes;
        const int broker = window->session().state().sessionProcess;
        QVERIFY(broker > 0);
        const std::string brokerCore = tokenscope::test::takeCoreDump(broker).bytes;
        QVERIFY2(core.size() > 100000, "gcore produced no core of the GUI");
        QVERIFY2(brokerCore.size() > 10000, "gcore produced no core of the logon broker");

        const std::string password = account_->password();  // only now, after the dump
        const std::string half = password.substr(0, static_cast<std::size_t>(length / 2 + 2));
        qInfo("core of the GUI test process: %zu bytes", core.size());
        // The dump is real and searchable: the user name typed beside it is there, as the field's UTF-16.
        QVERIFY2(core.find(utf16le(user_)) != std::string::npos,
                 "the user name is not in the core: a bad dump?");
        QVERIFY2(core.find(utf16le(controlText)) != std::string::npos,
                 "the control text typed into a plain QLineEdit is not in the core: the method cannot see "
                 "Qt's buffers");
        QVERIFY2(core.find(password) == std::string::npos, "a UTF-8 copy of the password is in the core");
        QVERIFY2(core.find(utf16le(password)) == std::string::npos,
                 "a UTF-16LE copy of the password is in the core");
        QVERIFY2(core.find(half) == std::string::npos, "a UTF-8 copy of most of the password is in the core");
        QVERIFY2(core.find(utf16le(half)) == std::string::npos,
                 "a UTF-16LE copy of most of the password (a prefix typed) is in the core");
        // Nor any run of eight consecutive characters of it (a third; shorter random runs would
        // start to match by chance in a dump this size): the field never held the password as text.
        for (int start = 0; start + 8 <= length; ++start) {
            const std::string piece = password.substr(static_cast<std::size_t>(start), 8);
            QVERIFY2(core.find(piece) == std::string::npos,
                     "eight characters of the password (UTF-8) are in the core");
            QVERIFY2(core.find(utf16le(piece)) == std::string::npos,
                     "eight characters of the password (UTF-16LE) are in the core");
            QVERIFY2(brokerCore.find(piece) == std::string::npos,
                     "eight characters of the password are in the broker");
        }
        qInfo("core of the logon broker: %zu bytes", brokerCore.size());
        QVERIFY2(brokerCore.find(user_) != std::string::npos, "the user name is not in the broker's core");
        QVERIFY2(brokerCore.find(half) == std::string::npos,
                 "a copy of the password is in the broker's core");
        QVERIFY2(brokerCore.find(utf16le(half)) == std::string::npos,
                 "a UTF-16LE copy of the password is in the broker's core");

        QVERIFY(!window->reportMarkdown().contains(QString::fromStdString(password)));
        QVERIFY(!window->reportJson().contains(password.c_str()));
        window->close();  // saves the settings
        window.reset();
        QSettings settings;
        settings.sync();
        std::ifstream stored(settings.fileName().toStdString(), std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(stored), std::istreambuf_iterator<char>()};
        QVERIFY2(!text.empty(), qPrintable(settings.fileName()));
        QVERIFY(text.find(user_) != std::string::npos);     // the user name is remembered…
        QVERIFY(text.find(password) == std::string::npos);  // …the password never
    }
};

// As tokenscope's main() starts: core dumps off, not dumpable, capabilities dropped.
int main(int argc, char** argv) {
    (void)tokenscope::gui::hardenAtStartup();
    QApplication app(argc, argv);
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_secrets.moc"
