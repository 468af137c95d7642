#include "identity_panel.hpp"

#include <algorithm>

#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core_text.hpp"
#include "icons.hpp"
#include "token_text.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {

IdentityPanel::IdentityPanel(QWidget* parent) : Panel(QStringLiteral("identityBox"), parent) {
    identityTable_ = makeTokenTable(4, QStringLiteral("identityTable"));
    // System Informer's token page: every group with its SID and attributes (Windows: enabled,
    // mandatory, owner, deny-only, logon-id, integrity…; Linux: the gid).
    groupsTable_ = makeTokenTable(3, QStringLiteral("groupsTable"));
    groupsTable_->setSortingEnabled(true);
    groupsTable_->sortByColumn(0, Qt::AscendingOrder);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("identityTabs"));
    tabs->addTab(identityTable_, QString());
    tabs->addTab(groupsTable_, QString());
    translated([tabs, this] {
        setTitle(tr("Effective user"));
        tabs->setTabText(0, tr("Summary"));
        tabs->setTabText(1, tr("Groups of the worker thread"));
        identityTable_->setHorizontalHeaderLabels({QString(), tr("Process"), tr("Worker thread"), tr("Changed")});
        identityTable_->setAccessibleName(tr("Identity of the process and of the impersonating worker thread"));
        groupsTable_->setHorizontalHeaderLabels({tr("Group"), tr("Id"), tr("Attributes")});
        groupsTable_->setAccessibleName(tr("Groups of the worker thread, with their attributes"));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

int IdentityPanel::heightForCoreRows() const {
    int rows = 0;
    for (int row = 0; row < coreRows_ && row < identityTable_->rowCount(); ++row) rows += identityTable_->rowHeight(row);
    // Before the first state: user, group, groups, uid, gid, privileges, impersonating.
    if (coreRows_ == 0) rows = 7 * identityTable_->verticalHeader()->defaultSectionSize();
    const QScrollBar* scrollBar = identityTable_->horizontalScrollBar();
    const int table = identityTable_->horizontalHeader()->sizeHint().height() + rows +
                      (scrollBar->isVisible() ? scrollBar->height() : 0) + 2 * identityTable_->frameWidth() + 2;
    // The box's title, margins and tab bar around the table.
    return table + std::max(0, height() - identityTable_->height());
}

void IdentityPanel::retranslated() {
    if (stateShown_) showState(state_);
}

void IdentityPanel::showState(const WorkerState& state) {
    state_ = state;
    stateShown_ = true;
    auto process = processIdentity();
    auto processPrivileges = threadPrivileges();  // the GUI thread: it never impersonates
    identityTable_->setRowCount(0);
    if (!process || !state.thread) {
        identityTable_->setRowCount(1);
        identityTable_->setItem(0, 0, tableItem(tr("Error")));
        if (!process) identityTable_->setItem(0, 1, tableItem(text(process.error().summary())));
        return;
    }
    const Identity& worker = *state.thread;
    struct Row {
        Row(QString l, QString p, QString w, bool c = true, QString y = {})
            : label(std::move(l)), process(std::move(p)), worker(std::move(w)), compare(c), why(std::move(y)) {}
        QString label, process, worker;
        bool compare = true;
        QString why;  // why the two differ by design, for a row not compared
    };
    QList<Row> rows{
        {tr("User"), principalText(process->user), principalText(worker.user)},
        {tr("Group"), principalText(process->primaryGroup), principalText(worker.primaryGroup)},
        {tr("Groups"), groupsText(*process), groupsText(worker)},
    };
    // POSIX ids where the platform has them; Windows names every principal by its SID.
    if (process->uids || worker.uids) rows.append({tr("uid r/e/s/fs"), idsText(process->uids), idsText(worker.uids)});
    if (process->gids || worker.gids) rows.append({tr("gid r/e/s/fs"), idsText(process->gids), idsText(worker.gids)});
    // The window's thread dropped every privilege at start and the worker thread keeps what it
    // needs: they differ by design until the worker impersonates, and only then is it compared.
    rows.append({tr("Privileges"), processPrivileges ? enabledPrivileges(*processPrivileges) : QString(),
                 enabledPrivileges(state.privileges), worker.impersonating,
                 worker.impersonating ? QString()
                                      : tr("by design: the window's thread dropped its privileges at start, the "
                                           "worker thread keeps those it needs")});
    rows.append({tr("Impersonating"), QString(),
                 worker.impersonating ? tr("yes, %1").arg(coreText(worker.impersonationLevel)) : tr("no"), false});
    const int coreRows = static_cast<int>(rows.size());  // these always in sight; the details below scroll
    // Then the platform's own facts (Windows: token type, elevation, integrity level, linked
    // token, logon session; Linux: NoNewPrivs, securebits…), in the order core gives them.
    auto detail = [](const Identity& identity, const std::string& key) {
        for (const auto& [name, value] : identity.details) {
            if (name == key) return text(value);
        }
        return QString();
    };
    QStringList keys;
    for (const Identity* identity : std::initializer_list<const Identity*>{&*process, &worker}) {
        for (const auto& entry : identity->details) {
            if (!keys.contains(text(entry.first))) keys << text(entry.first);
        }
    }
    for (const QString& key : keys) {
        rows.append({coreText(key.toStdString()), detail(*process, key.toStdString()), detail(worker, key.toStdString())});
    }
    identityTable_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const bool changed = rows[row].compare && rows[row].process != rows[row].worker;
        identityTable_->setItem(row, 0, tableItem(rows[row].label));
        identityTable_->setItem(row, 1, tableItem(rows[row].process, rows[row].process));
        auto* workerItem = tableItem(rows[row].worker, rows[row].worker);
        identityTable_->setItem(row, 2, workerItem);
        const bool byDesign = !rows[row].compare && !rows[row].why.isEmpty() && rows[row].process != rows[row].worker;
        identityTable_->setItem(row, 3, tableItem(changed ? tr("changed") : byDesign ? tr("differs") : QString(),
                                                  byDesign ? rows[row].why : QString()));
        if (changed) {
            QFont bold = workerItem->font();
            bold.setBold(true);
            workerItem->setFont(bold);
            identityTable_->item(row, 3)->setIcon(icon(QStringLiteral("disabled")));
        }
    }
    // A long value (Windows tokens have a dozen groups) must not push the worker thread's column
    // out of sight: each value column is at most a third of the table, its cell's tool tip whole.
    identityTable_->resizeColumnsToContents();
    const int widest = std::max(identityTable_->viewport()->width() / 3, 240);
    for (int column : {1, 2}) {
        if (identityTable_->columnWidth(column) > widest) identityTable_->setColumnWidth(column, widest);
    }
    // The last column takes what is left (a resize to contents drops the stretch).
    identityTable_->horizontalHeader()->setStretchLastSection(false);
    identityTable_->horizontalHeader()->setStretchLastSection(true);
    coreRows_ = coreRows;
    fillGroupsTable(groupsTable_, worker);
}

}  // namespace tokenscope::gui
