#include "process_browser.hpp"

#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core_text.hpp"
#include "icons.hpp"
#include "report_comparison.hpp"
#include "report_json.hpp"
#include "token_text.hpp"

namespace tokenscope::gui {
namespace {

constexpr int kRefreshMs = 2000;
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kPidRole = Qt::UserRole + 2;
enum Column { kPid, kName, kUser, kThreads, kImpersonating, kColumns };

QStandardItem* cell(const QString& shown, const QVariant& sortKey) {
    auto* item = new QStandardItem(shown);
    item->setEditable(false);
    item->setData(sortKey, kSortRole);
    return item;
}

// "pid 1234 (sleep)": a side of a comparison.
std::string processLabel(const ProcessToken& process) {
    return "pid " + std::to_string(process.pid) + " (" + process.name + ")";
}

QString userText(const Principal& user) {
    if (user.name.empty() && user.idString().empty()) return QStringLiteral("?");
    return user.name.empty() ? text(user.idString()) : text(user.name);
}

}  // namespace

ProcessBrowser::ProcessBrowser(QWidget* parent) : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("processBrowser"));

    filterEdit_ = new QLineEdit;
    filterEdit_->setObjectName(QStringLiteral("processFilter"));
    filterEdit_->setClearButtonEnabled(true);
    filterLabel_ = new QLabel;
    filterLabel_->setBuddy(filterEdit_);
    countLabel_ = new QLabel;
    countLabel_->setObjectName(QStringLiteral("processCount"));
    autoRefresh_ = new QCheckBox;
    autoRefresh_->setObjectName(QStringLiteral("processAutoRefresh"));
    autoRefresh_->setChecked(true);
    refreshButton_ = new QPushButton;
    refreshButton_->setObjectName(QStringLiteral("processRefresh"));

    model_ = new QStandardItemModel(0, kColumns, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(kSortRole);
    proxy_->setFilterKeyColumn(-1);  // any column: a pid, a name, a user
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    list_ = new QTableView;
    list_->setObjectName(QStringLiteral("processList"));
    list_->setModel(proxy_);
    list_->setSortingEnabled(true);
    list_->sortByColumn(kPid, Qt::AscendingOrder);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setAlternatingRowColors(true);
    list_->setWordWrap(false);
    list_->verticalHeader()->setVisible(false);
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);

    processLabel_ = new QLabel;
    processLabel_->setObjectName(QStringLiteral("processSummary"));
    processLabel_->setWordWrap(true);
    processLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    threadsTable_ = makeTokenTable(3, QStringLiteral("threadsTable"));
    identityTable_ = makeTokenTable(2, QStringLiteral("processIdentityTable"));
    groupsTable_ = makeTokenTable(3, QStringLiteral("processGroupsTable"));
    groupsTable_->sortByColumn(0, Qt::AscendingOrder);
    privilegeTable_ = makeTokenTable(4, QStringLiteral("processPrivilegeTable"));
    verdictLabel_ = new QLabel;
    verdictLabel_->setObjectName(QStringLiteral("processVerdict"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* privileges = new QWidget;
    auto* privilegesLayout = new QVBoxLayout(privileges);
    privilegesLayout->setContentsMargins(0, 0, 0, 0);
    privilegesLayout->addWidget(verdictLabel_);
    privilegesLayout->addWidget(privilegeTable_, 1);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("processTabs"));
    tabs_->addTab(identityTable_, QString());
    tabs_->addTab(groupsTable_, QString());
    tabs_->addTab(privileges, QString());
    markButton_ = new QPushButton;
    markButton_->setObjectName(QStringLiteral("compareMarkButton"));
    clearMarkButton_ = new QPushButton;
    clearMarkButton_->setObjectName(QStringLiteral("compareClearButton"));
    compareLabel_ = new QLabel;
    compareLabel_->setObjectName(QStringLiteral("compareSummary"));
    compareLabel_->setWordWrap(true);
    compareLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    differencesTable_ = makeTokenTable(5, QStringLiteral("differencesTable"));
    auto* compare = new QWidget;
    auto* compareButtons = new QHBoxLayout;
    compareButtons->addWidget(markButton_);
    compareButtons->addWidget(clearMarkButton_);
    openReportButton_ = new QPushButton;
    openReportButton_->setObjectName(QStringLiteral("compareOpenReportButton"));
    saveButton_ = new QPushButton;
    saveButton_->setObjectName(QStringLiteral("saveReportButton"));
    compareButtons->addWidget(openReportButton_);
    compareButtons->addWidget(saveButton_);
    compareButtons->addStretch(1);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addLayout(compareButtons);
    compareLayout->addWidget(compareLabel_);
    compareLayout->addWidget(differencesTable_, 1);
    tabs_->addTab(compare, QString());
    connect(markButton_, &QPushButton::clicked, this, &ProcessBrowser::markForCompare);
    connect(clearMarkButton_, &QPushButton::clicked, this, &ProcessBrowser::clearMark);
    connect(openReportButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a saved report"), QString(),
                                                          tr("TokenScope reports (*.json);;All files (*)"));
        if (!path.isEmpty()) compareWithReport(path);
    });
    connect(saveButton_, &QPushButton::clicked, this, [this] {
        if (!shown_) return;
        const QString name = QStringLiteral("tokenscope-pid-%1.json").arg(shown_->pid);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the process's token"), name, tr("TokenScope reports (*.json)"));
        if (!path.isEmpty() && !saveReport(path)) {
            QMessageBox::warning(this, tr("Save the process's token"), reportError_);
            reportError_.clear();
        }
    });

    auto* right = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(processLabel_);
    topLayout->addWidget(threadsTable_, 1);
    right->addWidget(top);
    right->addWidget(tabs_);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    auto* splitter = new QSplitter;
    splitter->addWidget(list_);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* row = new QHBoxLayout;
    row->addWidget(filterLabel_);
    row->addWidget(filterEdit_, 1);
    row->addWidget(countLabel_);
    row->addWidget(autoRefresh_);
    row->addWidget(refreshButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(splitter, 1);

    watcher_ = new QFutureWatcher<Listing>(this);
    connect(watcher_, &QFutureWatcher<Listing>::finished, this, [this] {
        const Listing listing = watcher_->result();
        if (listing) fillList(*listing);
        if (refreshAgain_) {
            refreshAgain_ = false;
            refresh();
        }
    });
    timer_ = new QTimer(this);
    timer_->setInterval(kRefreshMs);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (isVisible()) refresh();
    });
    timer_->start();
    connect(autoRefresh_, &QCheckBox::toggled, this, &ProcessBrowser::setAutoRefresh);
    connect(refreshButton_, &QPushButton::clicked, this, &ProcessBrowser::refresh);
    connect(filterEdit_, &QLineEdit::textChanged, this, &ProcessBrowser::setFilter);
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 pid = currentListPid();
        if (pid >= 0 && pid != shownPid()) {
            shownTid_ = 0;
            inspect(pid);
        }
    });
    connect(threadsTable_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = threadsTable_->selectedItems();
        if (selected.isEmpty()) return;
        const qint64 tid = threadsTable_->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
        if (tid == shownTid_) return;
        shownTid_ = tid;
        showToken();
        showDifferences();
    });

    resize(1200, 760);
    retranslateUi();
}

