// tokenscope.exe's window under Windows (Wine on the CI machine): the same MainWindow and
// ConstantsBrowser classes the program shows, driven through their widgets, and every answer
// checked against Win32 itself, called here by the test: the compiler's LOGON32_* values,
// GetTokenInformation(TokenUser / TokenGroups / TokenPrivileges), LookupPrivilegeNameW.
#include <windows.h>
#include <sddl.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTest>
#include <atomic>
#include <thread>
#include <QTreeView>
#include <map>
#include <memory>
#include <vector>

#include "constants_browser.hpp"
#include "language.hpp"
#include "process_browser.hpp"
#include "report_comparison.hpp"
#include "main_window.hpp"

using tokenscope::gui::ConstantsBrowser;
using tokenscope::gui::MainWindow;

namespace {

bool underWine() {
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

// GetTokenInformation on the process token, as raw bytes.
std::vector<unsigned char> processTokenInformation(TOKEN_INFORMATION_CLASS which) {
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) return {};
    DWORD size = 0;
    ::GetTokenInformation(token, which, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size);
    const BOOL ok = size > 0 && ::GetTokenInformation(token, which, buffer.data(), size, &size);
    ::CloseHandle(token);
    // Returned as it is (moved, never copied): the SIDs inside point into this very buffer.
    if (!ok) return {};
    return buffer;
}

QString sidText(PSID sid) {
    wchar_t* text = nullptr;
    if (!::ConvertSidToStringSidW(sid, &text)) return {};
    const QString result = QString::fromWCharArray(text);
    ::LocalFree(text);
    return result;
}

// Privilege name → enabled, for every privilege the process token holds.
std::map<QString, bool> tokenPrivileges() {
    std::map<QString, bool> held;
    const auto buffer = processTokenInformation(TokenPrivileges);
    if (buffer.empty()) return held;
    const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(buffer.data());
    for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
        LUID luid = privileges->Privileges[i].Luid;
        wchar_t name[128];
        DWORD length = 128;
        if (!::LookupPrivilegeNameW(nullptr, &luid, name, &length)) continue;
        held[QString::fromWCharArray(name, static_cast<int>(length))] =
            (privileges->Privileges[i].Attributes & SE_PRIVILEGE_ENABLED) != 0;
    }
    return held;
}

}  // namespace

class TestWindowsGui : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    template <class T>
    T* child(const char* name) {
        auto* widget = window_->findChild<T*>(QString::fromLatin1(name));
        if (widget == nullptr) qFatal("no widget %s", name);
        return widget;
    }
    bool settle() {
        return QTest::qWaitFor([this] { return !window_->session().busy() && window_->session().state().thread; },
                               20000);
    }
    QString lastLog(int column) {
        auto* log = child<QTableWidget>("logTable");
        return log->rowCount() ? log->item(log->rowCount() - 1, column)->text() : QString();
    }
    int privilegeRow(const QString& name) {
        auto* table = child<QTableWidget>("privilegeTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == name) return row;
        }
        return -1;
    }

