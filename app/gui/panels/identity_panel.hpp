// The effective-user panel: the process beside the worker thread (user, groups, ids where the
// platform has them, privileges, impersonation, then the platform's own token facts) with what
// changed, and the worker thread's groups with their attributes.
#pragma once

#include "panel.hpp"
#include "session_worker.hpp"

class QTableWidget;

namespace tokenscope::gui {

class IdentityPanel : public Panel {
    Q_OBJECT

public:
    explicit IdentityPanel(QWidget* parent = nullptr);
    void showState(const WorkerState& state);
    // The panel's height with every row up to Impersonating in sight (the platform's details
    // follow them and may scroll).
    [[nodiscard]] int heightForCoreRows() const;

protected:
    void retranslated() override;

private:
    WorkerState state_;
    bool stateShown_ = false;
    int coreRows_ = 0;
    QTableWidget* identityTable_ = nullptr;
    QTableWidget* groupsTable_ = nullptr;  // the worker thread's groups with their attributes
};

}  // namespace tokenscope::gui