ProcessBrowser::~ProcessBrowser() { watcher_->waitForFinished(); }

void ProcessBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ProcessBrowser::retranslateUi() {
    setWindowTitle(tr("TokenScope — Processes"));
    filterLabel_->setText(tr("&Filter:"));
    filterEdit_->setPlaceholderText(tr("Pid, name or user"));
    filterEdit_->setAccessibleName(tr("Filter processes"));
    autoRefresh_->setText(tr("Refresh every 2 s"));
    refreshButton_->setText(tr("&Refresh"));
    model_->setHorizontalHeaderLabels({tr("PID"), tr("Name"), tr("User"), tr("Threads"), tr("Impersonating")});
    model_->horizontalHeaderItem(kImpersonating)
        ->setToolTip(tr("Threads whose credentials differ from their process's (Windows: threads with their own token)"));
    list_->setAccessibleName(tr("Processes"));
    threadsTable_->setHorizontalHeaderLabels({tr("Thread"), tr("User"), tr("Impersonating")});
    threadsTable_->setAccessibleName(tr("The process and its threads"));
    tabs_->setTabText(0, tr("Token"));
    tabs_->setTabText(1, tr("Groups"));
    tabs_->setTabText(2, tr("Privileges"));
    identityTable_->setHorizontalHeaderLabels({QString(), tr("Value")});
    identityTable_->setAccessibleName(tr("Token of the chosen process or thread"));
    groupsTable_->setHorizontalHeaderLabels({tr("Group"), tr("Id"), tr("Attributes")});
    groupsTable_->setAccessibleName(tr("Groups of the chosen process or thread"));
    privilegeTable_->setHorizontalHeaderLabels({tr("Privilege"), tr("State"), tr("Sets"), tr("Description")});
    privilegeTable_->setAccessibleName(tr("Privileges of the chosen process or thread"));
    tabs_->setTabText(3, tr("Differences"));
    markButton_->setText(tr("&Compare with this"));
    markButton_->setToolTip(tr("Keep the shown process or thread as the left side; then choose another to see what differs"));
    clearMarkButton_->setText(tr("Forget"));
    openReportButton_->setText(tr("&Open report…"));
    openReportButton_->setToolTip(tr("Compare a report saved before (Save…, or tokenscope-cli whoami --json or "
                                     "privileges --json) with the shown process or thread"));
    saveButton_->setText(tr("&Save…"));
    saveButton_->setToolTip(tr("Save the shown process's token, with its threads and privileges, as JSON: "
                               "to compare later here, or with tokenscope-cli diff"));
    differencesTable_->setHorizontalHeaderLabels({QString(), tr("Section"), tr("What"), tr("Left"), tr("Right")});
    differencesTable_->setAccessibleName(tr("Differences between the two tokens"));
    countLabel_->setText(listError_.isEmpty()
                             ? tr("%1 of %n processes", nullptr, listedCount_).arg(proxy_->rowCount())
                             : listError_);
    showThreads();
    showToken();
    showDifferences();
}

