// Secrets in the GUI: after an interactive logon typed into the real password field, a core dump
// of this very process and of its logon broker (gcore, started from a child while the logon
// broker holds the session) has no copy of the password in UTF-8 or UTF-16LE; the field is empty; QSettings
// and the reports never hold it. Needs root, gcore (Debian's gdb) and TOKENSCOPE_TEST_REAL_ACCOUNTS=1: a
// temporary account of the real `login` stack, whose shadow file holds only a hash, so any copy found is one
// we made. The test itself keeps the password only masked (XOR with a random key) until the core is taken,
// and types it a character at a time.
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>

#include "main_window.hpp"
#include "privilege_hygiene.hpp"

using tokenscope::gui::MainWindow;

namespace {

constexpr int kLength = 24;

// Runs a shell command line with `input` (unmasked here, in a child) on its stdin.
bool runInChild(const char* command, const unsigned char* masked, const unsigned char* key,
                const char* prefix) {
    const pid_t pid = fork();
    if (pid == 0) {
        FILE* pipe = popen(command, "w");
        if (pipe == nullptr) _exit(1);
        std::fputs(prefix, pipe);
        for (int i = 0; i < kLength; ++i) std::fputc(masked[i] ^ key[i], pipe);
        std::fputc('\n', pipe);
        _exit(pclose(pipe) == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// A core dump of `pid` taken with gcore (as root), read whole and deleted.
std::string dumpOf(pid_t target) {
    const std::string prefix =
        QDir::temp().filePath(QStringLiteral("tokenscope-gui-core-%1").arg(getpid())).toStdString();
    const std::string id = std::to_string(target);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl("/usr/bin/gcore", "gcore", "-o", prefix.c_str(), id.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    const std::string path = prefix + "." + id;
    std::ifstream file(path, std::ios::binary);
    std::string core{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    std::remove(path.c_str());
    return core;
}

std::string utf16le(const std::string& text) {
    std::string out;
    for (const char c : text) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

}  // namespace

class TestSecrets : public QObject {
    Q_OBJECT

    QString skip_;
    std::string user_;
    unsigned char masked_[kLength] = {};
    unsigned char key_[kLength] = {};

    std::string unmasked() const {
        std::string text;
        for (int i = 0; i < kLength; ++i) text.push_back(static_cast<char>(masked_[i] ^ key_[i]));
        return text;
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("TOKENSCOPE_TEST_REAL_ACCOUNTS") != QStringLiteral("1")) {
            skip_ =
                QStringLiteral("set TOKENSCOPE_TEST_REAL_ACCOUNTS=1 (as root) to create a temporary account");
            return;
        }
        if (geteuid() != 0 || access("/usr/bin/gcore", X_OK) != 0) {
            skip_ = QStringLiteral("needs root and gcore (Debian package gdb)");
            return;
        }
        QCoreApplication::setOrganizationName(QStringLiteral("TokenScopeSecretsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenScopeSecretsTest"));
        std::random_device random;
        const char* alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < kLength; ++i) {
            key_[i] = static_cast<unsigned char>(1 + random() % 255);
            masked_[i] = static_cast<unsigned char>(alphabet[random() % 57]) ^ key_[i];
        }
        user_ = "tsguisec" + std::to_string(getpid() % 100000);
        const std::string add = "/usr/sbin/useradd --shell /bin/sh " + user_ + " >/dev/null 2>&1";
        if (std::system(add.c_str()) != 0 ||
            !runInChild("/usr/sbin/chpasswd", masked_, key_, (user_ + ":").c_str())) {
            skip_ = QStringLiteral("useradd/chpasswd failed");
        }
    }

    void cleanupTestCase() {
        if (!user_.empty())
            (void)std::system(("/usr/sbin/userdel --force " + user_ + " >/dev/null 2>&1").c_str());
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
        for (int i = 0; i < kLength; ++i) {
            char c = static_cast<char>(masked_[i] ^ key_[i]);
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
        const std::string core = dumpOf(getpid());
        const int broker = window->session().state().sessionProcess;
        QVERIFY(broker > 0);
        const std::string brokerCore = dumpOf(broker);
        QVERIFY2(core.size() > 100000, "gcore produced no core of the GUI");
        QVERIFY2(brokerCore.size() > 10000, "gcore produced no core of the logon broker");

        const std::string password = unmasked();  // only now, after the dump
        const std::string half = password.substr(0, kLength / 2 + 2);
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
        for (int start = 0; start + 8 <= kLength; ++start) {
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
