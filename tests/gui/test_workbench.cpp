// The workbench driven through its real widgets under Xvfb, on the real backend: PAM through
// cwrap's pam_matrix (CTest preloads pam_wrapper and nss_wrapper), impersonation as root.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "main_window.hpp"
#include "posix/proc_status.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

using tokenscope::gui::MainWindow;

class TestWorkbench : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;
    int logged_ = 0;

    template <class T>
    T* child(const char* name) {
        auto* widget = window_->findChild<T*>(QString::fromLatin1(name));
        if (widget == nullptr) qFatal("no widget %s", name);
        return widget;
    }

    // Waits until the worker has finished everything posted so far.
    bool settle() {
        return QTest::qWaitFor([this] { return !window_->session().busy(); }, 20000);
    }

    QString lastLog(int column) {
        auto* log = child<QTableWidget>("logTable");
        return log->rowCount() ? log->item(log->rowCount() - 1, column)->text() : QString();
    }

    void logOn(const QString& user, const QString& password) {
        child<QLineEdit>("userEdit")->setText(user);
        auto* field = child<QLineEdit>("passwordEdit");
        field->setFocus();
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);  // Enter logs on
        QVERIFY(settle());
    }

    static bool cwrap() { return qEnvironmentVariable("PAM_WRAPPER") == QStringLiteral("1"); }

