// View → Language under a real X server: each language chosen through the menu translates the
// main window and the constants browser at once, without a restart (labels, buttons, menus,
// headers, accessible names, core's descriptions and hints), plural forms follow the count, the
// choice is remembered, and Japanese is drawn with a font that has its glyphs.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRawFont>
#include <QSettings>
#include <QTableWidget>
#include <QTextLayout>
#include <QTreeView>
#include <QtTest>

#include "constants_browser.hpp"
#include "core_text.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "posix/capability_table.hpp"
#include "tokenscope/constants.hpp"
#include "tokenscope/logon.hpp"
#include "win/privilege_table.hpp"

using tokenscope::gui::ConstantsBrowser;
using tokenscope::gui::MainWindow;

namespace {

// What each language must show; written here by hand, not read from the .ts files.
struct Expected {
    QString code;
    QString logonBox;         // group box title
    QString logonButton;      // button label, with its mnemonic
    QString logonAccessible;  // the same without the mnemonic
    QString processHeader;    // identity table header
    QString userRow;          // identity table, first row
    QString viewMenu;
    QString readRight;          // access table, "read" (a core text)
    QString setuidDescription;  // CAP_SETUID's description (a core text)
    QString browserTitle;
    QString searchLabel;
    QString nameHeader;          // search results' first column
    QString constantsWord;       // in "%n constant(s)"
    QString oneMatch;            // "%n match(es)" for one result
    QString hintLabel;           // detail pane
    QString logonFailureHint;    // the start of ERROR_LOGON_FAILURE's hint
    QString reportTitle;         // the Markdown report's heading
    QString qtUndo;              // Qt's own text-field menu (qtbase_*.qm)
    QString probeAction;         // the activity log's action, recorded before the switch
    QString interactiveMeaning;  // in the logon type's tool tip (a core text)
};

const QList<Expected>& expectations() {
    static const QList<Expected> list{
        {QStringLiteral("de"),
         QStringLiteral("Anmelden"),
         QStringLiteral("Anme&lden"),
         QStringLiteral("Anmelden"),
         QStringLiteral("Prozess"),
         QStringLiteral("Benutzer"),
         QStringLiteral("&Ansicht"),
         QStringLiteral("Lesen"),
         QStringLiteral("Benutzer-IDs ändern (das Linux-Gegenstück zum Identitätswechsel)."),
         QStringLiteral("TokenScope – Konstantenbrowser"),
         QStringLiteral("&Suchen:"),
         QStringLiteral("Name"),
         QStringLiteral("Konstanten"),
         QStringLiteral("1 Treffer"),
         QStringLiteral("Hinweis:"),
         QStringLiteral("ERROR_LOGON_FAILURE: Benutzername oder Kennwort ist falsch"),
         QStringLiteral("# TokenScope-Bericht"),
         QStringLiteral("&Rückgängig"),
         QStringLiteral("Zugriffsprüfung"),
         QStringLiteral("wie login(1)")},
        {QStringLiteral("fr"),
         QStringLiteral("Ouverture de session"),
         QStringLiteral("Ouv&rir une session"),
         QStringLiteral("Ouvrir une session"),
         QStringLiteral("Processus"),
         QStringLiteral("Utilisateur"),
         QStringLiteral("Affic&hage"),
         QStringLiteral("lecture"),
         QStringLiteral(
             "Modifier les identifiants d'utilisateur (l'équivalent Linux de l'emprunt d'identité)."),
         QStringLiteral("TokenScope — Navigateur de constantes"),
         QStringLiteral("&Rechercher :"),
         QStringLiteral("Nom"),
         QStringLiteral("constantes"),
         QStringLiteral("1 résultat"),
         QStringLiteral("Conseil :"),
         QStringLiteral("ERROR_LOGON_FAILURE : le nom d'utilisateur ou le mot de passe est erroné"),
         QStringLiteral("# Rapport TokenScope"),
         QStringLiteral("&Annuler"),
         QStringLiteral("Test d'accès"),
         QStringLiteral("comme login(1)")},
        {QStringLiteral("ja"),
         QStringLiteral("ログオン"),
         QStringLiteral("ログオン(&L)"),
         QStringLiteral("ログオン(L)"),
         QStringLiteral("プロセス"),
         QStringLiteral("ユーザー"),
         QStringLiteral("表示(&V)"),
         QStringLiteral("読み取り"),
         QStringLiteral("ユーザー ID を変更します (Linux における偽装に相当)。"),
         QStringLiteral("TokenScope — 定数ブラウザー"),
         QStringLiteral("検索(&S):"),
         QStringLiteral("名前"),
         QStringLiteral("個の定数"),
         QStringLiteral("1 件"),
         QStringLiteral("ヒント:"),
         QStringLiteral("ERROR_LOGON_FAILURE: ユーザー名またはパスワードが間違っています"),
         QStringLiteral("# TokenScope レポート"),
         QStringLiteral("元に戻す(&U)"),
         QStringLiteral("アクセスの確認"),
         QStringLiteral("login(1) と同様")},
        {QStringLiteral("en"),
         QStringLiteral("Log on"),
         QStringLiteral("&Log on"),
         QStringLiteral("Log on"),
         QStringLiteral("Process"),
         QStringLiteral("User"),
         QStringLiteral("&View"),
         QStringLiteral("read"),
         QStringLiteral("Change user ids (the Linux analogue of impersonation)."),
         QStringLiteral("TokenScope — Constants browser"),
         QStringLiteral("&Search:"),
         QStringLiteral("Name"),
         QStringLiteral("constants"),
         QStringLiteral("1 match"),
         QStringLiteral("Hint:"),
         QStringLiteral("ERROR_LOGON_FAILURE: the user name or password is wrong"),
         QStringLiteral("# TokenScope report"),
         QStringLiteral("&Undo"),
         QStringLiteral("Access probe"),
         QStringLiteral("like login(1)")},
    };
    return list;
}

}  // namespace

