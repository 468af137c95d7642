// The constants browser through its widgets under Xvfb, over the real embedded database.
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include "constants_browser.hpp"
#include "main_window.hpp"
#include "tokenscope/constants.hpp"

using tokenscope::gui::ConstantsBrowser;

class TestConstantsBrowser : public QObject {
    Q_OBJECT

    static QTreeView* results(ConstantsBrowser& browser) {
        return browser.findChild<QTreeView*>(QStringLiteral("constantResults"));
    }
    static QString cell(QTreeView* view, int row, int column = 0) {
        return view->model()->index(row, column).data().toString();
    }

private slots:
    void emptyQueryShowsTheTreeOfHeadersFamiliesAndConstants() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* tree = browser.findChild<QTreeView*>(QStringLiteral("constantTree"));
        QVERIFY(tree->isVisible());
        const auto* model = tree->model();
        QVERIFY(model->rowCount() > 10);  // headers
        std::size_t constants = 0;
        for (int h = 0; h < model->rowCount(); ++h) {
            const QModelIndex header = model->index(h, 0);
            for (int f = 0; f < model->rowCount(header); ++f) {
                constants += static_cast<std::size_t>(model->rowCount(model->index(f, 0, header)));
            }
        }
        QCOMPARE(constants, tokenscope::ConstantIndex::instance().size());
        QVERIFY(browser.findChild<QLabel*>(QStringLiteral("constantCount"))->text().contains(QString::number(constants)));
    }

    // ABOVE_NORMAL_PRIORITY_CLASS sat under "(no family)": the priority classes are one family,
    // named by the suffix they share, and the detail pane lists the others.
    void suffixFamiliesGroupThePriorityClasses() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(browser.showConstant(QStringLiteral("ABOVE_NORMAL_PRIORITY_CLASS")));
        auto* tree = browser.findChild<QTreeView*>(QStringLiteral("constantTree"));
        const QModelIndex leaf = tree->currentIndex();
        QCOMPARE(leaf.data().toString(), QStringLiteral("ABOVE_NORMAL_PRIORITY_CLASS"));
        const QModelIndex family = leaf.parent();
        QCOMPARE(family.data().toString(), QStringLiteral("*_PRIORITY_CLASS"));
        QStringList members;
        for (int row = 0; row < tree->model()->rowCount(family); ++row)
            members << tree->model()->index(row, 0, family).data().toString();
        QCOMPARE(members, (QStringList{QStringLiteral("ABOVE_NORMAL_PRIORITY_CLASS"), QStringLiteral("BELOW_NORMAL_PRIORITY_CLASS"),
                                       QStringLiteral("HIGH_PRIORITY_CLASS"), QStringLiteral("IDLE_PRIORITY_CLASS"),
                                       QStringLiteral("NORMAL_PRIORITY_CLASS"), QStringLiteral("REALTIME_PRIORITY_CLASS")}));
        const QString details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("Family *_PRIORITY_CLASS")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("REALTIME_PRIORITY_CLASS = 256")), qPrintable(details));
    }

    // Expanding a node near the bottom scrolls its first children into view, the node on top.
    void anExpandedNodeScrollsIntoView() {
        ConstantsBrowser browser;
        browser.resize(900, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* tree = browser.findChild<QTreeView*>(QStringLiteral("constantTree"));
        const auto* model = tree->model();
        tree->collapseAll();
        tree->scrollToBottom();
        QApplication::processEvents();
        // The lowest header in sight, with families below it that are not.
        const QModelIndex last = model->index(model->rowCount() - 1, 0);
        QVERIFY(model->rowCount(last) > 0);
        QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(last)));
        tree->expand(last);
        QApplication::processEvents();
        const QModelIndex first = model->index(0, 0, last);
        const QRect view = tree->viewport()->rect();
        QVERIFY2(view.contains(tree->visualRect(last)), "the expanded node left the view");
        QVERIFY2(view.contains(tree->visualRect(first)), "its first child is not in view");
        const int inView = std::min(model->rowCount(last), view.height() / tree->visualRect(first).height() - 1);
        QVERIFY(view.contains(tree->visualRect(model->index(inView - 1, 0, last))));
    }

    // An NTSTATUS names the Win32 error Windows reports it as, a Win32 error the NTSTATUS values
    // reported as it; event 4625's Sub Status and Logon Type typed under an NTSTATUS explain the pair.
    void ntstatusMappingAndEvent4625() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* row = browser.findChild<QWidget*>(QStringLiteral("eventRow"));
        QVERIFY(browser.showConstant(QStringLiteral("ERROR_LOGON_FAILURE")));
        QVERIFY(!row->isVisible());  // a Win32 error has no Sub Status
        QString details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("NTSTATUS values Windows reports as this error:")) &&
                     details.contains(QStringLiteral("STATUS_LOGON_FAILURE")),
                 qPrintable(details));
        QVERIFY(browser.showConstant(QStringLiteral("STATUS_LOGON_FAILURE")));
        QVERIFY(row->isVisible());
        details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("Win32 error: ERROR_LOGON_FAILURE (1326)")), qPrintable(details));
        auto* sub = browser.findChild<QLineEdit*>(QStringLiteral("subStatusEdit"));
        auto* type = browser.findChild<QLineEdit*>(QStringLiteral("logonTypeEdit"));
        QTest::keyClicks(sub, QStringLiteral("0xC0000072"));
        details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("the account is disabled")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("STATUS_ACCOUNT_DISABLED is Win32 error ERROR_ACCOUNT_DISABLED (1331)")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("The caller saw ERROR_LOGON_FAILURE (1326).")), qPrintable(details));
        // Under an account restriction the caller is told the Sub Status.
        QVERIFY(browser.showConstant(QStringLiteral("STATUS_ACCOUNT_RESTRICTION")));
        sub->setText(QStringLiteral("0xC0000072"));
        details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("The caller saw ERROR_ACCOUNT_DISABLED (1331).")), qPrintable(details));
        QVERIFY(browser.showConstant(QStringLiteral("STATUS_LOGON_FAILURE")));
        sub->setText(QStringLiteral("0xC000015B"));
        QTest::keyClicks(type, QStringLiteral("3"));
        details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("Logon right: SeNetworkLogonRight")), qPrintable(details));
        sub->setText(QStringLiteral("garbage"));
        details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("Event 4625:")) && details.contains(QStringLiteral("garbage")),
                 qPrintable(details));
    }

    // A GUID pasted as the registry, an event log or code writes it finds its names; the detail
    // pane writes it in C, C++, Python and C#, and Copy as Python gives pywintypes.IID.
    void aPastedGuidFindsItsNames() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* search = browser.findChild<QLineEdit*>(QStringLiteral("constantSearch"));
        auto* view = results(browser);
        for (const QString& spelling : {QStringLiteral("{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}"),
                                        QStringLiteral("b4bfcc3a-db2c-424c-b029-7fe99a87c641")}) {
            search->setText(spelling);
            QStringList names;
            for (int row = 0; row < view->model()->rowCount(); ++row) names << cell(view, row);
            QVERIFY2(names.contains(QStringLiteral("FOLDERID_Desktop")), qPrintable(names.join(QLatin1Char(' '))));
        }
        QVERIFY(browser.showConstant(QStringLiteral("FOLDERID_Desktop")));
        const QString details = browser.detailText();
        for (const QString& form :
             {QStringLiteral("DEFINE_GUID(FOLDERID_Desktop, 0xb4bfcc3a, 0xdb2c, 0x424c, 0xb0, 0x29, 0x7f, 0xe9, 0x9a, 0x87, 0xc6, 0x41);"),
              QStringLiteral("constexpr GUID FOLDERID_Desktop = { 0xb4bfcc3a, 0xdb2c, 0x424c, { 0xb0, 0x29,"),
              QStringLiteral("FOLDERID_Desktop = pywintypes.IID('{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}')"),
              QStringLiteral("static readonly Guid FOLDERID_Desktop = new Guid(\"B4BFCC3A-DB2C-424C-B029-7FE99A87C641\");")})
            QVERIFY2(details.contains(form), qPrintable(form + QStringLiteral("\n\n") + details));
        QCOMPARE(browser.copyText(QStringLiteral("python")),
                 QStringLiteral("FOLDERID_Desktop = pywintypes.IID('{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}')"));
        QVERIFY(browser.showConstant(QStringLiteral("PKEY_Title")));
        QCOMPARE(browser.copyText(QStringLiteral("c")),
                 QStringLiteral("DEFINE_PROPERTYKEY(PKEY_Title, 0xf29f85e0, 0x4ff9, 0x1068, 0xab, 0x91, 0x08, 0x00, 0x2b, 0x27, 0xb3, 0xd9, 2);"));

        // A GUID the headers give only to C++'s __uuidof (dcomp.h has no IID_IDCompositionDevice).
        search->setText(QStringLiteral("c37ea93a-e7aa-450d-b16f-9746cb0407f3"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cell(view, 0), QStringLiteral("IDCompositionDevice"));
        QVERIFY(browser.showConstant(QStringLiteral("IDCompositionDevice")));
        QCOMPARE(browser.copyText(QStringLiteral("cpp")), QStringLiteral("__uuidof(IDCompositionDevice)"));
        QCOMPARE(browser.copyText(QStringLiteral("c")),
                 QStringLiteral("DEFINE_GUID(IID_IDCompositionDevice, 0xc37ea93a, 0xe7aa, 0x450d, 0xb1, 0x6f, 0x97, 0x46, 0xcb, "
                                "0x04, 0x07, 0xf3);  /* __uuidof(IDCompositionDevice) in C++ */"));
        QCOMPARE(browser.copyText(QStringLiteral("csharp")),
                 QStringLiteral("static readonly Guid IID_IDCompositionDevice = new Guid(\"C37EA93A-E7AA-450D-B16F-9746CB0407F3\");"));
    }

    void typingANameFiltersOnEveryKeystrokeExactFirst() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* search = browser.findChild<QLineEdit*>(QStringLiteral("constantSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("logon32_logon_n"));
        auto* view = results(browser);
        QVERIFY(view->isVisible());
        QVERIFY(view->model()->rowCount() >= 3);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY2(cell(view, row).startsWith(QStringLiteral("LOGON32_LOGON_N")), qPrintable(cell(view, row)));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("SE_TCB_NAME"));
        QCOMPARE(cell(view, 0), QStringLiteral("SE_TCB_NAME"));
        QVERIFY(browser.current() != nullptr);
        QVERIFY(browser.detailText().contains(QStringLiteral("SeTcbPrivilege")));
    }

    // The detail pane waits for typing to pause, then shows the last query's first hit; reading the
    // detail before that fills it at once.
    void theDetailPaneFollowsTypingOnceItPauses() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* pane = browser.findChild<QTextBrowser*>(QStringLiteral("constantDetails"));
        const QString before = pane->toPlainText();
        auto* search = browser.findChild<QLineEdit*>(QStringLiteral("constantSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("logon32_logon_n"));  // no pause between the keys
        auto* view = results(browser);
        const QString first = cell(view, 0);
        QVERIFY(first.startsWith(QStringLiteral("LOGON32_LOGON_N")));
        QCOMPARE(browser.current()->name, std::string_view(first.toStdString()));  // the selection is at once
        QVERIFY(browser.detailsPending());
        QCOMPARE(pane->toPlainText(), before);  // no keystroke drew the pane
        QTRY_VERIFY(!browser.detailsPending());
        QVERIFY2(pane->toPlainText().startsWith(first), qPrintable(pane->toPlainText()));

        browser.setQuery(QStringLiteral("SE_TCB_NAME"));
        QVERIFY(browser.detailsPending());
        QVERIFY(browser.detailText().contains(QStringLiteral("SeTcbPrivilege")));  // read at once
        QVERIFY(!browser.detailsPending());
        QVERIFY(pane->toPlainText().contains(QStringLiteral("SeTcbPrivilege")));

        browser.setQuery(QStringLiteral("zzzz_no_such_constant"));  // no hit: the pane says so at once
        QVERIFY(!browser.detailsPending());
        QVERIFY(browser.current() == nullptr);
        QVERIFY(!pane->toPlainText().contains(QStringLiteral("SeTcbPrivilege")));
    }

    // A big family lists its first members and links to the rest as a glob query.
    void aBigFamilyLinksToAllItsMembers() {
        ConstantsBrowser browser;
        QVERIFY(browser.showConstant(QStringLiteral("PR_ACCESS")));
        QVERIFY2(browser.detailText().contains(QStringLiteral("All constants named PR_*")), qPrintable(browser.detailText()));
        auto* pane = browser.findChild<QTextBrowser*>(QStringLiteral("constantDetails"));
        emit pane->anchorClicked(QUrl(QStringLiteral("query:PR_*")));
        auto* view = results(browser);
        QVERIFY(view->model()->rowCount() > 20);
        QVERIFY(cell(view, 0).startsWith(QStringLiteral("PR_")));
    }

    void aGlobIsAnchored() {
        ConstantsBrowser browser;
        browser.setQuery(QStringLiteral("LOGON32_*"));
        auto* view = results(browser);
        QVERIFY(view->model()->rowCount() >= 10);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(cell(view, row).startsWith(QStringLiteral("LOGON32_")));
    }

    void aValueFindsTheErrorFirstAndDecodesIt() {
        ConstantsBrowser browser;
        for (const QString& query : {QStringLiteral("1326"), QStringLiteral("0x52E"), QStringLiteral("0x52e")}) {
            browser.setQuery(query);
            QCOMPARE(cell(results(browser), 0), QStringLiteral("ERROR_LOGON_FAILURE"));
        }
        QVERIFY(browser.detailText().contains(QStringLiteral("1326")));
        QVERIFY(browser.detailText().contains(QStringLiteral("Message:")));
        QVERIFY(browser.detailText().contains(QStringLiteral("Hint:")));
        browser.setQuery(QStringLiteral("-2147024891"));  // E_ACCESSDENIED as a signed long
        QCOMPARE(cell(results(browser), 0), QStringLiteral("E_ACCESSDENIED"));
    }

    void detailsSplitABitmaskAndCopyInThreeLanguages() {
        ConstantsBrowser browser;
        QVERIFY(browser.showConstant(QStringLiteral("TOKEN_ALL_ACCESS")));
        const QString details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("TOKEN_ADJUST_PRIVILEGES")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Binary")));
        QCOMPARE(browser.copyText(QStringLiteral("python")), QStringLiteral("ntsecuritycon.TOKEN_ALL_ACCESS"));
        QVERIFY(browser.copyText(QStringLiteral("c")).startsWith(QStringLiteral("#define TOKEN_ALL_ACCESS 0x")));
        QVERIFY(browser.copyText(QStringLiteral("csharp")).contains(QStringLiteral("TOKEN_ALL_ACCESS = unchecked(")));
        QVERIFY(!browser.showConstant(QStringLiteral("NO_SUCH_CONSTANT_AT_ALL")));
    }

    // An HRESULT in its own 32 bits: its fields, the Win32 error inside, no flag split over a
    // sign-extended 64-bit value; Python names the module pywin32 really defines it in.
    void anHresultShowsItsFieldsAndTheRightPythonModule() {
        ConstantsBrowser browser;
        QVERIFY(browser.showConstant(QStringLiteral("E_ACCESSDENIED")));
        const QString details = browser.detailText();
        QVERIFY2(details.contains(QStringLiteral("severity 1 (failure), facility 7 (FACILITY_WIN32), code 5")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("the Win32 error inside: ERROR_ACCESS_DENIED (5)")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("ffffffff")), qPrintable(details));
        QCOMPARE(browser.copyText(QStringLiteral("python")), QStringLiteral("winerror.E_ACCESSDENIED"));
        QVERIFY(browser.showConstant(QStringLiteral("ERROR_LOGON_FAILURE")));
        QCOMPARE(browser.copyText(QStringLiteral("python")), QStringLiteral("winerror.ERROR_LOGON_FAILURE"));
        // One message source: the main window's words, marked as TokenScope's.
        QVERIFY2(browser.detailText().contains(QStringLiteral("The user name or password is incorrect")),
                 qPrintable(browser.detailText()));
        QVERIFY(browser.showConstant(QStringLiteral("LOGON32_LOGON_INTERACTIVE")));
        QCOMPARE(browser.copyText(QStringLiteral("python")), QStringLiteral("win32con.LOGON32_LOGON_INTERACTIVE"));
        QVERIFY2(browser.detailText().contains(QStringLiteral("Meaning:")), qPrintable(browser.detailText()));
        // A name no pywin32 module defines is said to be so.
        QVERIFY(browser.showConstant(QStringLiteral("STATUS_ACCESS_DENIED")));
        QVERIFY2(browser.copyText(QStringLiteral("python")).endsWith(QStringLiteral("# not defined by any pywin32 module")),
                 qPrintable(browser.copyText(QStringLiteral("python"))));
    }

    // Results sort by a clicked header: values as numbers, and back.
    void resultsSortByAnyColumn() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.setQuery(QStringLiteral("LOGON32_LOGON_*"));
        auto* view = results(browser);
        QVERIFY(view->model()->rowCount() >= 7);
        view->sortByColumn(1, Qt::AscendingOrder);
        long long previous = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const long long value = view->model()->index(row, 1).data().toString().toLongLong();
            QVERIFY2(value >= previous, qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(value).arg(previous)));
            previous = value;
        }
        view->sortByColumn(0, Qt::DescendingOrder);
        QVERIFY(cell(view, 0) > cell(view, 1));
        // Copy says what it copied.
        view->setCurrentIndex(view->model()->index(0, 0));
        browser.findChild<QPushButton*>(QStringLiteral("copy_python"))->click();
        QVERIFY2(browser.findChild<QLabel*>(QStringLiteral("copiedLabel"))->text().startsWith(QStringLiteral("Copied: win32con.")),
                 qPrintable(browser.findChild<QLabel*>(QStringLiteral("copiedLabel"))->text()));
    }

    void keyboardMovesThroughResultsAndUpdatesTheDetails() {
        ConstantsBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.setQuery(QStringLiteral("LOGON32_LOGON_"));
        auto* view = results(browser);
        const auto* first = browser.current();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(browser.current() != first);
        QCOMPARE(browser.current()->name, std::string_view(cell(view, 1).toStdString()));
    }

    void logonDropDownOpensTheBrowserOnItsConstant() {
        tokenscope::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* types = window.findChild<QComboBox*>(QStringLiteral("typeCombo"));
        // The values shown are checked against the database once it has loaded.
        QTRY_VERIFY(window.constantsChecked());
        const auto* interactive = tokenscope::ConstantIndex::instance().find("LOGON32_LOGON_INTERACTIVE");
        QVERIFY(interactive);
        QCOMPARE(types->currentData().toUInt(), static_cast<unsigned>(interactive->bits));
        QVERIFY(!types->actions().isEmpty());
        types->actions().first()->trigger();
        auto* browser = window.constantsBrowser();
        QVERIFY(browser->isVisible());
        QCOMPARE(browser->current(), interactive);
    }
};

QTEST_MAIN(TestConstantsBrowser)
#include "test_constants_browser.moc"