private slots:
    void init() {
        // Each test starts at the default size and layout (the remembered user stays).
        QSettings().remove(QStringLiteral("window"));
        window_ = std::make_unique<MainWindow>();
        window_->setPamService(QStringLiteral(TOKENSCOPE_CWRAP_SERVICE));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(settle());
    }
    void cleanup() { window_.reset(); }

    void dropDownsComeFromTheLogonConstantsWithTheSeedsDefaults() {
        auto* types = child<QComboBox>("typeCombo");
        auto* providers = child<QComboBox>("providerCombo");
        QCOMPARE(types->count(), 7);
        QCOMPARE(types->currentText(), QStringLiteral("LOGON32_LOGON_INTERACTIVE (2)"));
        QCOMPARE(providers->currentText(), QStringLiteral("LOGON32_PROVIDER_DEFAULT (0)"));
        const int newCredentials = types->findData(9u);
        QVERIFY(newCredentials >= 0);
        auto* model = qobject_cast<QStandardItemModel*>(types->model());
        QVERIFY(model);
        QVERIFY(!model->item(newCredentials)->isEnabled());
        QVERIFY(model->item(newCredentials)
                    ->toolTip()
                    .contains(QStringLiteral("Not supported on this platform")));
        QVERIFY(!types->toolTip().isEmpty());
    }

    void keyboardOnlyTabOrderAndMnemonics() {
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        auto* user = child<QLineEdit>("userEdit");
        QTRY_VERIFY(user->hasFocus());
        const char* order[] = {"domainEdit", "passwordEdit", "typeCombo", "providerCombo", "logonButton"};
        for (const char* name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(name));
        }
        QTest::keyClick(window_.get(), Qt::Key_W, Qt::AltModifier);  // Pass&word:
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
        for (auto* widget : window_->findChildren<QWidget*>()) {
            if ((qobject_cast<QPushButton*>(widget) || qobject_cast<QLineEdit*>(widget)) &&
                widget->isVisible())
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void privilegePanelShowsWhatCoreAndTheKernelSay() {
        auto* table = child<QTableWidget>("privilegeTable");
        std::ifstream lastCap("/proc/sys/kernel/cap_last_cap");
        int last = 0;
        lastCap >> last;
        QCOMPARE(table->rowCount(), last + 1);
        // The worker thread inherited the GUI thread's capabilities and does not impersonate.
        auto status = tokenscope::posix::readProcStatus("/proc/thread-self/status");
        QVERIFY(status.ok());
        for (int row = 0; row < table->rowCount(); ++row) {
            const bool held = ((status->capPermitted >> row) & 1u) != 0;
            const bool enabled = ((status->capEffective >> row) & 1u) != 0;
            QCOMPARE(table->item(row, 1)->text(), !held     ? QStringLiteral("Not held")
                                                  : enabled ? QStringLiteral("Enabled")
                                                            : QStringLiteral("Disabled"));
        }
        const auto& report = *window_->session().state().privileges;
        QCOMPARE(child<QLabel>("verdictLabel")->property("ready").toBool(), report.canImpersonate);
    }

    // PAM runs in the logon broker, not in this process: "Needed for" says so, while core's text
    // (the CLI's, which runs PAM itself) stays as it is.
    void neededForNamesTheProcessThatNeedsIt() {
        auto* table = child<QTableWidget>("privilegeTable");
        const std::pair<int, const char*> rows[]{{1, "CAP_DAC_OVERRIDE"}, {2, "CAP_DAC_READ_SEARCH"}, {5, "CAP_KILL"},
                                                 {7, "CAP_SETUID"},       {21, "CAP_SYS_ADMIN"},      {24, "CAP_SYS_RESOURCE"},
                                                 {29, "CAP_AUDIT_WRITE"}};
        for (const auto& [row, name] : rows) QCOMPARE(table->item(row, 0)->text(), QString::fromLatin1(name));
        auto needs = [table](int capability, const char*) { return table->item(capability, 3)->text(); };
        const QString dacRead = needs(2, "CAP_DAC_READ_SEARCH");
        QCOMPARE(dacRead, QStringLiteral("logon (in the logon broker: PAM reads /etc/shadow)"));
        QCOMPARE(needs(1, "CAP_DAC_OVERRIDE"), dacRead);
        QCOMPARE(needs(5, "CAP_KILL"), QStringLiteral("cancel a program running as the user"));
        const QString setuid = needs(7, "CAP_SETUID");
        QVERIFY2(setuid.startsWith(QStringLiteral("impersonate, run as user, logon session (in the logon broker: ")),
                 qPrintable(setuid));
        QVERIFY(needs(29, "CAP_AUDIT_WRITE").contains(QStringLiteral("in the logon broker: PAM writes audit records")));
        QVERIFY(needs(24, "CAP_SYS_RESOURCE").contains(QStringLiteral("pam_limits")));
        QCOMPARE(needs(21, "CAP_SYS_ADMIN"), QString());  // the broker does without it
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 3)->text().contains(QStringLiteral("verify other users' passwords")));
            QVERIFY(!table->item(row, 3)->text().contains(QStringLiteral("open a logon session")));
        }
        auto core = tokenscope::findPrivilege("CAP_DAC_READ_SEARCH");
        QVERIFY(core.ok());
        QCOMPARE(core->neededFor, std::vector<std::string>{"verify other users' passwords"});
    }

    void logonWithRightPasswordHoldsATokenAndClearsThePassword() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        QCOMPARE(lastLog(1), QStringLiteral("Log on — tsalice"));
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
        QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty());
        QVERIFY(window_->session().state().loggedOn);
        QCOMPARE(window_->session().state().uid, 4242u);
        QVERIFY(child<QLabel>("sessionLabel")->text().contains(QStringLiteral("tsalice")));
        QVERIFY(child<QPushButton>("impersonateButton")->isEnabled());
        QVERIFY(!window_->reportMarkdown().contains(QStringLiteral("Alice-Secret-1")));
        QVERIFY(!window_->reportJson().contains("Alice-Secret-1"));
        // PAM ran in the logon broker, which holds the session, and the window says which process.
        const int broker = window_->session().state().sessionProcess;
        QVERIFY(broker > 0 && broker != getpid());
        QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(broker)));
        QVERIFY(child<QLabel>("sessionLabel")->text().contains(QStringLiteral("process %1").arg(broker)));
        QVERIFY(lastLog(3).contains(QStringLiteral("process %1").arg(broker)));

        QTest::mouseClick(child<QPushButton>("logoffButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(lastLog(1), QStringLiteral("Log off"));
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
        QVERIFY(!window_->session().state().loggedOn);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));  // exited and reaped
    }

    // Cancel during a slow logon (a PAM service whose auth step takes five seconds) ends the logon
    // broker at once; no process or descriptor is left behind.
    void cancelEndsASlowLogonAtOnce() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile service(dir.filePath(QStringLiteral("tokenscope-slow")));
        QVERIFY(service.open(QIODevice::WriteOnly));
        const QByteArray matrix = QByteArrayLiteral(TOKENSCOPE_PAM_MATRIX " passdb=" TOKENSCOPE_CWRAP_PASSDB);
        service.write(
            "auth required /usr/lib/x86_64-linux-gnu/security/pam_exec.so /bin/sleep 5\n"
            "auth required " +
            matrix + "\naccount required " + matrix + "\n");
        service.close();
        const QByteArray previous = qgetenv("PAM_WRAPPER_SERVICE_DIR");
        qputenv("PAM_WRAPPER_SERVICE_DIR", dir.path().toLocal8Bit());  // the broker's environment takes it
        window_->setPamService(QStringLiteral("tokenscope-slow"));
        const auto fds =
            QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();

        QElapsedTimer timer;
        timer.start();
        child<QLineEdit>("userEdit")->setText(QStringLiteral("tsalice"));
        auto* field = child<QLineEdit>("passwordEdit");
        QTest::keyClicks(field, QStringLiteral("Alice-Secret-1"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(child<QPushButton>("cancelButton")->isVisible());
        QTest::qWait(300);
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(settle());
        qputenv("PAM_WRAPPER_SERVICE_DIR", previous);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(lastLog(1), QStringLiteral("Log on — tsalice"));
        QCOMPARE(lastLog(2), QStringLiteral("cancelled"));
        QVERIFY(!window_->session().state().loggedOn);
        QCOMPARE(
            QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(),
            fds);
    }

    // A logon broker that ends on its own while it holds the session (here: SIGKILL from outside)
    // is noticed at once by the worker, reaped, and the log, the state and the buttons say so; no
    // descriptor is left behind, and logging on again works.
    void aBrokerKilledFromOutsideIsNoticedReapedAndReported() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        const auto openFds = [] {
            return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
        };
        const auto fds = openFds();
        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        QVERIFY(window_->session().state().loggedOn);
        const int broker = window_->session().state().sessionProcess;
        QVERIFY(broker > 0);
        const bool root = geteuid() == 0;
        if (root) {  // impersonating too: the worker reverts when the session goes
            QTest::mouseClick(child<QPushButton>("impersonateButton"), Qt::LeftButton);
            QVERIFY(settle());
            QVERIFY(window_->session().state().impersonating);
        }

        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(broker, SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->session().state().loggedOn, 5000);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        qInfo("noticed after %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(lastLog(1), QStringLiteral("Logon broker"));
        QCOMPARE(lastLog(2), QStringLiteral("failed"));
        QVERIFY2(lastLog(3).startsWith(QStringLiteral("The logon broker (pid %1) ended: killed by signal 9; the logon "
                                                      "session is closed.")
                                           .arg(broker)),
                 qPrintable(lastLog(3)));
        const auto& state = window_->session().state();
        QCOMPARE(state.sessionProcess, 0);
        QVERIFY(!state.impersonating);
        QVERIFY(!window_->session().busy());
        if (root) QCOMPARE(*state.thread->user.posixId, 0u);
        QCOMPARE(child<QLabel>("sessionLabel")->text(), QStringLiteral("No logon token."));
        QVERIFY(!child<QPushButton>("logoffButton")->isEnabled());
        QVERIFY(!child<QPushButton>("impersonateButton")->isEnabled());
        QVERIFY(child<QPushButton>("logonButton")->isEnabled());
        // Reaped, not a zombie: no /proc entry, nothing left to wait for.
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(broker)));
        QCOMPARE(::waitpid(broker, nullptr, WNOHANG), -1);
        QCOMPARE(openFds(), fds);

        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        QCOMPARE(lastLog(1), QStringLiteral("Log on — tsalice"));
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
        const int again = window_->session().state().sessionProcess;
        QVERIFY(again > 0 && again != broker);
        QTest::mouseClick(child<QPushButton>("logoffButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(again)));
        QCOMPARE(openFds(), fds);
    }

    void logonWithWrongPasswordReportsLogonFailure() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        logOn(QStringLiteral("tsalice"), QStringLiteral("wrong"));
        QCOMPARE(lastLog(2), QStringLiteral("failed"));
        QVERIFY2(lastLog(3).contains(QStringLiteral("ERROR_LOGON_FAILURE (1326)")), qPrintable(lastLog(3)));
        QVERIFY(lastLog(3).contains(QStringLiteral("PAM")));
        QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty());
        QVERIFY(!window_->session().state().loggedOn);
        // Seen where the user looks: under the logon buttons in the error colour, a failure mark
        // of its own in Activity (not the grey of "not held"), the user named on the row.
        QCOMPARE(lastLog(1), QStringLiteral("Log on — tsalice"));
        auto* log = child<QTableWidget>("logTable");
        auto* result = log->item(log->rowCount() - 1, 2);
        QCOMPARE(result->data(Qt::UserRole).toString(), QStringLiteral("failed"));
        QCOMPARE(result->foreground().color(), QColor(0xb3, 0x26, 0x1e));
        auto* status = child<QLabel>("logonResultLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(
                     QStringLiteral("Log on as tsalice failed: ERROR_LOGON_FAILURE (1326) — ")),
                 qPrintable(status->text()));
        QVERIFY(status->property("failed").toBool());
        QCOMPARE(status->palette().color(QPalette::WindowText), QColor(0xb3, 0x26, 0x1e));
        // The whole entry in a window of its own.
        log->setFocus();
        log->setCurrentCell(log->rowCount() - 1, 3);
        QTest::keyClick(log, Qt::Key_Return);
        QDialog* entry = nullptr;
        QTRY_VERIFY((entry = window_->findChild<QDialog*>(QStringLiteral("logEntryDialog"))) != nullptr);
        const QString whole = entry->findChild<QPlainTextEdit*>(QStringLiteral("logEntryText"))->toPlainText();
        QVERIFY2(whole.contains(QStringLiteral("ERROR_LOGON_FAILURE (1326)")) && whole.contains(QStringLiteral("Hint:")),
                 qPrintable(whole));
        entry->close();
    }

    // Only a user that logged on is remembered; a remembered user starts the window in Password.
    void onlyAUserThatLoggedOnIsRemembered() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        QSettings().setValue(QStringLiteral("logon/user"), QStringLiteral("tsremembered"));
        window_ = std::make_unique<MainWindow>();
        window_->setPamService(QStringLiteral(TOKENSCOPE_CWRAP_SERVICE));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        QCOMPARE(child<QLineEdit>("userEdit")->text(), QStringLiteral("tsremembered"));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
        logOn(QStringLiteral("tsnobody-typo"), QStringLiteral("wrong"));
        window_->close();
        QCOMPARE(QSettings().value(QStringLiteral("logon/user")).toString(), QStringLiteral("tsremembered"));
        window_ = std::make_unique<MainWindow>();
        window_->setPamService(QStringLiteral(TOKENSCOPE_CWRAP_SERVICE));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(settle());
        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        QVERIFY(window_->session().state().loggedOn);
        QCOMPARE(child<QLabel>("logonResultLabel")->text(), QStringLiteral("Logged on as tsalice."));
        window_->close();
        QCOMPARE(QSettings().value(QStringLiteral("logon/user")).toString(), QStringLiteral("tsalice"));
        QSettings().remove(QStringLiteral("logon/user"));
    }

    // Enter on a focused button presses it, as Space does.
    void enterOnAFocusedButtonPressesIt() {
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        child<QLineEdit>("pathEdit")->setText(QStringLiteral("/"));
        auto* probe = child<QPushButton>("probeButton");
        probe->setFocus();
        QTRY_VERIFY(probe->hasFocus());
        QTest::keyClick(probe, Qt::Key_Return);
        QVERIFY(settle());
        QCOMPARE(child<QTableWidget>("accessTable")->rowCount(), 4);
        QVERIFY(probe->autoDefault());
    }

    // Every row of the effective-user table in sight, its last column taking the rest; the
    // privilege rows differ by design before any impersonation, and say so instead of "changed".
    void effectiveUserTableShowsEveryRowAndComparesLikeWithLike() {
        auto* table = child<QTableWidget>("identityTable");
        QTRY_VERIFY(table->rowCount() > 5);
        int coreRows = 0;  // up to Impersonating, the rows every platform has
        while (coreRows < table->rowCount() && table->item(coreRows, 0)->text() != QStringLiteral("Impersonating")) ++coreRows;
        QVERIFY(coreRows < table->rowCount());
        int coreHeight = 0;
        for (int row = 0; row <= coreRows; ++row) coreHeight += table->rowHeight(row);
        QVERIFY2(table->viewport()->height() >= coreHeight,
                 qPrintable(QStringLiteral("%1 < %2").arg(table->viewport()->height()).arg(coreHeight)));
        auto* privileges = child<QTableWidget>("privilegeTable");
        // The privileges keep four rows at least (800x600 once showed one).
        QVERIFY2(privileges->viewport()->height() >= 4 * privileges->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(privileges->viewport()->height())));
        int used = 0;
        for (int column = 0; column < table->columnCount(); ++column) used += table->columnWidth(column);
        QVERIFY2(used >= table->viewport()->width(), qPrintable(QStringLiteral("%1 < %2").arg(used).arg(table->viewport()->width())));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != QStringLiteral("Privileges")) continue;
            if (table->item(row, 1)->text() == table->item(row, 2)->text()) break;
            QCOMPARE(table->item(row, 3)->text(), QStringLiteral("differs"));
            QVERIFY(table->item(row, 3)->toolTip().contains(QStringLiteral("by design")));
        }
    }

    // As root: the worker thread becomes the user; the process and the GUI thread stay themselves.
    void impersonateProbeAndRevertOnTheWorkerThreadOnly() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        if (geteuid() != 0) QSKIP("impersonation needs root (CAP_SETUID, CAP_SETGID)");
        auto* asUser = child<QGroupBox>("asUserBox");
        QCOMPARE(asUser->title(), QStringLiteral("Access probe and run-as"));  // nobody logged on
        QVERIFY(child<QPushButton>("runButton")->toolTip().startsWith(QStringLiteral("Log on first")));
        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        QVERIFY(window_->session().state().loggedOn);
        QCOMPARE(asUser->title(), QStringLiteral("As tsalice"));
        // The token lines keep their height; the whole of them is the tool tip.
        auto* session = child<QLabel>("sessionLabel");
        QCOMPARE(session->minimumHeight(), session->maximumHeight());
        QVERIFY2(session->toolTip().contains(QStringLiteral("PAM steps:")), qPrintable(session->toolTip()));

        QTest::mouseClick(child<QPushButton>("impersonateButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
        const auto& state = window_->session().state();
        QVERIFY(state.impersonating);
        QCOMPARE(*state.thread->user.posixId, 4242u);
        QVERIFY(state.thread->impersonating);
        auto* identity = child<QTableWidget>("identityTable");
        QCOMPARE(identity->item(0, 1)->text(), QStringLiteral("root (0)"));
        QCOMPARE(identity->item(0, 2)->text(), QStringLiteral("tsalice (4242)"));
        QCOMPARE(identity->item(0, 3)->text(), QStringLiteral("changed"));
        auto gui = tokenscope::threadIdentity();  // this, the GUI thread, never impersonates
        QVERIFY(gui.ok());
        QCOMPARE(*gui->user.posixId, 0u);
        QVERIFY(!gui->impersonating);

        // A file only root may read: denied as the user. A world-readable one: granted.
        char secret[] = "/tmp/tokenscope-gui-secret-XXXXXX";
        const int fd = mkstemp(secret);
        QVERIFY(fd >= 0);
        close(fd);
        chmod(secret, 0600);
        child<QLineEdit>("pathEdit")->setText(QString::fromLatin1(secret));
        QTest::mouseClick(child<QPushButton>("probeButton"), Qt::LeftButton);
        QVERIFY(settle());
        auto* access = child<QTableWidget>("accessTable");
        QCOMPARE(access->rowCount(), 4);
        QCOMPARE(access->item(0, 0)->text(), QStringLiteral("read"));
        QCOMPARE(access->item(0, 1)->text(), QStringLiteral("denied"));
        // Why: the rule the explanation names for the worker thread's user (mode 0600, not the
        // owner, other has ---); the open's own error in the tooltip.
        const QString why = access->item(0, 2)->text();
        QVERIFY2(why.startsWith(QString::fromLatin1(secret) + QStringLiteral(": read denied: mode 0600 root:root")),
                 qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("other has ---")), qPrintable(why));
        QVERIFY(access->item(0, 2)->toolTip().contains(QStringLiteral("ERROR_ACCESS_DENIED")));
        chmod(secret, 0644);
        QTest::mouseClick(child<QPushButton>("probeButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(access->item(0, 1)->text(), QStringLiteral("granted"));
        QVERIFY2(access->item(0, 2)->text().contains(QStringLiteral("read granted")), qPrintable(access->item(0, 2)->text()));
        unlink(secret);
        // Whose rights these are, and why Run as user waits.
        QCOMPARE(child<QLabel>("accessCaption")->text(),
                 QString::fromLatin1(secret) + QStringLiteral(" as tsalice (impersonated)"));
        QVERIFY(!child<QPushButton>("runButton")->isEnabled());
        QVERIFY(child<QPushButton>("runButton")->toolTip().startsWith(QStringLiteral("Revert to self first")));

        QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(lastLog(1), QStringLiteral("Revert to self"));
        QVERIFY(!window_->session().state().impersonating);
        QCOMPARE(*window_->session().state().thread->user.posixId, 0u);
        QVERIFY(!window_->session().state().thread->impersonating);
        QCOMPARE(identity->item(0, 2)->text(), QStringLiteral("root (0)"));
        // The impersonated user's results are gone with the impersonation.
        QCOMPARE(access->rowCount(), 0);
        QVERIFY(child<QLabel>("accessCaption")->text().contains(QStringLiteral("cleared")));
    }

    // Rows impersonation needs are tinted amber, never the selection's colour; the drop-downs'
    // tool tips wrap (rich text) and name this program's --pam-service.
    void neededRowsAreTintedAndTipsWrap() {
        auto* table = child<QTableWidget>("privilegeTable");
        int needed = -1, other = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString name = table->item(row, 0)->data(Qt::UserRole).toString();
            if (name == QStringLiteral("CAP_SETUID")) needed = row;
            if (name == QStringLiteral("CAP_CHOWN")) other = row;
        }
        QVERIFY(needed >= 0 && other >= 0);
        const QColor tint = table->item(needed, 0)->background().color();
        QCOMPARE(tint, QColor(0xff, 0xf1, 0xc4));
        QVERIFY(tint != table->palette().color(QPalette::Highlight));
        QCOMPARE(table->item(other, 0)->background().style(), Qt::NoBrush);
        auto* providers = child<QComboBox>("providerCombo");
        auto* model = qobject_cast<QStandardItemModel*>(providers->model());
        bool named = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString tip = model->item(row)->toolTip();
            QVERIFY2(tip.startsWith(QStringLiteral("<p")), qPrintable(tip));
            QVERIFY2(!tip.contains(QStringLiteral("--service")), qPrintable(tip));
            named = named || tip.contains(QStringLiteral("--pam-service"));
        }
        QVERIFY(named);
    }

    void runAsUserReportsTheChildsIdentityAndStatus() {
        if (!cwrap()) QSKIP("needs pam_wrapper preloaded (run through ctest)");
        if (geteuid() != 0) QSKIP("run as user needs root (CAP_SETUID, CAP_SETGID)");
        logOn(QStringLiteral("tsalice"), QStringLiteral("Alice-Secret-1"));
        child<QLineEdit>("commandEdit")->setText(QStringLiteral("/usr/bin/id -u"));
        QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(lastLog(1), QStringLiteral("Run as user"));
        QVERIFY2(lastLog(3).contains(QStringLiteral("exited with status 0: 4242")), qPrintable(lastLog(3)));
    }

    void disablingACapabilityChangesTheWorkerThreadOnly() {
        auto* table = child<QTableWidget>("privilegeTable");
        const int row = 25;  // CAP_SYS_TIME
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("CAP_SYS_TIME"));
        if (table->item(row, 1)->text() != QStringLiteral("Enabled"))
            QSKIP("CAP_SYS_TIME is not enabled here");
        table->selectRow(row);
        // Enable and Disable follow the chosen row's state.
        QVERIFY(!child<QPushButton>("enableButton")->isEnabled());
        QVERIFY(child<QPushButton>("disableButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("disableButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Disabled"));
        QTRY_VERIFY(child<QPushButton>("enableButton")->isEnabled());
        QVERIFY(!child<QPushButton>("disableButton")->isEnabled());
        auto status = tokenscope::posix::readProcStatus("/proc/thread-self/status");
        QVERIFY(status.ok());
        QVERIFY(((status->capEffective >> row) & 1u) != 0);  // the GUI thread keeps it
        QTest::mouseClick(child<QPushButton>("enableButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Enabled"));
    }
};

QTEST_MAIN(TestWorkbench)
#include "test_workbench.moc"
