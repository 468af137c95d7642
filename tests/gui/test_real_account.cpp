// The workbench on the real `login` PAM stack with a temporary local account, as root and only
// with TOKENSCOPE_TEST_REAL_ACCOUNTS=1: an interactive logon through the logon broker (its login
// uid set by pam_loginuid), impersonate, probe, revert, log off (the broker gone), a wrong password.
#include <sys/stat.h>
#include <unistd.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>
#include <memory>

#include "main_window.hpp"
#include "support/temporary_account.hpp"
#include "tokenscope/identity.hpp"

using tokenscope::gui::MainWindow;

class TestRealAccount : public QObject {
    Q_OBJECT

    std::unique_ptr<tokenscope::test::TemporaryAccount> account_;
    QString user_;
    QString password_;

private slots:
    void initTestCase() {
        const std::string reason = tokenscope::test::TemporaryAccount::unavailableReason();
        if (!reason.empty()) QSKIP(reason.c_str());
        account_ = std::make_unique<tokenscope::test::TemporaryAccount>(
            "tsgui", tokenscope::test::TemporaryAccount::Options{.home = true});
        QVERIFY2(account_->created(), account_->error().c_str());
        user_ = QString::fromStdString(account_->name());
        password_ = QString::fromStdString(account_->password());
    }

    void cleanupTestCase() { account_.reset(); }

    void logOnImpersonateAndRevertARealAccount() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto settle = [&window] {
            return QTest::qWaitFor([&window] { return !window.session().busy(); }, 30000);
        };
        QVERIFY(settle());
        window.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(user_);
        auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* types = window.findChild<QComboBox*>(QStringLiteral("typeCombo"));
        const auto& log = window.activity().entries();
        auto lastText = [&log] {
            const auto& last = log.last().outcome;
            return last.error ? tokenscope::gui::ActivityLog::errorText(*last.error) : last.detail;
        };

        // An interactive logon opens a PAM session. Debian's login stack has pam_loginuid, which
        // the kernel lets only a process's main thread run: the logon broker runs PAM on its main
        // thread and holds the session, the worker thread impersonates in this process.
        types->setCurrentIndex(types->findData(2u));
        QTest::keyClicks(password, password_);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(settle());
        QVERIFY2(window.session().state().loggedOn, qPrintable(lastText()));
        QVERIFY(password->text().isEmpty());
        QVERIFY(window.session().state().steps.contains(QStringLiteral("open_session")));
        const int broker = window.session().state().sessionProcess;
        QVERIFY(broker > 0 && broker != getpid());
        auto* session = window.findChild<QLabel*>(QStringLiteral("sessionLabel"));
        QVERIFY2(session->text().contains(QStringLiteral("process %1").arg(broker)),
                 qPrintable(session->text()));
        const auto uid = window.session().state().uid;
        QVERIFY(uid != 0);
        // pam_loginuid, where the stack has it, set the broker's login uid to the user's; this
        // process's stays as it was.
        QFile pamLogin(QStringLiteral("/etc/pam.d/login"));
        if (pamLogin.open(QIODevice::ReadOnly) && pamLogin.readAll().contains("pam_loginuid")) {
            QFile loginuid(QStringLiteral("/proc/%1/loginuid").arg(broker));
            QVERIFY(loginuid.open(QIODevice::ReadOnly));
            QCOMPARE(loginuid.readAll().trimmed(), QByteArray::number(uid));
        }
        QCOMPARE(QFile::exists(QStringLiteral("/proc/%1").arg(broker)), true);
        window.findChild<QPushButton*>(QStringLiteral("impersonateButton"))->click();
        QVERIFY(settle());
        QVERIFY(window.session().state().impersonating);
        QCOMPARE(*window.session().state().thread->user.posixId, uid);
        QCOMPARE(QString::fromStdString(window.session().state().thread->user.name), user_);
        auto* identity = window.findChild<QTableWidget*>(QStringLiteral("identityTable"));
        QCOMPARE(identity->item(0, 2)->text(), QStringLiteral("%1 (%2)").arg(user_).arg(uid));
        QCOMPARE(*tokenscope::threadIdentity()->user.posixId, 0u);  // the GUI thread stays root