class TestLanguages : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    template <class T>
    T* child(QObject* parent, const char* name) {
        auto* object = parent->findChild<T*>(QString::fromLatin1(name));
        if (object == nullptr) qFatal("no child %s", name);
        return object;
    }

    bool settle() {
        return QTest::qWaitFor([this] { return !window_->session().busy(); }, 20000);
    }

    // Chooses a language as a user does: View → Language → the entry.
    void choose(const QString& code) {
        auto* action = child<QAction>(window_.get(), qPrintable(QStringLiteral("language_") + code));
        child<QMenu>(window_.get(), "languageMenu");  // the entry lives in View → Language
        action->trigger();
        QCoreApplication::processEvents();  // the LanguageChange events
        QTest::qWait(20);
    }

    static int privilegeRow(QTableWidget* table, const QString& name) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == name) return row;
        return -1;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TokenScopeLanguageTest"));
        QSettings().clear();
        window_ = std::make_unique<MainWindow>();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(settle());
        // One action in the log and the access table: they are translated again on a switch.
        child<QLineEdit>(window_.get(), "pathEdit")->setText(QStringLiteral("/"));
        child<QPushButton>(window_.get(), "probeButton")->click();
        QVERIFY(settle());
        QTRY_VERIFY(child<QTableWidget>(window_.get(), "accessTable")->rowCount() > 0);
    }
    void cleanupTestCase() { window_.reset(); }

    void languageMenuOffersEveryLanguageNamedInItself() {
        auto* menu = child<QMenu>(window_.get(), "languageMenu");
        QStringList names;
        for (auto* action : menu->actions()) names << action->text();
        QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                                     QStringLiteral("Deutsch"), QStringLiteral("Français"),
                                     QStringLiteral("日本語")}));
    }

    void eachLanguageTranslatesTheMainWindowAndTheBrowserAtOnce_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < expectations().size(); ++i)
            QTest::newRow(qPrintable(expectations()[i].code)) << i;
    }
    void eachLanguageTranslatesTheMainWindowAndTheBrowserAtOnce() {
        QFETCH(int, index);
        const Expected& want = expectations()[index];
        ConstantsBrowser* browser = window_->constantsBrowser();
        browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        browser->showConstant(QStringLiteral("ERROR_LOGON_FAILURE"));

        choose(want.code);
        QCOMPARE(tokenscope::gui::effectiveUiLanguage(), want.code);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), want.code);
        QVERIFY(
            child<QAction>(window_.get(), qPrintable(QStringLiteral("language_") + want.code))->isChecked());

        // The main window: group box, button and its accessible name, table header and rows, menu.
        QCOMPARE(child<QGroupBox>(window_.get(), "logonBox")->title(), want.logonBox);
        auto* logon = child<QPushButton>(window_.get(), "logonButton");
        QCOMPARE(logon->text(), want.logonButton);
        QCOMPARE(logon->accessibleName(), QString(want.logonButton).remove(QLatin1Char('&')));
        auto* identity = child<QTableWidget>(window_.get(), "identityTable");
        QCOMPARE(identity->horizontalHeaderItem(1)->text(), want.processHeader);
        QCOMPARE(identity->item(0, 0)->text(), want.userRow);
        QCOMPARE(child<QMenu>(window_.get(), "viewMenu")->title(), want.viewMenu);
        QCOMPARE(child<QTableWidget>(window_.get(), "accessTable")->item(0, 0)->text(), want.readRight);
        auto* privileges = child<QTableWidget>(window_.get(), "privilegeTable");
        const int setuid = privilegeRow(privileges, QStringLiteral("CAP_SETUID"));
        QVERIFY(setuid >= 0);  // constant names stay as they are
        QCOMPARE(privileges->item(setuid, 4)->text(), want.setuidDescription);
        auto* log = child<QTableWidget>(window_.get(), "logTable");
        QVERIFY(log->rowCount() > 0);
        QCOMPARE(log->horizontalHeaderItem(2)->text(),
                 QCoreApplication::translate("tokenscope::gui::ActivityPanel", "Result"));

        // The report's words follow; its JSON keys never do. Qt's own texts follow too.
        QVERIFY2(window_->reportMarkdown().startsWith(want.reportTitle),
                 qPrintable(window_->reportMarkdown()));
        QVERIFY(
            window_->reportJson().contains("\"action\": \"Access probe\""));  // the same in every language
        QCOMPARE(log->item(0, 1)->text(), want.probeAction);
        auto* types = child<QComboBox>(window_.get(), "typeCombo");
        QVERIFY2(types->toolTip().contains(want.interactiveMeaning), qPrintable(types->toolTip()));
        QCOMPARE(types->currentText(), QStringLiteral("LOGON32_LOGON_INTERACTIVE (2)"));  // names stay
        const QString verdict = child<QLabel>(window_.get(), "verdictLabel")->text();
        QVERIFY(!verdict.isEmpty());
        if (want.code != QStringLiteral("en"))
            QVERIFY2(!verdict.contains(QStringLiteral("This thread")), qPrintable(verdict));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), want.qtUndo);

        // The constants browser: title, label, column header, plural count, detail pane.
        QCOMPARE(browser->windowTitle(), want.browserTitle);
        QCOMPARE(child<QLabel>(browser, "constantSearchLabel")->text(), want.searchLabel);
        QVERIFY2(child<QLabel>(browser, "constantCount")->text().contains(want.constantsWord),
                 qPrintable(child<QLabel>(browser, "constantCount")->text()));
        const QString details = browser->detailText();
        QVERIFY2(details.contains(want.hintLabel), qPrintable(details));
        QVERIFY2(details.contains(want.logonFailureHint), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("ERROR_LOGON_FAILURE")));
        browser->setQuery(QStringLiteral("TOKEN_ALL_ACCESS_P"));  // exactly one match: the singular
        QCOMPARE(child<QLabel>(browser, "constantCount")->text(), want.oneMatch);
        auto* results = child<QTreeView>(browser, "constantResults");
        QCOMPARE(results->model()->headerData(0, Qt::Horizontal).toString(), want.nameHeader);
        browser->setQuery(QString());
    }

    // The letter a label's '&' marks (a literal "&&" is not one), lower case; null when none.
    static QChar mnemonicOf(const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&')) continue;
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
        return {};
    }

    // Alt+letter must reach one thing: no two visible mnemonics of the window (its widgets and
    // its menu bar's titles) share a letter, nor two items of one menu, in any language.
    void noTwoVisibleMnemonicsShareALetterInAnyLanguage_data() { eachLanguageTranslatesTheMainWindowAndTheBrowserAtOnce_data(); }
    void noTwoVisibleMnemonicsShareALetterInAnyLanguage() {
        QFETCH(int, index);
        choose(expectations()[index].code);
        QMap<QChar, QString> seen;
        int checked = 0;
        auto claim = [&](const QString& text, const QString& what) {
            const QChar letter = mnemonicOf(text);
            if (letter.isNull()) return;
            ++checked;
            QVERIFY2(!seen.contains(letter), qPrintable(QStringLiteral("'%1' is the mnemonic of both %2 and %3")
                                                          .arg(letter, seen.value(letter), what)));
            seen.insert(letter, what);
        };
        for (auto* action : window_->menuBar()->actions()) claim(action->text(), QStringLiteral("menu ") + action->text());
        // This window's own widgets (other windows parented to it have their own letters).
        auto mine = [this](QWidget* widget) { return widget->window() == window_.get() && widget->isVisibleTo(window_.get()); };
        for (auto* button : window_->findChildren<QAbstractButton*>()) {
            if (mine(button)) claim(button->text(), QStringLiteral("button ") + button->text());
        }
        for (auto* label : window_->findChildren<QLabel*>()) {
            if (label->buddy() != nullptr && mine(label)) claim(label->text(), QStringLiteral("label ") + label->text());
        }
        for (auto* box : window_->findChildren<QGroupBox*>()) {
            if (mine(box)) claim(box->title(), QStringLiteral("group ") + box->title());
        }
        QVERIFY2(checked >= 18, qPrintable(QString::number(checked)));
        for (auto* menu : window_->menuBar()->findChildren<QMenu*>()) {
            QMap<QChar, QString> inMenu;
            for (auto* action : menu->actions()) {
                const QChar letter = mnemonicOf(action->text());
                if (letter.isNull()) continue;
                QVERIFY2(!inMenu.contains(letter), qPrintable(QStringLiteral("'%1' twice in menu %2: %3 and %4")
                                                                 .arg(letter, menu->title(), inMenu.value(letter),
                                                                      action->text())));
                inMenu.insert(letter, action->text());
            }
        }
        choose(QStringLiteral("en"));
    }

    void japaneseLabelsAreDrawnWithGlyphsOfTheFontInUse() {
        choose(QStringLiteral("ja"));
        auto* logon = child<QPushButton>(window_.get(), "logonButton");
        const QString label =
            child<QGroupBox>(window_.get(), "logonBox")->title() +
            child<QTableWidget>(window_.get(), "identityTable")->horizontalHeaderItem(2)->text();
        QVERIFY(label.contains(QStringLiteral("ログオン")));
        // Lay the text out as the widget draws it; every run must come from a font that has the
        // characters (a missing one would be glyph 0, the empty box).
        QTextLayout layout(label, logon->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const auto runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        QStringList families;
        for (const auto& run : runs) {
            const QRawFont font = run.rawFont();
            families << font.familyName();
            for (const quint32 glyph : run.glyphIndexes())
                QVERIFY2(glyph != 0, qPrintable(font.familyName()));
        }
        for (const QChar ch : label) {
            if (ch.isSpace()) continue;
            bool supported = false;
            for (const auto& run : runs) supported = supported || run.rawFont().supportsCharacter(ch);
            QVERIFY2(supported, qPrintable(QStringLiteral("no font in use draws %1 (fonts: %2)")
                                               .arg(ch)
                                               .arg(families.join(QStringLiteral(", ")))));
        }
        choose(QStringLiteral("en"));
    }

    void everyTextCoreShowsInTheGuiIsListedForTranslation() {
        // Core's tables change on their own; a text missing from core_text.cpp would stay English.
        QStringList unlisted;
        auto check = [&unlisted](std::string_view text) {
            if (!text.empty() && !tokenscope::gui::coreTextListed(text))
                unlisted << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        };
        int texts = 0;
        for (const auto& capability : tokenscope::posix::capabilityTable()) {
            check(capability.description);
            for (const auto need : capability.neededFor) check(need);
            texts += 1 + static_cast<int>(capability.neededFor.size());
        }
        // Windows' privilege table is plain C++: this test compiles it in to check it too.
        for (const auto& privilege : tokenscope::win::privilegeTable()) {
            check(privilege.displayName);
            for (const auto need : privilege.neededFor) check(need);
            texts += 1 + static_cast<int>(privilege.neededFor.size());
        }
        for (const auto& type : tokenscope::logonTypes()) check(type.meaning), ++texts;
        for (const auto& provider : tokenscope::logonProviders()) check(provider.meaning), ++texts;
        for (std::uint32_t code = 0; code < 20000; ++code) {
            const auto hint = tokenscope::win32ErrorHint(code);
            if (!hint.empty()) check(hint), ++texts;
        }
        for (const auto right : {tokenscope::AccessRight::Read, tokenscope::AccessRight::Write,
                                 tokenscope::AccessRight::Execute, tokenscope::AccessRight::List})
            check(tokenscope::accessRightName(right)), ++texts;
        QVERIFY2(texts >= 130, qPrintable(QString::number(texts)));  // the tables were really read
        QVERIFY2(unlisted.isEmpty(), qPrintable(unlisted.join(QLatin1Char('\n'))));
    }

    void hintsWithNamesAndJoinedSentencesAreTranslatedAroundTheNames() {
        choose(QStringLiteral("de"));
        // A hint core fills with a user name: the name stays, the words are German.
        QCOMPARE(tokenscope::gui::coreText("The password has expired: change it with `passwd bob`."),
                 QStringLiteral("Das Kennwort ist abgelaufen: Ändern Sie es mit `passwd bob`."));
        // Two sentences core joins: each is translated.
        const QString joined = tokenscope::gui::coreText(
            "Check the user name and the password (and the domain). PAM does not say which was wrong, so the "
            "tool "
            "does not either. TokenScope is not running as root: pam_unix can then check only the caller's "
            "own "
            "password (through unix_chkpwd), so any other account fails like a wrong password. Run it as "
            "root "
            "(sudo) to check another account.");
        QVERIFY2(joined.startsWith(QStringLiteral("Prüfen Sie Benutzername und Kennwort")),
                 qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("TokenScope läuft nicht als root")), qPrintable(joined));
        // What core wrote that is not listed is shown as it is.
        QCOMPARE(tokenscope::gui::coreText("pam_authenticate: PAM_AUTH_ERR (7)"),
                 QStringLiteral("pam_authenticate: PAM_AUTH_ERR (7)"));
        choose(QStringLiteral("en"));
    }

    void systemDefaultFollowsTheSystemLocale() {
        choose(QStringLiteral("system"));
        // CTest runs this test with LANGUAGE=fr (see tests/gui/CMakeLists.txt); by hand it may differ.
        const QString system = tokenscope::gui::effectiveUiLanguage();
        if (qEnvironmentVariable("LANGUAGE") == QStringLiteral("fr")) QCOMPARE(system, QStringLiteral("fr"));
        QCOMPARE(tokenscope::gui::uiLanguage(), QString());
        QVERIFY(child<QAction>(window_.get(), "language_system")->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
        choose(QStringLiteral("en"));
        QCOMPARE(child<QPushButton>(window_.get(), "logonButton")->text(), QStringLiteral("&Log on"));
    }
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
