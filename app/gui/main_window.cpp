#include "main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {
namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

QString principalText(const Principal& principal) {
    const QString id = text(principal.idString());
    return principal.name.empty() ? MainWindow::tr("%1 (no name)").arg(id)
                                  : QStringLiteral("%1 (%2)").arg(text(principal.name), id);
}

QString groupsText(const Identity& identity) {
    if (identity.groups.empty()) return MainWindow::tr("(none)");
    QStringList names;
    for (const auto& group : identity.groups) names << principalText(group);
    return names.join(QStringLiteral(", "));
}

QString idsText(const std::optional<PosixIds>& ids) {
    if (!ids) return {};
    return QStringLiteral("%1 / %2 / %3 / %4").arg(ids->real).arg(ids->effective).arg(ids->saved).arg(ids->filesystem);
}

QTableWidgetItem* item(const QString& value, const QString& tip = {}) {
    auto* cell = new QTableWidgetItem(value);
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    if (!tip.isEmpty()) cell->setToolTip(tip);
    return cell;
}

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, const QString& accessibleName) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("TokenScope"));
    setObjectName(QStringLiteral("mainWindow"));

    identityTable_ = makeTable({QString(), tr("Process"), tr("Thread")}, QStringLiteral("identityTable"),
                               tr("Identity of the process and of the thread"));
    privilegeTable_ = makeTable({tr("Capability"), tr("State"), tr("Sets"), tr("Needed for"), tr("Description")},
                                QStringLiteral("privilegeTable"), tr("Privileges of the thread"));
    verdictLabel_ = new QLabel;
    verdictLabel_->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* identityBox = new QGroupBox(tr("&Identity"));
    auto* identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(identityTable_);

    auto* privilegeBox = new QGroupBox(tr("&Privileges"));
    auto* privilegeLayout = new QVBoxLayout(privilegeBox);
    privilegeLayout->addWidget(verdictLabel_);
    privilegeLayout->addWidget(privilegeTable_);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(identityBox);
    splitter->addWidget(privilegeBox);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    resize(1100, 760);
    refresh();
}

void MainWindow::refresh() {
    showIdentity();
    showPrivileges();
    statusBar()->showMessage(tr("Read from the kernel at %1").arg(QTime::currentTime().toString()));
}

void MainWindow::showIdentity() {
    identityTable_->setRowCount(0);
    auto process = processIdentity();
    auto thread = threadIdentity();
    if (!process || !thread) {
        const Error& error = !process ? process.error() : thread.error();
        identityTable_->setRowCount(1);
        identityTable_->setItem(0, 0, item(tr("Error")));
        identityTable_->setItem(0, 1, item(text(error.summary()), text(error.native + "\n" + error.hint)));
        return;
    }
    const QList<std::array<QString, 3>> rows{
        {tr("User"), principalText(process->user), principalText(thread->user)},
        {tr("Group"), principalText(process->primaryGroup), principalText(thread->primaryGroup)},
        {tr("Groups"), groupsText(*process), groupsText(*thread)},
        {tr("uid r/e/s/fs"), idsText(process->uids), idsText(thread->uids)},
        {tr("gid r/e/s/fs"), idsText(process->gids), idsText(thread->gids)},
        {tr("Impersonating"), QString(),
         thread->impersonating ? tr("yes, %1").arg(text(thread->impersonationLevel)) : tr("no")},
    };
    identityTable_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 3; ++column) identityTable_->setItem(row, column, item(rows[row][column]));
    }
    identityTable_->resizeColumnsToContents();
}

void MainWindow::showPrivileges() {
    privilegeTable_->setRowCount(0);
    auto report = threadPrivileges();
    if (!report) {
        verdictLabel_->setText(text(report.error().summary()));
        return;
    }
    privilegeTable_->setRowCount(static_cast<int>(report->privileges.size()));
    int row = 0;
    for (const auto& privilege : report->privileges) {
        QString sets = QStringLiteral("-----");
        if (privilege.held) sets[0] = QLatin1Char('p');
        if (privilege.enabled) sets[1] = QLatin1Char('e');
        if (privilege.inheritable) sets[2] = QLatin1Char('i');
        if (privilege.bounding) sets[3] = QLatin1Char('b');
        if (privilege.ambient) sets[4] = QLatin1Char('a');
        const QString state = !privilege.held ? tr("Not held") : privilege.enabled ? tr("Enabled") : tr("Disabled");
        QStringList needs;
        for (const auto& need : privilege.neededFor) needs << text(need);
        privilegeTable_->setItem(row, 0, item(text(privilege.name)));
        privilegeTable_->setItem(row, 1, item(state));
        privilegeTable_->setItem(row, 2, item(sets, tr("p permitted, e effective, i inheritable, b bounding, a ambient")));
        privilegeTable_->setItem(row, 3, item(needs.join(QStringLiteral(", "))));
        privilegeTable_->setItem(row, 4, item(text(privilege.description)));
        if (!needs.isEmpty()) {
            QFont bold = privilegeTable_->item(row, 0)->font();
            bold.setBold(true);
            privilegeTable_->item(row, 0)->setFont(bold);
        }
        ++row;
    }
    privilegeTable_->resizeColumnsToContents();

    QString verdict = text(report->verdict);
    for (const auto& note : report->notes) verdict += QStringLiteral("\n") + text(note);
    verdictLabel_->setText(verdict);
    verdictLabel_->setProperty("ready", report->canImpersonate);
    verdictLabel_->setStyleSheet(report->canImpersonate ? QStringLiteral("QLabel { color: #1b7f2a; font-weight: bold; }")
                                                        : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
}

}  // namespace tokenscope::gui
