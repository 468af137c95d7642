#include <QApplication>
#include <QCommandLineParser>

#include "constants_browser.hpp"
#include "icons.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "privilege_hygiene.hpp"
#include "process_browser.hpp"
#include "report_comparison.hpp"

int main(int argc, char** argv) {
    // Before any thread exists, and before QApplication starts Qt's: no core dumps, the session
    // worker's thread started with the only capabilities kept, none on this thread (see
    // privilege_hygiene.hpp).
    (void)tokenscope::gui::hardenAtStartup();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenScope"));
    QApplication::setOrganizationName(QStringLiteral("TokenScope"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));
    QApplication::setWindowIcon(tokenscope::gui::icon(QStringLiteral("tokenscope")));
    // View → Language's last choice, else the system's language (TokenScope's and Qt's own texts).
    tokenscope::gui::applySavedUiLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Logon, impersonation and privilege diagnostics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption service(QStringLiteral("pam-service"),
                                     QApplication::translate("main", "PAM service for the default provider."),
                                     QStringLiteral("name"), QStringLiteral("login"));
    parser.addOption(service);
    const QCommandLineOption browser(QStringLiteral("browser"),
                                     QApplication::translate("main", "Open the constants browser only."));
    parser.addOption(browser);
    const QCommandLineOption processes(QStringLiteral("processes"),
                                       QApplication::translate("main", "Open the process browser only."));
    parser.addOption(processes);
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QApplication::translate("main", "Compare two saved reports only."));
    parser.addOption(compare);
    parser.addPositionalArgument(QStringLiteral("reports"),
                                 QApplication::translate("main", "With --compare: the two reports, left and right."),
                                 QStringLiteral("[LEFT.json RIGHT.json]"));
    parser.process(app);

    if (parser.isSet(browser)) {
        (void)tokenscope::gui::takeSessionThread();  // no session: its thread ends here
        tokenscope::gui::ConstantsBrowser window;
        window.show();
        return QApplication::exec();
    }
    if (parser.isSet(processes)) {
        (void)tokenscope::gui::takeSessionThread();
        tokenscope::gui::ProcessBrowser window;
        window.show();
        window.refresh();
        return QApplication::exec();
    }
    if (parser.isSet(compare)) {
        (void)tokenscope::gui::takeSessionThread();
        tokenscope::gui::ReportComparison window;
        const QStringList reports = parser.positionalArguments();
        if (reports.size() == 2) window.compareFiles(reports[0], reports[1]);
        window.show();
        return QApplication::exec();
    }
    tokenscope::gui::MainWindow window;
    window.setPamService(parser.value(service));
    window.show();
    return QApplication::exec();
}
