#include <QApplication>

#include "main_window.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenScope"));
    QApplication::setOrganizationName(QStringLiteral("TokenScope"));
    tokenscope::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
