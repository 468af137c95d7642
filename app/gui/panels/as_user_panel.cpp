#include "as_user_panel.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>

#include "activity_log.hpp"
#include "core_text.hpp"
#include "icons.hpp"
#include "token_text.hpp"

namespace tokenscope::gui {

AsUserPanel::AsUserPanel(QWidget* parent) : Panel(QStringLiteral("asUserBox"), parent) {
    accessCaption_ = new QLabel;
    accessCaption_->setObjectName(QStringLiteral("accessCaption"));
    accessCaption_->setWordWrap(true);
    pathEdit_ = makeEdit(QStringLiteral("pathEdit"));
    probeButton_ = makeButton(QStringLiteral("probeButton"));
    accessTable_ = makeTokenTable(3, QStringLiteral("accessTable"));
    commandEdit_ = makeEdit(QStringLiteral("commandEdit"));
    commandEdit_->setPlaceholderText(QStringLiteral("id -a"));
    runButton_ = makeButton(QStringLiteral("runButton"));
    connect(probeButton_, &QPushButton::clicked, this, [this] { emit probeRequested(pathEdit_->text()); });
    connect(pathEdit_, &QLineEdit::returnPressed, probeButton_, &QPushButton::click);
    connect(runButton_, &QPushButton::clicked, this, [this] {
        const QStringList argv = QProcess::splitCommand(commandEdit_->text());
        if (argv.isEmpty()) {
            emit statusRequested([] { return tr("Type a command to run as the user."); });
            return;
        }
        emit runRequested(argv);
    });
    connect(commandEdit_, &QLineEdit::returnPressed, runButton_, &QPushButton::click);

    auto* pathLabel = new QLabel;
    pathLabel->setBuddy(pathEdit_);
    auto* commandLabel = new QLabel;
    commandLabel->setBuddy(commandEdit_);
    translated([=, this] {
        setTitle(title());
        pathEdit_->setAccessibleName(tr("Path to probe"));
        pathEdit_->setPlaceholderText(tr("/path/to/file or folder"));
        setLabel(probeButton_, tr("&Probe access"));
        probeButton_->setToolTip(tr("Try to open the path for read, write, execute and list on the worker thread"));
        accessTable_->setHorizontalHeaderLabels({tr("Right"), tr("Result"), tr("Why")});
        accessTable_->setAccessibleName(tr("Access probe results"));
        commandEdit_->setAccessibleName(tr("Command to run as the user"));
        setLabel(runButton_, tr("Ru&n as user"));
        pathLabel->setText(tr("P&ath:"));
        commandLabel->setText(tr("Co&mmand:"));
    });
    auto* grid = new QGridLayout(this);
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(pathEdit_, 0, 1);
    grid->addWidget(probeButton_, 0, 2);
    grid->addWidget(accessCaption_, 1, 0, 1, 3);
    grid->addWidget(accessTable_, 2, 0, 1, 3);
    grid->addWidget(commandLabel, 3, 0);
    grid->addWidget(commandEdit_, 3, 1);
    grid->addWidget(runButton_, 3, 2);
    setTabOrder(pathEdit_, probeButton_);
    setTabOrder(probeButton_, commandEdit_);
    setTabOrder(commandEdit_, runButton_);
}

QWidget* AsUserPanel::firstInTabOrder() const { return pathEdit_; }

QString AsUserPanel::title() const {
    return state_.loggedOn ? tr("As %1").arg(state_.user) : tr("Access probe and run-as");
}

void AsUserPanel::showState(const WorkerState& state, bool busy) {
    state_ = state;
    busy_ = busy;
    stateShown_ = true;
    // Say whose rights these are, and only while someone is logged on.
    setTitle(title());
    if (!state.impersonating && lastAccess_.impersonated) {
        // The results were the impersonated user's: after a revert or a log off they are stale.
        lastAccess_ = Outcome{};
        accessTable_->setRowCount(0);
        accessCaption_->setText(tr("The last results were the impersonated user's and were cleared."));
    }
    probeButton_->setEnabled(!busy);
    runButton_->setEnabled(!busy && state.loggedOn && !state.impersonating);
    // A disabled button says why (Qt shows tool tips of disabled widgets).
    runButton_->setToolTip(!state.loggedOn      ? tr("Log on first: the program runs with the logon's token")
                           : state.impersonating ? tr("Revert to self first: the program is started from the worker "
                                                      "thread's own identity, which then switches to the user")
                                                 : tr("Run the command as the logged-on user, in a session of its own"));
}

void AsUserPanel::retranslated() {
    if (stateShown_) showState(state_, busy_);
    if (!lastAccess_.access.empty()) showAccess(lastAccess_);
}

void AsUserPanel::showAccess(const Outcome& outcome) {
    if (&outcome != &lastAccess_) lastAccess_ = outcome;
    accessCaption_->setText(outcome.impersonated ? tr("%1 as %2 (impersonated)").arg(outcome.path, outcome.subject)
                                                 : tr("%1 as %2 (the worker thread, not impersonating)")
                                                       .arg(outcome.path, outcome.subject));
    accessTable_->setRowCount(static_cast<int>(outcome.access.size()));
    int row = 0;
    for (const auto& check : outcome.access) {
        accessTable_->setItem(row, 0, tableItem(coreText(accessRightName(check.right)), text(check.method)));
        auto* result = tableItem(check.granted ? tr("granted") : tr("denied"));
        result->setIcon(icon(check.granted ? QStringLiteral("enabled") : QStringLiteral("not-held")));
        accessTable_->setItem(row, 1, result);
        // Why: the rule that decided, from the explanation of the same right; the open's own
        // error in the tooltip. Where the two disagree (a security module, a race), both are said.
        QString why = check.error ? text(check.error->summary()) : QString();
        QString tip = check.error ? ActivityLog::errorText(*check.error) : QString();
        if (outcome.explanation) {
            for (const auto& explained : outcome.explanation->checks) {
                if (explained.right != check.right) continue;
                why = text(explained.decidedBy.text);
                if (explained.granted != check.granted)
                    why = tr("%1 (the explanation says %2, the real attempt %3)")
                              .arg(why, explained.granted ? tr("granted") : tr("denied"),
                                   check.granted ? tr("granted") : tr("denied"));
                tip = tip.isEmpty() ? why : why + QStringLiteral("\n\n") + tip;
            }
        }
        accessTable_->setItem(row, 2, tableItem(why, tip));
        ++row;
    }
    accessTable_->resizeColumnsToContents();
}

}  // namespace tokenscope::gui
