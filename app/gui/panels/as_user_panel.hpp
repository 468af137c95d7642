// The "As the user" panel: probe a path's access on the worker thread (each right with the rule
// that decided it) and run a command as the logged-on user. Titled with whose rights they are.
#pragma once

#include "panel.hpp"
#include "session_worker.hpp"

class QTableWidget;

namespace tokenscope::gui {

class AsUserPanel : public Panel {
    Q_OBJECT

public:
    explicit AsUserPanel(QWidget* parent = nullptr);
    void showState(const WorkerState& state, bool busy);
    // The probe's results, captioned with whose they are.
    void showAccess(const Outcome& outcome);
    [[nodiscard]] QWidget* firstInTabOrder() const;

signals:
    void probeRequested(const QString& path);
    void runRequested(const QStringList& argv);

protected:
    void retranslated() override;

private:
    // "As tsuser" while someone is logged on; the panel's plain name otherwise.
    [[nodiscard]] QString title() const;

    WorkerState state_;
    bool busy_ = false;
    bool stateShown_ = false;
    Outcome lastAccess_;  // the access table's checks, shown again in a new language
    QLabel* accessCaption_ = nullptr;  // "/etc/shadow as tsuser (impersonated)"
    QLineEdit* pathEdit_ = nullptr;
    QPushButton* probeButton_ = nullptr;
    QTableWidget* accessTable_ = nullptr;
    QLineEdit* commandEdit_ = nullptr;
    QPushButton* runButton_ = nullptr;
};

}  // namespace tokenscope::gui