        window.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/etc/shadow"));
        window.findChild<QPushButton*>(QStringLiteral("probeButton"))->click();
        QVERIFY(settle());
        auto* access = window.findChild<QTableWidget*>(QStringLiteral("accessTable"));
        QCOMPARE(access->item(0, 1)->text(), QStringLiteral("denied"));
        // Why, for the impersonated thread: the mode, owner and group stat() gives, and that the
        // user is neither the owner nor in the group.
        struct stat shadow{};
        QCOMPARE(::stat("/etc/shadow", &shadow), 0);
        const QString why = access->item(0, 2)->text();
        QVERIFY2(why.startsWith(QStringLiteral("/etc/shadow: read denied: mode %1")
                                    .arg(shadow.st_mode & 07777, 4, 8, QLatin1Char('0'))),
                 qPrintable(why));
        QVERIFY2(why.contains(user_ + QStringLiteral(" is not the owner")), qPrintable(why));

        window.findChild<QPushButton*>(QStringLiteral("revertButton"))->click();
        QVERIFY(settle());
        QVERIFY(!window.session().state().impersonating);
        QCOMPARE(*window.session().state().thread->user.posixId, 0u);
        window.findChild<QPushButton*>(QStringLiteral("logoffButton"))->click();
        QVERIFY(settle());
        QVERIFY2(!window.session().state().loggedOn, qPrintable(lastText()));
        QVERIFY2(window.activity().entries().last().outcome.ok, qPrintable(lastText()));
        // The broker closed the session, exited and was reaped (no zombie left in /proc).
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));

        // A wrong password through the real stack: ERROR_LOGON_FAILURE after PAM's delay.
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(settle());
        QVERIFY(!window.session().state().loggedOn);
        QVERIFY2(lastText().contains(QStringLiteral("ERROR_LOGON_FAILURE")), qPrintable(lastText()));
        // The failure comes with the account check beside the logon panel: nothing in the account
        // refuses it, so the password was wrong.
        auto* account = window.findChild<QLabel*>(QStringLiteral("accountLabel"));
        QVERIFY(account->isVisible());
        QVERIFY2(account->text().startsWith(user_ + QStringLiteral(" can log on (login)")), qPrintable(account->text()));

        // Locked with usermod -L: Check account says so, as passwd -S does ("L").
        QVERIFY(tokenscope::test::runAccountTool({"usermod", "-L", user_.toStdString()}));
        QProcess passwd;
        passwd.start(QStringLiteral("passwd"), {QStringLiteral("-S"), user_});
        QVERIFY(passwd.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(passwd.readAllStandardOutput()).split(QLatin1Char(' ')).value(1), QStringLiteral("L"));
        window.findChild<QPushButton*>(QStringLiteral("checkAccountButton"))->click();
        QVERIFY(settle());
        QVERIFY2(account->text().startsWith(user_ + QStringLiteral(" cannot log on (login):")), qPrintable(account->text()));
        QVERIFY2(account->text().contains(QStringLiteral("locked")), qPrintable(account->text()));
        QVERIFY(!account->property("canLogOn").toBool());
        QVERIFY(tokenscope::test::runAccountTool({"usermod", "-U", user_.toStdString()}));
        window.findChild<QPushButton*>(QStringLiteral("checkAccountButton"))->click();
        QVERIFY(settle());
        QVERIFY2(account->text().startsWith(user_ + QStringLiteral(" can log on")), qPrintable(account->text()));
        // Another name makes the answer stale: it is hidden.
        QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("userEdit")), Qt::Key_X);
        QVERIFY(!account->isVisible());
    }
};

QTEST_MAIN(TestRealAccount)
#include "test_real_account.moc"