private slots:
    void initTestCase() {
        qInfo("Windows GUI under %s, Qt %s, platform %s", underWine() ? "Wine" : "Windows", qVersion(),
              qPrintable(QGuiApplication::platformName()));
        window_ = std::make_unique<MainWindow>();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->refresh();
        QVERIFY(settle());
    }
    void cleanupTestCase() { window_.reset(); }

    void theWindowIsTheWindowsOne() {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("windows"));
        QCOMPARE(window_->windowTitle(), QStringLiteral("TokenScope"));
        // The .exe's own icon sizes are embedded as PNG files (this Qt has no SVG engine).
        QVERIFY(!window_->windowIcon().isNull());
        QVERIFY(window_->windowIcon().availableSizes().contains(QSize(32, 32)));
    }

    void theUserIsTheTokensUserBySid() {
        const auto buffer = processTokenInformation(TokenUser);
        QVERIFY(!buffer.empty());
        const QString sid = sidText(reinterpret_cast<const TOKEN_USER*>(buffer.data())->User.Sid);
        QVERIFY(sid.startsWith(QStringLiteral("S-1-")));
        auto* table = child<QTableWidget>("identityTable");
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("User"));
        QVERIFY2(table->item(0, 1)->text().contains(sid), qPrintable(table->item(0, 1)->text()));
        // No POSIX ids on Windows, and the token's own facts are there.
        QStringList labels;
        for (int row = 0; row < table->rowCount(); ++row) labels << table->item(row, 0)->text();
        QVERIFY(!labels.contains(QStringLiteral("uid r/e/s/fs")));
        for (const char* key : {"Token type", "Elevation type", "Integrity level", "Linked token", "Logon session"})
            QVERIFY2(labels.contains(QString::fromLatin1(key)), key);
    }

    void theGroupsTabListsTheTokensGroupsWithAttributes() {
        const auto buffer = processTokenInformation(TokenGroups);
        QVERIFY(!buffer.empty());
        const auto* groups = reinterpret_cast<const TOKEN_GROUPS*>(buffer.data());
        QStringList expected;
        for (DWORD i = 0; i < groups->GroupCount; ++i) expected << sidText(groups->Groups[i].Sid);
        auto* table = child<QTableWidget>("groupsTable");
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row) shown << table->item(row, 1)->text();
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);
        // Each enabled group says so (SE_GROUP_ENABLED), the logon SID is marked as one.
        for (DWORD i = 0; i < groups->GroupCount; ++i) {
            const QString sid = sidText(groups->Groups[i].Sid);
            const auto found = table->findItems(sid, Qt::MatchExactly);
            QVERIFY(!found.isEmpty());
            const QString attributes = table->item(found.first()->row(), 2)->text();
            if (groups->Groups[i].Attributes & SE_GROUP_ENABLED)
                QVERIFY2(attributes.contains(QStringLiteral("enabled")), qPrintable(sid + attributes));
            if ((groups->Groups[i].Attributes & SE_GROUP_LOGON_ID) == SE_GROUP_LOGON_ID)
                QVERIFY2(attributes.contains(QStringLiteral("logon")), qPrintable(sid + attributes));
        }
    }

    void theDropDownsHoldEveryLogonTypeAndProviderWithTheSdkValues() {
        auto* types = child<QComboBox>("typeCombo");
        auto* providers = child<QComboBox>("providerCombo");
        // The constants database loads on a pool thread; its values then replace core's.
        QTest::qWait(200);
        const std::map<QString, unsigned> wantTypes{
            {QStringLiteral("LOGON32_LOGON_INTERACTIVE"), LOGON32_LOGON_INTERACTIVE},
            {QStringLiteral("LOGON32_LOGON_NETWORK"), LOGON32_LOGON_NETWORK},
            {QStringLiteral("LOGON32_LOGON_BATCH"), LOGON32_LOGON_BATCH},
            {QStringLiteral("LOGON32_LOGON_SERVICE"), LOGON32_LOGON_SERVICE},
            {QStringLiteral("LOGON32_LOGON_UNLOCK"), LOGON32_LOGON_UNLOCK},
            {QStringLiteral("LOGON32_LOGON_NETWORK_CLEARTEXT"), LOGON32_LOGON_NETWORK_CLEARTEXT},
            {QStringLiteral("LOGON32_LOGON_NEW_CREDENTIALS"), LOGON32_LOGON_NEW_CREDENTIALS}};
        const std::map<QString, unsigned> wantProviders{
            {QStringLiteral("LOGON32_PROVIDER_DEFAULT"), LOGON32_PROVIDER_DEFAULT},
            {QStringLiteral("LOGON32_PROVIDER_WINNT35"), LOGON32_PROVIDER_WINNT35},
            {QStringLiteral("LOGON32_PROVIDER_WINNT40"), LOGON32_PROVIDER_WINNT40},
            {QStringLiteral("LOGON32_PROVIDER_WINNT50"), LOGON32_PROVIDER_WINNT50},
            {QStringLiteral("LOGON32_PROVIDER_VIRTUAL"), LOGON32_PROVIDER_VIRTUAL}};
        for (const auto& [combo, want] : {std::pair{types, &wantTypes}, std::pair{providers, &wantProviders}}) {
            auto* model = qobject_cast<QStandardItemModel*>(combo->model());
            QVERIFY(model);
            QCOMPARE(model->rowCount(), static_cast<int>(want->size()));
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString name = model->item(row)->data(Qt::UserRole + 1).toString();
                QVERIFY2(want->count(name), qPrintable(name));
                QCOMPARE(model->item(row)->data(Qt::UserRole).toUInt(), want->at(name));
                QCOMPARE(model->item(row)->text(), QStringLiteral("%1 (%2)").arg(name).arg(want->at(name)));
                // Windows offers every type and provider, NEW_CREDENTIALS with WINNT50 included.
                QVERIFY2(model->item(row)->isEnabled(), qPrintable(name));
            }
        }
    }

    void thePrivilegePanelIsTheTokensPrivileges() {
        const auto held = tokenPrivileges();
        QVERIFY(!held.empty());
        auto* table = child<QTableWidget>("privilegeTable");
        int heldRows = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString name = table->item(row, 0)->data(Qt::UserRole).toString();
            const QString state = table->item(row, 1)->text();
            const auto found = held.find(name);
            if (found == held.end()) {
                QCOMPARE(state, QStringLiteral("Not held"));
                continue;
            }
            ++heldRows;
            QCOMPARE(state, found->second ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
        }
        QCOMPARE(heldRows, static_cast<int>(held.size()));
    }

    void enablingAndDisablingRoundTripsThroughTheToken() {
        // A privilege the token holds disabled (Wine's token: most of them).
        QString name;
        for (const auto& [privilege, enabled] : tokenPrivileges()) {
            if (!enabled) {
                name = privilege;
                break;
            }
        }
        if (name.isEmpty()) QSKIP("the token holds no disabled privilege");
        const int row = privilegeRow(name);
        QVERIFY(row >= 0);
        auto* table = child<QTableWidget>("privilegeTable");
        table->selectRow(row);
        QTest::mouseClick(child<QPushButton>("enableButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(tokenPrivileges().at(name), true);
        QCOMPARE(table->item(privilegeRow(name), 1)->text(), QStringLiteral("Enabled"));
        table->selectRow(privilegeRow(name));
        QTest::mouseClick(child<QPushButton>("disableButton"), Qt::LeftButton);
        QVERIFY(settle());
        QCOMPARE(tokenPrivileges().at(name), false);
        QCOMPARE(table->item(privilegeRow(name), 1)->text(), QStringLiteral("Disabled"));
        QCOMPARE(lastLog(2), QStringLiteral("ok"));
    }

    void aLogonUnderWineIsReportedAsStubbedNeverAsASuccess() {
        child<QLineEdit>("userEdit")->setText(QStringLiteral("tokenscope-no-such-user"));
        auto* password = child<QLineEdit>("passwordEdit");
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(settle());
        QCOMPARE(lastLog(1), QStringLiteral("Log on — tokenscope-no-such-user"));
        QCOMPARE(lastLog(2), QStringLiteral("failed"));
        QVERIFY(!window_->session().state().loggedOn);
        if (underWine()) {
            qInfo("[ STUBBED  ] LogonUserW is stubbed by Wine; checking that the window says so");
            QVERIFY2(lastLog(3).contains(QStringLiteral("ERROR_NOT_SUPPORTED")), qPrintable(lastLog(3)));
            QVERIFY2(lastLog(3).contains(QStringLiteral("stubbed by Wine")), qPrintable(lastLog(3)));
        } else {
            QVERIFY2(lastLog(3).contains(QStringLiteral("ERROR_LOGON_FAILURE")), qPrintable(lastLog(3)));
        }
        QVERIFY(password->text().isEmpty());
        // The failure comes with the account check: no such account.
        auto* account = child<QLabel>("accountLabel");
        QVERIFY(account->isVisible());
        QVERIFY2(account->text().contains(QStringLiteral("cannot log on (interactive)")), qPrintable(account->text()));
        QVERIFY2(account->text().contains(QStringLiteral("no account is named")), qPrintable(account->text()));
    }

    // Check account for the account we run as: it exists (its SID is the token's), and the
    // logon rights Wine does not keep are said to be not judged, never guessed.
    void checkAccountAnswersForTheCurrentUser() {
        wchar_t name[256];
        DWORD size = 256;
        QVERIFY(::GetUserNameW(name, &size));
        child<QLineEdit>("userEdit")->setText(QString::fromWCharArray(name));
        child<QPushButton>("checkAccountButton")->click();
        QVERIFY(settle());
        auto* account = child<QLabel>("accountLabel");
        QVERIFY(account->isVisible());
        QVERIFY2(account->text().startsWith(QString::fromWCharArray(name) + QStringLiteral(" can log on (interactive)")),
                 qPrintable(account->text()));
        QCOMPARE(lastLog(1), QStringLiteral("Account check — ") + QString::fromWCharArray(name));
        if (underWine()) QVERIFY2(account->toolTip().contains(QStringLiteral("not judged")), qPrintable(account->toolTip()));
    }

    // The probe's Why column: the DACL entry that decided, for the worker thread's token, equal
    // in outcome to the real open.
    void theProbeNamesTheDecidingEntry() {
        wchar_t windows[MAX_PATH];
        QVERIFY(::GetWindowsDirectoryW(windows, MAX_PATH) > 0);
        const QString path = QString::fromWCharArray(windows) + QStringLiteral("\\win.ini");
        child<QLineEdit>("pathEdit")->setText(path);
        child<QPushButton>("probeButton")->click();
        QVERIFY(settle());
        auto* access = child<QTableWidget>("accessTable");
        QVERIFY(access->rowCount() >= 1);
        QCOMPARE(access->item(0, 0)->text(), QStringLiteral("read"));
        const QString why = access->item(0, 2)->text();
        QVERIFY2(why.startsWith(path + QStringLiteral(": read ") + access->item(0, 1)->text()), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("entry ")) || why.contains(QStringLiteral("owner")), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("the explanation says")), qPrintable(why));
    }

    void theConstantsBrowserFilters() {
        ConstantsBrowser browser;
        browser.show();
        browser.setQuery(QStringLiteral("LOGON32_LOGON_NEW*"));
        auto* view = browser.findChild<QTreeView*>(QStringLiteral("constantResults"));
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() >= 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("LOGON32_LOGON_NEW_CREDENTIALS"));
        browser.setQuery(QStringLiteral("0x52E"));
        QTRY_COMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("ERROR_LOGON_FAILURE"));
        browser.flushDetails();
        QVERIFY(browser.detailText().contains(QStringLiteral("1326")));
    }

    void theProcessBrowserShowsThisProcessAndItsImpersonatingThread() {
        // A thread of this test impersonates (ImpersonateSelf: its own token, the same user).
        std::atomic<DWORD> tid{0};
        std::atomic<bool> impersonated{false}, done{false};
        std::thread impersonator([&] {
            impersonated = ::ImpersonateSelf(SecurityImpersonation) != FALSE;
            tid = ::GetCurrentThreadId();
            while (!done) ::Sleep(5);
            if (impersonated) ::RevertToSelf();
        });
        auto finish = qScopeGuard([&] {
            done = true;
            impersonator.join();
        });
        while (tid == 0) ::Sleep(5);
        QVERIFY(impersonated);

        tokenscope::gui::ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.refreshNow();
        QVERIFY(browser.visibleProcessCount() >= 2);  // this one and Wine's own services at least
        const qint64 self = ::GetCurrentProcessId();
        QVERIFY(browser.selectProcess(self));
        auto* list = browser.findChild<QTableView*>(QStringLiteral("processList"));
        QCOMPARE(list->model()->index(list->currentIndex().row(), 4).data().toInt(), 1);  // one impersonates
        const auto buffer = processTokenInformation(TokenUser);
        const QString sid = sidText(reinterpret_cast<const TOKEN_USER*>(buffer.data())->User.Sid);
        auto* identity = browser.findChild<QTableWidget*>(QStringLiteral("processIdentityTable"));
        QVERIFY2(identity->item(0, 1)->text().contains(sid), qPrintable(identity->item(0, 1)->text()));
        auto* threads = browser.findChild<QTableWidget*>(QStringLiteral("threadsTable"));
        int marked = 0;
        for (int row = 1; row < threads->rowCount(); ++row) {
            const bool isImpersonator = threads->item(row, 0)->text() == QStringLiteral("Thread %1").arg(tid.load());
            const bool yes = threads->item(row, 2)->text().startsWith(QStringLiteral("yes"));
            QCOMPARE(yes, isImpersonator);
            marked += yes ? 1 : 0;
        }
        QCOMPARE(marked, 1);
        QVERIFY(browser.selectThread(tid));
        QStringList labels;
        for (int row = 0; row < identity->rowCount(); ++row) labels << identity->item(row, 0)->text();
        QVERIFY(labels.contains(QStringLiteral("Impersonation level")));

        // Save… writes the process's token; the oracle is GetTokenInformation of this process.
        QVERIFY(browser.selectThread(0));
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("self.json"));
        QVERIFY2(browser.saveReport(saved), qPrintable(browser.reportError()));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report[QStringLiteral("process")].toObject()[QStringLiteral("sid")].toString(), sid);
        const auto privilegeBuffer = processTokenInformation(TokenPrivileges);
        const auto* privileges = reinterpret_cast<const TOKEN_PRIVILEGES*>(privilegeBuffer.data());
        int held = 0;
        for (const auto& privilege : report[QStringLiteral("privileges")].toArray())
            held += privilege.toObject()[QStringLiteral("held")].toBool() ? 1 : 0;
        QCOMPARE(held, static_cast<int>(privileges->PrivilegeCount));
        // Read back, it is this process as the browser shows it, and itself in Compare reports.
        QVERIFY2(browser.compareWithReport(saved), qPrintable(browser.reportError()));
        QVERIFY2(browser.differences().empty(), qPrintable(browser.compareSummary()));
        tokenscope::gui::ReportComparison comparison;
        QVERIFY2(comparison.compareFiles(saved, saved), qPrintable(comparison.summary()));
        QVERIFY(comparison.differences().empty());
        QVERIFY(!comparison.compareFiles(saved, dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(comparison.summary().contains(QStringLiteral("missing.json")));

        browser.setFilter(QStringLiteral("no process is called this"));
        QCOMPARE(browser.visibleProcessCount(), 0);
    }

    void theTranslationsAreInTheExe() {
        auto* logon = child<QPushButton>("logonButton");
        tokenscope::gui::setUiLanguage(QStringLiteral("de"));
        QTRY_VERIFY(logon->text() != QStringLiteral("&Log on"));
        const QString german = logon->text();
        tokenscope::gui::setUiLanguage(QStringLiteral("ja"));
        QTRY_VERIFY(logon->text() != german);
        tokenscope::gui::setUiLanguage(QStringLiteral("en"));
        QTRY_COMPARE(logon->text(), QStringLiteral("&Log on"));
    }
};

QTEST_MAIN(TestWindowsGui)
#include "test_windows_gui.moc"