void ProcessBrowser::refresh() {
    if (watcher_->isRunning()) {
        refreshAgain_ = true;  // one more pass once this one is in: never two at a time
        return;
    }
    watcher_->setFuture(QtConcurrent::run([]() -> Listing { return listProcesses(); }));
}

void ProcessBrowser::refreshNow() {
    watcher_->waitForFinished();
    refreshAgain_ = false;
    fillList(listProcesses());
}

void ProcessBrowser::setAutoRefresh(bool on) {
    if (autoRefresh_->isChecked() != on) autoRefresh_->setChecked(on);
    if (on) timer_->start();
    else timer_->stop();
}

void ProcessBrowser::setFilter(const QString& filter) {
    if (filterEdit_->text() != filter) filterEdit_->setText(filter);
    proxy_->setFilterFixedString(filter);
    countLabel_->setText(tr("%1 of %n processes", nullptr, listedCount_).arg(proxy_->rowCount()));
}

int ProcessBrowser::visibleProcessCount() const { return proxy_->rowCount(); }

qint64 ProcessBrowser::currentListPid() const {
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid()) return -1;
    return proxy_->index(current.row(), kPid).data(kPidRole).toLongLong();
}

void ProcessBrowser::fillList(const Result<std::vector<ProcessSummary>>& list) {
    if (!list) {
        listError_ = tr("The processes could not be listed: %1").arg(text(list.error().summary()));
        countLabel_->setText(listError_);
        return;
    }
    listError_.clear();
    const qint64 keep = currentListPid();
    model_->setRowCount(0);
    for (const auto& process : *list) {
        const QString user = userText(process.user);
        QList<QStandardItem*> row{cell(QString::number(process.pid), QVariant::fromValue<qint64>(process.pid)),
                                  cell(text(process.name), text(process.name).toLower()),
                                  cell(user, user.toLower()),
                                  cell(QString::number(process.threads), process.threads),
                                  cell(QString::number(process.impersonatingThreads), process.impersonatingThreads)};
        row[kPid]->setData(QVariant::fromValue<qint64>(process.pid), kPidRole);
        row[kUser]->setToolTip(text(process.user.idString()));
        QString state;
        if (process.zombie) state = tr("ended, not yet reaped by its parent");
        if (process.kernelThread) state = tr("a kernel thread");
        if (!state.isEmpty()) {
            for (auto* item : row) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            }
            row[kName]->setToolTip(state);
        }
        if (process.impersonatingThreads > 0) {
            QFont bold = row[kImpersonating]->font();
            bold.setBold(true);
            row[kImpersonating]->setFont(bold);
            row[kImpersonating]->setIcon(icon(QStringLiteral("disabled")));
        }
        model_->appendRow(row);
    }
    listedCount_ = static_cast<int>(list->size());
    countLabel_->setText(tr("%1 of %n processes", nullptr, listedCount_).arg(proxy_->rowCount()));
    if (keep >= 0) {
        const QSignalBlocker blocker(list_->selectionModel());
        selectProcess(keep);
    }
    list_->resizeColumnsToContents();
    list_->horizontalHeader()->setStretchLastSection(false);
    list_->horizontalHeader()->setStretchLastSection(true);
    if (shown_) inspect(shown_->pid);  // the chosen token again: privileges and threads change
    emit listed();
}

