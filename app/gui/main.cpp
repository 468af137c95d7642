#include <QApplication>
#include <QCommandLineParser>

#include "main_window.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenScope"));
    QApplication::setOrganizationName(QStringLiteral("TokenScope"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Logon, impersonation and privilege diagnostics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption service(QStringLiteral("pam-service"),
                                     QApplication::translate("main", "PAM service for the default provider."),
                                     QStringLiteral("name"), QStringLiteral("login"));
    parser.addOption(service);
    parser.process(app);

    tokenscope::gui::MainWindow window;
    window.setPamService(parser.value(service));
    window.show();
    return QApplication::exec();
}
