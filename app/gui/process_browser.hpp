// The process browser (Tools → Processes…, `tokenscope --processes`): System Informer's process
// list and token page for TokenScope's one job. Every process with its user, thread count and how
// many of its threads impersonate, filterable and sortable, refreshed every two seconds; the
// chosen process's token, or one of its threads', in the same identity, groups and privilege
// views as the main window's worker thread.
#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <optional>
#include <vector>

#include "tokenscope/process.hpp"
#include "tokenscope/result.hpp"
#include "tokenscope/token_diff.hpp"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace tokenscope::gui {

class ProcessBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ProcessBrowser(QWidget* parent = nullptr);
    ~ProcessBrowser() override;

    // Lists the processes again now, off the GUI thread; listed() follows when the list is in.
    void refresh();
    // Lists the processes and waits for the list (tests, and the first show).
    void refreshNow();
    void setFilter(const QString& filter);
    // Selects the process and shows its token; false when it is not in the (filtered) list.
    bool selectProcess(qint64 pid);
    // Shows one thread of the shown process (0: the process itself); false when it has no such thread.
    bool selectThread(qint64 tid);
    void setAutoRefresh(bool on);

    [[nodiscard]] int visibleProcessCount() const;
    [[nodiscard]] qint64 shownPid() const { return shown_ ? shown_->pid : -1; }
    [[nodiscard]] qint64 shownTid() const { return shownTid_; }
    [[nodiscard]] const std::optional<ProcessToken>& shownProcess() const { return shown_; }
    // The error the last inspection of the chosen process gave, empty when it was read.
    [[nodiscard]] QString shownError() const { return shownError_; }

    // Compare: "Compare with this" marks the shown token as the left side; the Differences tab
    // then shows what differs between it and whatever is shown (live, refreshed with the list).
    // With nothing marked, a thread is compared with its process.
    void markForCompare();
    void clearMark();
    // "Open report…": a report saved by Save…, `tokenscope-cli whoami --json` (with or without
    // --pid) or `privileges --json` becomes the left side; false, with the reason shown above the
    // table and in reportError(), when the file is not one.
    bool compareWithReport(const QString& path);
    // "Save…": the shown process with its threads and privileges, in the form diff and Open
    // report… read back (whoami --pid N --json's keys and privileges --all --json's); false, with
    // the reason in reportError(), when it could not be written.
    bool saveReport(const QString& path);
    [[nodiscard]] QString reportError() const { return reportError_; }
    // The differences the Differences tab shows now (empty when there is nothing to compare).
    [[nodiscard]] const std::vector<TokenDifference>& differences() const { return differences_; }
    [[nodiscard]] QString compareSummary() const;

signals:
    void listed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillList(const Result<std::vector<ProcessSummary>>& list);
    void inspect(qint64 pid);
    void showToken();
    void showThreads();
    void showDifferences();
    // The shown process or thread as a comparison side, labelled; nullopt when nothing is shown.
    [[nodiscard]] std::optional<TokenSnapshot> shownSnapshot() const;
    [[nodiscard]] qint64 currentListPid() const;

    QLabel* filterLabel_ = nullptr;
    QLineEdit* filterEdit_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QCheckBox* autoRefresh_ = nullptr;
    QPushButton* refreshButton_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* list_ = nullptr;
    QTimer* timer_ = nullptr;
    // std::optional: what a QFuture holds must be default-constructible.
    using Listing = std::optional<Result<std::vector<ProcessSummary>>>;
    QFutureWatcher<Listing>* watcher_ = nullptr;
    bool refreshAgain_ = false;
    int listedCount_ = 0;
    QString listError_;

    QLabel* processLabel_ = nullptr;
    QTableWidget* threadsTable_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* identityTable_ = nullptr;
    QTableWidget* groupsTable_ = nullptr;
    QTableWidget* privilegeTable_ = nullptr;
    QLabel* verdictLabel_ = nullptr;

    QPushButton* markButton_ = nullptr;
    QPushButton* clearMarkButton_ = nullptr;
    QPushButton* openReportButton_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QString reportError_;
    QLabel* compareLabel_ = nullptr;
    QTableWidget* differencesTable_ = nullptr;
    std::optional<TokenSnapshot> marked_;
    std::vector<TokenDifference> differences_;
    QString compareLeft_;  // the label of the left side of differences_

    std::optional<ProcessToken> shown_;
    qint64 shownTid_ = 0;
    QString shownError_;
};

}  // namespace tokenscope::gui