bool ProcessBrowser::selectProcess(qint64 pid) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        if (proxy_->index(row, kPid).data(kPidRole).toLongLong() != pid) continue;
        list_->setCurrentIndex(proxy_->index(row, kPid));
        list_->selectRow(row);
        list_->scrollTo(proxy_->index(row, kPid));
        if (shownPid() != pid) {
            shownTid_ = 0;
            inspect(pid);
        }
        return true;
    }
    return false;
}

bool ProcessBrowser::selectThread(qint64 tid) {
    if (!shown_) return false;
    if (tid != 0 && std::none_of(shown_->threads.begin(), shown_->threads.end(),
                                 [tid](const ThreadToken& thread) { return thread.tid == tid; })) {
        return false;
    }
    shownTid_ = tid;
    showThreads();
    showToken();
    showDifferences();
    return true;
}

void ProcessBrowser::inspect(qint64 pid) {
    auto process = inspectProcess(pid);
    if (!process) {
        shown_.reset();
        shownError_ = text(process.error().summary());
        if (!process.error().hint.empty()) shownError_ += QStringLiteral("\n") + coreText(process.error().hint);
    } else {
        shown_ = std::move(*process);
        shownError_.clear();
        const bool threadStill = std::any_of(shown_->threads.begin(), shown_->threads.end(),
                                             [this](const ThreadToken& thread) { return thread.tid == shownTid_; });
        if (!threadStill) shownTid_ = 0;  // the thread has ended: back to the process
    }
    showThreads();
    showToken();
    showDifferences();
}

void ProcessBrowser::showThreads() {
    const QSignalBlocker blocker(threadsTable_);
    threadsTable_->setRowCount(0);
    if (!shown_) {
        processLabel_->setText(shownError_);
        return;
    }
    const ProcessToken& process = *shown_;
    QString summary = tr("Process %1 (%2), parent %3").arg(process.pid).arg(text(process.name)).arg(process.parent);
    if (!process.executable.empty()) summary += QStringLiteral("\n") + text(process.executable);
    if (!process.state.empty()) summary += QStringLiteral("\n") + tr("State: %1").arg(coreText(process.state));
    if (process.partial) summary += QStringLiteral("\n") + tr("Partly read:");
    for (const auto& note : process.notes) summary += QStringLiteral("\n• ") + coreText(note);
    processLabel_->setText(summary);

    threadsTable_->setRowCount(static_cast<int>(process.threads.size()) + 1);
    auto setRow = [this](int row, qint64 tid, const QString& name, const Identity& identity) {
        auto* first = tableItem(name);
        first->setData(Qt::UserRole, QVariant::fromValue<qint64>(tid));
        threadsTable_->setItem(row, 0, first);
        threadsTable_->setItem(row, 1, tableItem(gui::principalText(identity.user)));
        const QString impersonating = identity.impersonating
                                          ? (identity.impersonationLevel.empty()
                                                 ? tr("yes")
                                                 : tr("yes, %1").arg(coreText(identity.impersonationLevel)))
                                          : tr("no");
        auto* last = tableItem(impersonating);
        if (identity.impersonating) {
            last->setIcon(icon(QStringLiteral("disabled")));
            QFont bold = first->font();
            bold.setBold(true);
            for (auto* item : {first, last}) item->setFont(bold);
        }
        threadsTable_->setItem(row, 2, last);
        if (tid == shownTid_) threadsTable_->selectRow(row);
    };
    setRow(0, 0, tr("Process %1").arg(process.pid), process.identity);
    int row = 1;
    for (const auto& thread : process.threads) {
        setRow(row++, thread.tid, tr("Thread %1").arg(thread.tid), thread.identity);
    }
    fitColumns(threadsTable_);
}

