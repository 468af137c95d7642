#include "privilege_panel.hpp"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core_text.hpp"
#include "icons.hpp"
#include "token_text.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {
namespace {

const QColor kNeededTint(0xff, 0xf1, 0xc4);  // amber: rows impersonation needs
// Data of a privilege row's first cell (Qt::UserRole: the privilege's name).
constexpr int kHeldRole = Qt::UserRole + 1;
constexpr int kEnabledRole = Qt::UserRole + 2;

}  // namespace

PrivilegePanel::PrivilegePanel(QWidget* parent) : Panel(QStringLiteral("privilegeBox"), parent) {
    lightLabel_ = new QLabel;
    lightLabel_->setObjectName(QStringLiteral("readinessLight"));
    lightLabel_->setFixedSize(24, 24);
    verdictLabel_ = new QLabel;
    verdictLabel_->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(lightLabel_, 0, Qt::AlignTop);
    verdictRow->addWidget(verdictLabel_, 1);

    privilegeTable_ = makeTokenTable(5, QStringLiteral("privilegeTable"));
    // Four rows at least, whatever the window's size (800x600 showed one); the window gives it
    // more as soon as the effective user's rows are in sight.
    privilegeTable_->setMinimumHeight(privilegeTable_->horizontalHeader()->sizeHint().height() +
                                      4 * privilegeTable_->verticalHeader()->defaultSectionSize() +
                                      privilegeTable_->horizontalScrollBar()->sizeHint().height() + 4);
    enableButton_ = makeButton(QStringLiteral("enableButton"));
    disableButton_ = makeButton(QStringLiteral("disableButton"));
    auto* refreshButton = makeButton(QStringLiteral("refreshButton"));
    translated([=, this] {
        setTitle(tr("Privileges of the worker thread"));
        privilegeTable_->setHorizontalHeaderLabels(
            {tr("Privilege"), tr("State"), tr("Sets"), tr("Needed for"), tr("Description")});
        privilegeTable_->setAccessibleName(tr("Privileges of the worker thread"));
        setLabel(enableButton_, tr("&Enable"));
        setLabel(disableButton_, tr("Di&sable"));
        setLabel(refreshButton, tr("Refresh"));  // View → Refresh (F5); no mnemonic free
    });
    auto change = [this](bool enable) {
        const int row = privilegeTable_->currentRow();
        if (row >= 0) emit privilegeChangeRequested(privilegeTable_->item(row, 0)->data(Qt::UserRole).toString(), enable);
    };
    connect(enableButton_, &QPushButton::clicked, this, [change] { change(true); });
    connect(disableButton_, &QPushButton::clicked, this, [change] { change(false); });
    connect(refreshButton, &QPushButton::clicked, this, &PrivilegePanel::refreshRequested);
    connect(privilegeTable_, &QTableWidget::itemSelectionChanged, this, &PrivilegePanel::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(enableButton_);
    buttons->addWidget(disableButton_);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(privilegeTable_);
    layout->addLayout(buttons);
    updateButtons();
}

// Core's needs say what TokenScope needs a privilege for, true of tokenscope-cli, which logs on in
// its own process. On Linux this program runs PAM in its logon broker (tokenscope-logon-broker),
// which keeps privilegesForLogon() for that; this process's session worker keeps only what it
// impersonates, runs programs as the user and ends them with. So core's logon needs are told here
// as the broker's, for what the broker keeps.
QStringList PrivilegePanel::neededFor(const Privilege& privilege) {
    QStringList needs;
#ifdef Q_OS_WIN
    for (const auto& need : privilege.neededFor) needs << coreText(need);
#else
    for (const auto& need : privilege.neededFor) {
        if (need != "verify other users' passwords" && need != "open a logon session") needs << coreText(need);
    }
    static const std::vector<std::string> broker = privilegesForLogon();
    if (std::find(broker.begin(), broker.end(), privilege.name) == broker.end()) return needs;
    const std::string_view name = privilege.name;
    if (name == "CAP_DAC_READ_SEARCH" || name == "CAP_DAC_OVERRIDE")
        needs << tr("logon (in the logon broker: PAM reads /etc/shadow)");
    else if (name == "CAP_AUDIT_WRITE")
        needs << tr("logon and logoff (in the logon broker: PAM writes audit records)");
    else if (name == "CAP_AUDIT_CONTROL")
        needs << tr("logon session (in the logon broker: pam_loginuid sets the login uid)");
    else if (name == "CAP_SYS_RESOURCE")
        needs << tr("logon session (in the logon broker: pam_limits sets resource limits)");
    else
        needs << tr("logon session (in the logon broker: PAM's setcred and open_session work on the user's files)");
#endif
    return needs;
}

void PrivilegePanel::retranslated() {
    if (stateShown_) showState(state_, busy_);
}

void PrivilegePanel::showState(const WorkerState& state, bool busy) {
    state_ = state;
    busy_ = busy;
    stateShown_ = true;
    const int selected = privilegeTable_->currentRow();
    privilegeTable_->setRowCount(0);
    if (!state.privileges) {
        verdictLabel_->setText(tr("The privileges of the worker thread could not be read."));
        updateButtons();
        return;
    }
    const auto& report = *state.privileges;
    const auto needed = privilegesForImpersonation();
    privilegeTable_->setRowCount(static_cast<int>(report.privileges.size()));
    int row = 0;
    for (const auto& privilege : report.privileges) {
        const QStringList needs = neededFor(privilege);
        const QString description = coreText(privilege.description);
        auto* name = tableItem(text(privilege.name), description);
        name->setData(Qt::UserRole, text(privilege.name));
        name->setData(kHeldRole, privilege.held);
        name->setData(kEnabledRole, privilege.enabled);
        auto* stateItem = tableItem(privilegeState(privilege));
        stateItem->setIcon(icon(privilegeIconName(privilege)));
        privilegeTable_->setItem(row, 0, name);
        privilegeTable_->setItem(row, 1, stateItem);
        privilegeTable_->setItem(
            row, 2, tableItem(privilegeSets(privilege), tr("p permitted, e effective, i inheritable, b bounding, a ambient")));
        const QString needsText = needs.join(tr(", ", "list separator"));
        privilegeTable_->setItem(row, 3, tableItem(needsText, needsText));
        privilegeTable_->setItem(row, 4, tableItem(description));
        if (!needs.isEmpty()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        if (std::find(needed.begin(), needed.end(), privilege.name) != needed.end()) {
            // An amber tint, never the selection's colour: a needed row and the chosen row must
            // not be confused.
            for (int column = 0; column < privilegeTable_->columnCount(); ++column) {
                privilegeTable_->item(row, column)->setBackground(kNeededTint);
                privilegeTable_->item(row, column)->setForeground(QColor(Qt::black));
            }
            name->setToolTip(tr("Impersonation needs this today. %1").arg(description));
        }
        ++row;
    }
    // Description, the column a newcomer reads, stays in sight: the sets and what needs the
    // privilege are at most a fifth of the width each (their whole text in the tool tip), and it
    // takes the rest.
    privilegeTable_->resizeColumnsToContents();
    const int widest = std::max(privilegeTable_->viewport()->width() / 5, 120);
    for (int column = 2; column < 4; ++column) {  // the name and the state stay whole
        if (privilegeTable_->columnWidth(column) > widest) privilegeTable_->setColumnWidth(column, widest);
    }
    privilegeTable_->horizontalHeader()->setStretchLastSection(false);
    privilegeTable_->horizontalHeader()->setStretchLastSection(true);
    if (selected >= 0 && selected < privilegeTable_->rowCount()) privilegeTable_->selectRow(selected);

    QString verdict = privilegeVerdict(report);
    for (const auto& note : report.notes) verdict += QStringLiteral("\n") + privilegeNote(report, note);
    verdictLabel_->setText(verdict);
    verdictLabel_->setProperty("ready", report.canImpersonate);
    lightLabel_->setPixmap(icon(report.canImpersonate ? QStringLiteral("ready") : QStringLiteral("not-ready"))
                               .pixmap(24, 24));
    lightLabel_->setAccessibleName(report.canImpersonate ? tr("Ready to impersonate") : tr("Not ready to impersonate"));
    lightLabel_->setToolTip(lightLabel_->accessibleName());
    updateButtons();
}

void PrivilegePanel::setBusy(bool busy) {
    busy_ = busy;
    updateButtons();
}

void PrivilegePanel::updateButtons() {
    // Enable only what is held and off, Disable only what is on.
    const int row = privilegeTable_->currentRow();
    const QTableWidgetItem* chosen = row >= 0 ? privilegeTable_->item(row, 0) : nullptr;
    const bool held = chosen != nullptr && chosen->data(kHeldRole).toBool();
    const bool on = chosen != nullptr && chosen->data(kEnabledRole).toBool();
    enableButton_->setEnabled(!busy_ && held && !on);
    disableButton_->setEnabled(!busy_ && on);
}

}  // namespace tokenscope::gui
