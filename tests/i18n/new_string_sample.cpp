// Never compiled. The translation check's own test reads this file as if it were part of the GUI:
// a string no .ts file has must make the check fail and name it.
#include <QCoreApplication>

QString sample() {
    return QCoreApplication::translate("tokenscope::gui::MainWindow", "A sentence no translator has seen yet");
}
