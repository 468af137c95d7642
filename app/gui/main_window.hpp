// The main window: the process's and the thread's identity, and the thread's privileges.
#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace tokenscope::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

public slots:
    // Reads identity and privileges from core again (GUI thread: reading only, never impersonating).
    void refresh();

private:
    void showIdentity();
    void showPrivileges();

    QTableWidget* identityTable_ = nullptr;
    QTableWidget* privilegeTable_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
};

}  // namespace tokenscope::gui
