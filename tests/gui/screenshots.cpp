// Renders the README's screenshots: the workbench after a logon and an impersonation through
// cwrap's PAM (as root), the same in Japanese, and the constants browser with a query. Run by
// make-screenshots.sh. Cross-built for Windows it renders tokenscope.exe under Wine instead
// (tests/windows/gui/make-screenshots.sh): windows-main-window.png after a logon that Wine's stub
// refuses, windows-privileges.png, windows-groups.png and windows-constants-browser.png.
#include <QApplication>
#include <QProcess>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QGroupBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include "constants_browser.hpp"
#include "process_browser.hpp"
#include "language.hpp"
#include "main_window.hpp"

namespace {

void settle(tokenscope::gui::MainWindow& window) {
    (void)QTest::qWaitFor([&window] { return !window.session().busy(); }, 20000);
    QTest::qWait(200);
}

// The workbench after a wrong and a right password, an impersonation and an access probe, in the
// user interface language of the moment (the activity details keep the language they were written in).
bool shootWorkbench(const QString& file) {
    tokenscope::gui::MainWindow window;
    window.setPamService(qEnvironmentVariable("TOKENSCOPE_SCREENSHOT_SERVICE", QStringLiteral("login")));
    window.resize(1400, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    settle(window);
    if (qEnvironmentVariable("PAM_WRAPPER") == QStringLiteral("1")) {
        window.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("tsalice"));
        auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        settle(window);
        QTest::keyClicks(password, QStringLiteral("Alice-Secret-1"));
        QTest::keyClick(password, Qt::Key_Return);
        settle(window);
        window.findChild<QPushButton*>(QStringLiteral("impersonateButton"))->click();
        settle(window);
        window.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/etc/shadow"));
        window.findChild<QPushButton*>(QStringLiteral("probeButton"))->click();
        settle(window);
    }
#ifdef Q_OS_WIN
    // Wine: a logon that its LogonUserW stub would fake, reported as such.
    window.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("Alice-Secret-1"));
    QTest::keyClick(password, Qt::Key_Return);
    settle(window);
    const QString folder = QFileInfo(file).path();
    if (!window.findChild<QGroupBox*>(QStringLiteral("privilegeBox"))->grab().save(folder + QStringLiteral("/windows-privileges.png")))
        return false;
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("identityTabs"));
    tabs->setCurrentIndex(1);
    QTest::qWait(100);
    if (!window.findChild<QGroupBox*>(QStringLiteral("identityBox"))->grab().save(folder + QStringLiteral("/windows-groups.png")))
        return false;
    tabs->setCurrentIndex(0);
    QTest::qWait(100);
#endif
    return window.grab().save(file);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    tokenscope::gui::setUiLanguage(QStringLiteral("en"));
#ifdef Q_OS_WIN
    const QString prefix = QStringLiteral("/windows-");
    if (!shootWorkbench(out + prefix + QStringLiteral("main-window.png"))) return 1;
#else
    const QString prefix = QStringLiteral("/");
    if (!shootWorkbench(out + QStringLiteral("/main-window.png"))) return 1;
    tokenscope::gui::setUiLanguage(QStringLiteral("de"));
    if (!shootWorkbench(out + QStringLiteral("/main-window-de.png"))) return 1;
    tokenscope::gui::setUiLanguage(QStringLiteral("ja"));
    if (!shootWorkbench(out + QStringLiteral("/main-window-ja.png"))) return 1;
    tokenscope::gui::setUiLanguage(QStringLiteral("en"));
#endif

    tokenscope::gui::ConstantsBrowser browser;
    browser.resize(1400, 800);
    browser.show();
    (void)QTest::qWaitForWindowExposed(&browser);
    browser.setQuery(QStringLiteral("TOKEN_ALL_ACCESS"));
    QTest::qWait(200);
    if (!browser.grab().save(out + prefix + QStringLiteral("constants-browser.png"))) return 1;

    // The process browser on a process of another user with two groups and no capabilities
    // (Linux, as root), or on this process (Windows).
    QProcess sleeper;
#ifdef Q_OS_WIN
    const qint64 pid = QCoreApplication::applicationPid();
#else
    sleeper.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                              QStringLiteral("--groups=4,24"), QStringLiteral("sleep"), QStringLiteral("60")});
    if (!sleeper.waitForStarted(5000)) return 1;
    QTest::qWait(300);
    const qint64 pid = sleeper.processId();
#endif
    tokenscope::gui::ProcessBrowser processes;
    processes.setAutoRefresh(false);
    processes.resize(1400, 800);
    processes.show();
    (void)QTest::qWaitForWindowExposed(&processes);
    processes.refreshNow();
    const bool found = processes.selectProcess(pid);
    QTest::qWait(200);
    const bool saved = found && processes.grab().save(out + prefix + QStringLiteral("process-browser.png"));
    sleeper.kill();
    sleeper.waitForFinished(5000);
    return saved ? 0 : 1;
}
