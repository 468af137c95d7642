// The privilege panel: a readiness light and verdict (can the worker thread impersonate?), every
// privilege of the worker thread with its state, sets, what needs it and its description, the
// rows impersonation needs tinted amber; Enable and Disable follow the chosen row.
#pragma once

#include "panel.hpp"
#include "session_worker.hpp"

class QTableWidget;

namespace tokenscope::gui {

class PrivilegePanel : public Panel {
    Q_OBJECT

public:
    explicit PrivilegePanel(QWidget* parent = nullptr);
    void showState(const WorkerState& state, bool busy);
    // While the worker is busy, Enable and Disable wait.
    void setBusy(bool busy);
    // The "Needed for" texts of one privilege, naming the process that needs it.
    [[nodiscard]] static QStringList neededFor(const Privilege& privilege);

signals:
    void privilegeChangeRequested(const QString& name, bool enable);
    void refreshRequested();

protected:
    void retranslated() override;

private:
    void updateButtons();

    WorkerState state_;
    bool busy_ = false;
    bool stateShown_ = false;
    QLabel* lightLabel_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
    QTableWidget* privilegeTable_ = nullptr;
    QPushButton* enableButton_ = nullptr;
    QPushButton* disableButton_ = nullptr;
};

}  // namespace tokenscope::gui