void ProcessBrowser::showToken() {
    identityTable_->setRowCount(0);
    groupsTable_->setRowCount(0);
    privilegeTable_->setRowCount(0);
    verdictLabel_->clear();
    if (!shown_) return;
    const Identity* identity = &shown_->identity;
    const PrivilegeReport* privileges = &shown_->privileges;
    for (const auto& thread : shown_->threads) {
        if (thread.tid != shownTid_) continue;
        identity = &thread.identity;
        privileges = &thread.privileges;
    }
    QList<QPair<QString, QString>> rows{{tr("User"), gui::principalText(identity->user)},
                                         {tr("Group"), gui::principalText(identity->primaryGroup)},
                                         {tr("Groups"), groupsText(*identity)}};
    if (identity->uids) rows.append({tr("uid r/e/s/fs"), idsText(identity->uids)});
    if (identity->gids) rows.append({tr("gid r/e/s/fs"), idsText(identity->gids)});
    rows.append({tr("Privileges"), enabledPrivileges(*privileges)});
    if (shownTid_ != 0) {
        rows.append({tr("Impersonating"), identity->impersonating
                                              ? tr("yes, %1").arg(coreText(identity->impersonationLevel))
                                              : tr("no: it acts as its process")});
    }
    for (const auto& [name, value] : identity->details) rows.append({coreText(name), text(value)});
    if (shownTid_ == 0 && !shown_->commandLine.empty()) {
        QStringList words;
        for (const auto& word : shown_->commandLine) words << text(word);
        rows.append({tr("Command line"), words.join(QLatin1Char(' '))});
    }
    identityTable_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        identityTable_->setItem(row, 0, tableItem(rows[row].first));
        identityTable_->setItem(row, 1, tableItem(rows[row].second, rows[row].second));
    }
    fitColumns(identityTable_);

    fillGroupsTable(groupsTable_, *identity);

    privilegeTable_->setRowCount(static_cast<int>(privileges->privileges.size()));
    int row = 0;
    for (const auto& privilege : privileges->privileges) {
        const QString description = coreText(privilege.description);
        auto* state = tableItem(privilegeState(privilege));
        state->setIcon(icon(privilegeIconName(privilege)));
        privilegeTable_->setItem(row, 0, tableItem(text(privilege.name), description));
        privilegeTable_->setItem(row, 1, state);
        privilegeTable_->setItem(row, 2, tableItem(privilegeSets(privilege),
                                                   tr("p permitted, e effective, i inheritable, b bounding, a ambient")));
        privilegeTable_->setItem(row, 3, tableItem(description));
        ++row;
    }
    fitColumns(privilegeTable_);
    verdictLabel_->setText(privilegeVerdict(*privileges));
}

std::optional<TokenSnapshot> ProcessBrowser::shownSnapshot() const {
    if (!shown_) return std::nullopt;
    TokenSnapshot side;
    side.label = processLabel(*shown_);
    side.identity = shown_->identity;
    side.privileges = shown_->privileges;
    for (const auto& thread : shown_->threads) {
        if (thread.tid != shownTid_ || shownTid_ == 0) continue;
        side.label = "thread " + std::to_string(thread.tid) + " of " + processLabel(*shown_);
        side.identity = thread.identity;
        side.privileges = thread.privileges;
    }
    return side;
}

void ProcessBrowser::markForCompare() {
    marked_ = shownSnapshot();
    reportError_.clear();
    showDifferences();
}

void ProcessBrowser::clearMark() {
    marked_.reset();
    reportError_.clear();
    showDifferences();
}

bool ProcessBrowser::compareWithReport(const QString& path) {
    auto report = readReportFile(path);
    if (!report) {
        reportError_ = reportErrorText(report.error());
        showDifferences();
        return false;
    }
    marked_ = std::move(*report);
    reportError_.clear();
    showDifferences();
    return true;
}

bool ProcessBrowser::saveReport(const QString& path) {
    if (!shown_) {
        reportError_ = tr("No process is shown: choose one in the list first.");
        return false;
    }
    const std::string json =
        cli::processReportJson(*shown_).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), static_cast<qint64>(json.size())) < 0 ||
        !file.commit()) {
        reportError_ = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    reportError_.clear();
    return true;
}

QString ProcessBrowser::compareSummary() const { return compareLabel_->text(); }

void ProcessBrowser::showDifferences() {
    differencesTable_->setRowCount(0);
    differences_.clear();
    clearMarkButton_->setEnabled(marked_.has_value());
    markButton_->setEnabled(shown_.has_value());
    saveButton_->setEnabled(shown_.has_value());
    compareLabel_->setStyleSheet(reportError_.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    if (!reportError_.isEmpty()) {
        compareLabel_->setText(reportError_);
        return;
    }
    const auto right = shownSnapshot();
    std::optional<TokenSnapshot> left = marked_;
    if (!left && right && shownTid_ != 0) {  // a thread against its process
        left = TokenSnapshot{processLabel(*shown_), shown_->identity, shown_->privileges, true};
    }
    if (!left || !right) {
        compareLabel_->setText(tr("Choose a process or thread and press Compare with this, then choose another: "
                                  "what differs is shown here. A thread is compared with its process until then."));
        return;
    }
    differences_ = compareTokens(*left, *right);
    compareLabel_->setText(comparisonSummary(*left, *right, differences_));
    fillDifferencesTable(differencesTable_, differences_);
}

}  // namespace tokenscope::gui
