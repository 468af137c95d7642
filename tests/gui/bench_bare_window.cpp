// The floor for start-up time: a bare QMainWindow with the same title, nothing else.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("TokenScope"));
    window.resize(1280, 860);
    window.show();
    return QApplication::exec();
}
