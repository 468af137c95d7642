// The activity panel: every action with its time, result (failures red, with their own icon) and
// details; double-click or Enter opens the whole entry. It owns the ActivityLog the report is
// made from.
#pragma once

#include "activity_log.hpp"
#include "panel.hpp"

class QTableWidget;

namespace tokenscope::gui {

class ActivityPanel : public Panel {
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget* parent = nullptr);
    [[nodiscard]] const ActivityLog& log() const { return log_; }
    // Records the outcome and shows it as the last row.
    const ActivityEntry& add(const Outcome& outcome);
    // The height at which the log shows `rows` rows whole.
    [[nodiscard]] int heightForRows(int rows) const;

signals:
    void copyReportRequested();
    void saveReportRequested();

protected:
    void retranslated() override;

private:
    void addRow(const ActivityEntry& entry);
    // The whole entry `row` (run-as output, every line of an error) in a dialog of its own.
    void showEntry(int row);

    ActivityLog log_;
    QTableWidget* logTable_ = nullptr;
};

}  // namespace tokenscope::gui
